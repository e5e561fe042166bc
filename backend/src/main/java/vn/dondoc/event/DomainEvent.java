package vn.dondoc.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the outbox: written by {@link DomainEvents} in the transaction of the change it
 * describes, so it exists exactly when the change was committed. Never updated.
 */
@Entity
@Table(name = "domain_event")
public class DomainEvent extends PanacheEntityBase {

    /** Auto-increment: allocation order, close to but not always commit order (see {@link EventFeed}). */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, length = 36, updatable = false)
    public String eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    public EventType type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "task_id", updatable = false)
    public Long taskId;

    @Column(name = "assignment_id", updatable = false)
    public Long assignmentId;

    @Column(name = "unit_code", length = 32, updatable = false)
    public String unitCode;

    @Column(name = "dedup_key", length = 150, updatable = false)
    public String dedupKey;

    /** The event's data as JSON (LONGTEXT: the same on MySQL 8 and MariaDB, where JSON is an alias). */
    @Column(nullable = false, columnDefinition = "LONGTEXT", updatable = false)
    public String payload;
}
