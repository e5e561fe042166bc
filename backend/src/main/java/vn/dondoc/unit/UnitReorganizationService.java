package vn.dondoc.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dondoc.common.DisplayDates;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;
import vn.dondoc.event.DomainEvents;
import vn.dondoc.event.EventType;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskService;
import vn.dondoc.unit.UnitDtos.ReorganizationResult;
import vn.dondoc.unit.UnitDtos.UnitReorganization;
import vn.dondoc.unit.UnitDtos.UnitView;

/**
 * Renames and merges of units (tổ chức lại, sáp nhập). A merge ends the unit and hands its open
 * work to the successor in the same transaction; the assignments are changed through JPA, so
 * their audit history still says which unit was responsible before.
 */
@ApplicationScoped
@Transactional
public class UnitReorganizationService {

    private static final List<ProgressStatus> OPEN = List.of(ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS);

    @Inject
    UnitService units;

    @Inject
    UnitGroupService groups;

    @Inject
    TaskService tasks;

    @Inject
    DomainEvents events;

    public ReorganizationResult reorganize(long id, UnitReorganization request) {
        Unit unit = units.find(id);
        if (!unit.active) {
            throw ProblemException.conflict("Đơn vị " + unit.name + " đã ngừng hoạt động"
                    + (unit.validTo == null ? "" : " từ sau ngày " + DisplayDates.DAY.format(unit.validTo))
                    + ", không thể tổ chức lại.");
        }
        return switch (request.action()) {
            case RENAME -> rename(unit, request);
            case MERGE -> merge(unit, request);
        };
    }

    private ReorganizationResult rename(Unit unit, UnitReorganization request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.newName() == null || request.newName().isBlank()) {
            errors.add(new FieldError("newName", "Tên mới là bắt buộc khi đổi tên"));
        }
        if (request.successorId() != null) {
            errors.add(new FieldError("successorId", "Chỉ chọn đơn vị kế thừa khi sáp nhập (MERGE)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        unit.name = request.newName().trim();
        unit.shortName = request.newShortName() == null || request.newShortName().isBlank() ? null
                : request.newShortName().trim();
        unit.flush();
        return new ReorganizationResult(UnitView.of(unit), null, 0, 0, 0);
    }

    private ReorganizationResult merge(Unit unit, UnitReorganization request) {
        List<FieldError> errors = new ArrayList<>();
        Unit successor = successor(unit, request.successorId(), errors);
        if (request.effectiveDate() == null) {
            errors.add(new FieldError("effectiveDate", "Ngày hiệu lực là bắt buộc khi sáp nhập"));
        } else if (unit.validFrom != null && request.effectiveDate().isBefore(unit.validFrom)) {
            errors.add(new FieldError("effectiveDate", "Ngày hiệu lực không được trước ngày đơn vị bắt đầu hoạt động ("
                    + DisplayDates.DAY.format(unit.validFrom) + ")"));
        }
        if (request.newName() != null || request.newShortName() != null) {
            errors.add(new FieldError(request.newName() != null ? "newName" : "newShortName",
                    "Chỉ đổi tên khi tổ chức lại theo hình thức đổi tên (RENAME)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        unit.active = false;
        unit.validTo = request.effectiveDate();
        unit.successor = successor;

        List<Assignment> open = Assignment.list("unit = ?1 and status in ?2", unit, OPEN);
        Set<String> taken = new HashSet<>();
        if (!open.isEmpty()) {
            List<Long> taskIds = open.stream().map(a -> a.task.id).distinct().toList();
            Assignment.<Assignment>list("unit = ?1 and task.id in ?2", successor, taskIds)
                    .forEach(a -> taken.add(key(a)));
        }
        int moved = 0;
        int cancelled = 0;
        Set<Task> changedTasks = new LinkedHashSet<>();
        String date = DisplayDates.DAY.format(request.effectiveDate());
        for (Assignment assignment : open) {
            if (taken.add(key(assignment))) {
                assignment.unit = successor;
                events.record(EventType.TASK_REASSIGNED, assignment.task, assignment, DomainEvents.details(
                        "fromUnitCode", unit.code, "toUnitCode", successor.code, "effectiveDate", request.effectiveDate()));
                assignment.note = "Chuyển từ " + unit.name + " sang " + successor.name + " do sáp nhập, hiệu lực "
                        + date;
                moved++;
            } else {
                // The successor already does this task in this role: its own assignment goes on, this one ends.
                assignment.status = ProgressStatus.CANCELLED;
                assignment.note = "Hủy do " + unit.name + " sáp nhập vào " + successor.name + " (hiệu lực " + date
                        + "), đơn vị kế thừa đã được giao cùng nhiệm vụ, cùng vai trò";
                changedTasks.add(assignment.task);
                events.record(EventType.ASSIGNMENT_CANCELLED, assignment.task, assignment,
                        DomainEvents.details("reason", assignment.note));
                cancelled++;
            }
        }
        // A cancelled lead changes the task's derived status, and so its headings'.
        for (Task task : changedTasks) {
            tasks.applyProgress(task, Assignment.list("task", task));
            tasks.refreshAncestors(task);
        }
        int regrouped = groups.replaceMember(unit, successor);
        // Flush inside the transaction so that a concurrent change surfaces here as a 409.
        Unit.flush();
        return new ReorganizationResult(UnitView.of(unit), UnitView.of(successor), moved, cancelled, regrouped);
    }

    private static Unit successor(Unit unit, Long successorId, List<FieldError> errors) {
        if (successorId == null) {
            errors.add(new FieldError("successorId", "Đơn vị kế thừa là bắt buộc khi sáp nhập"));
            return null;
        }
        Unit successor = Unit.findById(successorId);
        if (successor == null) {
            errors.add(new FieldError("successorId", "Đơn vị kế thừa không tồn tại"));
            return null;
        }
        if (successor == unit) {
            errors.add(new FieldError("successorId", "Đơn vị kế thừa phải khác đơn vị được sáp nhập"));
            return null;
        }
        if (!successor.active) {
            errors.add(new FieldError("successorId", "Đơn vị kế thừa " + successor.name + " đã ngừng hoạt động"));
            return null;
        }
        Set<Long> seen = new HashSet<>();
        for (Unit next = successor.successor; next != null && seen.add(next.id); next = next.successor) {
            if (next == unit) {
                errors.add(new FieldError("successorId",
                        "Đơn vị kế thừa không được là đơn vị đã được sáp nhập vào chính đơn vị này"));
                return null;
            }
        }
        return successor;
    }

    private static String key(Assignment assignment) {
        return assignment.task.id + ":" + assignment.role;
    }
}
