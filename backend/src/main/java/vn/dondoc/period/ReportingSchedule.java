package vn.dondoc.period;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.dondoc.directive.Directive;

/**
 * Which periodic reports are due, and how many working days after each period's cut-off the units
 * (to the tracking department) and the tracking department (to the UBND tỉnh) have to send them.
 * Without a directive the schedule applies to every directive.
 */
@Entity
@Audited
@Table(name = "reporting_schedule")
public class ReportingSchedule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Null for a global schedule, which every directive follows. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "directive_id")
    public Directive directive;

    @Column(nullable = false)
    public String name;

    /** The period kinds due, comma-separated in enum order ("QUARTERLY,HALF_YEARLY"); read through {@link #kindList()}. */
    @Column(nullable = false, length = 100)
    public String kinds;

    @Column(name = "unit_due_working_days", nullable = false)
    public int unitDueWorkingDays;

    @Column(name = "tracker_due_working_days", nullable = false)
    public int trackerDueWorkingDays;

    @Column(nullable = false)
    public boolean active;

    @NotAudited
    @Version
    public long version;

    @NotAudited
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @NotAudited
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<PeriodKind> kindList() {
        if (kinds == null || kinds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(kinds.split(",")).map(String::trim).map(PeriodKind::valueOf).sorted().toList();
    }

    public void kindList(Collection<PeriodKind> values) {
        EnumSet<PeriodKind> set = values.isEmpty() ? EnumSet.noneOf(PeriodKind.class) : EnumSet.copyOf(values);
        kinds = set.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
