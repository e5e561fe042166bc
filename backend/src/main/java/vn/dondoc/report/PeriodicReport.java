package vn.dondoc.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.dondoc.directive.Directive;
import vn.dondoc.unit.Unit;

/** A unit's report for one reporting period of a directive (báo cáo định kỳ), covering all its assignments. */
@Entity
@Audited
@Table(name = "periodic_report")
public class PeriodicReport extends ReviewedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "directive_id")
    public Directive directive;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @NotAudited
    @Column(name = "period_key", nullable = false, length = 20)
    public String periodKey;

    @NotAudited
    @Column(name = "period_label", nullable = false, length = 100)
    public String periodLabel;

    @NotAudited
    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @NotAudited
    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    /** Due date of the unit's report: working days after the cut-off, per the reporting schedule. */
    @NotAudited
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(columnDefinition = "TEXT")
    public String summary;

    @Column(columnDefinition = "TEXT")
    public String difficulties;

    @Column(columnDefinition = "TEXT")
    public String proposals;
}
