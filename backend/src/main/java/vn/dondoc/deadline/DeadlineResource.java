package vn.dondoc.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.deadline.DeadlineDtos.DeadlineCounts;
import vn.dondoc.deadline.DeadlineDtos.DeadlineKind;
import vn.dondoc.deadline.DeadlineDtos.DeadlinePage;

@Path("/api/v1/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Thời hạn và gia hạn")
public class DeadlineResource {

    @Inject
    DeadlineService deadlines;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Lịch thời hạn",
            description = "Hạn của các phần việc chưa hoàn thành (hạn hiện tại của từng đơn vị, sau gia hạn) và hạn nộp báo cáo định kỳ "
                    + "trong khoảng ngày, sớm nhất trước. Đơn vị chỉ xem của mình; lãnh đạo, cơ quan theo dõi, giám sát xem một đơn vị "
                    + "hoặc toàn tỉnh. Mặc định: từ hôm nay, 30 ngày; tối đa 400 ngày.")
    public DeadlinePage list(
            @Parameter(description = "Đơn vị (bỏ trống: đơn vị của người gọi, hoặc toàn tỉnh với người xem toàn bộ)")
            @QueryParam("unitId") Long unitId,
            @Parameter(description = "Từ ngày (yyyy-MM-dd), mặc định hôm nay", example = "2026-12-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Đến ngày (yyyy-MM-dd), mặc định 30 ngày sau", example = "2026-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "Chỉ một loại thời hạn") @QueryParam("kind") DeadlineKind kind,
            @Parameter(description = "Kèm các phần việc đã quá hạn trước ngày bắt đầu") @QueryParam("overdue")
            @DefaultValue("false") boolean overdue,
            @Parameter(description = "Trang, bắt đầu từ 0") @QueryParam("page") @DefaultValue("0")
            @Min(value = 0, message = "Số trang không được âm") int page,
            @Parameter(description = "Số dòng mỗi trang (1-500)") @QueryParam("size") @DefaultValue("100")
            @Min(value = 1, message = "Số dòng mỗi trang tối thiểu là 1")
            @Max(value = 500, message = "Số dòng mỗi trang tối đa là 500") int size) {
        return deadlines.list(unitId, from, to, kind, overdue, page, size);
    }

    @GET
    @Path("/counts")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Số thời hạn cần chú ý",
            description = "Cho biểu tượng nhắc: phần việc quá hạn, sắp đến hạn (trong N ngày, mặc định 3), đề nghị gia hạn chờ quyết định.")
    public DeadlineCounts counts(@Parameter(description = "Đơn vị") @QueryParam("unitId") Long unitId) {
        return deadlines.counts(unitId);
    }
}
