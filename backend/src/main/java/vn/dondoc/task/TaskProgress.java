package vn.dondoc.task;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How a task's status, percent and completion date follow from its parts.
 *
 * <p>A task from its lead assignments (coordinating units support the lead and do not decide):
 * <ul>
 * <li>no lead assignment: NOT_STARTED; all of them cancelled: CANCELLED;</li>
 * <li>otherwise, ignoring cancelled ones: all COMPLETED gives COMPLETED, on the date the last one
 * completed; any started (IN_PROGRESS, COMPLETED or percent above 0) gives IN_PROGRESS; else NOT_STARTED;</li>
 * <li>percent is the rounded mean of the non-cancelled lead assignments' percents (100 when completed).</li>
 * </ul>
 * A heading (section, group, item with bullets) from its children, by the same rule applied to the
 * children's derived status and percent.
 */
public record TaskProgress(ProgressStatus status, int percentComplete, LocalDate completedOn) {

    private record Part(ProgressStatus status, int percent, LocalDate completedOn) {
    }

    public static TaskProgress of(Collection<Assignment> assignments) {
        return combine(assignments.stream().filter(a -> a.role == AssignmentRole.LEAD)
                .map(a -> new Part(a.status, a.percentComplete, a.completedOn)).toList());
    }

    public static TaskProgress ofChildren(Collection<Task> children) {
        return combine(children.stream().map(t -> new Part(t.status, t.percentComplete, t.completedOn)).toList());
    }

    private static TaskProgress combine(List<Part> parts) {
        if (parts.isEmpty()) {
            return new TaskProgress(ProgressStatus.NOT_STARTED, 0, null);
        }
        List<Part> open = parts.stream().filter(p -> p.status() != ProgressStatus.CANCELLED).toList();
        if (open.isEmpty()) {
            return new TaskProgress(ProgressStatus.CANCELLED, 0, null);
        }
        if (open.stream().allMatch(p -> p.status() == ProgressStatus.COMPLETED)) {
            LocalDate last = open.stream().map(Part::completedOn).filter(Objects::nonNull).max(LocalDate::compareTo)
                    .orElse(null);
            return new TaskProgress(ProgressStatus.COMPLETED, 100, last);
        }
        int percent = (int) Math.round(open.stream()
                .mapToInt(p -> p.status() == ProgressStatus.COMPLETED ? 100 : p.percent()).average().orElse(0));
        boolean started = open.stream().anyMatch(p -> p.status() != ProgressStatus.NOT_STARTED || p.percent() > 0);
        return new TaskProgress(started ? ProgressStatus.IN_PROGRESS : ProgressStatus.NOT_STARTED, percent, null);
    }
}
