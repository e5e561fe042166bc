package vn.dondoc.task;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.TextSearch;
import vn.dondoc.common.audit.AuditHistory;
import vn.dondoc.common.audit.AuditHistory.HistoryEntry;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.directive.Directive;
import vn.dondoc.task.TaskDtos.AssignmentPlan;
import vn.dondoc.task.TaskDtos.AssignmentUpdate;
import vn.dondoc.task.TaskDtos.AssignmentView;
import vn.dondoc.task.TaskDtos.TaskCounts;
import vn.dondoc.task.TaskDtos.TaskCreate;
import vn.dondoc.task.TaskDtos.TaskDetail;
import vn.dondoc.task.TaskDtos.TaskPage;
import vn.dondoc.task.TaskDtos.TaskSummary;
import vn.dondoc.task.TaskDtos.TaskUpdate;
import vn.dondoc.task.TaskDtos.UnitCounts;
import vn.dondoc.task.TaskDtos.UnitCountsPage;
import vn.dondoc.event.DomainEvents;
import vn.dondoc.event.EventType;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitDtos.UnitRef;
import vn.dondoc.unit.UnitGroupService;

@ApplicationScoped
@Transactional
public class TaskService {

    /** API sort fields and the columns behind them; anything else is rejected. */
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "treeKey", "dueDate", "dueDate", "status", "status", "percentComplete", "percentComplete",
            "priority", "priority", "updatedAt", "updatedAt");

    /** Task fields copied onto each assignment, and their names there. */
    private static final Map<String, String> COPIED_ON_ASSIGNMENT = Map.of(
            "treeKey", "a.taskTreeKey", "status", "a.taskStatus", "dueDate", "a.taskDueDate");

    @Inject
    CurrentUser currentUser;

    @Inject
    TaskCountsCache countsCache;

    @Inject
    jakarta.enterprise.event.Event<TaskCountsCache.TasksChanged> tasksChanged;

    @Inject
    jakarta.enterprise.event.Event<AssignmentDueDateChanged> dueDateChanged;

    @Inject
    TimelinessRule timeliness;

    @Inject
    UnitGroupService groups;

    @Inject
    AuditHistory audit;

    @Inject
    EntityManager em;

    @Inject
    vn.dondoc.event.DomainEvents events;

    /** The filters shared by the list and the counts. */
    public record Filter(Long directiveId, Long subtreeOf, Long unitId, AssignmentRole role, ProgressStatus status,
            Timeliness timeliness, LocalDate dueFrom, LocalDate dueTo, String field, String q) {
    }

    /**
     * A filter as JPQL. Task-rooted ({@code from Task t}) when no unit is chosen; assignment-rooted
     * ({@code from Assignment a}, joined to its task only when a task-level filter needs it) when a
     * unit is chosen or forced, so that the unit's tasks by status and due date are one range of
     * {@code ix_assignment_unit_timeliness} over the copies of the task's state on the assignment.
     */
    private record Where(String from, String jpql, Parameters params, boolean byAssignment, boolean joinsTask) {

        /** The task id: from the assignment's foreign key, so the assignment index alone answers. */
        String taskId() {
            return byAssignment ? "a.task.id" : "t.id";
        }
    }

    /**
     * One page of tasks in two steps: the ordered ids of the page (narrow rows, the indexes do the
     * work), then those tasks and their assignments by id, so long texts never go through the sort.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction to begin, flush and commit
    public TaskPage list(Filter filter, String sort, int page, int size) {
        String[] sortBy = sortColumn(sort);
        boolean orderNeedsTask = !COPIED_ON_ASSIGNMENT.containsKey(sortBy[0]);
        Where where = where(filter, currentUser.scopeUnit(filter.unitId(), "nhiệm vụ"), false, orderNeedsTask, timeliness.today(),
                timeliness.dueSoonLimit());
        List<String> orderColumns = orderColumns(sortBy[0], where);
        String order = orderColumns.get(0) + " " + sortBy[1] + orderColumns.stream().skip(1).map(c -> ", " + c)
                .collect(Collectors.joining());
        // DISTINCT: a unit may hold two rows for one task (a cancelled role and its new one); the
        // ORDER BY columns must then be selected too. The task id is always the last one.
        String select = where.byAssignment() ? "select distinct " + String.join(", ", orderColumns) : "select t.id";
        var ids = em.createQuery(select + " from " + where.from() + " where " + where.jpql() + " order by " + order,
                Object.class).setFirstResult(page * size).setMaxResults(size);
        where.params().map().forEach(ids::setParameter);
        List<Long> pageIds = ids.getResultList().stream()
                .map(row -> (Long) (row instanceof Object[] columns ? columns[columns.length - 1] : row))
                .toList();
        var count = em.createQuery("select count(distinct " + where.taskId() + ") from " + where.from() + " where "
                + where.jpql(), Long.class);
        where.params().map().forEach(count::setParameter);
        long total = count.getSingleResult();
        List<TaskSummary> items = summaries(pageIds);
        return new TaskPage(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /**
     * Counts by timeliness and by status over the same filters as the list. Cached for a short
     * time per filter and day (see {@link TaskCountsCache}); every write to tasks drops the cache.
     */
    public TaskCounts counts(Filter filter) {
        Filter scoped = scoped(filter);
        return countsCache.get(TaskCountsCache.Kind.TOTALS, scoped, timeliness.today(), timeliness.dueSoonLimit());
    }

    /** The counts of an already scoped filter (no caller needed: the cache refreshes in the background). */
    TaskCounts computeCounts(Filter filter, LocalDate today, LocalDate soon) {
        Where where = where(filter, filter.unitId(), false, false, today, soon);
        String id = where.taskId();
        StringBuilder select = new StringBuilder("select count(distinct " + id + ")");
        for (Timeliness value : Timeliness.values()) {
            String condition = where.byAssignment() ? TimelinessRule.shareCondition(value) : TimelinessRule.condition(value);
            select.append(where.byAssignment()
                    ? ", count(distinct case when " + condition + " then " + id + " end)"
                    : ", sum(case when " + condition + " then 1 else 0 end)");
        }
        var countQuery = em.createQuery(select + " from " + where.from() + " where " + where.jpql(), Object[].class);
        Map<String, Object> params = new HashMap<>(where.params().map());
        params.putIfAbsent("today", today);
        params.putIfAbsent("soon", soon);
        params.forEach(countQuery::setParameter);
        Object[] row = countQuery.getSingleResult();
        Map<Timeliness, Long> byTimeliness = new EnumMap<>(Timeliness.class);
        Timeliness[] values = Timeliness.values();
        for (int i = 0; i < values.length; i++) {
            byTimeliness.put(values[i], row[i + 1] == null ? 0L : ((Number) row[i + 1]).longValue());
        }
        String status = where.byAssignment() ? "a.taskStatus" : "t.status";
        var statusQuery = em.createQuery("select " + status + ", count(distinct " + id + ") from " + where.from() + " where "
                + where.jpql() + " group by " + status, Object[].class);
        where.params().map().forEach(statusQuery::setParameter);
        Map<ProgressStatus, Long> byStatus = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus value : ProgressStatus.values()) {
            byStatus.put(value, 0L);
        }
        statusQuery.getResultList().forEach(r -> byStatus.put((ProgressStatus) r[0], ((Number) r[1]).longValue()));
        return new TaskCounts(((Number) row[0]).longValue(), byTimeliness, byStatus);
    }

    /**
     * Per unit, its tasks by timeliness: one GROUP BY over the non-cancelled assignments (a unit
     * holds at most one of those per task), same filters as the list. Cached like {@link #counts}.
     */
    public UnitCountsPage countsByUnit(Filter filter) {
        Filter scoped = scoped(filter);
        return countsCache.get(TaskCountsCache.Kind.BY_UNIT, scoped, timeliness.today(), timeliness.dueSoonLimit());
    }

    /** The counts by unit of an already scoped filter (see {@link #computeCounts}). */
    UnitCountsPage computeCountsByUnit(Filter filter, LocalDate today, LocalDate soon) {
        Where where = where(filter, filter.unitId(), true, false, today, soon);
        StringBuilder select = new StringBuilder("select a.unit.id, count(a)");
        for (Timeliness value : Timeliness.values()) {
            select.append(", sum(case when ").append(TimelinessRule.shareCondition(value)).append(" then 1 else 0 end)");
        }
        var query = em.createQuery(select + " from " + where.from() + " where a.status <> :cancelled and " + where.jpql()
                + " group by a.unit.id", Object[].class);
        Map<String, Object> params = new HashMap<>(where.params().map());
        params.putIfAbsent("today", today);
        params.putIfAbsent("soon", soon);
        params.put("cancelled", ProgressStatus.CANCELLED);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<Long, Unit> units = Unit.<Unit>list("id in ?1", rows.stream().map(r -> (Long) r[0]).toList()).stream()
                .collect(Collectors.toMap(u -> u.id, u -> u));
        Timeliness[] values = Timeliness.values();
        List<UnitCounts> items = rows.stream().map(r -> {
            Map<Timeliness, Long> byTimeliness = new EnumMap<>(Timeliness.class);
            for (int i = 0; i < values.length; i++) {
                byTimeliness.put(values[i], r[i + 2] == null ? 0L : ((Number) r[i + 2]).longValue());
            }
            return new UnitCounts(UnitRef.of(units.get((Long) r[0])), ((Number) r[1]).longValue(), byTimeliness);
        }).sorted(java.util.Comparator.comparing((UnitCounts c) -> c.unit().name())).toList();
        return new UnitCountsPage(items);
    }

    public TaskDetail get(long id) {
        Task task = find(id);
        List<Assignment> assignments = assignmentsOf(List.of(task.id)).getOrDefault(task.id, List.of());
        requireVisible(task, assignments);
        return detail(task, assignments);
    }

    public List<HistoryEntry> history(long id) {
        Task task = find(id);
        requireVisible(task, assignmentsOf(List.of(task.id)).getOrDefault(task.id, List.of()));
        return AuditHistory.merge(audit.history(Task.class, task.id),
                audit.historyOfRelated(Assignment.class, "task", task.id));
    }

    public TaskDetail create(TaskCreate request) {
        return create(request, null);
    }

    /**
     * Creates a task that another system knows by {@code externalId}; the id is set before the task
     * is persisted, so the "task created" event already carries it.
     */
    public TaskDetail create(TaskCreate request, String externalId) {
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
        checkKind(request.kind(), request.dueDate(), request.recurrence(), errors);
        Map<Unit, AssignmentRole> wanted = wantedAssignments(request.leadUnitIds(), request.leadGroupIds(),
                request.coordinatingUnitIds(), request.coordinatingGroupIds(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Task task = new Task();
        task.directive = directive;
        task.parent = parent;
        task.code = request.code().trim();
        task.content = request.content().trim();
        task.kind = request.kind();
        task.recurrence = request.kind() == TaskKind.PERIODIC ? request.recurrence() : null;
        task.dueDate = request.dueDate();
        task.field = blankToNull(request.field());
        task.priority = request.priority() == null ? Priority.NORMAL : request.priority();
        task.expectedOutput = blankToNull(request.expectedOutput());
        task.approvalLevel = blankToNull(request.approvalLevel());
        task.treeKey = nextTreeKey(directive, parent);
        task.createdBy = currentUser.username();
        task.externalId = externalId;
        task.assignedOn = timeliness.today();
        task.persist();
        events.record(EventType.TASK_CREATED, task, null, null);
        List<Assignment> assignments = new ArrayList<>();
        wanted.forEach((unit, role) -> assignments.add(assign(task, unit, role)));
        applyProgress(task, assignments);
        Task.flush();
        return detail(task, assignments);
    }

    /**
     * A heading of the tree (section, group, an item with bullets): no kind, no assignments; its
     * status follows its children. Used when a whole program is created at once (the importer).
     */
    public Task createHeading(Directive directive, Task parent, String code, String content, String field) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || code.isBlank() || code.trim().length() > 40) {
            errors.add(new FieldError("code", "Mã nhiệm vụ không được để trống, tối đa 40 ký tự"));
        }
        if (content == null || content.isBlank() || content.length() > 10000) {
            errors.add(new FieldError("content", "Nội dung không được để trống, tối đa 10000 ký tự"));
        }
        if (parent != null && !parent.directive.id.equals(directive.id)) {
            errors.add(new FieldError("parentId", "Nhiệm vụ cha không tồn tại trong văn bản chỉ đạo này"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Task task = new Task();
        task.directive = directive;
        task.parent = parent;
        task.code = code.trim();
        task.content = content.trim();
        task.field = blankToNull(field);
        task.treeKey = nextTreeKey(directive, parent);
        task.createdBy = currentUser.username();
        task.assignedOn = timeliness.today();
        task.persist();
        Task.flush();
        return task;
    }

    public TaskDetail update(long id, TaskUpdate request) {
        Task task = find(id);
        checkVersion(task, request.version());
        List<FieldError> errors = new ArrayList<>();
        checkKind(request.kind(), request.dueDate(), request.recurrence(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        task.code = request.code().trim();
        task.content = request.content().trim();
        task.kind = request.kind();
        task.recurrence = request.kind() == TaskKind.PERIODIC ? request.recurrence() : null;
        boolean newDueDate = !java.util.Objects.equals(task.dueDate, request.dueDate());
        task.dueDate = request.dueDate();
        if (newDueDate) {
            // A coordinator's new date re-plans the task: every open share of it moves to that date.
            for (Assignment a : Assignment.<Assignment>list("task", task)) {
                if (TimelinessRule.isOpen(a.status) && !java.util.Objects.equals(a.dueDate, task.dueDate)) {
                    LocalDate previous = a.dueDate;
                    a.dueDate = task.dueDate;
                    dueDateChanged.fire(new AssignmentDueDateChanged(a, previous, a.dueDate));
                }
                a.followTask();
            }
        }
        task.field = blankToNull(request.field());
        task.priority = request.priority() == null ? task.priority : request.priority();
        task.expectedOutput = blankToNull(request.expectedOutput());
        task.approvalLevel = blankToNull(request.approvalLevel());
        tasksChanged.fire(TaskCountsCache.TasksChanged.INSTANCE);
        // Flush inside the transaction so that a concurrent update surfaces here as a 409.
        Task.flush();
        return get(id);
    }

    /** Brings the task's assignments to the wanted set: new units assigned, dropped ones cancelled. */
    public TaskDetail plan(long id, AssignmentPlan request) {
        Task task = find(id);
        checkVersion(task, request.version());
        if (task.kind == null) {
            throw ProblemException.invalid("(body)", "Tiêu đề nhóm không được giao trực tiếp; hãy giao các nhiệm vụ bên dưới");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Unit, AssignmentRole> wanted = wantedAssignments(request.leadUnitIds(), request.leadGroupIds(),
                request.coordinatingUnitIds(), request.coordinatingGroupIds(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<Assignment> existing = Assignment.list("task", task);
        Set<String> kept = new HashSet<>();
        for (Assignment a : existing) {
            boolean stillWanted = wanted.get(a.unit) == a.role;
            if (stillWanted) {
                kept.add(a.unit.id + ":" + a.role);
                if (a.status == ProgressStatus.CANCELLED) {
                    a.status = a.percentComplete > 0 ? ProgressStatus.IN_PROGRESS : ProgressStatus.NOT_STARTED;
                    a.note = "Giao lại";
                    events.record(EventType.TASK_ASSIGNED, task, a, null);
                }
            } else if (TimelinessRule.isOpen(a.status)) {
                a.status = ProgressStatus.CANCELLED;
                a.note = "Điều chỉnh giao việc: không còn được giao với vai trò này";
                events.record(EventType.ASSIGNMENT_CANCELLED, task, a, DomainEvents.details("reason", a.note));
            }
        }
        List<Assignment> all = new ArrayList<>(existing);
        wanted.forEach((unit, role) -> {
            if (!kept.contains(unit.id + ":" + role)
                    && existing.stream().noneMatch(a -> a.unit.id.equals(unit.id) && a.role == role)) {
                all.add(assign(task, unit, role));
            }
        });
        applyProgress(task, all);
        refreshAncestors(task);
        // The assignment plan is part of the task: a stale editor of the task must reload it.
        em.lock(task, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Task.flush();
        return get(id);
    }

    /** A unit updates its own part; coordinators may also complete or cancel it. */
    public AssignmentView updateAssignment(long id, AssignmentUpdate request) {
        Assignment assignment = Assignment.findById(id);
        if (assignment == null) {
            throw ProblemException.notFound("Không tìm thấy phần việc có mã số " + id + ".");
        }
        // The document system cancels the shares of tasks it withdrew (IntegrationService), like a coordinator.
        boolean manager = currentUser.hasRole(vn.dondoc.common.security.Roles.COORDINATOR)
                || currentUser.hasRole(vn.dondoc.common.security.Roles.ADMIN)
                || currentUser.hasRole(vn.dondoc.common.security.Roles.INTEGRATION);
        if (!manager) {
            Unit own = currentUser.requireUnit();
            if (!assignment.unit.id.equals(own.id)) {
                throw ProblemException.forbidden("Bạn chỉ được cập nhật phần việc của đơn vị mình (" + own.name + ").");
            }
            if (request.status() == ProgressStatus.COMPLETED || request.status() == ProgressStatus.CANCELLED) {
                throw ProblemException.invalid("status",
                        "Đơn vị không tự đánh dấu hoàn thành hoặc hủy: hoàn thành được xác nhận khi cơ quan theo dõi chấp nhận báo cáo");
            }
        }
        if (assignment.version != request.version()) {
            throw ProblemException.conflict("Phần việc đã được người khác cập nhật (phiên bản hiện tại " + assignment.version
                    + ", bạn gửi " + request.version() + "). Hãy tải lại và thực hiện lại thay đổi.");
        }
        if (request.status() == ProgressStatus.CLOSED_WITH_TASK) {
            throw ProblemException.invalid("status", "Trạng thái \"đóng theo nhiệm vụ\" do hệ thống đặt khi nhiệm vụ hoàn thành "
                    + "hoặc bị hủy, không chọn trực tiếp");
        }
        if (assignment.status == ProgressStatus.CLOSED_WITH_TASK) {
            throw ProblemException.conflict("Phần việc đã đóng theo nhiệm vụ " + assignment.task.code + " ngày "
                    + vn.dondoc.common.DisplayDates.DAY.format(assignment.closedOn) + ". Muốn tiếp tục, hãy mở lại nhiệm vụ (mở lại "
                    + "phần việc của đơn vị chủ trì).");
        }
        if (request.status() == ProgressStatus.CANCELLED && (request.note() == null || request.note().isBlank())) {
            throw ProblemException.invalid("note", "Cần ghi lý do khi hủy phần việc");
        }
        LocalDate today = timeliness.today();
        if (assignment.startedOn == null && request.status() != ProgressStatus.NOT_STARTED) {
            assignment.startedOn = today;
        }
        ProgressStatus before = assignment.status;
        assignment.status = request.status();
        assignment.percentComplete = request.status() == ProgressStatus.COMPLETED ? 100 : request.percentComplete();
        assignment.completedOn = request.status() == ProgressStatus.COMPLETED
                ? (assignment.completedOn == null ? today : assignment.completedOn) : null;
        assignment.note = blankToNull(request.note());
        Task task = assignment.task;
        applyProgress(task, Assignment.list("task", task));
        refreshAncestors(task);
        if (before != assignment.status && assignment.status == ProgressStatus.COMPLETED) {
            events.record(EventType.ASSIGNMENT_COMPLETED, task, assignment, null);
        } else if (before != assignment.status && assignment.status == ProgressStatus.CANCELLED) {
            events.record(EventType.ASSIGNMENT_CANCELLED, task, assignment, DomainEvents.details("reason", assignment.note));
        }
        Assignment.flush();
        return AssignmentView.of(assignment, timeliness);
    }

    /** Recomputes the stored status, percent and completion date of a task from its assignments. */
    public void applyProgress(Task task, Collection<Assignment> assignments) {
        TaskProgress progress = TaskProgress.of(assignments);
        task.status = progress.status();
        task.percentComplete = progress.percentComplete();
        task.completedOn = progress.completedOn();
        closeOrReopenShares(task, assignments);
        assignments.forEach(Assignment::followTask);
        tasksChanged.fire(TaskCountsCache.TasksChanged.INSTANCE);
    }

    /**
     * An assignment's life ends with its task (issue 13 rule 1): when the task is completed or cancelled, every share
     * still open closes with it (CLOSED_WITH_TASK, dated), so no reminder, urging letter, calendar entry or figure
     * counts it as late any more. When the task reopens, the shares closed with it reopen (their history keeps both).
     */
    private void closeOrReopenShares(Task task, Collection<Assignment> assignments) {
        boolean ended = task.status == ProgressStatus.COMPLETED || task.status == ProgressStatus.CANCELLED;
        LocalDate closedOn = task.status == ProgressStatus.COMPLETED && task.completedOn != null ? task.completedOn
                : timeliness.today();
        for (Assignment a : assignments) {
            if (ended && TimelinessRule.isOpen(a.status)) {
                a.status = ProgressStatus.CLOSED_WITH_TASK;
                a.closedOn = closedOn;
                events.record(EventType.ASSIGNMENT_CLOSED_WITH_TASK, task, a,
                        DomainEvents.details("closedOn", closedOn, "taskStatus", task.status));
            } else if (!ended && a.status == ProgressStatus.CLOSED_WITH_TASK) {
                a.status = a.percentComplete > 0 || a.startedOn != null ? ProgressStatus.IN_PROGRESS : ProgressStatus.NOT_STARTED;
                a.closedOn = null;
                events.record(EventType.ASSIGNMENT_REOPENED, task, a, null);
            }
        }
    }

    /**
     * After a unit's due date moved by an extension: the task is due when its last lead unit is
     * due, so its due date follows the latest due date of its lead assignments still in force.
     */
    public void followLeadDueDates(Task task) {
        List<Assignment> assignments = Assignment.list("task", task);
        assignments.stream().filter(a -> a.role == AssignmentRole.LEAD && a.status != ProgressStatus.CANCELLED)
                .map(a -> a.dueDate).filter(java.util.Objects::nonNull).max(LocalDate::compareTo)
                .ifPresent(latest -> task.dueDate = latest);
        assignments.forEach(Assignment::followTask);
        tasksChanged.fire(TaskCountsCache.TasksChanged.INSTANCE);
    }

    /** A heading's status follows from its children, up to the root (see {@link TaskProgress#ofChildren}). */
    public void refreshAncestors(Task task) {
        for (Task parent = task.parent; parent != null; parent = parent.parent) {
            TaskProgress progress = TaskProgress.ofChildren(Task.list("parent", parent));
            parent.status = progress.status();
            parent.percentComplete = progress.percentComplete();
            parent.completedOn = progress.completedOn();
        }
    }

    public Assignment assign(Task task, Unit unit, AssignmentRole role) {
        Assignment assignment = new Assignment();
        assignment.task = task;
        assignment.unit = unit;
        assignment.role = role;
        assignment.assignedOn = timeliness.today();
        assignment.persist();
        events.record(EventType.TASK_ASSIGNED, task, assignment, null);
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

    Task find(long id) {
        Task task = Task.findById(id);
        if (task == null) {
            throw ProblemException.notFound("Không tìm thấy nhiệm vụ có mã số " + id + ".");
        }
        return task;
    }

    void requireVisible(Task task, List<Assignment> assignments) {
        if (!currentUser.readsAllUnits()) {
            long own = currentUser.requireUnit().id;
            if (assignments.stream().noneMatch(a -> a.unit.id == own)) {
                throw ProblemException.forbidden("Nhiệm vụ " + task.code + " không được giao cho đơn vị của bạn.");
            }
        }
    }

    /**
     * @param byAssignment root the query at the assignments even without a unit (counts by unit)
     * @param orderNeedsTask the ORDER BY reads task columns, so an assignment-rooted query joins the task
     * @param unitId the unit, after the caller's scope is applied
     */
    private Where where(Filter filter, Long unitId, boolean byAssignment, boolean orderNeedsTask, LocalDate today,
            LocalDate soon) {
        boolean rooted = byAssignment || unitId != null;
        boolean taskFilters = filter.directiveId() != null || filter.subtreeOf() != null
                || (filter.field() != null && !filter.field().isBlank()) || TextSearch.phrase(filter.q()).isPresent();
        boolean joinsTask = rooted && (taskFilters || orderNeedsTask);
        String status = rooted ? "a.taskStatus" : "t.status";
        // A unit's view judges its own share (its due date, extensions included): issue 13 rule 3.
        String dueDate = rooted ? "a.dueDate" : "t.dueDate";
        // Assignments exist only on tasks with a kind (headings are never assigned).
        List<String> where = new ArrayList<>(rooted ? List.of() : List.of("t.kind is not null"));
        Parameters params = new Parameters();
        if (filter.directiveId() != null) {
            where.add("t.directive.id = :directiveId");
            params.and("directiveId", filter.directiveId());
        }
        if (filter.subtreeOf() != null) {
            Task root = find(filter.subtreeOf());
            where.add("t.treeKey like :subtree");
            params.and("subtree", root.treeKey + ".%");
            where.add("t.directive.id = :subtreeDirective");
            params.and("subtreeDirective", root.directiveId);
        }
        if (unitId != null) {
            // A unit's tasks are those it holds a share in force of: a cancelled share is no longer its task (as in
            // the counts by unit and the statistics). The status is in ix_assignment_unit_timeliness (V16).
            where.add("a.unit.id = :unitId");
            where.add("a.status <> :cancelledShare");
            params.and("unitId", unitId);
            params.and("cancelledShare", ProgressStatus.CANCELLED);
        }
        if (filter.role() != null) {
            if (unitId == null) {
                throw ProblemException.invalid("role", "Lọc theo vai trò cần chọn đơn vị (unitId)");
            }
            where.add("a.role = :role");
            params.and("role", filter.role());
        }
        if (filter.status() != null) {
            where.add(status + " = :status");
            params.and("status", filter.status());
        }
        if (filter.timeliness() != null) {
            String condition = rooted ? TimelinessRule.shareCondition(filter.timeliness())
                    : TimelinessRule.condition(filter.timeliness());
            where.add(condition);
            if (condition.contains(":today")) {
                params.and("today", today);
            }
            if (condition.contains(":soon")) {
                params.and("soon", soon);
            }
        }
        if (filter.dueFrom() != null && filter.dueTo() != null && filter.dueFrom().isAfter(filter.dueTo())) {
            throw ProblemException.invalid("dueTo", "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu");
        }
        if (filter.dueFrom() != null) {
            where.add(dueDate + " >= :dueFrom");
            params.and("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            where.add(dueDate + " <= :dueTo");
            params.and("dueTo", filter.dueTo());
        }
        if (filter.field() != null && !filter.field().isBlank()) {
            where.add("t.field = :field");
            params.and("field", filter.field().trim());
        }
        TextSearch.phrase(filter.q()).ifPresent(phrase -> {
            where.add("t.searchText like :q");
            params.and("q", TextSearch.containsPattern(phrase));
        });
        if (where.isEmpty()) {
            where.add("1 = 1");
        }
        String from = !rooted ? "Task t" : joinsTask ? "Assignment a join a.task t" : "Assignment a";
        return new Where(from, String.join(" and ", where), params, rooted, joinsTask);
    }

    /** The filter with the caller's unit forced for unit staff: the cache key of what they may see. */
    private Filter scoped(Filter f) {
        return new Filter(f.directiveId(), f.subtreeOf(), currentUser.scopeUnit(f.unitId(), "nhiệm vụ"), f.role(), f.status(), f.timeliness(),
                f.dueFrom(), f.dueTo(), f.field(), f.q() == null ? null : TextSearch.phrase(f.q()).orElse(null));
    }


    private void checkVersion(Task task, long version) {
        if (task.version != version) {
            throw ProblemException.conflict("Nhiệm vụ " + task.code + " đã được người khác cập nhật (phiên bản hiện tại "
                    + task.version + ", bạn gửi " + version + "). Hãy tải lại và thực hiện lại thay đổi.");
        }
    }

    private static void checkKind(TaskKind kind, LocalDate dueDate, Recurrence recurrence, List<FieldError> errors) {
        if (kind == TaskKind.DEADLINE && dueDate == null) {
            errors.add(new FieldError("dueDate", "Nhiệm vụ có thời hạn phải có hạn hoàn thành"));
        }
        if (kind == TaskKind.PERIODIC && recurrence == null) {
            errors.add(new FieldError("recurrence", "Nhiệm vụ định kỳ phải có chu kỳ"));
        }
    }

    /**
     * Units and groups to one role per unit: groups expand to their member units; a unit that
     * leads is not also a coordinator of the same task.
     */
    private Map<Unit, AssignmentRole> wantedAssignments(List<Long> leadUnitIds, List<Long> leadGroupIds,
            List<Long> coordinatingUnitIds, List<Long> coordinatingGroupIds, List<FieldError> errors) {
        List<Long> leadIds = leadUnitIds == null ? List.of() : leadUnitIds;
        List<Long> coordIds = coordinatingUnitIds == null ? List.of() : coordinatingUnitIds;
        Set<Unit> leads = new LinkedHashSet<>(units("leadUnitIds", leadIds, errors));
        groupMembers("leadGroupIds", leadGroupIds, errors).forEach(leads::add);
        Set<Unit> coordinating = new LinkedHashSet<>(units("coordinatingUnitIds", coordIds, errors));
        Set<Long> explicitLeads = new HashSet<>(leadIds);
        for (int i = 0; i < coordIds.size(); i++) {
            if (explicitLeads.contains(coordIds.get(i))) {
                errors.add(new FieldError("coordinatingUnitIds[" + i + "]",
                        "Đơn vị đã là đơn vị chủ trì, không thể đồng thời là đơn vị phối hợp"));
            }
        }
        groupMembers("coordinatingGroupIds", coordinatingGroupIds, errors).forEach(coordinating::add);
        if (leads.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("leadUnitIds", "Cần ít nhất một đơn vị chủ trì (đơn vị hoặc nhóm đơn vị)"));
        }
        Map<Unit, AssignmentRole> wanted = new LinkedHashMap<>();
        leads.forEach(u -> wanted.put(u, AssignmentRole.LEAD));
        coordinating.forEach(u -> wanted.putIfAbsent(u, AssignmentRole.COORDINATING));
        return wanted;
    }

    private List<Unit> groupMembers(String field, List<Long> groupIds, List<FieldError> errors) {
        List<Unit> members = new ArrayList<>();
        if (groupIds == null) {
            return members;
        }
        for (int i = 0; i < groupIds.size(); i++) {
            try {
                members.addAll(groups.members(field + "[" + i + "]", groupIds.get(i)));
            } catch (ProblemException e) {
                errors.addAll(e.errors());
            }
        }
        return members;
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
    Map<Long, List<Assignment>> assignmentsOf(List<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        List<Assignment> all = Assignment.<Assignment>find(
                "from Assignment a join fetch a.unit u where a.task.id in ?1 order by u.type, u.name", taskIds)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        Map<Long, List<Assignment>> byTask = new LinkedHashMap<>();
        all.forEach(a -> byTask.computeIfAbsent(a.task.id, k -> new ArrayList<>()).add(a));
        return byTask;
    }

    /** The API sort ("dueDate,desc") as [entity field, direction]; anything else is rejected. */
    private static String[] sortColumn(String sort) {
        String value = sort == null || sort.isBlank() ? "code,asc" : sort;
        String[] parts = value.split(",");
        String column = SORTABLE.get(parts[0].trim());
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        if (column == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw ProblemException.invalid("sort", "Cách sắp xếp không hợp lệ: '" + value + "'. Dùng <trường>,asc|desc với trường là "
                    + String.join(", ", SORTABLE.keySet().stream().sorted().toList()));
        }
        return new String[] { column, direction };
    }

    /**
     * The ORDER BY columns: the sort column, then document order and the id for stable pages.
     * Rooted at the assignments, tree key, status and due date are read from their copies there.
     */
    private static List<String> orderColumns(String column, Where where) {
        List<String> columns = new ArrayList<>();
        if (where.byAssignment()) {
            columns.add(COPIED_ON_ASSIGNMENT.getOrDefault(column, "t." + column));
            if (!column.equals("treeKey")) {
                columns.add("a.taskTreeKey");
            }
            columns.add("a.task.id");
        } else {
            columns.add("t." + column);
            if (!column.equals("treeKey")) {
                columns.add("t.treeKey");
            }
            columns.add("t.id");
        }
        return columns;
    }

    /**
     * The summaries of a page of tasks, in the order of the ids: two projections (the tasks' columns,
     * then their units in force), no entities, so nothing is hydrated, tracked or flushed. Portable
     * SQL (MySQL 8 and MariaDB).
     */
    private List<TaskSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Native SQL: a query with a list parameter is translated again on every call in HQL.
        Map<Long, Object[]> tasks = ((List<?>) em.createNativeQuery("SELECT id, directive_id, parent_id, code, content, kind, "
                + "recurrence, due_date, field, priority, status, percent_complete, completed_on, version FROM task "
                + "WHERE id IN (:ids)").unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.LONG).addScalar("directive_id", StandardBasicTypes.LONG)
                .addScalar("parent_id", StandardBasicTypes.LONG).addScalar("code", StandardBasicTypes.STRING)
                .addScalar("content", StandardBasicTypes.STRING).addScalar("kind", StandardBasicTypes.STRING)
                .addScalar("recurrence", StandardBasicTypes.STRING).addScalar("due_date", StandardBasicTypes.LOCAL_DATE)
                .addScalar("field", StandardBasicTypes.STRING).addScalar("priority", StandardBasicTypes.STRING)
                .addScalar("status", StandardBasicTypes.STRING).addScalar("percent_complete", StandardBasicTypes.INTEGER)
                .addScalar("completed_on", StandardBasicTypes.LOCAL_DATE).addScalar("version", StandardBasicTypes.LONG)
                .setParameterList("ids", ids).getResultList()).stream().map(r -> (Object[]) r)
                .collect(Collectors.toMap(r -> (Long) r[0], r -> r));
        Map<Long, List<UnitRef>> leads = new HashMap<>();
        Map<Long, List<UnitRef>> coordinating = new HashMap<>();
        ((List<?>) em.createNativeQuery("SELECT a.task_id, a.role, u.id, u.code, u.name, u.short_name FROM assignment a "
                + "JOIN unit u ON u.id = a.unit_id WHERE a.task_id IN (:ids) AND a.status <> 'CANCELLED' "
                + "ORDER BY u.type, u.name").unwrap(NativeQuery.class)
                .addScalar("task_id", StandardBasicTypes.LONG).addScalar("role", StandardBasicTypes.STRING)
                .addScalar("id", StandardBasicTypes.LONG).addScalar("code", StandardBasicTypes.STRING)
                .addScalar("name", StandardBasicTypes.STRING).addScalar("short_name", StandardBasicTypes.STRING)
                .setParameterList("ids", ids).getResultList()).stream().map(r -> (Object[]) r)
                .forEach(r -> (AssignmentRole.LEAD.name().equals(r[1]) ? leads : coordinating)
                        .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new UnitRef((Long) r[2], (String) r[3], (String) r[4], (String) r[5])));
        return ids.stream().map(tasks::get).map(r -> {
            long id = (Long) r[0];
            ProgressStatus status = ProgressStatus.valueOf((String) r[10]);
            LocalDate dueDate = (LocalDate) r[7];
            LocalDate completedOn = (LocalDate) r[12];
            return new TaskSummary(id, (Long) r[1], (Long) r[2], (String) r[3], (String) r[4],
                    r[5] == null ? null : TaskKind.valueOf((String) r[5]), r[6] == null ? null : Recurrence.valueOf((String) r[6]),
                    dueDate, (String) r[8], Priority.valueOf((String) r[9]), status, (Integer) r[11], completedOn,
                    timeliness.of(status, dueDate, completedOn), leads.getOrDefault(id, List.of()),
                    coordinating.getOrDefault(id, List.of()), (Long) r[13]);
        }).toList();
    }

    private TaskDetail detail(Task t, List<Assignment> assignments) {
        return new TaskDetail(t.id, t.directiveId, t.parentId, t.code, t.content, t.kind, t.recurrence, t.dueDate,
                t.originalDueDate, t.field, t.priority, t.expectedOutput, t.approvalLevel, t.status, t.percentComplete, t.completedOn,
                timeliness.of(t.status, t.dueDate, t.completedOn), units(assignments, AssignmentRole.LEAD),
                units(assignments, AssignmentRole.COORDINATING),
                assignments.stream().map(a -> AssignmentView.of(a, timeliness)).toList(), t.version);
    }

    /** Units currently responsible in a role (a cancelled assignment no longer makes a unit responsible). */
    static List<UnitRef> units(List<Assignment> assignments, AssignmentRole role) {
        return assignments.stream().filter(a -> a.role == role && a.status != ProgressStatus.CANCELLED)
                .map(a -> UnitRef.of(a.unit)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
