package vn.dondoc.calendar;

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
import vn.dondoc.calendar.CalendarDtos.HolidayCreate;
import vn.dondoc.calendar.CalendarDtos.HolidayList;
import vn.dondoc.calendar.CalendarDtos.HolidayUpdate;
import vn.dondoc.calendar.CalendarDtos.HolidayView;
import vn.dondoc.common.security.Roles;

@Path("/api/v1/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lịch nghỉ lễ", description = "Ngày nghỉ lễ, tết, nghỉ bù và hoán đổi ngày làm việc, dùng để tính thời hạn theo ngày làm việc")
public class HolidayResource {

    @Inject
    HolidayService holidays;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Lịch nghỉ của một năm",
            description = "Các ngày nghỉ lễ, tết, nghỉ bù, nghỉ hoán đổi và ngày làm bù của năm, theo ngày. Không gửi năm: năm hiện tại "
                    + "(giờ Việt Nam). Thứ Bảy, Chủ nhật là ngày nghỉ hằng tuần, không được liệt kê trừ khi là ngày làm bù.")
    public HolidayList list(
            @Parameter(description = "Năm (2000-2100); mặc định năm hiện tại", example = "2026") @QueryParam("year") Integer year) {
        return holidays.list(year);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Xem một ngày của lịch nghỉ",
            description = "Một ngày nghỉ, ngày làm bù hoặc ngày hoán đổi trong lịch nghỉ dùng để đếm ngày làm việc.")
    public HolidayView get(@PathParam("id") long id) {
        return holidays.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Thêm ngày nghỉ",
            description = "Chỉ quản trị hệ thống. Mỗi ngày chỉ có một mục. Nghỉ bù và nghỉ hoán đổi phải là ngày từ thứ Hai đến thứ Sáu; "
                    + "ngày làm bù phải là thứ Bảy hoặc Chủ nhật. Thời hạn tính theo ngày làm việc dùng lịch mới ngay sau khi lưu.")
    @APIResponse(responseCode = "201", description = "Đã tạo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HolidayView.class)))
    public Response create(@Valid @NotNull(message = "Thiếu nội dung yêu cầu") HolidayCreate request, UriInfo uri) {
        HolidayView created = holidays.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sửa ngày nghỉ",
            description = "Chỉ quản trị hệ thống. Gửi kèm `version` đang xem; nếu ngày nghỉ đã bị người khác sửa, trả về 409.")
    public HolidayView update(@PathParam("id") long id,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") HolidayUpdate request) {
        return holidays.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Xóa ngày nghỉ", description = "Chỉ quản trị hệ thống. Ngày đó trở lại như ngày thường trong tuần.")
    @APIResponse(responseCode = "204", description = "Đã xóa")
    public Response delete(@PathParam("id") long id) {
        holidays.delete(id);
        return Response.noContent().build();
    }
}
