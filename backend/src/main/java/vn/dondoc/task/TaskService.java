package vn.dondoc.task;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.TextSearch;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.task.TaskDtos.AssignmentView;
import vn.dondoc.task.TaskDtos.TaskCreate;
import vn.dondoc.task.TaskDtos.TaskDetail;
import vn.dondoc.task.TaskDtos.TaskPage;
import vn.dondoc.task.TaskDtos.TaskSummary;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitDtos.UnitRef;

@ApplicationScoped
@Transactional
public class TaskService {

    /** API sort fields and the columns behind them; anything else is rejected. */
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "treeKey", "dueDate", "dueDate", "status", "status", "percentComplete", "percentComplete",
            "updatedAt", "updatedAt");

    @Inject
    CurrentUser currentUser;

    @Inject
    DirectiveService directives;

    public record Filter(Long directiveId, Long unitId, ProgressStatus status, String q) {
    }

    public TaskPage list(Filter filter, String sort, int page, int size) {
        Long unitId = scopedUnit(filter.unitId());
        List<String> where = new ArrayList<>(List.of("t.kind is not null"));
        Parameters params = new Parameters();
        if (filter.directiveId() != null) {
            where.add("t.directive.id = :directiveId");
            params.and("directiveId", filter.directiveId());
        }
        if (unitId != null) {
            where.add("exists (select 1 from Assignment a where a.task = t and a.unit.id = :unitId)");
            params.and("unitId", unitId);
        }
        if (filter.status() != null) {
            where.add("t.status = :status");
            params.and("status", filter.status());
        }
        TextSearch.phrase(filter.q()).ifPresent(phrase -> {
            where.add("t.searchText like :q");
            params.and("q", TextSearch.containsPattern(phrase));
        });
        PanacheQuery<Task> query = Task.<Task>find("from Task t where " + String.join(" and ", where), sort(sort), params)
                .page(Page.of(page, size));
        List<Task> tasks = query.list();
        Map<Long, List<Assignment>> assignments = assignmentsOf(tasks.stream().map(t -> t.id).toList());
        List<TaskSummary> items = tasks.stream()
                .map(t -> summary(t, assignments.getOrDefault(t.id, List.of())))
                .toList();
        return new TaskPage(items, page, size, query.count(), query.pageCount());
    }

    public TaskDetail get(long id) {
        Task task = find(id);
        List<Assignment> assignments = assignmentsOf(List.of(task.id)).getOrDefault(task.id, List.of());
        if (!currentUser.readsAllUnits()) {
            long own = currentUser.requireUnit().id;
            if (assignments.stream().noneMatch(a -> a.unit.id == own)) {
                throw ProblemException.forbidden("Nhiệm vụ " + task.code + " không được giao cho đơn vị của bạn.");
            }
        }
        return detail(task, assignments);
    }

    public TaskDetail create(TaskCreate request) {
        List<FieldError> errors = new ArrayList<>();
        Directive directive = Directive.findById(request.directiveId());
        if (directive == null) {
            errors.add(new FieldError("directiveId", "Văn bản chỉ đạo không tồn tại"));
        }
        Task parent = null;
        if (request.parentId() != null) {
            parent = Task.findById(request.parentId());
            if (parent == null || (directive != null && !parent.directive.id.equals(directive.id))) {
                errors.add(new FieldError("parentId", "Nhiệm vụ cha không tồn tại trong văn bản chỉ đạo này"));
            }
        }
        if (request.kind() == TaskKind.DEADLINE && request.dueDate() == null) {
            errors.add(new FieldError("dueDate", "Nhiệm vụ có thời hạn phải có hạn hoàn thành"));
        }
        List<Long> coordinatingIds = request.coordinatingUnitIds() == null ? List.of() : request.coordinatingUnitIds();
        List<Unit> leads = units("leadUnitIds", request.leadUnitIds(), errors);
        List<Unit> coordinating = units("coordinatingUnitIds", coordinatingIds, errors);
        Set<Long> leadIds = new HashSet<>(request.leadUnitIds());
        for (int i = 0; i < coordinatingIds.size(); i++) {
            if (leadIds.contains(coordinatingIds.get(i))) {
                errors.add(new FieldError("coordinatingUnitIds[" + i + "]",
                        "Đơn vị đã là đơn vị chủ trì, không thể đồng thời là đơn vị phối hợp"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Task task = new Task();
        task.directive = directive;
        task.parent = parent;
        task.code = request.code().trim();
        task.content = request.content().trim();
        task.kind = request.kind();
        task.dueDate = request.dueDate();
        task.expectedOutput = request.expectedOutput();
        task.approvalLevel = request.approvalLevel();
        task.treeKey = nextTreeKey(directive, parent);
        task.createdBy = currentUser.username();
        task.persist();
        List<Assignment> assignments = new ArrayList<>();
        leads.forEach(unit -> assignments.add(assign(task, unit, AssignmentRole.LEAD)));
        coordinating.forEach(unit -> assignments.add(assign(task, unit, AssignmentRole.COORDINATING)));
        applyProgress(task, assignments);
        Task.flush();
        return detail(task, assignments);
    }

    /** Recomputes the stored status and percent of a task from its assignments. */
    public void applyProgress(Task task, Collection<Assignment> assignments) {
        TaskProgress progress = TaskProgress.of(assignments);
        task.status = progress.status();
        task.percentComplete = progress.percentComplete();
    }

    public Assignment assign(Task task, Unit unit, AssignmentRole role) {
        Assignment assignment = new Assignment();
        assignment.task = task;
        assignment.unit = unit;
        assignment.role = role;
        assignment.persist();
        return assignment;
    }

    /** The next position under a parent, e.g. "0002.0004" + ".0003". */
    public String nextTreeKey(Directive directive, Task parent) {
        long siblings = parent == null
                ? Task.count("directive = ?1 and parent is null", directive)
                : Task.count("parent", parent);
        String own = String.format("%04d", siblings + 1);
        return parent == null ? own : parent.treeKey + "." + own;
    }

    private Task find(long id) {
        Task task = Task.findById(id);
        if (task == null) {
            throw ProblemException.notFound("Không tìm thấy nhiệm vụ có mã số " + id + ".");
        }
        return task;
    }

    /** Unit staff see only their own unit's tasks: their unit is forced, another one is refused. */
    private Long scopedUnit(Long requested) {
        if (currentUser.readsAllUnits()) {
            return requested;
        }
        Unit own = currentUser.requireUnit();
        if (requested != null && !requested.equals(own.id)) {
            throw ProblemException.forbidden("Bạn chỉ được xem nhiệm vụ của đơn vị mình (" + own.name + ").");
        }
        return own.id;
    }

    private List<Unit> units(String field, List<Long> ids, List<FieldError> errors) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Unit> found = Unit.<Unit>list("id in ?1", new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(u -> u.id, u -> u));
        List<Unit> result = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Unit unit = found.get(ids.get(i));
            if (unit == null) {
                errors.add(new FieldError(field + "[" + i + "]", "Đơn vị không tồn tại"));
            } else if (!unit.active) {
                errors.add(new FieldError(field + "[" + i + "]", "Đơn vị " + unit.name + " đã ngừng hoạt động"));
            } else if (!seen.add(unit.id)) {
                errors.add(new FieldError(field + "[" + i + "]", "Đơn vị bị lặp lại"));
            } else {
                result.add(unit);
            }
        }
        return result;
    }

    /** All assignments of the given tasks with their units, in one query (no query per row). */
    private Map<Long, List<Assignment>> assignmentsOf(List<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        List<Assignment> all = Assignment.list(
                "from Assignment a join fetch a.unit u where a.task.id in ?1 order by u.type, u.name", taskIds);
        Map<Long, List<Assignment>> byTask = new LinkedHashMap<>();
        all.forEach(a -> byTask.computeIfAbsent(a.task.id, k -> new ArrayList<>()).add(a));
        return byTask;
    }

    private static Sort sort(String sort) {
        String value = sort == null || sort.isBlank() ? "code,asc" : sort;
        String[] parts = value.split(",");
        String column = SORTABLE.get(parts[0].trim());
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        if (column == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw ProblemException.invalid("sort", "Cách sắp xếp không hợp lệ: '" + value + "'. Dùng <trường>,asc|desc với trường là "
                    + String.join(", ", SORTABLE.keySet().stream().sorted().toList()));
        }
        Sort result = Sort.by("t." + column, direction.equals("desc") ? Sort.Direction.Descending : Sort.Direction.Ascending);
        return column.equals("treeKey") ? result.and("t.id") : result.and("t.treeKey").and("t.id");
    }

    private static TaskSummary summary(Task t, List<Assignment> assignments) {
        return new TaskSummary(t.id, t.directiveId, t.parentId, t.code, t.content, t.kind,
                t.dueDate, t.status, t.percentComplete, units(assignments, AssignmentRole.LEAD),
                units(assignments, AssignmentRole.COORDINATING), t.version);
    }

    private static TaskDetail detail(Task t, List<Assignment> assignments) {
        return new TaskDetail(t.id, t.directiveId, t.parentId, t.code, t.content, t.kind,
                t.dueDate, t.expectedOutput, t.approvalLevel, t.status, t.percentComplete,
                units(assignments, AssignmentRole.LEAD), units(assignments, AssignmentRole.COORDINATING),
                assignments.stream().map(AssignmentView::of).toList(), t.version);
    }

    private static List<UnitRef> units(List<Assignment> assignments, AssignmentRole role) {
        return assignments.stream().filter(a -> a.role == role).map(a -> UnitRef.of(a.unit)).toList();
    }
}
