package vn.dondoc.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.person.Person;
import vn.dondoc.report.ProgressReport;
import vn.dondoc.report.ReportStatus;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskKind;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitType;

/** The notification tests' own units, tasks and people: the demo program and its units stay untouched. */
@ApplicationScoped
public class NotificationFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** What the tests made, removed again by {@link #cleanUp()}: other tests list every task and sort by due date. */
    private final List<Long> units = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Long> directives = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Long> tasks = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Long> people = new java.util.concurrent.CopyOnWriteArrayList<>();

    public record Part(long unitId, String unitName, long taskId, String taskCode, long assignmentId) {
    }

    /** A short tag unique in this test run, for codes, usernames and e-mail addresses. */
    public static String tag() {
        return Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
    }

    @Transactional
    public long unit(String tag, String name) {
        Unit unit = new Unit();
        unit.code = "NT" + tag;
        unit.name = name;
        unit.shortName = name;
        unit.type = UnitType.DEPARTMENT;
        unit.persist();
        units.add(unit.id);
        return unit.id;
    }

    /** A deadline task of a test directive assigned to one unit (lead), due on {@code due}. */
    @Transactional
    public Part task(String tag, long unitId, LocalDate due, String content) {
        Directive directive = new Directive();
        directive.kind = DirectiveKind.PLAN;
        directive.issuingBody = "UBND tỉnh Hà Tĩnh";
        directive.title = "Kế hoạch thử nghiệm nhắc việc " + tag;
        directive.persist();
        directives.add(directive.id);
        Task task = new Task();
        task.directive = directive;
        task.code = "NT-" + tag;
        task.treeKey = "0001";
        task.content = content;
        task.kind = TaskKind.DEADLINE;
        task.dueDate = due;
        task.createdBy = "theodoi.sct";
        task.persist();
        tasks.add(task.id);
        Unit unit = Unit.findById(unitId);
        Assignment assignment = new Assignment();
        assignment.task = task;
        assignment.unit = unit;
        assignment.role = AssignmentRole.LEAD;
        assignment.persist();
        return new Part(unitId, unit.name, task.id, task.code, assignment.id);
    }

    /** Another unit's share of the same task, e.g. a coordinating unit with its own status. */
    @Transactional
    public long assign(long taskId, long unitId, AssignmentRole role, ProgressStatus status) {
        Assignment assignment = new Assignment();
        assignment.task = Task.findById(taskId);
        assignment.unit = Unit.findById(unitId);
        assignment.role = role;
        assignment.status = status;
        assignment.persist();
        return assignment.id;
    }

    @Transactional
    public long person(String username, String fullName, String email, Long unitId, String... roles) {
        Person person = new Person();
        person.username = username;
        person.fullName = fullName;
        person.email = email;
        person.unit = unitId == null ? null : Unit.findById(unitId);
        person.roles = Person.wrapRoles(List.of(roles));
        person.lastSeenAt = Instant.now();
        person.persist();
        people.add(person.id);
        return person.id;
    }

    /** What an approved extension does to the unit's share: a new due date. */
    @Transactional
    public void moveDueDate(long assignmentId, LocalDate due) {
        Assignment.<Assignment>findById(assignmentId).dueDate = due;
    }

    @Transactional
    public void setStatus(long assignmentId, ProgressStatus status) {
        Assignment.<Assignment>findById(assignmentId).status = status;
    }

    @Transactional
    public void digestEmail(long personId, boolean on) {
        Person.<Person>findById(personId).digestEmail = on;
    }

    /** A progress report of the assignment in a given state, as the report workflow leaves it. */
    @Transactional
    public long report(long assignmentId, ReportStatus status, LocalDate submittedOn, String reviewerComment) {
        ProgressReport report = new ProgressReport();
        report.assignment = Assignment.findById(assignmentId);
        report.workDone = "Đã triển khai một phần";
        report.percentComplete = 40;
        report.createdBy = "test";
        report.status = status;
        report.submittedBy = "test";
        report.submittedOn = submittedOn;
        report.submittedAt = submittedOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        if (status == ReportStatus.RETURNED) {
            report.reviewerComment = reviewerComment;
            report.reviewedBy = "theodoi.sct";
            report.reviewedAt = report.submittedAt.plusSeconds(86_400);
        }
        report.persist();
        return report.id;
    }

    /** Removes everything the tests made; their notifications go with their tasks and people. */
    @Transactional
    public void cleanUp() {
        if (!tasks.isEmpty()) {
            List<Assignment> parts = Assignment.list("task.id in ?1", tasks);
            if (!parts.isEmpty()) {
                ProgressReport.delete("assignment in ?1", parts);
            }
            Notification.delete("taskId in ?1", tasks);
            parts.forEach(a -> a.delete());
            tasks.forEach(id -> Task.<Task>findByIdOptional(id).ifPresent(t -> t.delete()));
        }
        directives.forEach(id -> Directive.<Directive>findByIdOptional(id).ifPresent(d -> d.delete()));
        if (!people.isEmpty()) {
            Notification.delete("recipientId in ?1", people);
            Person.delete("id in ?1", people);
        }
        units.forEach(id -> Unit.<Unit>findByIdOptional(id).ifPresent(u -> u.delete()));
        tasks.clear();
        directives.clear();
        people.clear();
        units.clear();
    }

    /** Forgets a person, as if they had never signed in (their notifications go with them). */
    @Transactional
    public void forget(String username) {
        Person.delete("username", username);
    }

    @Transactional
    public java.util.Optional<Person> personNamed(String username) {
        java.util.Optional<Person> person = Person.findByUsername(username);
        person.ifPresent(p -> p.unit = p.unit == null ? null : Unit.<Unit>findById(p.unit.id));
        person.ifPresent(p -> { if (p.unit != null) p.unit.code.length(); });
        return person;
    }

    @Transactional
    public long notificationRows(long personId, String dedupKeyPrefix) {
        return Notification.count("recipientId = ?1 and dedupKey like ?2", personId, dedupKeyPrefix + "%");
    }
}
