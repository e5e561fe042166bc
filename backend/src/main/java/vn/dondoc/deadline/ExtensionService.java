package vn.dondoc.deadline;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dondoc.common.DisplayDates;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.common.security.Roles;
import vn.dondoc.deadline.DeadlineDtos.AssignmentDueDates;
import vn.dondoc.deadline.DeadlineDtos.DecisionKind;
import vn.dondoc.deadline.DeadlineDtos.DueDateChangeView;
import vn.dondoc.deadline.DeadlineDtos.ExtensionDecision;
import vn.dondoc.deadline.DeadlineDtos.ExtensionRequestCreate;
import vn.dondoc.deadline.DeadlineDtos.ExtensionRequestPage;
import vn.dondoc.deadline.DeadlineDtos.ExtensionRequestView;
import vn.dondoc.deadline.DeadlineDtos.ExtensionWithdrawal;
import vn.dondoc.deadline.DeadlineDtos.TaskDueDates;
import vn.dondoc.event.DomainEvents;
import vn.dondoc.event.EventType;
import vn.dondoc.notification.NotificationKind;
import vn.dondoc.notification.NotificationService;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentDueDateChanged;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskService;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitDtos.UnitRef;

/**
 * Extension requests (đề nghị gia hạn): a unit asks for a later due date of its own share of a
 * task, with a reason; a coordinator or leader approves (possibly with another date) or rejects
 * with a reason. Every due date an assignment has had stays in {@link DueDateChange}. An approved
 * extension of a lead unit moves the task's due date (the task is due when its last lead is due);
 * the task keeps its original date for statistics.
 */
@ApplicationScoped
@Transactional
public class ExtensionService {

    /** Open shares: the statuses of {@link vn.dondoc.task.TimelinessRule}. */
    private static final List<ProgressStatus> OPEN = vn.dondoc.task.TimelinessRule.OPEN_STATUSES;

    @Inject
    CurrentUser currentUser;

    @Inject
    TaskService tasks;

    @Inject
    Clock clock;

    @Inject
    DomainEvents events;

    @Inject
    NotificationService notifications;

    public ExtensionRequestView request(long assignmentId, ExtensionRequestCreate request) {
        Assignment assignment = findAssignment(assignmentId);
        Unit own = currentUser.requireUnit();
        if (!assignment.unit.id.equals(own.id)) {
            throw ProblemException.forbidden("Chỉ đơn vị được giao (" + assignment.unit.name + ") mới đề nghị gia hạn phần việc này.");
        }
        if (!OPEN.contains(assignment.status)) {
            throw ProblemException.invalid("(body)", "Phần việc đã " + (assignment.status == ProgressStatus.COMPLETED
                    ? "hoàn thành" : "bị hủy") + ", không thể đề nghị gia hạn");
        }
        if (assignment.dueDate == null) {
            throw ProblemException.invalid("(body)", "Phần việc không có thời hạn (nhiệm vụ thường xuyên), không cần gia hạn");
        }
        if (!request.requestedDueDate().isAfter(assignment.dueDate)) {
            throw ProblemException.invalid("requestedDueDate", "Ngày đề nghị phải sau hạn hiện tại ("
                    + DisplayDates.DAY.format(assignment.dueDate) + ")");
        }
        if (ExtensionRequest.count("pendingAssignmentId", assignment.id) > 0) {
            throw ProblemException.conflict("Phần việc đã có một đề nghị gia hạn đang chờ quyết định; hãy chờ quyết định "
                    + "hoặc rút đề nghị đó trước khi gửi đề nghị mới.");
        }
        ExtensionRequest extension = new ExtensionRequest();
        extension.assignment = assignment;
        extension.previousDueDate = assignment.dueDate;
        extension.requestedDueDate = request.requestedDueDate();
        extension.reason = request.reason().trim();
        extension.status = ExtensionStatus.PENDING;
        extension.pendingAssignmentId = assignment.id;
        extension.requestedBy = currentUser.username();
        extension.requestedByName = currentUser.fullName();
        extension.requestedAt = Instant.now(clock);
        extension.persist();
        // The unique key on pending_assignment_id turns a simultaneous second request into a 409 here.
        ExtensionRequest.flush();
        Task task = assignment.task;
        notifications.notifyCoordinators(NotificationKind.EXTENSION_REQUESTED, task,
                assignment.unit.name + " đề nghị gia hạn nhiệm vụ " + task.code,
                assignment.unit.name + " đề nghị gia hạn nhiệm vụ " + task.code + " từ " + DisplayDates.DAY.format(extension.previousDueDate)
                        + " đến " + DisplayDates.DAY.format(extension.requestedDueDate) + ". Lý do: " + extension.reason);
        return view(extension);
    }

    public List<ExtensionRequestView> ofAssignment(long assignmentId) {
        Assignment assignment = findAssignment(assignmentId);
        requireReadable(assignment);
        return ExtensionRequest.<ExtensionRequest>list("assignment", Sort.descending("requestedAt", "id"), assignment)
                .stream().map(ExtensionService::view).toList();
    }

    public ExtensionRequestPage list(ExtensionStatus status, Long unitId, Long taskId, int page, int size) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        Parameters params = new Parameters();
        Long unit = currentUser.scopeUnit(unitId, "đề nghị gia hạn");
        if (unit != null) {
            where.add("e.assignment.unit.id = :unitId");
            params.and("unitId", unit);
        }
        if (status != null) {
            where.add("e.status = :status");
            params.and("status", status);
        }
        if (taskId != null) {
            where.add("e.assignment.task.id = :taskId");
            params.and("taskId", taskId);
        }
        var query = ExtensionRequest.<ExtensionRequest>find("from ExtensionRequest e join fetch e.assignment a join fetch a.unit "
                + "join fetch a.task where " + String.join(" and ", where), Sort.descending("e.requestedAt", "e.id"), params)
                .page(Page.of(page, size));
        long total = ExtensionRequest.count("from ExtensionRequest e where " + String.join(" and ", where), params);
        return new ExtensionRequestPage(query.list().stream().map(ExtensionService::view).toList(), page, size, total,
                (int) ((total + size - 1) / size));
    }

    public ExtensionRequestView get(long id) {
        ExtensionRequest extension = find(id);
        requireReadable(extension.assignment);
        return view(extension);
    }

    public ExtensionRequestView decide(long id, ExtensionDecision decision) {
        ExtensionRequest extension = find(id);
        requirePending(extension, decision.version());
        Assignment assignment = extension.assignment;
        String note = decision.note() == null || decision.note().isBlank() ? null : decision.note().trim();
        if (decision.decision() == DecisionKind.REJECT) {
            if (note == null) {
                throw ProblemException.invalid("note", "Cần nêu lý do không chấp thuận");
            }
            extension.status = ExtensionStatus.REJECTED;
        } else {
            LocalDate date = decision.approvedDueDate() == null ? extension.requestedDueDate : decision.approvedDueDate();
            if (assignment.dueDate != null && !date.isAfter(assignment.dueDate)) {
                throw ProblemException.invalid("approvedDueDate", "Hạn được chấp thuận phải sau hạn hiện tại ("
                        + DisplayDates.DAY.format(assignment.dueDate) + ")");
            }
            if (!OPEN.contains(assignment.status)) {
                throw ProblemException.conflict("Phần việc đã kết thúc (" + assignment.status + "), không còn gia hạn được.");
            }
            extension.status = ExtensionStatus.APPROVED;
            extension.approvedDueDate = date;
            DueDateChange change = change(assignment, DueDateChangeKind.EXTENSION, assignment.dueDate, date,
                    note == null ? extension.reason : note);
            change.extensionRequest = extension;
            LocalDate previous = assignment.dueDate;
            assignment.dueDate = date;
            events.record(EventType.DUE_DATE_CHANGED, assignment.task, assignment, DomainEvents.details("reason", "EXTENSION",
                    "previousDueDate", previous, "newDueDate", date, "extensionRequestId", extension.id));
            if (assignment.role == AssignmentRole.LEAD) {
                tasks.followLeadDueDates(assignment.task);
            }
        }
        extension.decisionNote = note;
        extension.pendingAssignmentId = null;
        extension.decidedBy = currentUser.username();
        extension.decidedByName = currentUser.fullName();
        extension.decidedAt = Instant.now(clock);
        events.record(EventType.EXTENSION_DECIDED, assignment.task, assignment, DomainEvents.details("extensionRequest",
                DomainEvents.details("id", extension.id, "decision", extension.status, "previousDueDate",
                        extension.previousDueDate, "requestedDueDate", extension.requestedDueDate, "approvedDueDate",
                        extension.approvedDueDate, "note", note)));
        ExtensionRequest.flush();
        Task task = assignment.task;
        String title = (extension.status == ExtensionStatus.APPROVED ? "Đã chấp thuận gia hạn nhiệm vụ "
                : "Không chấp thuận gia hạn nhiệm vụ ") + task.code;
        String body = extension.status == ExtensionStatus.APPROVED
                ? "Hạn mới của " + assignment.unit.name + ": " + DisplayDates.DAY.format(extension.approvedDueDate) + "."
                        + (note == null ? "" : " Ý kiến: " + note)
                : "Hạn vẫn là " + DisplayDates.DAY.format(assignment.dueDate) + ". Lý do: " + note;
        notifications.notifyUnit(assignment.unit, NotificationKind.EXTENSION_DECIDED, task, title, body);
        return view(extension);
    }

    public ExtensionRequestView withdraw(long id, ExtensionWithdrawal withdrawal) {
        ExtensionRequest extension = find(id);
        Unit own = currentUser.requireUnit();
        if (!extension.assignment.unit.id.equals(own.id)) {
            throw ProblemException.forbidden("Chỉ đơn vị đã đề nghị mới rút được đề nghị gia hạn.");
        }
        requirePending(extension, withdrawal.version());
        extension.status = ExtensionStatus.WITHDRAWN;
        extension.pendingAssignmentId = null;
        extension.decidedBy = currentUser.username();
        extension.decidedByName = currentUser.fullName();
        extension.decidedAt = Instant.now(clock);
        ExtensionRequest.flush();
        return view(extension);
    }

    /** Every due date of every unit of the task: original, current, and each change with who, when, why. */
    public TaskDueDates dueDates(long taskId) {
        Task task = Task.findById(taskId);
        if (task == null) {
            throw ProblemException.notFound("Không tìm thấy nhiệm vụ có mã số " + taskId + ".");
        }
        List<Assignment> assignments = Assignment.list("from Assignment a join fetch a.unit u where a.task = ?1 "
                + "order by a.role desc, u.type, u.name", task);
        if (!currentUser.readsAllUnits()) {
            long own = currentUser.requireUnit().id;
            if (assignments.stream().noneMatch(a -> a.unit.id == own)) {
                throw ProblemException.forbidden("Nhiệm vụ " + task.code + " không được giao cho đơn vị của bạn.");
            }
        }
        Map<Long, List<DueDateChangeView>> changes = assignments.isEmpty() ? Map.of()
                : DueDateChange.<DueDateChange>list("assignment in ?1", Sort.ascending("changedAt", "id"), assignments)
                        .stream().collect(Collectors.groupingBy(c -> c.assignment.id, Collectors.mapping(
                                c -> new DueDateChangeView(c.kind, c.previousDueDate, c.newDueDate, c.reason,
                                        c.extensionRequest == null ? null : c.extensionRequest.id, c.changedBy,
                                        c.changedByName, c.changedAt),
                                Collectors.toList())));
        return new TaskDueDates(task.id, task.originalDueDate, task.dueDate, assignments.stream()
                .map(a -> new AssignmentDueDates(a.id, UnitRef.of(a.unit), a.role, a.status, task.originalDueDate, a.dueDate,
                        changes.getOrDefault(a.id, List.of())))
                .toList());
    }

    /** A coordinator's new task due date moved an assignment's: part of its due-date history. */
    void onReplan(@Observes AssignmentDueDateChanged event) {
        change(event.assignment(), DueDateChangeKind.REPLAN, event.previous(), event.next(),
                "Cơ quan theo dõi điều chỉnh thời hạn của nhiệm vụ");
    }

    private DueDateChange change(Assignment assignment, DueDateChangeKind kind, LocalDate previous, LocalDate next,
            String reason) {
        DueDateChange change = new DueDateChange();
        change.assignment = assignment;
        change.kind = kind;
        change.previousDueDate = previous;
        change.newDueDate = next;
        change.reason = reason;
        change.changedBy = currentUser.username();
        change.changedByName = currentUser.fullName();
        change.changedAt = Instant.now(clock);
        change.persist();
        return change;
    }

    private void requirePending(ExtensionRequest extension, long version) {
        if (extension.version != version) {
            throw ProblemException.conflict("Đề nghị gia hạn đã được người khác cập nhật (phiên bản hiện tại " + extension.version
                    + ", bạn gửi " + version + "). Hãy tải lại.");
        }
        if (extension.status != ExtensionStatus.PENDING) {
            throw ProblemException.conflict("Đề nghị gia hạn không còn chờ quyết định (trạng thái: " + label(extension.status) + ").");
        }
    }

    private static String label(ExtensionStatus status) {
        return switch (status) {
            case PENDING -> "chờ quyết định";
            case APPROVED -> "đã chấp thuận";
            case REJECTED -> "không chấp thuận";
            case WITHDRAWN -> "đã rút";
        };
    }

    private void requireReadable(Assignment assignment) {
        if (!currentUser.readsAllUnits() && !assignment.unit.id.equals(currentUser.requireUnit().id)) {
            throw ProblemException.forbidden("Phần việc này không thuộc đơn vị của bạn.");
        }
    }


    private static Assignment findAssignment(long id) {
        Assignment assignment = Assignment.findById(id);
        if (assignment == null) {
            throw ProblemException.notFound("Không tìm thấy phần việc có mã số " + id + ".");
        }
        return assignment;
    }

    private static ExtensionRequest find(long id) {
        ExtensionRequest extension = ExtensionRequest.findById(id);
        if (extension == null) {
            throw ProblemException.notFound("Không tìm thấy đề nghị gia hạn có mã số " + id + ".");
        }
        return extension;
    }

    static ExtensionRequestView view(ExtensionRequest e) {
        Assignment a = e.assignment;
        return new ExtensionRequestView(e.id, a.id, a.task.id, a.task.code, a.task.content, UnitRef.of(a.unit), a.role,
                e.previousDueDate, e.requestedDueDate, e.reason, e.status, e.requestedBy, e.requestedByName, e.requestedAt,
                e.approvedDueDate, e.decisionNote, e.decidedBy, e.decidedByName, e.decidedAt, e.version);
    }
}
