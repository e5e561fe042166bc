package vn.dondoc.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.dondoc.common.ProblemException;

/**
 * What progress and periodic reports share: the lifecycle DRAFT → SUBMITTED → ACCEPTED or
 * RETURNED (then editable again), who signed and reviewed it, and when.
 */
@MappedSuperclass
@Audited
public abstract class ReviewedReport extends PanacheEntityBase {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReportStatus status = ReportStatus.DRAFT;

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

    /** The submission date in the province: decides whether the report, or a completion, was on time. */
    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "reviewed_by", length = 100)
    public String reviewedBy;

    @NotAudited
    @Column(name = "reviewed_at")
    public Instant reviewedAt;

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

    /** A retried submission carrying the key of the one that already succeeded. */
    public boolean isReplayOf(String idempotencyKey) {
        return status == ReportStatus.SUBMITTED && idempotencyKey != null && idempotencyKey.equals(submitKey);
    }

    public void requireEditable() {
        if (!status.editable()) {
            throw ProblemException.conflict("Báo cáo đã được gửi, không thể thay đổi.");
        }
    }

    public void submit(String user, Instant now, LocalDate today, String idempotencyKey) {
        requireEditable();
        status = ReportStatus.SUBMITTED;
        submittedBy = user;
        submittedAt = now;
        submittedOn = today;
        submitKey = idempotencyKey;
    }

    /** Accepts or returns a submitted report that the reviewer saw at {@code seenVersion}. */
    public void review(ReportStatus outcome, String comment, String user, Instant now, long seenVersion) {
        if (status != ReportStatus.SUBMITTED) {
            throw ProblemException.conflict("Chỉ xem xét được báo cáo đã gửi (trạng thái hiện tại: " + status + ").");
        }
        checkVersion(seenVersion);
        status = outcome;
        reviewerComment = comment == null || comment.isBlank() ? null : comment.trim();
        reviewedBy = user;
        reviewedAt = now;
    }

    public void checkVersion(long seenVersion) {
        if (version != seenVersion) {
            throw ProblemException.conflict("Báo cáo đã được người khác cập nhật (phiên bản hiện tại " + version
                    + ", bạn gửi " + seenVersion + "). Hãy tải lại và thực hiện lại thao tác.");
        }
    }
}
