package vn.dondoc.task;

import java.util.Collection;
import java.util.List;

/**
 * How a task's status and percent follow from its lead assignments (coordinating units support
 * the lead and do not decide the task's status):
 * <ul>
 * <li>no lead assignment, or all of them cancelled: the task keeps NOT_STARTED, resp. is CANCELLED;</li>
 * <li>otherwise, ignoring cancelled ones: all COMPLETED gives COMPLETED; any started (IN_PROGRESS,
 * COMPLETED or percent above 0) gives IN_PROGRESS; else NOT_STARTED;</li>
 * <li>percent is the rounded mean of the non-cancelled lead assignments' percents (100 when completed).</li>
 * </ul>
 */
public record TaskProgress(ProgressStatus status, int percentComplete) {

    public static TaskProgress of(Collection<Assignment> assignments) {
        List<Assignment> leads = assignments.stream().filter(a -> a.role == AssignmentRole.LEAD).toList();
        if (leads.isEmpty()) {
            return new TaskProgress(ProgressStatus.NOT_STARTED, 0);
        }
        List<Assignment> open = leads.stream().filter(a -> a.status != ProgressStatus.CANCELLED).toList();
        if (open.isEmpty()) {
            return new TaskProgress(ProgressStatus.CANCELLED, 0);
        }
        int percent = (int) Math.round(open.stream()
                .mapToInt(a -> a.status == ProgressStatus.COMPLETED ? 100 : a.percentComplete).average().orElse(0));
        if (open.stream().allMatch(a -> a.status == ProgressStatus.COMPLETED)) {
            return new TaskProgress(ProgressStatus.COMPLETED, 100);
        }
        boolean started = open.stream()
                .anyMatch(a -> a.status != ProgressStatus.NOT_STARTED || a.percentComplete > 0);
        return new TaskProgress(started ? ProgressStatus.IN_PROGRESS : ProgressStatus.NOT_STARTED, percent);
    }
}
