package vn.dondoc.task;

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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import vn.dondoc.common.TextSearch;
import vn.dondoc.directive.Directive;

/**
 * A node of a directive's task tree (nhiệm vụ). Headings (section II, group II.4, an item with
 * bullets) have no kind and no assignments; the tasks under them are assigned to units.
 */
@Entity
@Audited
@Table(name = "task")
public class Task extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "directive_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Directive directive;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Task parent;

    /** Read-only copies of the foreign keys: DTOs need the ids without loading the related rows. */
    @NotAudited
    @Column(name = "directive_id", insertable = false, updatable = false)
    public Long directiveId;

    @NotAudited
    @Column(name = "parent_id", insertable = false, updatable = false)
    public Long parentId;

    @Column(nullable = false, length = 40)
    public String code;

    @NotAudited
    @Column(name = "tree_key", nullable = false, length = 200)
    public String treeKey;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String content;

    @NotAudited
    @Column(name = "search_text", nullable = false, columnDefinition = "TEXT")
    public String searchText;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public TaskKind kind;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The due date the program first set; statistics can count against it as well as the current one. */
    @Column(name = "original_due_date")
    public LocalDate originalDueDate;

    @Column(name = "expected_output", length = 500)
    public String expectedOutput;

    @Column(name = "approval_level", length = 30)
    public String approvalLevel;

    /**
     * Derived from the lead assignments (see {@link TaskProgress}); stored so lists filter in SQL.
     * Derived fields do not bump the version: a unit's progress must not make a coordinator's edit stale.
     */
    @OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProgressStatus status = ProgressStatus.NOT_STARTED;

    @OptimisticLock(excluded = true)
    @Column(name = "percent_complete", nullable = false)
    public int percentComplete;

    /** When the last lead unit completed (derived with the status): decides on time or late. */
    @OptimisticLock(excluded = true)
    @Column(name = "completed_on")
    public LocalDate completedOn;

    /**
     * The business day the task was issued to its units: figures "as of" a past day count the tasks assigned by
     * then (never the technical creation time, which for imported or replayed programs is much later).
     */
    @Column(name = "assigned_on")
    public LocalDate assignedOn;

    /** Field or group of the program (lĩnh vực), e.g. "Công tác quy hoạch". */
    @Column(length = 200)
    public String field;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Priority priority = Priority.NORMAL;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Recurrence recurrence;

    @Column(name = "external_id", length = 128)
    public String externalId;

    /** The task as the document-management system last sent it (see IntegrationService); null for others. */
    @NotAudited
    @Column(name = "external_payload", columnDefinition = "TEXT")
    public String externalPayload;

    @Column(name = "created_by", length = 100)
    public String createdBy;

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

    @PrePersist
    @PreUpdate
    void derive() {
        searchText = TextSearch.fold(code + " " + content);
        if (originalDueDate == null) {
            originalDueDate = dueDate;
        }
        directiveId = directive.id;
        parentId = parent == null ? null : parent.id;
        if (assignedOn == null) {
            assignedOn = provinceToday();
        }
    }

    /** A fallback for rows written without a business date; services set it from the injected clock. */
    static LocalDate provinceToday() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
