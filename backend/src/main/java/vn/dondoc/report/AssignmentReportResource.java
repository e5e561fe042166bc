package vn.dondoc.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.Roles;
import vn.dondoc.report.ReportDtos.AttachmentView;
import vn.dondoc.report.ReportDtos.ReportDraft;
import vn.dondoc.report.ReportDtos.ReportPage;
import vn.dondoc.report.ReportDtos.ReportReturn;
import vn.dondoc.report.ReportDtos.ReportReview;
import vn.dondoc.report.ReportDtos.ReportView;

@Path("/api/v1/assignments/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Báo cáo", description = "Báo cáo tiến độ của đơn vị: dự thảo, ký gửi, tiếp nhận hoặc trả lại")
/** Reports of one assignment; its own class so that JAX-RS matches the longer path first. */
public class AssignmentReportResource {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    ReportService reports;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Báo cáo của một phần việc",
            description = "Đơn vị thấy mọi báo cáo của mình (kể cả dự thảo); đơn vị chủ trì thấy báo cáo đã gửi của đơn vị phối hợp "
                    + "cùng nhiệm vụ; lãnh đạo, cơ quan theo dõi, giám sát thấy báo cáo đã gửi.")
    public List<ReportView> ofAssignment(@PathParam("id") long id) {
        return reports.ofAssignment(id);
    }

    @POST
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Lập báo cáo tiến độ (dự thảo)",
            description = "Cán bộ của đơn vị được giao lập dự thảo. Gửi kèm header Idempotency-Key để một yêu cầu lặp lại (do mất mạng) "
                    + "không tạo báo cáo thứ hai: trong 24 giờ, lần lặp nhận lại đúng kết quả lần đầu (201, header Idempotent-Replayed: true); "
                    + "sau đó, lần lặp trả về báo cáo đã tạo (200). Cùng khóa với nội dung khác trả về 422.")
    @APIResponse(responseCode = "201", description = "Đã tạo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "200", description = "Yêu cầu lặp lại sau 24 giờ: báo cáo đã tạo trước đó",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    public Response create(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") ReportDraft draft,
            @Parameter(description = "Khóa chống lặp do máy khách tạo (ví dụ UUID)", example = "7d5e1c9a-3f7b-4a52-9f0e-2b1d6c8a4e10")
            @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 100, message = "Idempotency-Key tối đa 100 ký tự") String key,
            UriInfo uri) {
        ReportService.Created created = reports.create(id, draft, key);
        if (created.replayed()) {
            return Response.ok(created.report()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/reports/" + created.report().id()).build())
                .entity(created.report()).build();
    }
}
