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
        assertEquals(new TaskProgress(ProgressStatus.NOT_STARTED, 0), TaskProgress.of(List.of(
                a(AssignmentRole.LEAD, ProgressStatus.NOT_STARTED, 0),
                a(AssignmentRole.COORDINATING, ProgressStatus.COMPLETED, 100))));
        assertEquals(new TaskProgress(ProgressStatus.IN_PROGRESS, 70), TaskProgress.of(List.of(
                a(AssignmentRole.LEAD, ProgressStatus.IN_PROGRESS, 40),
                a(AssignmentRole.LEAD, ProgressStatus.COMPLETED, 90))));
        assertEquals(new TaskProgress(ProgressStatus.COMPLETED, 100), TaskProgress.of(List.of(
                a(AssignmentRole.LEAD, ProgressStatus.COMPLETED, 100),
                a(AssignmentRole.LEAD, ProgressStatus.CANCELLED, 0),
                a(AssignmentRole.COORDINATING, ProgressStatus.IN_PROGRESS, 10))));
        assertEquals(new TaskProgress(ProgressStatus.CANCELLED, 0), TaskProgress.of(List.of(
                a(AssignmentRole.LEAD, ProgressStatus.CANCELLED, 30))));
        assertEquals(new TaskProgress(ProgressStatus.IN_PROGRESS, 5), TaskProgress.of(List.of(
                a(AssignmentRole.LEAD, ProgressStatus.NOT_STARTED, 10),
                a(AssignmentRole.LEAD, ProgressStatus.NOT_STARTED, 0))));
    }
}
