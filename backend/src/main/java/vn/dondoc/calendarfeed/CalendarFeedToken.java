package vn.dondoc.calendarfeed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import vn.dondoc.unit.Unit;

/**
 * A user's calendar feed: the secret of its URL (stored only as a SHA-256), the unit it covers (fixed when it
 * is created, checked against the user's rights then), when it was last read, and when it was revoked.
 */
@Entity
@Table(name = "calendar_feed_token")
public class CalendarFeedToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String username;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    /** Created by the unit's own staff (links go to "My unit") rather than by a province-wide reader. */
    @Column(name = "unit_staff", nullable = false)
    public boolean unitStaff;

    /** Hex SHA-256 of the secret; the secret itself is shown once, when the feed is created. */
    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    /** The secret's first characters, so the owner can tell which URL a calendar app holds. */
    @Column(name = "token_hint", nullable = false, length = 8)
    public String tokenHint;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "use_count", nullable = false)
    public long useCount;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** The user's feed that still works (not revoked, created after {@code validSince}), if any. */
    public static Optional<CalendarFeedToken> activeOf(String username, Instant validSince) {
        return find("from CalendarFeedToken f join fetch f.unit where f.username = ?1 and f.revokedAt is null "
                + "and f.createdAt >= ?2 order by f.createdAt desc", username, validSince).firstResultOptional();
    }

    /** The working feed whose secret hashes to this value. */
    public static Optional<CalendarFeedToken> activeByHash(String hash, Instant validSince) {
        return find("from CalendarFeedToken f join fetch f.unit where f.tokenHash = ?1 and f.revokedAt is null "
                + "and f.createdAt >= ?2", hash, validSince).firstResultOptional();
    }
}
