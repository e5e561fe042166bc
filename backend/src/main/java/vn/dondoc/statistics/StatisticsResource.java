package vn.dondoc.statistics;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.statistics.StatisticsDtos.DueBasis;
import vn.dondoc.statistics.StatisticsDtos.Scorecard;
import vn.dondoc.statistics.StatisticsDtos.Snapshot;
import vn.dondoc.statistics.StatisticsDtos.SnapshotCreate;
import vn.dondoc.statistics.StatisticsDtos.SnapshotSummary;
import vn.dondoc.statistics.StatisticsDtos.Statistics;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Thống kê", description = "Số liệu thống kê, bảng xếp hạng đơn vị và số liệu đã chốt theo kỳ báo cáo")
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @Inject
    ScorecardService scorecards;

    @Inject
    SnapshotService snapshots;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Số liệu thống kê nhiệm vụ",
            description = "Theo ma trận tình hình thực hiện (hoàn thành đúng hạn, hoàn thành quá hạn, đang thực hiện trong hạn, "
                    + "sắp đến hạn, quá hạn, không có thời hạn), theo đơn vị, loại đơn vị, lĩnh vực; tỷ lệ hoàn thành đúng hạn của "
                    + "từng đơn vị; xu hướng 12 tháng; các nhiệm vụ quá hạn lâu nhất. Tính tại một ngày (mặc định hôm nay) hoặc tại "
                    + "ngày chốt số liệu của một kỳ báo cáo. Mỗi con số kèm tham số của GET /api/v1/tasks cho ra các nhiệm vụ đằng "
                    + "sau nó. Cán bộ đơn vị chỉ xem số liệu của đơn vị mình (chọn đơn vị khác: 403).")
    public Statistics get(
            @Parameter(description = "Văn bản chỉ đạo; bỏ trống: mọi văn bản") @QueryParam("directiveId") Long directiveId,
            @Parameter(description = "Chỉ nhiệm vụ của đơn vị này") @QueryParam("unitId") Long unitId,
            @Parameter(description = "Ngày thống kê (yyyy-MM-dd), mặc định hôm nay", example = "2026-06-14")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Kỳ báo cáo: số liệu tại ngày chốt của kỳ", example = "2026-Q2")
            @QueryParam("periodKey") String periodKey,
            @Parameter(description = "Tính theo hạn hiện tại (CURRENT, mặc định) hoặc hạn ban đầu (ORIGINAL)")
            @QueryParam("dueBasis") DueBasis dueBasis) {
        return statistics.statistics(directiveId, unitId, asOf, periodKey, dueBasis);
    }

    @GET
    @Path("/scorecard")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Bảng xếp hạng đơn vị",
            description = "Điểm 0-100 của từng đơn vị theo công thức cấu hình (dondoc.scorecard.*): tỷ lệ hoàn thành đúng hạn, "
                    + "tỷ lệ báo cáo định kỳ đúng hạn, số nhiệm vụ quá hạn; mỗi điểm kèm các thành phần và cách tính. Cán bộ đơn vị "
                    + "chỉ thấy dòng của đơn vị mình (với thứ hạng chung).")
    public Scorecard scorecard(
            @Parameter(description = "Văn bản chỉ đạo; bỏ trống: mọi văn bản") @QueryParam("directiveId") Long directiveId,
            @Parameter(description = "Ngày tính (yyyy-MM-dd), mặc định hôm nay") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Kỳ báo cáo", example = "2026-Q2") @QueryParam("periodKey") String periodKey) {
        return scorecards.scorecard(directiveId, asOf, periodKey);
    }

    @GET
    @Path("/snapshots")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR })
    @Operation(summary = "Các lần chốt số liệu", description = "Mới nhất trước; lọc theo văn bản chỉ đạo nếu chọn.")
    public List<SnapshotSummary> snapshots(
            @Parameter(description = "Văn bản chỉ đạo") @QueryParam("directiveId") Long directiveId) {
        return snapshots.list(directiveId);
    }

    @GET
    @Path("/snapshots/{periodKey}")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR })
    @Operation(summary = "Số liệu đã chốt của một kỳ",
            description = "Số liệu và bảng xếp hạng như tại ngày chốt của kỳ, không đổi dù dữ liệu được sửa sau đó. 404 khi kỳ chưa chốt.")
    public Snapshot snapshot(
            @Parameter(description = "Mã kỳ báo cáo", example = "2026-Q2") @PathParam("periodKey") String periodKey,
            @Parameter(description = "Văn bản chỉ đạo; bỏ trống: số liệu toàn tỉnh") @QueryParam("directiveId") Long directiveId) {
        return snapshots.get(periodKey, directiveId);
    }

    @POST
    @Path("/snapshots")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Chốt số liệu một kỳ",
            description = "Lưu số liệu và bảng xếp hạng tại ngày chốt của kỳ (kỳ phải đã đến ngày chốt). Hệ thống tự chốt sau ngày "
                    + "chốt của mỗi kỳ; cơ quan theo dõi có thể chốt sớm hơn. Kỳ đã chốt: 409.")
    @APIResponse(responseCode = "201", description = "Đã chốt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotSummary.class)))
    public Response freeze(@Valid @NotNull(message = "Thiếu nội dung yêu cầu") SnapshotCreate request) {
        SnapshotSummary created = snapshots.create(request.directiveId(), request.periodKey());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
