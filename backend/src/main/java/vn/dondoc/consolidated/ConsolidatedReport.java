package vn.dondoc.consolidated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A consolidated report job and, once done, its two files (báo cáo tổng hợp and phụ lục). */
@Entity
@Table(name = "consolidated_report")
public class ConsolidatedReport extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ConsolidatedReportStatus",
            description = "QUEUED (chờ lập), RUNNING (đang lập), DONE (đã xong), FAILED (lỗi)")
    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directive_id", nullable = false)
    public Long directiveId;

    @Column(name = "period_key", nullable = false, length = 20)
    public String periodKey;

    @Column(name = "period_label", nullable = false, length = 100)
    public String periodLabel;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    /** The day the figures are judged on: the period's cut-off, or today while the period is still running. */
    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    /** The document's number, when the office of records gave one; blank otherwise. */
    @Column(name = "doc_number", length = 20)
    public String docNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status = Status.QUEUED;

    @Column(nullable = false)
    public int progress;

    @Column(name = "failure_reason", length = 2000)
    public String failureReason;

    @Column(name = "figures_json", columnDefinition = "TEXT")
    public String figuresJson;

    // Large files: loaded only when downloaded.
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "docx", columnDefinition = "LONGBLOB")
    public byte[] docx;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "xlsx", columnDefinition = "LONGBLOB")
    public byte[] xlsx;

    @Column(name = "requested_by", nullable = false, length = 100)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
