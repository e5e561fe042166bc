package vn.dondoc.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.deadline.DeadlineDtos.ExtensionRequestCreate;
import vn.dondoc.deadline.DeadlineDtos.ExtensionRequestView;

@Path("/api/v1/assignments/{id}/extension-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Thời hạn và gia hạn")
public class AssignmentExtensionResource {

    @Inject
    ExtensionService extensions;

    @POST
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(summary = "Đề nghị gia hạn phần việc của đơn vị",
            description = "Chuyên viên hoặc thủ trưởng đơn vị được giao đề nghị hạn mới (sau hạn hiện tại) kèm lý do. Mỗi phần việc "
                    + "chỉ có một đề nghị chờ quyết định (409 nếu đã có). Phần việc đã hoàn thành, đã hủy hoặc không có hạn: 400.")
    @APIResponse(responseCode = "201", description = "Đã gửi đề nghị")
    public Response request(@PathParam("id") long assignmentId,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") ExtensionRequestCreate request) {
        ExtensionRequestView created = extensions.request(assignmentId, request);
        return Response.created(URI.create("/api/v1/extension-requests/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Các đề nghị gia hạn của một phần việc", description = "Mới nhất trước. Đơn vị chỉ xem phần việc của mình.")
    public List<ExtensionRequestView> list(@PathParam("id") long assignmentId) {
        return extensions.ofAssignment(assignmentId);
    }
}
