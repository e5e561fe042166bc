package vn.dondoc.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.report.PeriodicReportDtos.Board;
import vn.dondoc.report.PeriodicReportDtos.History;
import vn.dondoc.report.PeriodicReportDtos.OpenRequest;
import vn.dondoc.report.PeriodicReportDtos.PeriodicReportView;

/** Periodic reports of one directive; its own class so that JAX-RS matches the longer path first. */
@Path("/api/v1/directives/{id}/periodic-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Báo cáo định kỳ")
public class DirectivePeriodicReportResource {

    @Inject
    PeriodicReportService periodic;

    @POST
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Mở báo cáo định kỳ của đơn vị cho một kỳ",
            description = "Tạo báo cáo gồm mọi phần việc của đơn vị trong văn bản, điền sẵn từ các báo cáo tiến độ đã gửi trong kỳ; "
                    + "nếu đã có, trả về báo cáo đó (200): một đơn vị chỉ có một báo cáo mỗi kỳ.")
    @APIResponse(responseCode = "201", description = "Đã tạo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodicReportView.class)))
    @APIResponse(responseCode = "200", description = "Báo cáo của kỳ đã có",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodicReportView.class)))
    public Response open(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") OpenRequest request) {
        PeriodicReportService.Opened opened = periodic.open(id, request.periodKey());
        return Response.status(opened.existing() ? 200 : 201).entity(opened.report()).build();
    }

    @GET
    @Path("/board")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR })
    @Operation(summary = "Bảng theo dõi nộp báo cáo định kỳ",
            description = "Mỗi đơn vị có nhiệm vụ trong văn bản: nộp đúng hạn, nộp muộn hoặc chưa nộp, so với hạn của lịch báo cáo.")
    public Board board(@PathParam("id") long id,
            @Parameter(description = "Mã kỳ", example = "2026-Q4") @QueryParam("period")
            @NotBlank(message = "Kỳ báo cáo là bắt buộc") String period) {
        return periodic.board(id, period);
    }

    @GET
    @Path("/history")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Lịch sử nộp báo cáo định kỳ của một đơn vị", description = "Các kỳ đã đến hạn trong hai năm gần nhất.")
    public History history(@PathParam("id") long id,
            @QueryParam("unitId") @NotNull(message = "Đơn vị (unitId) là bắt buộc") Long unitId) {
        return periodic.history(id, unitId);
    }
}
