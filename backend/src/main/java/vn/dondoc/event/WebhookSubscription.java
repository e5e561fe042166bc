package vn.dondoc.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** An admin's registration of a URL that receives the events of the chosen types. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(length = 300)
    public String description;

    /** Comma-wrapped, e.g. ",TASK_ASSIGNED,REPORT_SUBMITTED,". */
    @Column(name = "event_types", nullable = false, length = 1000)
    public String eventTypes;

    @Column(nullable = false, length = 200)
    public String secret;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "start_after_seq", nullable = false, updatable = false)
    public long startAfterSeq;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public List<EventType> types() {
        return Arrays.stream(eventTypes.split(",")).filter(s -> !s.isBlank()).map(EventType::valueOf).sorted().toList();
    }

    public void types(Collection<EventType> types) {
        eventTypes = types.stream().sorted().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    public boolean wants(EventType type) {
        return eventTypes.contains("," + type.name() + ",");
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }
}
