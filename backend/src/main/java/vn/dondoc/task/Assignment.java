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
import vn.dondoc.unit.Unit;

/** One unit's share of a task, in one role, with its own progress: each assigned unit reports separately. */
@Entity
@Audited
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AssignmentRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProgressStatus status = ProgressStatus.NOT_STARTED;

    @Column(name = "percent_complete", nullable = false)
    public int percentComplete;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** The business day the unit was given this share (the program's date for shares it assigned at issue). */
    @Column(name = "assigned_on")
    public LocalDate assignedOn;

    /**
     * The day the share closed with its task (status CLOSED_WITH_TASK): the task was completed or cancelled while
     * this share was still open. Cleared when the task reopens.
     */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    /**
     * This unit's current due date: the task's, unless an approved extension moved it. Every date
     * it has had is kept in the deadline history (original, each extension, who decided, why).
     */
    @Column(name = "due_date")
    public LocalDate dueDate;

    /*
     * Copies of the task's status, dates and tree key (see V7 and TaskService#applyProgress): the
     * unit-scoped list and counts read one index range of assignment. Not audited, not versioned:
     * they follow the task and are not the unit's own data.
     */
    @NotAudited
    @OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @Column(name = "task_status", nullable = false, length = 20)
    public ProgressStatus taskStatus = ProgressStatus.NOT_STARTED;

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "task_due_date")
    public LocalDate taskDueDate;

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "task_completed_on")
    public LocalDate taskCompletedOn;

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "task_tree_key", nullable = false, length = 200)
    public String taskTreeKey = "";

    /** Why a coordinator cancelled it, or which reorganisation moved it. */
    @Column(length = 500)
    public String note;

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

    /** Copies the task's derived state; called whenever the task's status or due date is set. */
    public void followTask() {
        taskStatus = task.status;
        taskDueDate = task.dueDate;
        taskCompletedOn = task.completedOn;
        taskTreeKey = task.treeKey;
    }

    @PrePersist
    void beforeInsert() {
        followTask();
        if (dueDate == null) {
            dueDate = task.dueDate;
        }
        if (assignedOn == null) {
            assignedOn = task.assignedOn != null ? task.assignedOn : Task.provinceToday();
        }
    }
}
