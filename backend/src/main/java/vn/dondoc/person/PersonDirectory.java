package vn.dondoc.person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthenticationSuccessEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.common.security.Roles;
import vn.dondoc.unit.Unit;

/**
 * The local directory of people, fed by their verified access tokens. Every authenticated request
 * fires Quarkus' AuthenticationSuccessEvent; its asynchronous observer stores the person (name,
 * e-mail, unit from the {@code unit_code} claim, realm roles) when it is new, when the token says
 * something different, or when it was last stored more than {@code dondoc.people.refresh-interval}
 * ago (5 minutes): one small upsert per person per few minutes, off the request's thread.
 * <p>
 * Only human accounts are kept (the document system's service account is not a person). Tokens of
 * {@code @TestSecurity} users (not JWTs) are ignored, so tests never overwrite real people.
 * <p>
 * People who never signed in are unknown here and receive no reminder: Keycloak's admin API would
 * list them, but it needs a privileged service account that Dondoc does not otherwise need.
 */
@ApplicationScoped
public class PersonDirectory {

    private static final Logger LOG = Logger.getLogger(PersonDirectory.class);

    static final Set<String> HUMAN_ROLES = Set.of(Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.UNIT_HEAD,
            Roles.UNIT_OFFICER, Roles.SUPERVISOR);

    /** Insert or refresh in one statement: two requests of a new person at once cannot both insert. */
    private static final String UPSERT = """
            INSERT INTO person (username, full_name, email, unit_id, roles, digest_email, last_seen_at, created_at, updated_at)
            VALUES (?1, ?2, ?3, (SELECT u.id FROM unit u WHERE u.code = ?4), ?5, TRUE, ?6, ?6, ?6)
            ON DUPLICATE KEY UPDATE full_name = VALUES(full_name), email = VALUES(email), unit_id = VALUES(unit_id),
                roles = VALUES(roles), last_seen_at = VALUES(last_seen_at), updated_at = VALUES(updated_at)""";

    /** What a token says about a person. */
    public record Profile(String username, String fullName, String email, String unitCode, Set<String> roles) {

        public boolean human() {
            return roles.stream().anyMatch(HUMAN_ROLES::contains);
        }

        int fingerprint() {
            return Objects.hash(fullName, email, unitCode, roles);
        }

        /** From a verified JWT; empty for other principals (e.g. {@code @TestSecurity} users in tests). */
        public static Optional<Profile> of(SecurityIdentity identity) {
            if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
                return Optional.empty();
            }
            String username = claim(jwt, "preferred_username").orElse(jwt.getName());
            String family = claim(jwt, "family_name").orElse(null);
            String given = claim(jwt, "given_name").orElse(null);
            // Vietnamese order, as CurrentUser#fullName: family name first.
            String fullName = family != null && given != null ? family + " " + given : claim(jwt, "name").orElse(username);
            return Optional.of(new Profile(username, fullName, claim(jwt, "email").orElse(null),
                    claim(jwt, CurrentUser.UNIT_CLAIM).orElse(null), new TreeSet<>(identity.getRoles())));
        }

        public static Profile of(CurrentUser user) {
            return new Profile(user.username(), user.fullName(), user.email().orElse(null), user.unitCode().orElse(null),
                    user.roles());
        }

        private static Optional<String> claim(JsonWebToken jwt, String name) {
            Object value = jwt.getClaim(name);
            return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
        }
    }

    private record Stored(long atNanos, int fingerprint) {
    }

    @Inject
    EntityManager em;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @ConfigProperty(name = "dondoc.people.refresh-interval", defaultValue = "5M")
    Duration refreshInterval;

    private final ConcurrentHashMap<String, Stored> stored = new ConcurrentHashMap<>();

    void onAuthenticated(@ObservesAsync AuthenticationSuccessEvent event) {
        Profile.of(event.getSecurityIdentity()).filter(Profile::human).ifPresent(profile -> {
            if (!fresh(profile)) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> upsert(profile));
                } catch (RuntimeException e) {
                    // Never fatal: the next request of the person tries again.
                    stored.remove(profile.username());
                    LOG.debugf(e, "could not record person %s", profile.username());
                }
            }
        });
    }

    /**
     * The caller's row, created or refreshed in the current transaction when needed. Only a verified
     * JWT refreshes an existing row (a {@code @TestSecurity} identity of a test only creates a missing one).
     */
    public Person current(CurrentUser user) {
        Profile profile = Profile.of(user);
        Optional<Person> person = Person.findByUsername(profile.username());
        boolean fromToken = identity.getPrincipal() instanceof JsonWebToken;
        if (person.isPresent() && (fresh(profile) || !fromToken)) {
            return person.get();
        }
        upsert(profile);
        Person row = Person.findByUsername(profile.username()).orElseThrow();
        em.refresh(row);
        return row;
    }

    /** Stores the profile in the caller's transaction. */
    public void upsert(Profile profile) {
        em.createNativeQuery(UPSERT)
                .setParameter(1, profile.username())
                .setParameter(2, truncate(profile.fullName(), 255))
                .setParameter(3, truncate(profile.email(), 320))
                .setParameter(4, profile.unitCode())
                .setParameter(5, Person.wrapRoles(profile.roles()))
                .setParameter(6, Instant.now(clock))
                .executeUpdate();
        stored.put(profile.username(), new Stored(System.nanoTime(), profile.fingerprint()));
    }

    private boolean fresh(Profile profile) {
        Stored last = stored.get(profile.username());
        return last != null && last.fingerprint() == profile.fingerprint()
                && System.nanoTime() - last.atNanos() < refreshInterval.toNanos();
    }

    /** Forgets what was stored recently, so the next request of everyone refreshes their row (tests). */
    public void forgetRecent() {
        stored.clear();
    }

    /** Officers and heads of a unit: who is reminded of the unit's deadlines. */
    public List<Person> unitStaff(Unit unit) {
        return Person.list("unit = ?1 and (roles like ?2 or roles like ?3) order by username", unit,
                Person.roleLike(Roles.UNIT_OFFICER), Person.roleLike(Roles.UNIT_HEAD));
    }

    /** The heads of a unit: who receives the overdue escalation of the unit's assignments. */
    public List<Person> unitHeads(Unit unit) {
        return Person.list("unit = ?1 and roles like ?2 order by username", unit, Person.roleLike(Roles.UNIT_HEAD));
    }

    /** Everyone with a role, e.g. all coordinators (the tracking department). */
    public List<Person> withRole(String role) {
        return Person.list("roles like ?1 order by username", Person.roleLike(role));
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
