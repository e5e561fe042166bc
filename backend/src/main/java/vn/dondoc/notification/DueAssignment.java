package vn.dondoc.notification;

import java.time.LocalDate;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;

/** An open assignment with a due date, as the reminder pass and the digest read it (one JPQL projection). */
public record DueAssignment(Long assignmentId, Long taskId, String taskCode, String taskContent, Long unitId, String unitName,
        AssignmentRole role, LocalDate dueDate, ProgressStatus status, int percentComplete) {

    /** The JPQL select list for {@code from Assignment a join a.task t join a.unit u}. */
    static final String SELECT = "select new vn.dondoc.notification.DueAssignment(a.id, t.id, t.code, t.content, u.id, u.name, "
            + "a.role, a.dueDate, a.status, a.percentComplete) from Assignment a join a.task t join a.unit u ";
}
