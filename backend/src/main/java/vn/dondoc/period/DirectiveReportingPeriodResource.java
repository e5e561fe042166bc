package vn.dondoc.period;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.calendar.IsoDates;
import vn.dondoc.common.security.Roles;
import vn.dondoc.period.PeriodDtos.DuePeriodList;

@Path("/api/v1/directives/{id}/reporting-periods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kỳ báo cáo")
public class DirectiveReportingPeriodResource {

    @Inject
    ReportingScheduleService schedules;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Các kỳ báo cáo của văn bản và hạn gửi",
            description = "Mỗi kỳ có ngày chốt số liệu trong khoảng [from, to] theo các lịch báo cáo đang áp dụng cho văn bản (lịch riêng "
                    + "và lịch chung), kèm hạn đơn vị gửi cơ quan theo dõi và hạn cơ quan theo dõi gửi UBND tỉnh, tính theo ngày làm "
                    + "việc (bỏ qua ngày nghỉ hằng tuần, lễ, tết, nghỉ bù, nghỉ hoán đổi). Không gửi ngày: các kỳ chốt số liệu trong "
                    + "năm hiện tại. Khoảng tối đa " + ReportingScheduleService.MAX_RANGE_YEARS + " năm.")
    public DuePeriodList list(@PathParam("id") long id,
            @Parameter(description = "Ngày chốt số liệu từ ngày (yyyy-MM-dd); mặc định đầu năm", example = "2026-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Ngày chốt số liệu đến ngày (yyyy-MM-dd); mặc định cuối năm của ngày bắt đầu",
                    example = "2026-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to) {
        return schedules.duePeriodList(id, IsoDates.parse("from", from), IsoDates.parse("to", to));
    }
}
