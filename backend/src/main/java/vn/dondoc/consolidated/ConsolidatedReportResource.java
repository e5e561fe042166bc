package vn.dondoc.consolidated;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.consolidated.ConsolidatedDtos.ReportJob;
import vn.dondoc.consolidated.ConsolidatedDtos.ReportRequest;

@Path("/api/v1/consolidated-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Báo cáo tổng hợp", description = "Báo cáo tổng hợp theo kỳ (Word theo Nghị định 30/2020/NĐ-CP và phụ lục Excel)")
public class ConsolidatedReportResource {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ConsolidatedReportService reports;

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Lập báo cáo tổng hợp",
            description = "Tạo một lượt lập báo cáo tổng hợp của văn bản chỉ đạo cho kỳ báo cáo (trạng thái QUEUED); báo cáo được "
                    + "lập ở nền (RUNNING kèm phần trăm, rồi DONE hoặc FAILED kèm lý do). Số liệu tính đến ngày cuối kỳ, hoặc "
                    + "hôm nay nếu kỳ chưa kết thúc. Chỉ cơ quan theo dõi và quản trị hệ thống.")
    @APIResponse(responseCode = "202", description = "Đã nhận, đang chờ lập",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportJob.class)))
    public Response create(@Valid @NotNull(message = "Thiếu nội dung yêu cầu") ReportRequest request, UriInfo uri) {
        ReportJob job = reports.create(request);
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(String.valueOf(job.id())).build()).build();
    }

    @GET
    @RolesAllowed({ Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Lịch sử báo cáo tổng hợp", description = "100 lượt lập gần nhất, mới nhất trước.")
    public List<ReportJob> list(@Parameter(description = "Chỉ báo cáo của văn bản chỉ đạo này") @QueryParam("directiveId") Long directiveId) {
        return reports.list(directiveId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Trạng thái một báo cáo tổng hợp", description = "Trạng thái, phần trăm tiến độ và số liệu chính khi đã xong.")
    public ReportJob get(@PathParam("id") long id) {
        return reports.get(id);
    }

    @GET
    @Path("/{id}/docx")
    @Produces({ DOCX, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Tải báo cáo (Word)", description = "Tệp .docx theo thể thức Nghị định 30/2020/NĐ-CP; 409 nếu chưa lập xong.")
    @APIResponse(responseCode = "200", description = "Tệp Word",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("id") long id) {
        return download(reports.docx(id));
    }

    @GET
    @Path("/{id}/xlsx")
    @Produces({ XLSX, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Tải phụ lục (Excel)", description = "Danh mục nhiệm vụ và tình hình thực hiện; 409 nếu chưa lập xong.")
    @APIResponse(responseCode = "200", description = "Tệp Excel",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@PathParam("id") long id) {
        return download(reports.xlsx(id));
    }

    private static Response download(ConsolidatedReportService.File file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
