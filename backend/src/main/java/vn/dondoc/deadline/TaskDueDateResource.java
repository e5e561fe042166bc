package vn.dondoc.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.deadline.DeadlineDtos.TaskDueDates;

@Path("/api/v1/tasks/{id}/due-dates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Thời hạn và gia hạn")
public class TaskDueDateResource {

    @Inject
    ExtensionService extensions;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Lịch sử thời hạn của nhiệm vụ",
            description = "Hạn ban đầu, hạn hiện tại và từng lần đổi hạn của mỗi đơn vị được giao (gia hạn được chấp thuận, điều chỉnh "
                    + "của cơ quan theo dõi): hạn cũ, hạn mới, lý do, người quyết định, thời điểm.")
    public TaskDueDates dueDates(@PathParam("id") long taskId) {
        return extensions.dueDates(taskId);
    }
}
