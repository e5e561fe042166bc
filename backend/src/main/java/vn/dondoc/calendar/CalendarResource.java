package vn.dondoc.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.calendar.CalendarDtos.WorkingDayCheck;
import vn.dondoc.calendar.CalendarDtos.WorkingDayResult;
import vn.dondoc.common.security.Roles;

@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lịch nghỉ lễ")
@RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
public class CalendarResource {

    @Inject
    WorkingDayCalendar calendar;

    @GET
    @Path("/working-days")
    @Operation(summary = "Cộng ngày làm việc",
            description = "Ngày làm việc thứ N sau ngày bắt đầu (không tính chính ngày bắt đầu), bỏ qua thứ Bảy, Chủ nhật, ngày nghỉ "
                    + "lễ, tết, nghỉ bù, nghỉ hoán đổi; thứ Bảy làm bù được tính là ngày làm việc. Khi việc đếm đi qua năm mà lịch "
                    + "nghỉ chưa được xác nhận, kết quả có provisional = true và unconfirmedYears liệt kê các năm đó. Ngày ngoài các năm "
                    + VietnameseLunarCalendar.MIN_YEAR + "-" + VietnameseLunarCalendar.MAX_YEAR + ": 422.")
    public WorkingDayResult addWorkingDays(
            @Parameter(description = "Ngày bắt đầu (yyyy-MM-dd)", example = "2026-02-13",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") @NotNull(message = "Ngày bắt đầu (from) là bắt buộc") String from,
            @Parameter(description = "Số ngày làm việc cộng thêm (1-" + WorkingDayCalendar.MAX_ADD + ")", example = "2")
            @QueryParam("add") @NotNull(message = "Số ngày làm việc (add) là bắt buộc")
            @Min(value = 1, message = "Số ngày làm việc tối thiểu là 1")
            @Max(value = WorkingDayCalendar.MAX_ADD, message = "Số ngày làm việc tối đa là " + WorkingDayCalendar.MAX_ADD)
            Integer add) {
        LocalDate start = IsoDates.parse("from", from);
        return WorkingDayResult.of(calendar.count(start, add));
    }

    @GET
    @Path("/working-days/check")
    @Operation(summary = "Kiểm tra ngày làm việc",
            description = "Một ngày có phải ngày làm việc không và vì sao: ngày thường, ngày nghỉ hằng tuần, ngày lễ, nghỉ bù, "
                    + "nghỉ hoán đổi hoặc ngày làm bù; nguồn của ngày (tính sẵn hay đã lưu) và năm đã được xác nhận chưa.")
    public WorkingDayCheck check(
            @Parameter(description = "Ngày cần kiểm tra (yyyy-MM-dd)", example = "2026-04-27",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") @NotNull(message = "Ngày cần kiểm tra (date) là bắt buộc") String date) {
        return WorkingDayCheck.of(calendar.describe(IsoDates.parse("date", date)));
    }
}
