package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskProgressTest {

    private static Assignment a(AssignmentRole role, ProgressStatus status, int percent) {
        Assignment assignment = new Assignment();
        assignment.role = role;
        assignment.status = status;
        assignment.percentComplete = percent;
        return assignment;
    }

    @Test
    void leadsDecideAndCoordinatorsDoNot() {
        assertEquals(new TaskProgress(ProgressStatus.NOT_STARTED, 0, null), TaskProgress.of(List.of(
                a(AssignmentRole.LEAD, ProgressStatus.NOT_STARTED, 0),
                a(AssignmentRole.COORDINATING, ProgressStatus.COMPLETED, 100))));
        assertEquals(new TaskProgress(ProgressStatus.IN_PROGRESS, 70, null), TaskProgress.of(List.of(
                a(AssignmentRole.LEAD, ProgressStatus.IN_PROGRESS, 40),
                a(AssignmentRole.LEAD, ProgressStatus.COMPLETED, 90))));
        assertEquals(new TaskProgress(ProgressStatus.COMPLETED, 100, null), TaskProgress.of(List.of(
                a(AssignmentRole.LEAD, ProgressStatus.COMPLETED, 100),
                a(AssignmentRole.LEAD, ProgressStatus.CANCELLED, 0),
                a(AssignmentRole.COORDINATING, ProgressStatus.IN_PROGRESS, 10))));
        assertEquals(new TaskProgress(ProgressStatus.CANCELLED, 0, null), TaskProgress.of(List.of(
                a(AssignmentRole.LEAD, ProgressStatus.CANCELLED, 30))));
        assertEquals(new TaskProgress(ProgressStatus.IN_PROGRESS, 5, null), TaskProgress.of(List.of(
                a(AssignmentRole.LEAD, ProgressStatus.NOT_STARTED, 10),
                a(AssignmentRole.LEAD, ProgressStatus.NOT_STARTED, 0))));
    }

    @Test
    void theLastLeadToCompleteDatesTheTaskAndHeadingsFollowChildren() {
        Assignment early = a(AssignmentRole.LEAD, ProgressStatus.COMPLETED, 100);
        early.completedOn = java.time.LocalDate.of(2026, 3, 1);
        Assignment late = a(AssignmentRole.LEAD, ProgressStatus.COMPLETED, 100);
        late.completedOn = java.time.LocalDate.of(2026, 5, 2);
        assertEquals(new TaskProgress(ProgressStatus.COMPLETED, 100, late.completedOn),
                TaskProgress.of(List.of(early, late)));

        Task done = new Task();
        done.status = ProgressStatus.COMPLETED;
        done.percentComplete = 100;
        Task half = new Task();
        half.status = ProgressStatus.IN_PROGRESS;
        half.percentComplete = 50;
        Task dropped = new Task();
        dropped.status = ProgressStatus.CANCELLED;
        assertEquals(new TaskProgress(ProgressStatus.IN_PROGRESS, 75, null), TaskProgress.ofChildren(List.of(done, half, dropped)));
        assertEquals(new TaskProgress(ProgressStatus.NOT_STARTED, 0, null), TaskProgress.ofChildren(List.of()));
    }
}
