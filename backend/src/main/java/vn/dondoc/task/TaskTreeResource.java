package vn.dondoc.task;

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
import vn.dondoc.task.TaskDtos.TaskTree;

@Path("/api/v1/directives/{id}/tree")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Văn bản chỉ đạo")
public class TaskTreeResource {

    @Inject
    TaskTreeService trees;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Cây nhiệm vụ của văn bản",
            description = "Các mục, nhóm và nhiệm vụ theo cấu trúc văn bản (II → II.4 → II.4.c → gạch đầu dòng), mỗi nút có trạng thái "
                    + "suy ra từ các nút con và số nhiệm vụ theo tình hình thực hiện. Đơn vị chỉ thấy các nhánh có nhiệm vụ của mình.")
    public TaskTree tree(@PathParam("id") long id) {
        return trees.tree(id);
    }
}
