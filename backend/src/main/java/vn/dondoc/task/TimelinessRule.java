package vn.dondoc.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Timeliness of a task from its status and dates, judged on today's date in the province's time
 * zone. The Java rule (for DTOs) and the JPQL conditions (for filters and counts) say the same thing:
 * <ul>
 * <li>CANCELLED: cancelled;</li>
 * <li>COMPLETED_ON_TIME: completed on or before the due date, or completed without one;</li>
 * <li>COMPLETED_LATE: completed after the due date;</li>
 * <li>NO_DEADLINE: open, without a due date (ongoing tasks are judged by their periodic reports);</li>
 * <li>OVERDUE: open, the due date is before today;</li>
 * <li>DUE_SOON: open, due today or within the next N days (dondoc.due-soon-days, default 3);</li>
 * <li>ON_TRACK: open, due later.</li>
 * </ul>
 */
@ApplicationScoped
public class TimelinessRule {

    private static final EnumSet<ProgressStatus> OPEN = EnumSet.of(ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS);

    @Inject
    Clock clock;

    @ConfigProperty(name = "dondoc.due-soon-days", defaultValue = "3")
    int dueSoonDays;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate dueSoonLimit() {
        return today().plusDays(dueSoonDays);
    }

    public Timeliness of(ProgressStatus status, LocalDate dueDate, LocalDate completedOn) {
        if (status == ProgressStatus.CANCELLED) {
            return Timeliness.CANCELLED;
        }
        if (status == ProgressStatus.COMPLETED) {
            boolean late = dueDate != null && completedOn != null && completedOn.isAfter(dueDate);
            return late ? Timeliness.COMPLETED_LATE : Timeliness.COMPLETED_ON_TIME;
        }
        if (dueDate == null) {
            return Timeliness.NO_DEADLINE;
        }
        LocalDate today = today();
        if (dueDate.isBefore(today)) {
            return Timeliness.OVERDUE;
        }
        return dueDate.isAfter(dueSoonLimit()) ? Timeliness.ON_TRACK : Timeliness.DUE_SOON;
    }

    /** The JPQL condition over task alias {@code t}; parameters :today and :soon when it uses them. */
    public static String condition(Timeliness timeliness) {
        return condition(timeliness, "t.status", "t.dueDate", "t.completedOn");
    }

    /**
     * The same condition over the task's copies on an assignment (alias {@code a}), which the
     * unit-scoped list and counts read from one index (see {@link Assignment#followTask}).
     */
    public static String assignmentCondition(Timeliness timeliness) {
        return condition(timeliness, "a.taskStatus", "a.taskDueDate", "a.taskCompletedOn");
    }

    private static String condition(Timeliness timeliness, String status, String dueDate, String completedOn) {
        String open = status + " in (vn.dondoc.task.ProgressStatus.NOT_STARTED, vn.dondoc.task.ProgressStatus.IN_PROGRESS)";
        String completed = status + " = vn.dondoc.task.ProgressStatus.COMPLETED";
        return switch (timeliness) {
            case CANCELLED -> status + " = vn.dondoc.task.ProgressStatus.CANCELLED";
            case COMPLETED_ON_TIME -> "(" + completed + " and (" + dueDate + " is null or " + completedOn + " is null or "
                    + completedOn + " <= " + dueDate + "))";
            case COMPLETED_LATE -> "(" + completed + " and " + completedOn + " > " + dueDate + ")";
            case NO_DEADLINE -> "(" + open + " and " + dueDate + " is null)";
            case OVERDUE -> "(" + open + " and " + dueDate + " < :today)";
            case DUE_SOON -> "(" + open + " and " + dueDate + " >= :today and " + dueDate + " <= :soon)";
            case ON_TRACK -> "(" + open + " and " + dueDate + " > :soon)";
        };
    }

    static boolean isOpen(ProgressStatus status) {
        return OPEN.contains(status);
    }
}
