package vn.dondoc.notification;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;

/** {@link Mails} for tests of other packages: waits for a mail by subject and returns its text part. */
public final class MailsAccess {

    private MailsAccess() {
    }

    public static String await(GreenMail greenMail, String address, String subject, Duration timeout) {
        return Mails.await(greenMail, address, m -> m.stream().anyMatch(r -> r.subject().equals(subject)), timeout).stream()
                .filter(r -> r.subject().equals(subject)).findFirst().orElseThrow().text();
    }
}
