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

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Báo cáo", description = "Báo cáo tiến độ của đơn vị: dự thảo, ký gửi, tiếp nhận hoặc trả lại")
public class ReportResource {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    ReportService reports;

    @GET
        @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Danh sách báo cáo, hàng đợi xem xét",
            description = "Mới gửi trước. Cơ quan theo dõi lọc status=SUBMITTED để xem hàng đợi; đơn vị chỉ thấy báo cáo của mình và "
                    + "của đơn vị phối hợp trong nhiệm vụ mình chủ trì.")
    public ReportPage list(@QueryParam("status") ReportStatus status, @QueryParam("unitId") Long unitId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Số trang không được âm") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Số dòng mỗi trang tối thiểu là 1")
            @Max(value = 200, message = "Số dòng mỗi trang tối đa là 200") int size) {
        return reports.list(status, unitId, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Xem một báo cáo",
            description = "Đơn vị xem báo cáo của đơn vị mình (đơn vị chủ trì xem cả báo cáo đã gửi của đơn vị phối hợp); lãnh đạo, cơ quan theo dõi, giám sát xem báo cáo đã gửi.")
    public ReportView get(@PathParam("id") long id) {
        return reports.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Sửa báo cáo", description = "Khi còn là dự thảo hoặc đã bị trả lại. Gửi kèm version; phiên bản cũ trả về 409.")
    public ReportView update(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") ReportDraft draft) {
        return reports.update(id, draft);
    }

    @POST
    @Path("/{id}/sign-off-request")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Trình ký báo cáo",
            description = "Chuyên viên trình thủ trưởng đơn vị ký gửi báo cáo (dự thảo hoặc bị trả lại): thủ trưởng nhận thông báo. "
                    + "Báo cáo không đổi; báo cáo đã gửi: 409.")
    public ReportView requestSignOff(@PathParam("id") long id) {
        return reports.requestSignOff(id);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Ký gửi báo cáo",
            description = "Chỉ thủ trưởng đơn vị. Với Idempotency-Key, gửi lặp lại trả về đúng kết quả lần đầu, không tạo thay đổi mới.")
    public ReportView submit(@PathParam("id") long id,
            @Parameter(description = "Khóa chống lặp", example = "c0a8012e-5b7f-4c1e-9d0a-6f2e8b3d1a47")
            @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 100, message = "Idempotency-Key tối đa 100 ký tự") String key) {
        return reports.submit(id, key);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Tiếp nhận báo cáo",
            description = "Cơ quan theo dõi tiếp nhận. Nếu đơn vị đề nghị xác nhận hoàn thành, phần việc chuyển sang hoàn thành với ngày "
                    + "gửi báo cáo (căn cứ đúng hạn hay quá hạn); nếu không, tiến độ của phần việc lấy theo báo cáo.")
    public ReportView accept(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") ReportReview review) {
        return reports.accept(id, review);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Trả lại báo cáo", description = "Kèm ý kiến bắt buộc; đơn vị sửa và gửi lại.")
    public ReportView giveBack(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") ReportReturn review) {
        return reports.giveBack(id, review);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Đính kèm tệp",
            description = "PDF, DOCX, XLSX, ODT, PNG, JPEG; loại tệp xác định từ nội dung, không theo tên; tối đa 20 MB (cấu hình). "
                    + "Tệp sai loại: 415; quá lớn: 413.")
    @APIResponse(responseCode = "201", description = "Đã lưu",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public Response attach(@PathParam("id") long id, @RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalid("file", "Cần chọn tệp để tải lên (trường 'file')");
        }
        return Response.status(201).entity(reports.attach(id, file.uploadedFile(), file.fileName())).build();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces({ MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Tải tệp đính kèm", description = "Chỉ người được xem báo cáo.")
    @APIResponse(responseCode = "200", description = "Nội dung tệp",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        ReportService.Download download = reports.download(id, attachmentId);
        String encoded = URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(download.path().toFile(), download.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Xóa tệp đính kèm", description = "Khi báo cáo còn là dự thảo hoặc bị trả lại.")
    @APIResponse(responseCode = "204", description = "Đã xóa")
    public void detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        reports.detach(id, attachmentId);
    }
}
