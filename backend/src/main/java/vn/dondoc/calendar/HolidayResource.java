package vn.dondoc.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.dondoc.calendar.CalendarDtos.HolidayConfirmationStatus;
import vn.dondoc.calendar.CalendarDtos.HolidayCreate;
import vn.dondoc.calendar.CalendarDtos.HolidayList;
import vn.dondoc.calendar.CalendarDtos.HolidayUpdate;
import vn.dondoc.calendar.CalendarDtos.HolidayView;
import vn.dondoc.calendar.CalendarDtos.HolidayYearView;
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
    @Path("/years/{year}")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Lịch nghỉ đầy đủ của một năm, kèm nguồn",
            description = "Lịch nghỉ của năm đúng như khi đếm ngày làm việc. Năm chưa xác nhận: các ngày tính sẵn theo Điều 112 Bộ luật "
                    + "Lao động 2019 (Tết Dương lịch; Tết Nguyên đán 5 ngày: ngày cuối năm âm lịch và mùng 1 đến mùng 4; Giỗ Tổ Hùng "
                    + "Vương 10/3 âm lịch; 30/4; 1/5; Quốc khánh 2/9 và một ngày liền kề; nghỉ bù khi trùng thứ Bảy, Chủ nhật) với "
                    + "source COMPUTED, cộng các ngày đã lưu theo quyết định của Chính phủ (source DECIDED, thay ngày tính sẵn cùng ngày). "
                    + "Năm đã xác nhận: chỉ các ngày đã lưu. Âm lịch Việt Nam tính theo múi giờ UTC+7.")
    public HolidayYearView year(
            @Parameter(description = "Năm (" + HolidayService.MIN_YEAR + "-" + HolidayService.MAX_YEAR + ")", example = "2027")
            @PathParam("year") @Min(value = HolidayService.MIN_YEAR, message = "Năm phải từ " + HolidayService.MIN_YEAR + " đến "
                    + HolidayService.MAX_YEAR)
            @Max(value = HolidayService.MAX_YEAR, message = "Năm phải từ " + HolidayService.MIN_YEAR + " đến " + HolidayService.MAX_YEAR)
            int year) {
        return holidays.year(year);
    }

    @PUT
    @Path("/years/{year}/confirmation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Xác nhận lịch nghỉ của một năm",
            description = "Chỉ quản trị hệ thống, sau khi đã cập nhật các ngày theo quyết định của Chính phủ cho năm đó. Các ngày tính sẵn "
                    + "còn lại được lưu như đang hiển thị; từ đó lịch của năm chỉ gồm các ngày đã lưu (sửa, xóa như mọi ngày nghỉ) và thời "
                    + "hạn tính qua năm đó không còn là tạm tính. Xác nhận lại một năm đã xác nhận không thay đổi gì.")
    public HolidayYearView confirm(
            @Parameter(description = "Năm (" + HolidayService.MIN_YEAR + "-" + HolidayService.MAX_YEAR + ")", example = "2027")
            @PathParam("year") @Min(value = HolidayService.MIN_YEAR, message = "Năm phải từ " + HolidayService.MIN_YEAR + " đến "
                    + HolidayService.MAX_YEAR)
            @Max(value = HolidayService.MAX_YEAR, message = "Năm phải từ " + HolidayService.MIN_YEAR + " đến " + HolidayService.MAX_YEAR)
            int year) {
        return holidays.confirm(year);
    }

    @DELETE
    @Path("/years/{year}/confirmation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Hủy xác nhận lịch nghỉ của một năm",
            description = "Chỉ quản trị hệ thống. Năm trở lại tạm tính: các ngày tính sẵn theo luật hiện lại dưới các ngày đã lưu (ngày đã "
                    + "lưu vẫn thay ngày tính sẵn cùng ngày). Năm chưa xác nhận: không thay đổi gì.")
    @APIResponse(responseCode = "204", description = "Đã hủy xác nhận")
    public Response withdrawConfirmation(
            @Parameter(description = "Năm (" + HolidayService.MIN_YEAR + "-" + HolidayService.MAX_YEAR + ")", example = "2027")
            @PathParam("year") @Min(value = HolidayService.MIN_YEAR, message = "Năm phải từ " + HolidayService.MIN_YEAR + " đến "
                    + HolidayService.MAX_YEAR)
            @Max(value = HolidayService.MAX_YEAR, message = "Năm phải từ " + HolidayService.MIN_YEAR + " đến " + HolidayService.MAX_YEAR)
            int year) {
        holidays.withdrawConfirmation(year);
        return Response.noContent().build();
    }

    @GET
    @Path("/confirmation-status")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Cảnh báo xác nhận lịch nghỉ năm sau",
            description = "Chỉ quản trị hệ thống. Từ ngày 1/10 (giờ Việt Nam), nếu lịch nghỉ năm sau chưa được xác nhận, trả về cảnh báo "
                    + "để quản trị cập nhật theo quyết định của Chính phủ và xác nhận.")
    public HolidayConfirmationStatus confirmationStatus() {
        return holidays.confirmationStatus();
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
