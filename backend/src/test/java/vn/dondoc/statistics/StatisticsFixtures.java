package vn.dondoc.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.report.PeriodicReport;
import vn.dondoc.report.ReportStatus;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskCountsCache;
import vn.dondoc.task.TaskKind;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitType;

/** The statistics tests' own directive, units and tasks (never the demo program's units), removed afterwards. */
@ApplicationScoped
public class StatisticsFixtures {

    private final List<Long> units = new ArrayList<>();
    private final List<Long> directives = new ArrayList<>();

    @Inject
    Event<TaskCountsCache.TasksChanged> tasksChanged;

    @Transactional
    public long unit(String code, String name, UnitType type) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.shortName = name;
        unit.type = type;
        unit.persist();
        units.add(unit.id);
        return unit.id;
    }

    @Transactional
    public long directive(String title) {
        Directive directive = new Directive();
        directive.kind = DirectiveKind.PLAN;
        directive.issuingBody = "UBND tỉnh Hà Tĩnh";
        directive.title = title;
        directive.persist();
        directives.add(directive.id);
        return directive.id;
    }

    /**
     * A task in the given state, led by {@code lead} and coordinated by {@code coordinating}: the task's status and
     * dates as the workflow leaves them, copied on its assignments.
     */
    @Transactional
    public long task(long directiveId, String code, String field, LocalDate due, ProgressStatus status, LocalDate completedOn,
            long lead, long... coordinating) {
        Directive directive = Directive.findById(directiveId);
        Task task = new Task();
        task.directive = directive;
        task.code = code;
        task.treeKey = String.format("%04d", Task.count("directive", directive) + 1);
        task.content = "Nhiệm vụ thống kê " + code;
        task.kind = due == null ? TaskKind.ONGOING : TaskKind.DEADLINE;
        task.dueDate = due;
        task.originalDueDate = due;
        task.field = field;
        task.status = status;
        task.completedOn = completedOn;
        task.percentComplete = status == ProgressStatus.COMPLETED ? 100 : 0;
        task.createdBy = "theodoi.sct";
        task.persist();
        assign(task, lead, AssignmentRole.LEAD, status, completedOn);
        for (long unit : coordinating) {
            assign(task, unit, AssignmentRole.COORDINATING, status, completedOn);
        }
        tasksChanged.fire(TaskCountsCache.TasksChanged.INSTANCE);
        return task.id;
    }

    private static void assign(Task task, long unitId, AssignmentRole role, ProgressStatus status, LocalDate completedOn) {
        Assignment a = new Assignment();
        a.task = task;
        a.unit = Unit.findById(unitId);
        a.role = role;
        a.status = status;
        a.completedOn = completedOn;
        a.persist();
    }

    /** A later edit: the task's new status, its assignments following. */
    @Transactional
    public void change(long taskId, ProgressStatus status, LocalDate completedOn) {
        Task task = Task.findById(taskId);
        task.status = status;
        task.completedOn = completedOn;
        for (Assignment a : Assignment.<Assignment>list("task", task)) {
            a.status = status;
            a.completedOn = completedOn;
            a.followTask();
        }
        tasksChanged.fire(TaskCountsCache.TasksChanged.INSTANCE);
    }

    /** A unit's share of a task cancelled while the task goes on (the unit is relieved of it). */
    @Transactional
    public void cancelShare(long taskId, long unitId) {
        Assignment a = Assignment.find("task.id = ?1 and unit.id = ?2", taskId, unitId).firstResult();
        a.status = ProgressStatus.CANCELLED;
        a.note = "Đơn vị không còn phối hợp";
        tasksChanged.fire(TaskCountsCache.TasksChanged.INSTANCE);
    }

    /** A unit's periodic report of a period, submitted on a day. */
    @Transactional
    public void periodicReport(long directiveId, long unitId, String periodKey, LocalDate from, LocalDate to, LocalDate due,
            LocalDate submittedOn) {
        PeriodicReport r = new PeriodicReport();
        r.directive = Directive.findById(directiveId);
        r.unit = Unit.findById(unitId);
        r.periodKey = periodKey;
        r.periodLabel = periodKey;
        r.periodFrom = from;
        r.periodTo = to;
        r.dueDate = due;
        r.status = ReportStatus.SUBMITTED;
        r.summary = "Đã triển khai các nhiệm vụ trong kỳ";
        r.createdBy = "test";
        r.submittedBy = "test";
        r.submittedOn = submittedOn;
        r.submittedAt = submittedOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        r.persist();
    }

    @Transactional
    public void cleanUp() {
        if (!directives.isEmpty()) {
            StatisticsSnapshot.delete("directiveId in ?1", directives);
            PeriodicReport.delete("directive.id in ?1", directives);
            List<Task> tasks = Task.list("directive.id in ?1", directives);
            if (!tasks.isEmpty()) {
                Assignment.delete("task in ?1", tasks);
                tasks.forEach(t -> t.delete());
            }
            directives.forEach(id -> Directive.deleteById(id));
        }
        if (!units.isEmpty()) {
            // People seen by the tests of unit staff (recorded at their first request).
            List<Long> people = vn.dondoc.person.Person.getEntityManager()
                    .createQuery("select p.id from Person p where p.unit.id in ?1", Long.class).setParameter(1, units)
                    .getResultList();
            if (!people.isEmpty()) {
                vn.dondoc.notification.Notification.delete("recipientId in ?1", people);
                vn.dondoc.person.Person.delete("id in ?1", people);
            }
        }
        if (!units.isEmpty()) {
            Unit.delete("id in ?1", units);
        }
        directives.clear();
        units.clear();
        tasksChanged.fire(TaskCountsCache.TasksChanged.INSTANCE);
    }
}
