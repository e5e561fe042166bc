package vn.dondoc.remark;

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
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Task;
import vn.dondoc.unit.Unit;

/**
 * A supervision remark (ý kiến giám sát) on a task or on one unit's share of it, or, when
 * {@link #parent} is set, the answer of the unit concerned to such a remark. At most one attached
 * file, kept by the report attachments' storage. Edited only by its author, with optimistic locking.
 */
@Entity
@Table(name = "remark")
public class Remark extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    /** The unit's share the remark is about; null for a remark on the whole task. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    /** The assignment's unit; null for a remark on the whole task. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    /** The remark an answer answers; null for a remark. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Remark parent;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String body;

    @Column(name = "author_username", nullable = false, length = 100)
    public String authorUsername;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_unit_id")
    public Unit authorUnit;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "file_content_type", length = 150)
    public String fileContentType;

    @Column(name = "file_size_bytes")
    public Long fileSizeBytes;

    @Column(name = "file_sha256", length = 64)
    public String fileSha256;

    @Column(name = "file_storage_key", length = 100)
    public String fileStorageKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean isAnswer() {
        return parent != null;
    }
}
