package vn.dondoc.deadline;

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
import vn.dondoc.task.Assignment;

/** A unit asks for a later due date of its share of a task; a coordinator or leader decides. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    /** The assignment's due date when the request was made. */
    @Column(name = "previous_due_date", nullable = false)
    public LocalDate previousDueDate;

    @Column(name = "requested_due_date", nullable = false)
    public LocalDate requestedDueDate;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ExtensionStatus status = ExtensionStatus.PENDING;

    /** The assignment's id while pending, null once decided: a unique key allows one pending request. */
    @Column(name = "pending_assignment_id")
    public Long pendingAssignmentId;

    @Column(name = "requested_by", nullable = false, length = 100)
    public String requestedBy;

    @Column(name = "requested_by_name", length = 200)
    public String requestedByName;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "approved_due_date")
    public LocalDate approvedDueDate;

    @Column(name = "decision_note", length = 2000)
    public String decisionNote;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "decided_by_name", length = 200)
    public String decidedByName;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;
}
