package vn.dondoc.statistics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The figures of a reporting period frozen at its cut-off, as JSON text (see V11): never updated. */
@Entity
@Table(name = "statistics_snapshot")
public class StatisticsSnapshot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** "ALL" or "D" + the directive's id: unique with the period. */
    @Column(name = "scope_key", nullable = false, length = 30)
    public String scopeKey;

    @Column(name = "directive_id")
    public Long directiveId;

    @Column(name = "period_key", nullable = false, length = 20)
    public String periodKey;

    @Column(name = "period_label", nullable = false, length = 100)
    public String periodLabel;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    /** SCHEDULED or MANUAL. */
    @Column(nullable = false, length = 20)
    public String origin;

    @Column(name = "created_by", length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public String statistics;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public String scorecard;

    static String scopeKey(Long directiveId) {
        return directiveId == null ? "ALL" : "D" + directiveId;
    }
}
