package vn.dondoc.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.task.TaskDtos.AssignmentUpdate;
import vn.dondoc.task.TaskDtos.AssignmentView;

@Path("/api/v1/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nhiệm vụ")
public class AssignmentResource {

    @Inject
    TaskService tasks;

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD, Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Cập nhật tiến độ phần việc của đơn vị",
            description = "Đơn vị chỉ cập nhật phần việc của mình (chưa thực hiện / đang thực hiện, % hoàn thành); cơ quan theo dõi "
                    + "có thể xác nhận hoàn thành hoặc hủy (kèm lý do). Trạng thái chung của nhiệm vụ và các nhóm cha được tính lại. "
                    + "Gửi kèm `version`; phiên bản cũ trả về 409.")
    public AssignmentView update(@PathParam("id") long id,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") AssignmentUpdate request) {
        return tasks.updateAssignment(id, request);
    }
}
