package vn.dondoc.importer;

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
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import vn.dondoc.directive.Directive;

/** A document read into a proposal, waiting for a coordinator's review (bản nhập chương trình). */
@Entity
@Table(name = "import_draft")
public class ImportDraft extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "source_format", nullable = false, length = 10)
    public String sourceFormat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ImportStatus status;

    @Column(nullable = false)
    public int progress;

    /** The paragraphs as a JSON array of strings: line n is element n-1. */
    @Column(name = "source_lines", nullable = false, columnDefinition = "LONGTEXT")
    public String sourceLines;

    /** {@link Proposal.Content} as JSON. */
    @Column(columnDefinition = "LONGTEXT")
    public String proposal;

    @Column(columnDefinition = "TEXT")
    public String error;

    /** Re-import: the directive the document corrects. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_directive_id")
    public Directive targetDirective;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_directive_id")
    public Directive createdDirective;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "accepted_by", length = 100)
    public String acceptedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
