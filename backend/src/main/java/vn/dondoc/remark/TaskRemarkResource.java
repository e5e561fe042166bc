package vn.dondoc.remark;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.remark.RemarkDtos.RemarkCreate;
import vn.dondoc.remark.RemarkDtos.RemarkView;

/** The supervision remarks of one task. */
@Path("/api/v1/tasks/{taskId}/remarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ý kiến giám sát", description = "Ý kiến giám sát của Ủy ban MTTQ và các tổ chức chính trị - xã hội về nhiệm vụ và "
        + "phần việc của đơn vị, và trả lời của đơn vị; không bao giờ được công khai")
public class TaskRemarkResource {

    @Inject
    RemarkService remarks;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Ý kiến giám sát của một nhiệm vụ",
            description = "Cũ nhất trước, mỗi ý kiến kèm các trả lời. Đơn vị được giao xem ý kiến về cả nhiệm vụ và về phần việc của "
                    + "mình (không xem ý kiến về phần việc của đơn vị khác); đơn vị không được giao: 403.")
    public List<RemarkView> list(@PathParam("taskId") long taskId) {
        return remarks.ofTask(taskId);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Ghi ý kiến giám sát",
            description = "Chỉ tổ chức giám sát. Góp ý cho cả nhiệm vụ, hoặc cho phần việc của một đơn vị (assignmentId). Đơn vị "
                    + "được góp ý và cơ quan theo dõi nhận thông báo. Tệp đính kèm gửi sau bằng POST /api/v1/remarks/{id}/attachment.")
    @APIResponse(responseCode = "201", description = "Đã ghi",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemarkView.class)))
    public Response create(@PathParam("taskId") long taskId,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") RemarkCreate request) {
        RemarkView created = remarks.create(taskId, request);
        return Response.created(URI.create("/api/v1/remarks/" + created.id())).entity(created).build();
    }
}
