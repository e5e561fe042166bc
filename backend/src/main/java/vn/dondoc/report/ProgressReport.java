package vn.dondoc.report;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.dondoc.task.Assignment;

/** A unit's progress report on one of its assignments (báo cáo tiến độ). */
@Entity
@Audited
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReportStatus status = ReportStatus.DRAFT;

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

    @Column(name = "reviewer_comment", length = 2000)
    public String reviewerComment;

    @NotAudited
    @Column(name = "created_by", length = 100)
    public String createdBy;

    @Column(name = "submitted_by", length = 100)
    public String submittedBy;

    @NotAudited
    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The submission date in the province: decides whether a completion was on time. */
    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "reviewed_by", length = 100)
    public String reviewedBy;

    @NotAudited
    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @NotAudited
    @Column(name = "create_key", length = 100)
    public String createKey;

    @NotAudited
    @Column(name = "create_hash", length = 64)
    public String createHash;

    @NotAudited
    @Column(name = "submit_key", length = 100)
    public String submitKey;

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
}
