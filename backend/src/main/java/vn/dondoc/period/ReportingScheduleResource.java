package vn.dondoc.period;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.period.PeriodDtos.ReportingScheduleCreate;
import vn.dondoc.period.PeriodDtos.ReportingScheduleList;
import vn.dondoc.period.PeriodDtos.ReportingScheduleUpdate;
import vn.dondoc.period.PeriodDtos.ReportingScheduleView;

@Path("/api/v1/reporting-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kỳ báo cáo", description = "Kỳ báo cáo định kỳ theo Nghị định 09/2019/NĐ-CP, lịch báo cáo và hạn gửi báo cáo")
public class ReportingScheduleResource {

    @Inject
    ReportingScheduleService schedules;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Danh sách lịch báo cáo",
            description = "Lịch chung (áp dụng cho mọi văn bản) trước, rồi theo văn bản và tên. Lọc theo văn bản: lịch riêng của văn bản "
                    + "và các lịch chung.")
    public ReportingScheduleList list(
            @Parameter(description = "Chỉ các lịch áp dụng cho văn bản này (kể cả lịch chung)", example = "3")
            @QueryParam("directiveId") Long directiveId) {
        return schedules.list(directiveId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Xem một lịch báo cáo",
            description = "Lịch báo cáo định kỳ: văn bản áp dụng, các loại kỳ phải báo cáo và số ngày làm việc sau ngày chốt số liệu để đơn vị và cơ quan theo dõi gửi báo cáo.")
    public ReportingScheduleView get(@PathParam("id") long id) {
        return schedules.get(id);
    }

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Tạo lịch báo cáo",
            description = "Chỉ cơ quan theo dõi và quản trị hệ thống. Bỏ trống directiveId để áp dụng cho mọi văn bản. Hạn gửi tính theo "
                    + "ngày làm việc sau ngày chốt số liệu của kỳ (ngày 14); hạn của cơ quan theo dõi không được sớm hơn hạn của đơn vị.")
    @APIResponse(responseCode = "201", description = "Đã tạo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingScheduleView.class)))
    public Response create(@Valid @NotNull(message = "Thiếu nội dung yêu cầu") ReportingScheduleCreate request, UriInfo uri) {
        ReportingScheduleView created = schedules.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Cập nhật lịch báo cáo",
            description = "Chỉ cơ quan theo dõi và quản trị hệ thống. Gửi kèm `version` đang xem; nếu lịch đã bị người khác sửa, trả về 409.")
    public ReportingScheduleView update(@PathParam("id") long id,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") ReportingScheduleUpdate request) {
        return schedules.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Xóa lịch báo cáo",
            description = "Chỉ cơ quan theo dõi và quản trị hệ thống. Muốn tạm dừng mà giữ cấu hình, hãy cập nhật active = false.")
    @APIResponse(responseCode = "204", description = "Đã xóa")
    public Response delete(@PathParam("id") long id) {
        schedules.delete(id);
        return Response.noContent().build();
    }
}
