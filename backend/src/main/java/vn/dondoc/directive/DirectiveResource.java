package vn.dondoc.directive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.Problem;
import vn.dondoc.common.audit.AuditHistory.HistoryEntry;
import vn.dondoc.common.security.Roles;
import vn.dondoc.directive.DirectiveDtos.DirectiveCreate;
import vn.dondoc.directive.DirectiveDtos.DirectiveList;
import vn.dondoc.directive.DirectiveDtos.DirectiveUpdate;
import vn.dondoc.directive.DirectiveDtos.DirectiveView;

@Path("/api/v1/directives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Văn bản chỉ đạo", description = "Nghị quyết, kết luận, chương trình hành động giao nhiệm vụ")
@RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
public class DirectiveResource {

    @Inject
    DirectiveService directives;

    @GET
    @Operation(summary = "Danh sách văn bản chỉ đạo", description = "Văn bản được công khai cho mọi người dùng của hệ thống.")
    public DirectiveList list() {
        return directives.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Xem một văn bản chỉ đạo",
            description = "Mọi người dùng đều xem được văn bản chỉ đạo. Không có văn bản với mã số này: 404.")
    public DirectiveView get(@PathParam("id") long id) {
        return directives.get(id);
    }

    @GET
    @Path("/{id}/chain")
    @Operation(summary = "Chuỗi văn bản triển khai",
            description = "Các văn bản mà văn bản này triển khai thực hiện, từ văn bản gốc đến chính nó, ví dụ: "
                    + "Nghị quyết số 08-NQ/TU → Kết luận số 57-KL/TU → Chương trình hành động của UBND tỉnh.")
    public DirectiveList chain(@PathParam("id") long id) {
        return directives.chain(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Lịch sử thay đổi văn bản chỉ đạo",
            description = "Mỗi lần tạo, sửa, xóa: ai thực hiện, khi nào, trường nào đổi từ giá trị nào sang giá trị nào; "
                    + "cũ nhất trước.")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return directives.history(id);
    }

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Tạo văn bản chỉ đạo", description = "Chỉ cơ quan theo dõi và quản trị hệ thống. "
            + "Mã văn bản trong hệ thống quản lý văn bản (externalId), nếu có, phải chưa được dùng.")
    @APIResponse(responseCode = "201", description = "Đã tạo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectiveView.class)))
    public Response create(@Valid @NotNull(message = "Thiếu nội dung yêu cầu") DirectiveCreate request, UriInfo uri) {
        DirectiveView created = directives.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Cập nhật văn bản chỉ đạo",
            description = "Chỉ cơ quan theo dõi và quản trị hệ thống. Gửi kèm `version` đang xem; nếu văn bản đã bị người "
                    + "khác sửa, trả về 409. Văn bản được triển khai (parentId) không được tạo thành vòng.")
    public DirectiveView update(@PathParam("id") long id,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") DirectiveUpdate request) {
        return directives.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Xóa văn bản chỉ đạo",
            description = "Chỉ cơ quan theo dõi và quản trị hệ thống. Không xóa được văn bản đã có nhiệm vụ hoặc đang được "
                    + "văn bản khác triển khai (409).")
    @APIResponse(responseCode = "204", description = "Đã xóa")
    @APIResponse(responseCode = "409", description = "Văn bản đã có nhiệm vụ hoặc văn bản triển khai",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") long id) {
        directives.delete(id);
        return Response.noContent().build();
    }
}
