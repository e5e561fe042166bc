package vn.dondoc.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import vn.dondoc.deadline.DueDateChange;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.notification.Notification;
import vn.dondoc.report.ProgressReport;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskKind;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitType;

/** The event tests' own units, directive and tasks (never the demo program's), removed after each test. */
@ApplicationScoped
public class EventFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final List<Long> units = new CopyOnWriteArrayList<>();
    private final List<Long> directives = new CopyOnWriteArrayList<>();

    public static String tag() {
        return Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
    }

    @Transactional
    public long unit(String tag, String name) {
        Unit unit = new Unit();
        unit.code = "EV" + tag;
        unit.name = name;
        unit.shortName = name;
        unit.type = UnitType.DEPARTMENT;
        unit.persist();
        units.add(unit.id);
        return unit.id;
    }

    @Transactional
    public long directive(String tag) {
        Directive directive = new Directive();
        directive.kind = DirectiveKind.PLAN;
        directive.issuingBody = "UBND tỉnh Hà Tĩnh";
        directive.title = "Kế hoạch thử nghiệm sự kiện " + tag;
        directive.persist();
        directives.add(directive.id);
        return directive.id;
    }

    /** A task written directly (no event), with one lead assignment due on {@code due}; returns the assignment id. */
    @Transactional
    public long quietAssignment(long directiveId, long unitId, String code, LocalDate due) {
        Task task = new Task();
        task.directive = Directive.findById(directiveId);
        task.code = code;
        task.treeKey = String.format("%04d", SEQUENCE.incrementAndGet() % 10_000);
        task.content = "Rà soát, cập nhật quy hoạch cụm công nghiệp " + code;
        task.kind = TaskKind.DEADLINE;
        task.dueDate = due;
        task.createdBy = "theodoi.sct";
        task.persist();
        Assignment a = new Assignment();
        a.task = task;
        a.unit = Unit.findById(unitId);
        a.role = AssignmentRole.LEAD;
        a.dueDate = due;
        a.persist();
        return a.id;
    }

    @Transactional
    public long unitId(String code) {
        return Unit.findByCode(code).orElseThrow().id;
    }

    @Transactional
    public void moveDueDate(long assignmentId, LocalDate due) {
        Assignment.<Assignment>findById(assignmentId).dueDate = due;
    }

    /** The events of a task as "TYPE:unit code", in order. */
    @Transactional
    public List<String> eventsOf(long taskId) {
        return DomainEvent.<DomainEvent>list("taskId = ?1 order by seq", taskId).stream()
                .map(e -> e.type + ":" + e.unitCode).toList();
    }

    @Transactional
    public long events(String dedupKey) {
        return DomainEvent.count("dedupKey", dedupKey);
    }

    @Transactional
    public void cleanUp() {
        WebhookSubscription.deleteAll();
        for (Long directiveId : directives) {
            List<Task> tasks = Task.list("directive.id = ?1 order by treeKey desc", directiveId);
            if (!tasks.isEmpty()) {
                List<Assignment> parts = Assignment.list("task in ?1", tasks);
                if (!parts.isEmpty()) {
                    DueDateChange.delete("assignment in ?1", parts);
                    vn.dondoc.deadline.ExtensionRequest.delete("assignment in ?1", parts);
                    ProgressReport.delete("assignment in ?1", parts);
                }
                Notification.delete("taskId in ?1", tasks.stream().map(t -> t.id).toList());
                parts.forEach(a -> a.delete());
                tasks.forEach(t -> t.delete());
                Task.flush();
            }
            Directive.delete("id", directiveId);
        }
        units.forEach(id -> Unit.delete("id", id));
        directives.clear();
        units.clear();
    }
}
