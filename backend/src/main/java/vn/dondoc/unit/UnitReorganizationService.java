package vn.dondoc.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dondoc.common.DisplayDates;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;
import vn.dondoc.event.DomainEvents;
import vn.dondoc.event.EventType;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskService;
import vn.dondoc.unit.UnitDtos.ReorganizationResult;
import vn.dondoc.unit.UnitDtos.ShareAbsorption;
import vn.dondoc.unit.UnitDtos.ShareSuccessor;
import vn.dondoc.unit.UnitDtos.UnitReorganization;
import vn.dondoc.unit.UnitDtos.UnitView;

/**
 * Renames, merges and splits of units (tổ chức lại, sáp nhập, chia tách). A merge ends the unit and hands its open
 * work to the successor in the same transaction; a split hands each open share to the successor chosen for it. The
 * assignments are changed through JPA, so their audit history still says which unit was responsible before. When
 * the successor already has a share of the same task, the two become one: the lead share is kept over a
 * coordinating one (else the successor's own), notes that it absorbed the other, and the other is closed with a note
 * pointing at it; nothing is deleted, so the reports of both stay reachable.
 */
@ApplicationScoped
@Transactional
public class UnitReorganizationService {

    /** Problem type of a split that leaves open shares without a successor. */
    public static final String UNMAPPED_SHARES = "urn:dondoc:problem:unmapped-shares";

    private static final List<ProgressStatus> OPEN = List.of(ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS);
    private static final int NOTE_MAX = 500;

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
            case SPLIT -> split(unit, request);
        };
    }

    private ReorganizationResult rename(Unit unit, UnitReorganization request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.newName() == null || request.newName().isBlank()) {
            errors.add(new FieldError("newName", "Tên mới là bắt buộc khi đổi tên"));
        }
        if (request.successorId() != null) {
            errors.add(new FieldError("successorId", "Chỉ chọn đơn vị kế thừa khi sáp nhập (MERGE) hoặc chia tách (SPLIT)"));
        }
        if (request.shares() != null) {
            errors.add(new FieldError("shares", "Chỉ phân giao từng phần việc khi chia tách (SPLIT)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        unit.name = request.newName().trim();
        unit.shortName = request.newShortName() == null || request.newShortName().isBlank() ? null
                : request.newShortName().trim();
        unit.flush();
        return new ReorganizationResult(UnitView.of(unit), null, 0, 0, 0, List.of());
    }

    private ReorganizationResult merge(Unit unit, UnitReorganization request) {
        List<FieldError> errors = new ArrayList<>();
        Unit successor = successor(unit, request.successorId(), "successorId", errors);
        checkDissolution(unit, request, errors);
        if (request.shares() != null) {
            errors.add(new FieldError("shares", "Chỉ phân giao từng phần việc khi chia tách (SPLIT)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<Assignment> open = Assignment.list("unit = ?1 and status in ?2 order by id", unit, OPEN);
        Map<Assignment, Unit> targets = new LinkedHashMap<>();
        open.forEach(a -> targets.put(a, successor));
        return dissolve(unit, successor, request.effectiveDate(), targets, "sáp nhập vào");
    }

    /**
     * A split: the unit ends and each of its open shares goes to the successor the request names for it. Every open
     * share must be named (a 422 lists those that are not); the principal successor (successorId) becomes the unit's
     * successor and takes its place in the unit groups.
     */
    private ReorganizationResult split(Unit unit, UnitReorganization request) {
        List<FieldError> errors = new ArrayList<>();
        Unit principal = successor(unit, request.successorId(), "successorId", errors);
        checkDissolution(unit, request, errors);
        List<Assignment> open = Assignment.list("unit = ?1 and status in ?2 order by id", unit, OPEN);
        Map<Long, Assignment> byId = new LinkedHashMap<>();
        open.forEach(a -> byId.put(a.id, a));
        Map<Assignment, Unit> targets = new LinkedHashMap<>();
        Map<Long, Unit> successors = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        List<ShareSuccessor> shares = request.shares() == null ? List.of() : request.shares();
        if (request.shares() == null && !open.isEmpty()) {
            errors.add(new FieldError("shares", "Khi chia tách, hãy chọn đơn vị kế thừa cho từng phần việc đang mở"));
        }
        for (int i = 0; i < shares.size(); i++) {
            ShareSuccessor share = shares.get(i);
            Assignment a = byId.get(share.assignmentId());
            if (a == null) {
                errors.add(new FieldError("shares[" + i + "].assignmentId", "Phần việc " + share.assignmentId()
                        + " không phải phần việc đang mở (chưa thực hiện, đang thực hiện) của " + unit.name));
            } else if (!seen.add(a.id)) {
                errors.add(new FieldError("shares[" + i + "].assignmentId", "Phần việc " + a.id + " đã được phân giao ở dòng trước"));
            }
            Unit target = successors.containsKey(share.successorId()) ? successors.get(share.successorId())
                    : successor(unit, share.successorId(), "shares[" + i + "].successorId", errors);
            successors.putIfAbsent(share.successorId(), target);
            if (a != null && target != null) {
                targets.putIfAbsent(a, target);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<Assignment> missing = open.stream().filter(a -> !targets.containsKey(a)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(422, UNMAPPED_SHARES, "Còn phần việc chưa có đơn vị kế thừa",
                    "Khi chia tách " + unit.name + ", mỗi phần việc đang mở phải được giao cho một đơn vị kế thừa; còn "
                            + missing.size() + " phần việc chưa được giao: "
                            + missing.stream().map(a -> a.id + " (" + describe(a) + ")").collect(Collectors.joining(", ")) + ".",
                    missing.stream().map(a -> new FieldError("shares", "Phần việc " + a.id + " (" + describe(a)
                            + ") chưa có đơn vị kế thừa")).toList());
        }
        return dissolve(unit, principal, request.effectiveDate(), targets, "chia tách, giao cho");
    }

    private static void checkDissolution(Unit unit, UnitReorganization request, List<FieldError> errors) {
        String what = request.action() == ReorganizationAction.SPLIT ? "chia tách" : "sáp nhập";
        if (request.effectiveDate() == null) {
            errors.add(new FieldError("effectiveDate", "Ngày hiệu lực là bắt buộc khi " + what));
        } else if (unit.validFrom != null && request.effectiveDate().isBefore(unit.validFrom)) {
            errors.add(new FieldError("effectiveDate", "Ngày hiệu lực không được trước ngày đơn vị bắt đầu hoạt động ("
                    + DisplayDates.DAY.format(unit.validFrom) + ")"));
        }
        if (request.newName() != null || request.newShortName() != null) {
            errors.add(new FieldError(request.newName() != null ? "newName" : "newShortName",
                    "Chỉ đổi tên khi tổ chức lại theo hình thức đổi tên (RENAME)"));
        }
    }

    /**
     * Ends the unit and hands each open share to its successor: moved when the successor has no share of the task;
     * otherwise the two become one (see {@link #absorb}).
     */
    private ReorganizationResult dissolve(Unit unit, Unit principal, LocalDate effectiveDate, Map<Assignment, Unit> targets,
            String how) {
        unit.active = false;
        unit.validTo = effectiveDate;
        unit.successor = principal;
        int moved = 0;
        Set<Task> changedTasks = new LinkedHashSet<>();
        List<ShareAbsorption> absorbed = new ArrayList<>();
        String date = DisplayDates.DAY.format(effectiveDate);
        for (Map.Entry<Assignment, Unit> entry : targets.entrySet()) {
            Assignment assignment = entry.getKey();
            Unit successor = entry.getValue();
            String why = "do " + unit.name + " " + how + " " + successor.name + ", hiệu lực " + date;
            List<Assignment> held = Assignment.list("task = ?1 and unit = ?2", assignment.task, successor);
            Assignment other = held.stream().filter(a -> a.status != ProgressStatus.CANCELLED)
                    .min(Comparator.comparing((Assignment a) -> a.role != AssignmentRole.LEAD)).orElse(null);
            boolean sameRoleHeld = held.stream().anyMatch(a -> a.role == assignment.role);
            if (other == null && !sameRoleHeld) {
                move(assignment, unit, successor, effectiveDate, "Chuyển từ " + unit.name + " sang " + successor.name
                        + " do " + (how.startsWith("chia") ? "chia tách" : "sáp nhập") + ", hiệu lực " + date);
                moved++;
                continue;
            }
            if (other == null) {
                other = held.stream().filter(a -> a.role == assignment.role).findFirst().orElseThrow();
            }
            // Lead wins over coordinating: the dissolved unit's lead share becomes the successor's, unless the successor
            // already has a (closed) lead share of its own.
            boolean keepMoved = assignment.role == AssignmentRole.LEAD && other.role == AssignmentRole.COORDINATING
                    && !sameRoleHeld;
            Assignment survivor = keepMoved ? assignment : other;
            Assignment closed = keepMoved ? other : assignment;
            if (keepMoved) {
                move(assignment, unit, successor, effectiveDate, null);
                moved++;
            }
            absorb(survivor, closed, why);
            changedTasks.add(assignment.task);
            absorbed.add(new ShareAbsorption(assignment.task.id, assignment.task.code, survivor.id, closed.id));
        }
        // A closed or moved lead changes the task's derived status, and so its headings'.
        for (Task task : changedTasks) {
            tasks.applyProgress(task, Assignment.list("task", task));
            tasks.refreshAncestors(task);
        }
        int regrouped = principal == null ? 0 : groups.replaceMember(unit, principal);
        // Flush inside the transaction so that a concurrent change surfaces here as a 409.
        Unit.flush();
        return new ReorganizationResult(UnitView.of(unit), principal == null ? null : UnitView.of(principal), moved,
                absorbed.size(), regrouped, absorbed);
    }

    private void move(Assignment assignment, Unit from, Unit to, LocalDate effectiveDate, String note) {
        assignment.unit = to;
        events.record(EventType.TASK_REASSIGNED, assignment.task, assignment, DomainEvents.details(
                "fromUnitCode", from.code, "toUnitCode", to.code, "effectiveDate", effectiveDate));
        if (note != null) {
            assignment.note = clip(note);
        }
        // Flushed now: the next share's lookup of what the successor holds must see it.
        Assignment.flush();
    }

    /**
     * Two shares of one task at the successor become one: the survivor notes what it absorbed; the other is closed
     * (cancelled if still open, never deleted) with a note pointing at the survivor, so its reports stay where they
     * were (GET /api/v1/assignments/{id}/reports) and both histories are kept by Envers.
     */
    private void absorb(Assignment survivor, Assignment closed, String why) {
        String closedWas = describeRole(closed) + " của " + closed.unit.name + ", " + statusLabel(closed.status);
        survivor.note = clip(join(survivor.note, "Tiếp nhận phần việc " + closed.id + " (" + closedWas + ") " + why
                + "; báo cáo của phần việc đó vẫn giữ tại phần việc " + closed.id + "."));
        closed.note = clip("Gộp vào phần việc " + survivor.id + " (" + describeRole(survivor) + " của " + survivor.unit.name
                + ") " + why + ", vì đơn vị kế thừa đã được giao cùng nhiệm vụ" + (closed.note == null ? "" : ". Trước đó: "
                + closed.note));
        if (OPEN.contains(closed.status)) {
            closed.status = ProgressStatus.CANCELLED;
            events.record(EventType.ASSIGNMENT_CANCELLED, closed.task, closed, DomainEvents.details("reason", closed.note));
        }
    }

    private static String describe(Assignment a) {
        return "nhiệm vụ " + a.task.code + ", " + describeRole(a);
    }

    private static String describeRole(Assignment a) {
        return a.role == AssignmentRole.LEAD ? "chủ trì" : "phối hợp";
    }

    private static String statusLabel(ProgressStatus status) {
        return switch (status) {
            case NOT_STARTED -> "chưa thực hiện";
            case IN_PROGRESS -> "đang thực hiện";
            case COMPLETED -> "đã hoàn thành";
            case CANCELLED -> "đã hủy";
            default -> status.name();
        };
    }

    private static String join(String before, String added) {
        return before == null || before.isBlank() || before.length() + added.length() + 1 > NOTE_MAX ? added
                : before + "\n" + added;
    }

    private static String clip(String note) {
        return note.length() <= NOTE_MAX ? note : note.substring(0, NOTE_MAX - 1) + "…";
    }

    private static Unit successor(Unit unit, Long successorId, String field, List<FieldError> errors) {
        if (successorId == null) {
            errors.add(new FieldError(field, "Đơn vị kế thừa là bắt buộc khi sáp nhập hoặc chia tách"));
            return null;
        }
        Unit successor = Unit.findById(successorId);
        if (successor == null) {
            errors.add(new FieldError(field, "Đơn vị kế thừa không tồn tại"));
            return null;
        }
        if (successor == unit) {
            errors.add(new FieldError(field, "Đơn vị kế thừa phải khác đơn vị được sáp nhập"));
            return null;
        }
        if (!successor.active) {
            errors.add(new FieldError(field, "Đơn vị kế thừa " + successor.name + " đã ngừng hoạt động"));
            return null;
        }
        Set<Long> seen = new HashSet<>();
        for (Unit next = successor.successor; next != null && seen.add(next.id); next = next.successor) {
            if (next == unit) {
                errors.add(new FieldError(field,
                        "Đơn vị kế thừa không được là đơn vị đã được sáp nhập vào chính đơn vị này"));
                return null;
            }
        }
        return successor;
    }
}
