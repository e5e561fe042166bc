package vn.dondoc.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.person.PersonDtos.Settings;
import vn.dondoc.person.PersonDtos.SettingsUpdate;
import vn.dondoc.unit.UnitDtos.UnitRef;

/**
 * A person's own settings. Only the person changes them and each change replaces one switch, so
 * the last write wins (no version: nobody else edits them).
 */
@ApplicationScoped
@Transactional
public class PersonService {

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonDirectory directory;

    public Settings mySettings() {
        return view(directory.current(currentUser));
    }

    public Settings updateMySettings(SettingsUpdate update) {
        Person person = directory.current(currentUser);
        person.digestEmail = update.digestEmail();
        if (update.emailDelivery() != null) {
            person.emailDelivery = update.emailDelivery();
        }
        return view(person);
    }

    private static Settings view(Person person) {
        return new Settings(person.username, person.fullName, person.email,
                person.unit == null ? null : UnitRef.of(person.unit), person.digestEmail, person.emailDelivery);
    }
}
