package vn.dondoc.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveDtos.DirectiveCreate;
import vn.dondoc.directive.DirectiveDtos.DirectiveUpdate;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.integration.IntegrationDtos.DirectiveStatus;
import vn.dondoc.integration.IntegrationDtos.DirectiveUpsert;
import vn.dondoc.integration.IntegrationDtos.ReportSummary;
import vn.dondoc.integration.IntegrationDtos.TaskStatus;
import vn.dondoc.integration.IntegrationDtos.TaskUpsert;
import vn.dondoc.integration.IntegrationDtos.UnitStatus;
import vn.dondoc.report.ProgressReport;
import vn.dondoc.report.ReportStatus;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.Priority;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Recurrence;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskDtos.AssignmentPlan;
import vn.dondoc.task.TaskDtos.AssignmentUpdate;
import vn.dondoc.task.TaskDtos.TaskCreate;
import vn.dondoc.task.TaskDtos.TaskUpdate;
import vn.dondoc.task.TaskKind;
import vn.dondoc.task.TaskService;
import vn.dondoc.task.TimelinessRule;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitGroup;
import vn.dondoc.unit.UnitGroupService;

/**
 * The document-management system's directives: one call brings a directive, its task tree and its
 * assignments to what the system sent. Every change goes through {@link DirectiveService} and
 * {@link TaskService}, so history, counts and whatever else those record happen as for a person's
 * edit; a call that sends what was already applied writes nothing.
 */
@ApplicationScoped
public class IntegrationService {

    static final String UNPROCESSABLE = "urn:dondoc:problem:unprocessable";
    private static final int MAX_TASKS = 2000;
    private static final String WITHDRAWN = "Hệ thống quản lý văn bản đã bỏ nhiệm vụ này khỏi văn bản chỉ đạo";

    @Inject
    DirectiveService directives;

    @Inject
    TaskService tasks;

    @Inject
    UnitGroupService groups;

    @Inject
    TimelinessRule timeliness;

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper json;

    /** The answer and whether the directive was new. */
    public record Upserted(DirectiveStatus status, boolean created) {
    }

    /** A task of the request, checked and resolved. */
    private record Planned(int index, TaskUpsert raw, TaskUpsert canonical, TaskKind kind, Recurrence recurrence,
            LocalDate dueDate, Priority priority, List<Long> leadUnits, List<Long> leadGroups, List<Long> coordinatingUnits,
            List<Long> coordinatingGroups, Map<Long, AssignmentRole> wanted) {
    }

    /** The whole request, checked and resolved. */
    private record Plan(DirectiveKind kind, LocalDate issuedOn, Directive parent, List<Planned> tasks) {
    }

    @Transactional
    public Upserted upsert(String externalId, DirectiveUpsert request) {
        Directive directive = Directive.<Directive>find("externalId", externalId).firstResult();
        Plan plan = check(externalId, request, directive);
        boolean created = directive == null;
        if (created) {
            long id = directives.create(new DirectiveCreate(plan.kind(), request.numberSymbol(), request.issuingBody(),
                    plan.issuedOn(), request.title(), request.summary(), plan.parent() == null ? null : plan.parent().id,
                    externalId)).id();
            directive = Directive.findById(id);
        } else if (directiveChanged(directive, plan, request)) {
            directives.update(directive.id, new DirectiveUpdate(plan.kind(), request.numberSymbol(), request.issuingBody(),
                    plan.issuedOn(), request.title(), request.summary(), plan.parent() == null ? null : plan.parent().id,
                    externalId, directive.version));
        }
        applyTasks(directive, plan.tasks());
        Task.flush();
        return new Upserted(status(directive), created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DirectiveStatus get(String externalId) {
        Directive directive = Directive.<Directive>find("externalId", externalId).firstResult();
        if (directive == null) {
            throw ProblemException.notFound("Không có văn bản chỉ đạo với mã '" + externalId + "' của hệ thống quản lý văn bản.");
        }
        return status(directive);
    }

    // ---------------------------------------------------------------- checks: every problem, nothing written

    private Plan check(String externalId, DirectiveUpsert r, Directive existing) {
        List<FieldError> errors = new ArrayList<>();
        if (externalId.isBlank() || externalId.length() > 128) {
            errors.add(new FieldError("externalId", "Mã văn bản phải có từ 1 đến 128 ký tự"));
        }
        DirectiveKind kind = enumValue(DirectiveKind.class, r.kind(), "kind", true, errors);
        required(r.issuingBody(), 255, "issuingBody", "Cơ quan ban hành", errors);
        required(r.title(), 1000, "title", "Trích yếu", errors);
        optional(r.numberSymbol(), 64, "numberSymbol", "Số, ký hiệu", errors);
        optional(r.summary(), 10000, "summary", "Tóm tắt nội dung", errors);
        LocalDate issuedOn = date(r.issuedOn(), "issuedOn", errors);
        Directive parent = null;
        String parentId = blankToNull(r.parentExternalId());
        if (parentId != null) {
            parent = Directive.<Directive>find("externalId", parentId).firstResult();
            if (parent == null) {
                errors.add(new FieldError("parentExternalId", "Không có văn bản chỉ đạo với mã '" + parentId + "'"));
            } else {
                Set<Long> seen = new HashSet<>();
                for (Directive d = parent; d != null && seen.add(d.id); d = d.parent) {
                    if (externalId.equals(d.externalId)) {
                        errors.add(new FieldError("parentExternalId",
                                "Văn bản được triển khai không được là chính văn bản này hoặc văn bản triển khai từ nó"));
                        parent = null;
                        break;
                    }
                }
            }
        }
        List<TaskUpsert> raw = r.tasks() == null ? List.of() : r.tasks();
        if (raw.size() > MAX_TASKS) {
            errors.add(new FieldError("tasks", "Tối đa " + MAX_TASKS + " nhiệm vụ trong một văn bản"));
            throw unprocessable(errors);
        }
        Map<String, Task> known = existing == null ? Map.of()
                : Task.<Task>list("directive = ?1 and externalId is not null", existing).stream()
                        .collect(Collectors.toMap(t -> t.externalId, Function.identity()));
        Map<String, Integer> byExternalId = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            TaskUpsert t = raw.get(i);
            if (t == null) {
                errors.add(new FieldError("tasks[" + i + "]", "Nhiệm vụ không được để trống"));
                continue;
            }
            String id = blankToNull(t.externalId());
            if (id == null) {
                errors.add(new FieldError("tasks[" + i + "].externalId", "Mã nhiệm vụ trong hệ thống quản lý văn bản là bắt buộc"));
            } else if (id.length() > 128) {
                errors.add(new FieldError("tasks[" + i + "].externalId", "Mã nhiệm vụ tối đa 128 ký tự"));
            } else if (byExternalId.putIfAbsent(id, i) != null) {
                errors.add(new FieldError("tasks[" + i + "].externalId", "Mã nhiệm vụ '" + id + "' bị lặp (đã dùng ở tasks["
                        + byExternalId.get(id) + "])"));
            }
        }
        Map<String, Long> unitIds = codes(Unit.<Unit>list("code in ?1", allCodes(raw, true)), u -> u.code, u -> u.id);
        Set<String> inactive = Unit.<Unit>list("code in ?1 and active = false", allCodes(raw, true)).stream()
                .map(u -> u.code).collect(Collectors.toSet());
        Map<String, Long> groupIds = codes(UnitGroup.<UnitGroup>list("code in ?1", allCodes(raw, false)), g -> g.code, g -> g.id);
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            TaskUpsert t = raw.get(i);
            if (t == null) {
                continue;
            }
            String p = "tasks[" + i + "].";
            required(t.code(), 40, p + "code", "Mã nhiệm vụ", errors);
            required(t.content(), 10000, p + "content", "Nội dung nhiệm vụ", errors);
            optional(t.field(), 200, p + "field", "Lĩnh vực", errors);
            optional(t.expectedOutput(), 500, p + "expectedOutput", "Sản phẩm đầu ra", errors);
            optional(t.approvalLevel(), 30, p + "approvalLevel", "Cấp trình", errors);
            TaskKind taskKind = enumValue(TaskKind.class, t.kind(), p + "kind", false, errors);
            Recurrence recurrence = enumValue(Recurrence.class, t.recurrence(), p + "recurrence", false, errors);
            Priority priority = enumValue(Priority.class, t.priority(), p + "priority", false, errors);
            LocalDate due = date(t.dueDate(), p + "dueDate", errors);
            String parentRef = blankToNull(t.parentExternalId());
            if (parentRef != null && !byExternalId.containsKey(parentRef)) {
                errors.add(new FieldError(p + "parentExternalId", "Nút cha '" + parentRef + "' không có trong danh sách nhiệm vụ"));
            }
            List<Long> leadUnits = unitRefs(t.leadUnitCodes(), p + "leadUnitCodes", unitIds, inactive, errors);
            List<Long> coordUnits = unitRefs(t.coordinatingUnitCodes(), p + "coordinatingUnitCodes", unitIds, inactive, errors);
            List<Long> leadGroups = groupRefs(t.leadGroupCodes(), p + "leadGroupCodes", groupIds, errors);
            List<Long> coordGroups = groupRefs(t.coordinatingGroupCodes(), p + "coordinatingGroupCodes", groupIds, errors);
            boolean assigned = !list(t.leadUnitCodes()).isEmpty() || !list(t.leadGroupCodes()).isEmpty()
                    || !list(t.coordinatingUnitCodes()).isEmpty() || !list(t.coordinatingGroupCodes()).isEmpty();
            if (t.kind() == null || t.kind().isBlank()) {
                if (assigned) {
                    errors.add(new FieldError(p + "kind", "Tiêu đề nhóm (không có loại nhiệm vụ) không được giao đơn vị; "
                            + "hãy ghi loại nhiệm vụ"));
                }
            } else if (taskKind != null) {
                if (taskKind == TaskKind.DEADLINE && t.dueDate() == null) {
                    errors.add(new FieldError(p + "dueDate", "Nhiệm vụ có thời hạn phải có hạn hoàn thành"));
                }
                if (taskKind == TaskKind.PERIODIC && t.recurrence() == null) {
                    errors.add(new FieldError(p + "recurrence", "Nhiệm vụ định kỳ phải có chu kỳ"));
                }
                if (list(t.leadUnitCodes()).isEmpty() && list(t.leadGroupCodes()).isEmpty()) {
                    errors.add(new FieldError(p + "leadUnitCodes", "Cần ít nhất một đơn vị chủ trì (đơn vị hoặc nhóm đơn vị)"));
                }
            }
            if (due != null && issuedOn != null && due.isBefore(issuedOn)) {
                errors.add(new FieldError(p + "dueDate", "Hạn hoàn thành không được trước ngày ban hành văn bản ("
                        + issuedOn + ")"));
            }
            List<String> leadCodes = list(t.leadUnitCodes());
            List<String> coordCodes = list(t.coordinatingUnitCodes());
            for (int j = 0; j < coordCodes.size(); j++) {
                if (coordCodes.get(j) != null && leadCodes.contains(coordCodes.get(j))) {
                    errors.add(new FieldError(p + "coordinatingUnitCodes[" + j + "]",
                            "Đơn vị đã là đơn vị chủ trì, không thể đồng thời là đơn vị phối hợp"));
                }
            }
            Task before = t.externalId() == null ? null : known.get(t.externalId().trim());
            if (before != null) {
                String beforeParent = before.parent == null ? null : before.parent.externalId;
                if (!Objects.equals(beforeParent, parentRef)) {
                    errors.add(new FieldError(p + "parentExternalId", "Không chuyển được nhiệm vụ đã có sang nút cha khác "
                            + "(đang thuộc '" + (beforeParent == null ? "gốc văn bản" : beforeParent) + "'); hãy gửi nhiệm vụ mới "
                            + "với mã mới"));
                }
                if (before.kind != null && (t.kind() == null || t.kind().isBlank())) {
                    errors.add(new FieldError(p + "kind", "Nhiệm vụ đã giao không chuyển được thành tiêu đề nhóm"));
                }
            }
            planned.add(new Planned(i, t, canonical(t), taskKind, recurrence, due, priority, leadUnits, leadGroups,
                    coordUnits, coordGroups, null));
        }
        checkCycles(raw, byExternalId, errors);
        if (!errors.isEmpty()) {
            throw unprocessable(errors);
        }
        // Group members are expanded only once the codes are known to be good.
        List<Planned> resolved = planned.stream().map(t -> new Planned(t.index(), t.raw(), t.canonical(), t.kind(),
                t.recurrence(), t.dueDate(), t.priority(), t.leadUnits(), t.leadGroups(), t.coordinatingUnits(),
                t.coordinatingGroups(), wanted(t))).toList();
        return new Plan(kind, issuedOn, parent, parentsFirst(resolved));
    }

    /** Each task whose parent chain comes back to itself is reported once. */
    private static void checkCycles(List<TaskUpsert> raw, Map<String, Integer> byExternalId, List<FieldError> errors) {
        for (int i = 0; i < raw.size(); i++) {
            TaskUpsert start = raw.get(i);
            if (start == null || blankToNull(start.externalId()) == null) {
                continue;
            }
            Set<Integer> seen = new HashSet<>();
            Integer at = i;
            while (at != null && seen.add(at)) {
                TaskUpsert t = raw.get(at);
                String parent = t == null ? null : blankToNull(t.parentExternalId());
                at = parent == null ? null : byExternalId.get(parent);
                if (at != null && at == i) {
                    errors.add(new FieldError("tasks[" + i + "].parentExternalId",
                            "Quan hệ cha - con tạo thành vòng (nhiệm vụ là tổ tiên của chính nó)"));
                    break;
                }
            }
        }
    }

    /** Parents before their children, otherwise in the order sent (siblings keep the document's order). */
    private static List<Planned> parentsFirst(List<Planned> planned) {
        Map<String, Planned> byId = new LinkedHashMap<>();
        planned.forEach(t -> byId.put(t.raw().externalId().trim(), t));
        List<Planned> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Planned t : planned) {
            addWithAncestors(t, byId, done, ordered);
        }
        return ordered;
    }

    private static void addWithAncestors(Planned t, Map<String, Planned> byId, Set<String> done, List<Planned> ordered) {
        String id = t.raw().externalId().trim();
        if (done.contains(id)) {
            return;
        }
        String parent = blankToNull(t.raw().parentExternalId());
        if (parent != null) {
            addWithAncestors(byId.get(parent), byId, done, ordered);
        }
        done.add(id);
        ordered.add(t);
    }

    /** Units and expanded groups to one role per unit: a unit that leads does not also coordinate. */
    private Map<Long, AssignmentRole> wanted(Planned t) {
        Map<Long, AssignmentRole> wanted = new LinkedHashMap<>();
        t.leadUnits().forEach(id -> wanted.put(id, AssignmentRole.LEAD));
        for (int i = 0; i < t.leadGroups().size(); i++) {
            groups.members("tasks[" + t.index() + "].leadGroupCodes[" + i + "]", t.leadGroups().get(i))
                    .forEach(u -> wanted.put(u.id, AssignmentRole.LEAD));
        }
        t.coordinatingUnits().forEach(id -> wanted.putIfAbsent(id, AssignmentRole.COORDINATING));
        for (int i = 0; i < t.coordinatingGroups().size(); i++) {
            groups.members("tasks[" + t.index() + "].coordinatingGroupCodes[" + i + "]", t.coordinatingGroups().get(i))
                    .forEach(u -> wanted.putIfAbsent(u.id, AssignmentRole.COORDINATING));
        }
        return wanted;
    }

    // ---------------------------------------------------------------- applying

    private boolean directiveChanged(Directive d, Plan plan, DirectiveUpsert r) {
        return d.kind != plan.kind() || !Objects.equals(d.numberSymbol, blankToNull(r.numberSymbol()))
                || !Objects.equals(d.issuingBody, r.issuingBody().trim()) || !Objects.equals(d.issuedOn, plan.issuedOn())
                || !Objects.equals(d.title, r.title().trim()) || !Objects.equals(d.summary, blankToNull(r.summary()))
                || !Objects.equals(d.parent == null ? null : d.parent.id, plan.parent() == null ? null : plan.parent().id);
    }

    private void applyTasks(Directive directive, List<Planned> planned) {
        Map<String, Task> known = Task.<Task>list("directive = ?1 and externalId is not null", directive).stream()
                .collect(Collectors.toMap(t -> t.externalId, Function.identity()));
        Set<String> sent = new HashSet<>();
        for (Planned p : planned) {
            String externalId = p.raw().externalId().trim();
            sent.add(externalId);
            String parentRef = blankToNull(p.raw().parentExternalId());
            Task parent = parentRef == null ? null : known.get(parentRef);
            Task task = known.get(externalId);
            String payload = write(p.canonical());
            if (task == null) {
                task = create(directive, parent, p);
                known.put(externalId, task);
            } else if (!payload.equals(task.externalPayload)) {
                update(task, p, read(task.externalPayload));
            }
            if (!payload.equals(task.externalPayload)) {
                task.externalPayload = payload;
            }
        }
        for (Task task : known.values()) {
            if (!sent.contains(task.externalId)) {
                withdraw(task);
            }
        }
    }

    private Task create(Directive directive, Task parent, Planned p) {
        TaskUpsert t = p.canonical();
        if (p.kind() == null) {
            // A heading has no assignment; TaskService assigns what it creates, so headings are made here.
            Task heading = new Task();
            heading.directive = directive;
            heading.parent = parent;
            heading.code = t.code();
            heading.content = t.content();
            heading.field = t.field();
            heading.expectedOutput = t.expectedOutput();
            heading.approvalLevel = t.approvalLevel();
            heading.priority = p.priority() == null ? Priority.NORMAL : p.priority();
            heading.treeKey = tasks.nextTreeKey(directive, parent);
            heading.createdBy = currentUser.username();
            heading.externalId = t.externalId();
            heading.persist();
            return heading;
        }
        long id = unprocessableOn(p, () -> tasks.create(new TaskCreate(directive.id, parent == null ? null : parent.id,
                t.code(), t.content(), p.kind(), p.recurrence(), p.dueDate(), t.field(), p.priority(), t.expectedOutput(),
                t.approvalLevel(), p.leadUnits(), p.leadGroups(), p.coordinatingUnits(), p.coordinatingGroups()),
                t.externalId()).id());
        return Task.findById(id);
    }

    /**
     * Applies what the document system changed since its last call (all fields when it never sent
     * this task, or the task was withdrawn), so local changes to the other fields stay.
     */
    private void update(Task task, Planned p, TaskUpsert before) {
        TaskUpsert now = p.canonical();
        boolean all = before == null;
        String code = all || !Objects.equals(before.code(), now.code()) ? now.code() : task.code;
        String content = all || !Objects.equals(before.content(), now.content()) ? now.content() : task.content;
        TaskKind kind = all || !Objects.equals(before.kind(), now.kind()) ? p.kind() : task.kind;
        Recurrence recurrence = all || !Objects.equals(before.recurrence(), now.recurrence()) ? p.recurrence() : task.recurrence;
        LocalDate dueDate = all || !Objects.equals(before.dueDate(), now.dueDate()) ? p.dueDate() : task.dueDate;
        String field = all || !Objects.equals(before.field(), now.field()) ? now.field() : task.field;
        Priority priority = all || !Objects.equals(before.priority(), now.priority())
                ? (p.priority() == null ? Priority.NORMAL : p.priority()) : task.priority;
        String output = all || !Objects.equals(before.expectedOutput(), now.expectedOutput()) ? now.expectedOutput()
                : task.expectedOutput;
        String level = all || !Objects.equals(before.approvalLevel(), now.approvalLevel()) ? now.approvalLevel()
                : task.approvalLevel;
        boolean changed = !Objects.equals(code, task.code) || !Objects.equals(content, task.content) || kind != task.kind
                || recurrence != task.recurrence || !Objects.equals(dueDate, task.dueDate) || !Objects.equals(field, task.field)
                || priority != task.priority || !Objects.equals(output, task.expectedOutput)
                || !Objects.equals(level, task.approvalLevel);
        if (changed) {
            if (kind == null) {
                task.code = code;
                task.content = content;
                task.field = field;
                task.priority = priority;
                task.expectedOutput = output;
                task.approvalLevel = level;
            } else {
                unprocessableOn(p, () -> tasks.update(task.id, new TaskUpdate(code, content, kind, recurrence, dueDate, field,
                        priority, output, level, task.version)));
            }
        }
        if (kind == null) {
            return;
        }
        boolean assignmentsSent = all || !Objects.equals(before.leadUnitCodes(), now.leadUnitCodes())
                || !Objects.equals(before.leadGroupCodes(), now.leadGroupCodes())
                || !Objects.equals(before.coordinatingUnitCodes(), now.coordinatingUnitCodes())
                || !Objects.equals(before.coordinatingGroupCodes(), now.coordinatingGroupCodes());
        if (assignmentsSent && !inForce(task).equals(p.wanted())) {
            Task.flush(); // the version the plan checks is the one after the update above
            unprocessableOn(p, () -> tasks.plan(task.id, new AssignmentPlan(p.leadUnits(), p.leadGroups(),
                    p.coordinatingUnits(), p.coordinatingGroups(), task.version)));
        }
    }

    /** A task the system no longer sends: its open shares are cancelled (kept, with the reason), not deleted. */
    private void withdraw(Task task) {
        for (Assignment a : Assignment.<Assignment>list("task", task)) {
            if (a.status == ProgressStatus.NOT_STARTED || a.status == ProgressStatus.IN_PROGRESS) {
                tasks.updateAssignment(a.id, new AssignmentUpdate(ProgressStatus.CANCELLED, a.percentComplete, WITHDRAWN,
                        a.version));
            }
        }
        // Sent again later, it is applied afresh (its shares restored by the plan).
        task.externalPayload = null;
    }

    /** The units currently responsible, by role (cancelled shares do not count). */
    private static Map<Long, AssignmentRole> inForce(Task task) {
        Map<Long, AssignmentRole> current = new HashMap<>();
        Assignment.<Assignment>list("task", task).stream().filter(a -> a.status != ProgressStatus.CANCELLED)
                .forEach(a -> current.put(a.unit.id, a.role));
        return current;
    }

    // ---------------------------------------------------------------- reading

    private DirectiveStatus status(Directive d) {
        List<Task> all = Task.<Task>list("directive = ?1 order by treeKey", d);
        Map<Long, Task> byId = all.stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<Long> ids = all.stream().map(t -> t.id).toList();
        Map<Long, List<Assignment>> byTask = new HashMap<>();
        Map<Long, ProgressReport> latest = new HashMap<>();
        if (!ids.isEmpty()) {
            Assignment.<Assignment>list("from Assignment a join fetch a.unit u where a.task.id in ?1 order by a.role desc, u.code", ids)
                    .forEach(a -> byTask.computeIfAbsent(a.task.id, k -> new ArrayList<>()).add(a));
            // The latest report each share sent (drafts are the unit's own business).
            ProgressReport.<ProgressReport>list("assignment.task.id in ?1 and status <> ?2 order by submittedAt, id", ids,
                    ReportStatus.DRAFT).forEach(r -> latest.put(r.assignment.id, r));
        }
        List<TaskStatus> taskViews = all.stream().map(t -> new TaskStatus(t.externalId, t.id,
                t.parentId == null ? null : byId.get(t.parentId).externalId, t.code, t.content, t.kind, t.recurrence,
                t.dueDate, t.originalDueDate, t.field, t.priority, t.expectedOutput, t.approvalLevel, t.status,
                t.percentComplete, t.completedOn, timeliness.of(t.status, t.dueDate, t.completedOn),
                byTask.getOrDefault(t.id, List.of()).stream().map(a -> new UnitStatus(a.unit.code, a.unit.name, a.role,
                        a.status, a.percentComplete, a.dueDate, a.completedOn,
                        timeliness.of(a.status, a.dueDate, a.completedOn), a.note, summary(latest.get(a.id)))).toList()))
                .toList();
        return new DirectiveStatus(d.externalId, d.id, d.kind, d.numberSymbol, d.issuingBody, d.issuedOn, d.title, d.summary,
                d.parent == null ? null : d.parent.externalId, taskViews);
    }

    private static ReportSummary summary(ProgressReport r) {
        return r == null ? null : new ReportSummary(r.id, r.status, r.submittedAt, r.percentComplete, r.claimsCompletion,
                r.workDone, r.results, r.difficulties, r.reviewerComment);
    }

    // ---------------------------------------------------------------- helpers

    /** The task as stored for comparison: trimmed, blanks as null, lists without nulls (never null themselves). */
    private static TaskUpsert canonical(TaskUpsert t) {
        return new TaskUpsert(blankToNull(t.externalId()), blankToNull(t.parentExternalId()), blankToNull(t.code()),
                blankToNull(t.content()), upper(t.kind()), upper(t.recurrence()), blankToNull(t.dueDate()),
                blankToNull(t.field()), upper(t.priority()), blankToNull(t.expectedOutput()), blankToNull(t.approvalLevel()),
                codes(t.leadUnitCodes()), codes(t.leadGroupCodes()), codes(t.coordinatingUnitCodes()),
                codes(t.coordinatingGroupCodes()));
    }

    private String write(TaskUpsert t) {
        try {
            return json.writeValueAsString(t);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private TaskUpsert read(String payload) {
        if (payload == null) {
            return null;
        }
        try {
            return json.readValue(payload, TaskUpsert.class);
        } catch (JsonProcessingException e) {
            return null; // unreadable: apply everything again
        }
    }

    /** A rule of TaskService that this service's checks did not foresee: still the request's fault, at its task. */
    private static <T> T unprocessableOn(Planned p, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            throw unprocessable(e.errors().stream()
                    .map(f -> new FieldError("tasks[" + p.index() + "]." + f.field(), f.message())).toList());
        }
    }

    static ProblemException unprocessable(List<FieldError> errors) {
        return new ProblemException(422, UNPROCESSABLE, "Không xử lý được văn bản chỉ đạo",
                "Yêu cầu có " + errors.size() + " lỗi; không có thay đổi nào được ghi.", errors);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, boolean required,
            List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "Giá trị là bắt buộc; chấp nhận: " + names(type)));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Giá trị '" + value + "' không hợp lệ; chấp nhận: " + names(type)));
            return null;
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Ngày '" + value + "' không hợp lệ; dùng dạng yyyy-MM-dd, ví dụ 2026-12-31"));
            return null;
        }
    }

    private static void required(String value, int max, String field, String label, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, label + " không được để trống"));
        } else {
            optional(value, max, field, label, errors);
        }
    }

    private static void optional(String value, int max, String field, String label, List<FieldError> errors) {
        if (value != null && value.trim().length() > max) {
            errors.add(new FieldError(field, label + " tối đa " + max + " ký tự"));
        }
    }

    private static List<Long> unitRefs(List<String> codes, String field, Map<String, Long> ids, Set<String> inactive,
            List<FieldError> errors) {
        List<Long> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> values = list(codes);
        for (int i = 0; i < values.size(); i++) {
            String code = values.get(i) == null ? null : values.get(i).trim();
            Long id = code == null ? null : ids.get(code);
            if (id == null) {
                errors.add(new FieldError(field + "[" + i + "]", "Không có đơn vị với mã '" + code + "'"));
            } else if (inactive.contains(code)) {
                errors.add(new FieldError(field + "[" + i + "]", "Đơn vị '" + code + "' đã ngừng hoạt động"));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(field + "[" + i + "]", "Đơn vị '" + code + "' bị lặp lại"));
            } else {
                result.add(id);
            }
        }
        return result;
    }

    private static List<Long> groupRefs(List<String> codes, String field, Map<String, Long> ids, List<FieldError> errors) {
        List<Long> result = new ArrayList<>();
        List<String> values = list(codes);
        for (int i = 0; i < values.size(); i++) {
            String code = values.get(i) == null ? null : values.get(i).trim();
            Long id = code == null ? null : ids.get(code);
            if (id == null) {
                errors.add(new FieldError(field + "[" + i + "]", "Không có nhóm đơn vị với mã '" + code + "'"));
            } else if (!result.contains(id)) {
                result.add(id);
            }
        }
        return result;
    }

    private static Collection<String> allCodes(List<TaskUpsert> tasks, boolean units) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(""); // never an empty IN list
        for (TaskUpsert t : tasks) {
            if (t != null) {
                (units ? List.of(list(t.leadUnitCodes()), list(t.coordinatingUnitCodes()))
                        : List.of(list(t.leadGroupCodes()), list(t.coordinatingGroupCodes())))
                        .forEach(l -> l.stream().filter(Objects::nonNull).map(String::trim).forEach(codes::add));
            }
        }
        return codes;
    }

    private static <T> Map<String, Long> codes(List<T> rows, Function<T, String> code, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(code, id));
    }

    private static List<String> codes(List<String> values) {
        return list(values).stream().filter(Objects::nonNull).map(String::trim).toList();
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String upper(String value) {
        String v = blankToNull(value);
        return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
