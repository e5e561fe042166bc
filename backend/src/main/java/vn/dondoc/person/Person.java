package vn.dondoc.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import vn.dondoc.unit.Unit;

/**
 * A person who signed in, as their last access token described them (Keycloak owns the account):
 * name, e-mail, unit and realm roles, plus their own settings. Reminders go to the people of a
 * unit found here; someone who never signed in is unknown to Dondoc and gets no message.
 */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String username;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(length = 320)
    public String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    /** Realm roles, comma-wrapped (",unit_head,coordinator,") so that queries can ask for one role with LIKE. */
    @Column(nullable = false, length = 300)
    public String roles = ",";

    /** The person's own setting: receive the daily digest by e-mail (on unless they turn it off). */
    @Column(name = "digest_email", nullable = false)
    public boolean digestEmail = true;

    /** The person's own setting: each notification e-mailed at once, or gathered in the daily digest. */
    @Enumerated(EnumType.STRING)
    @Column(name = "email_delivery", nullable = false, length = 10)
    public EmailDelivery emailDelivery = EmailDelivery.IMMEDIATE;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Person> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean hasRole(String role) {
        return roles.contains("," + role + ",");
    }

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The stored form of a set of roles: sorted, comma-wrapped. */
    public static String wrapRoles(Collection<String> roles) {
        return "," + String.join(",", new TreeSet<>(roles)) + ",";
    }

    /** The JPQL condition "person p has role :role" over the stored form. */
    public static String roleLike(String role) {
        return "%," + role + ",%";
    }
}
