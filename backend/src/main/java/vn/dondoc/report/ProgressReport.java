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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.dondoc.task.Assignment;

/** A unit's progress report on one of its assignments (báo cáo tiến độ). */
@Entity
@Audited
@Table(name = "progress_report")
public class ProgressReport extends ReviewedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @Column(name = "work_done", columnDefinition = "TEXT")
    public String workDone;

    @Column(columnDefinition = "TEXT")
    public String results;

    @Column(name = "percent_complete", nullable = false)
    public int percentComplete;

    @Column(columnDefinition = "TEXT")
    public String difficulties;

    @Column(columnDefinition = "TEXT")
    public String proposals;

    /** The unit declares the assignment done; accepting the report completes it on the submission date. */
    @Column(name = "claims_completion", nullable = false)
    public boolean claimsCompletion;

    @NotAudited
    @Column(name = "create_key", length = 100)
    public String createKey;

    @NotAudited
    @Column(name = "create_hash", length = 64)
    public String createHash;

}
