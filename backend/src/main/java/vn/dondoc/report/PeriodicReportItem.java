package vn.dondoc.report;

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
import vn.dondoc.task.Assignment;

/** The line of a periodic report about one assignment. */
@Entity
@Table(name = "periodic_report_item")
public class PeriodicReportItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public PeriodicReport report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @Column(nullable = false)
    public int position;

    @Column(columnDefinition = "TEXT")
    public String progress;

    @Column(name = "percent_complete", nullable = false)
    public int percentComplete;
}
