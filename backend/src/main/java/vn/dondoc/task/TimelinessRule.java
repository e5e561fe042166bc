package vn.dondoc.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.calendar.WorkingDayCalendar;

/**
 * The one definition of timeliness (domain.md, issue 13 rule 2). Every view (task list and counts, deadlines,
 * reminders, calendar feeds, urging letters, statistics, scorecard, consolidated report, the SPA through the API's
 * {@code timeliness} fields) judges through this class: in Java with {@link #judge}, in JPQL with
 * {@link #condition}, in native SQL with {@link #sqlCase}. All three are written from the same clause table
 * ({@link #CLAUSES}), so they cannot drift apart.
 *
 * <p>Judged at a day D (today, or the day of a past figure), for a subject with a status, a due date, a completion
 * date and a closing date; the subject is the task (its lead units' result) or one unit's share:
 * <ol>
 * <li>CANCELLED: cancelled;</li>
 * <li>CLOSED_WITH_TASK: a share closed with its task on or before D (counted neither as done nor as late);</li>
 * <li>COMPLETED_LATE: completed on or before D, after its due date;</li>
 * <li>COMPLETED_ON_TIME: completed on or before D, on or before its due date (or without one);</li>
 * <li>otherwise it was open at D (a completion or closing after D did not exist yet), and then:
 * NO_DEADLINE without a due date, OVERDUE when the due date is before D, DUE_SOON when it is within the next
 * {@code dondoc.due-soon-days} working days (default 3), ON_TRACK after that.</li>
 * </ol>
 * The clauses are mutually exclusive, so one condition alone selects exactly what the CASE calls by that name.
 */
@ApplicationScoped
public class TimelinessRule {

    /** The statuses of a share or task still to be carried out. */
    public static final Set<ProgressStatus> OPEN = EnumSet.of(ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS);

    /** The same, as a query parameter. */
    public static final List<ProgressStatus> OPEN_STATUSES = List.of(ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS);

    /** What is judged: expressions of its status, due date, completion and closing date, in JPQL or SQL. */
    public record Subject(String status, String due, String completed, String closed, boolean sql) {

        /** The task (alias {@code t}) in JPQL: a task is never closed with itself, so its closing date is its completion. */
        public static final Subject TASK = new Subject("t.status", "t.dueDate", "t.completedOn", "t.completedOn", false);

        /** One unit's share (alias {@code a}) in JPQL: its own status, due date (extensions included) and dates. */
        public static final Subject SHARE = new Subject("a.status", "a.dueDate", "a.completedOn", "a.closedOn", false);

        /** The task in native SQL. */
        public static Subject taskSql(String alias, String dueExpression) {
            return new Subject(alias + ".status", dueExpression, alias + ".completed_on", alias + ".completed_on", true);
        }

        /** One unit's share in native SQL. */
        public static Subject shareSql(String alias) {
            return new Subject(alias + ".status", alias + ".due_date", alias + ".completed_on", alias + ".closed_on", true);
        }

        String literal(ProgressStatus status) {
            return sql ? "'" + status.name() + "'" : "vn.dondoc.task.ProgressStatus." + status.name();
        }

        /** The day judged: {@code :today} in JPQL (the live views), {@code :asOf} in SQL (figures at any day). */
        String day() {
            return sql ? ":asOf" : ":today";
        }
    }

    private record Clause(Timeliness value, String template) {
    }

    private static final String DONE_BY_DAY = "({completed} is null or {completed} <= {day})";

    /**
     * The rule, once. Placeholders: {status} {due} {completed} {closed} {day} {soon}, and status literals
     * {NOT_STARTED} {IN_PROGRESS} {COMPLETED} {CANCELLED} {CLOSED_WITH_TASK}.
     */
    private static final List<Clause> CLAUSES = List.of(
            new Clause(Timeliness.CANCELLED, "{status} = {CANCELLED}"),
            new Clause(Timeliness.CLOSED_WITH_TASK,
                    "({status} = {CLOSED_WITH_TASK} and ({closed} is null or {closed} <= {day}))"),
            new Clause(Timeliness.COMPLETED_LATE, "({status} = {COMPLETED} and " + DONE_BY_DAY
                    + " and {due} is not null and {completed} > {due})"),
            new Clause(Timeliness.COMPLETED_ON_TIME, "({status} = {COMPLETED} and " + DONE_BY_DAY
                    + " and ({due} is null or {completed} is null or {completed} <= {due}))"),
            new Clause(Timeliness.NO_DEADLINE, "({open} and {due} is null)"),
            new Clause(Timeliness.OVERDUE, "({open} and {due} < {day})"),
            new Clause(Timeliness.DUE_SOON, "({open} and {due} >= {day} and {due} <= :soon)"),
            new Clause(Timeliness.ON_TRACK, "({open} and {due} > :soon)"));

    /** Open at the day judged: still open, or completed or closed only after it. */
    private static final String OPEN_AT_DAY = "({status} in ({NOT_STARTED}, {IN_PROGRESS}) "
            + "or ({status} = {COMPLETED} and {completed} > {day}) "
            + "or ({status} = {CLOSED_WITH_TASK} and {closed} > {day}))";

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    @ConfigProperty(name = "dondoc.due-soon-days", defaultValue = "3")
    int dueSoonDays;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }

    /** The last day that is "due soon" today: today plus the due-soon working days. */
    public LocalDate dueSoonLimit() {
        return dueSoonLimit(today());
    }

    /** The last day that is "due soon" on {@code day}: that many working days later (weekends and holidays skipped). */
    public LocalDate dueSoonLimit(LocalDate day) {
        return dueSoonDays <= 0 ? day : calendar.addWorkingDays(day, dueSoonDays);
    }

    /** Timeliness today of a task or share that has no closing date (tasks, and shares not closed with their task). */
    public Timeliness of(ProgressStatus status, LocalDate dueDate, LocalDate completedOn) {
        return judge(status, dueDate, completedOn, null, today(), dueSoonLimit());
    }

    /** Timeliness today of one unit's share. */
    public Timeliness ofShare(Assignment a) {
        return judge(a.status, a.dueDate, a.completedOn, a.closedOn, today(), dueSoonLimit());
    }

    /** Timeliness today of a task. */
    public Timeliness ofTask(Task t) {
        return judge(t.status, t.dueDate, t.completedOn, null, today(), dueSoonLimit());
    }

    /** The rule in Java, at {@code day} with the due-soon limit {@code soon}: the same clauses as {@link #CLAUSES}. */
    public static Timeliness judge(ProgressStatus status, LocalDate due, LocalDate completed, LocalDate closed,
            LocalDate day, LocalDate soon) {
        if (status == ProgressStatus.CANCELLED) {
            return Timeliness.CANCELLED;
        }
        if (status == ProgressStatus.CLOSED_WITH_TASK && (closed == null || !closed.isAfter(day))) {
            return Timeliness.CLOSED_WITH_TASK;
        }
        if (status == ProgressStatus.COMPLETED && (completed == null || !completed.isAfter(day))) {
            boolean late = due != null && completed != null && completed.isAfter(due);
            return late ? Timeliness.COMPLETED_LATE : Timeliness.COMPLETED_ON_TIME;
        }
        if (due == null) {
            return Timeliness.NO_DEADLINE;
        }
        if (due.isBefore(day)) {
            return Timeliness.OVERDUE;
        }
        return due.isAfter(soon) ? Timeliness.ON_TRACK : Timeliness.DUE_SOON;
    }

    /** The condition selecting {@code value} over the subject; parameters :today (JPQL) or :asOf (SQL), and :soon. */
    public static String condition(Timeliness value, Subject subject) {
        return CLAUSES.stream().filter(c -> c.value() == value).findFirst()
                .map(c -> render(c.template(), subject))
                .orElseThrow(() -> new IllegalArgumentException("No clause for " + value));
    }

    /** The JPQL condition over the task (alias {@code t}). */
    public static String condition(Timeliness value) {
        return condition(value, Subject.TASK);
    }

    /** The JPQL condition over one unit's share (alias {@code a}). */
    public static String shareCondition(Timeliness value) {
        return condition(value, Subject.SHARE);
    }

    /** The whole rule as one CASE giving the {@link Timeliness} name, for grouping in SQL (or JPQL). */
    public static String sqlCase(Subject subject) {
        return CLAUSES.stream().map(c -> "when " + render(c.template(), subject) + " then '" + c.value().name() + "'")
                .collect(Collectors.joining(" ", "(case ", " end)"));
    }

    private static String render(String template, Subject s) {
        String text = template.replace("{open}", OPEN_AT_DAY);
        for (ProgressStatus status : ProgressStatus.values()) {
            text = text.replace("{" + status.name() + "}", s.literal(status));
        }
        return text.replace("{status}", s.status()).replace("{due}", s.due()).replace("{completed}", s.completed())
                .replace("{closed}", s.closed()).replace("{day}", s.day());
    }

    public static boolean isOpen(ProgressStatus status) {
        return OPEN.contains(status);
    }
}
