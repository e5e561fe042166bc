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
import java.time.Instant;
import java.time.LocalDate;
import vn.dondoc.task.Assignment;

/** One move of an assignment's due date: from what, to what, why, decided by whom and when. Never updated. */
@Entity
@Table(name = "due_date_change")
public class DueDateChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DueDateChangeKind kind;

    @Column(name = "previous_due_date")
    public LocalDate previousDueDate;

    @Column(name = "new_due_date")
    public LocalDate newDueDate;

    @Column(length = 2000)
    public String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "extension_request_id")
    public ExtensionRequest extensionRequest;

    @Column(name = "changed_by", nullable = false, length = 100)
    public String changedBy;

    @Column(name = "changed_by_name", length = 200)
    public String changedByName;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
