package vn.dondoc.unit;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.Problem;
import vn.dondoc.common.security.Roles;
import vn.dondoc.unit.UnitGroupDtos.UnitGroupCreate;
import vn.dondoc.unit.UnitGroupDtos.UnitGroupDetail;
import vn.dondoc.unit.UnitGroupDtos.UnitGroupList;
import vn.dondoc.unit.UnitGroupDtos.UnitGroupUpdate;

@Path("/api/v1/unit-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nhóm đơn vị", description = "Nhóm đơn vị để giao nhiệm vụ một lần cho nhiều đơn vị: \"các sở, ban, ngành\", "
        + "\"UBND các huyện, thị xã, thành phố\"...")
public class UnitGroupResource {

    @Inject
    UnitGroupService groups;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD,
            Roles.UNIT_OFFICER, Roles.INTEGRATION })
    @Operation(summary = "Danh sách nhóm đơn vị",
            description = "Nhóm có sẵn trước, rồi theo tên; kèm số đơn vị đang hoạt động của mỗi nhóm.")
    public UnitGroupList list() {
        return groups.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD,
            Roles.UNIT_OFFICER, Roles.INTEGRATION })
    @Operation(summary = "Xem một nhóm đơn vị",
            description = "Kèm các đơn vị thành viên đang hoạt động, theo tên. Nhóm động gồm mọi đơn vị đang hoạt động "
                    + "thuộc loại của nhóm.")
    public UnitGroupDetail get(@PathParam("id") long id) {
        return groups.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Tạo nhóm đơn vị",
            description = "Chỉ quản trị hệ thống. Đặt unitType để tạo nhóm động, hoặc gửi danh sách memberIds.")
    @APIResponse(responseCode = "201", description = "Đã tạo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitGroupDetail.class)))
    public Response create(@Valid @NotNull(message = "Thiếu nội dung yêu cầu") UnitGroupCreate request, UriInfo uri) {
        UnitGroupDetail created = groups.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Cập nhật nhóm đơn vị",
            description = "Chỉ quản trị hệ thống. Gửi kèm `version` đang xem; nếu nhóm đã bị người khác sửa, trả về 409. "
                    + "Danh sách memberIds thay toàn bộ thành viên cũ.")
    public UnitGroupDetail update(@PathParam("id") long id,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") UnitGroupUpdate request) {
        return groups.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Xóa nhóm đơn vị",
            description = "Chỉ quản trị hệ thống. Nhóm có sẵn của hệ thống (các sở, ban, ngành; các địa phương) không xóa được (409).")
    @APIResponse(responseCode = "204", description = "Đã xóa")
    @APIResponse(responseCode = "409", description = "Nhóm có sẵn của hệ thống",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") long id) {
        groups.delete(id);
        return Response.noContent().build();
    }
}
