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
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;

/** A file attached to a report; the bytes live in the attachment directory under {@link #storageKey}. */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public ProgressReport report;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** The type read from the content, not the one the client claimed. */
    @Column(name = "content_type", nullable = false, length = 150)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "storage_key", nullable = false, length = 100)
    public String storageKey;

    @Column(name = "uploaded_by", length = 100)
    public String uploadedBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
