package vn.dondoc.remark;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.Roles;
import vn.dondoc.remark.RemarkDtos.AnswerCreate;
import vn.dondoc.remark.RemarkDtos.RemarkUpdate;
import vn.dondoc.remark.RemarkDtos.RemarkView;
import vn.dondoc.remark.RemarkDtos.UnitCount;

/** One supervision remark: answers, edits, its file; and the counts per unit. */
@Path("/api/v1/remarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ý kiến giám sát")
public class RemarkResource {

    @Inject
    RemarkService remarks;

    @GET
    @Path("/counts-by-unit")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Số ý kiến giám sát theo đơn vị",
            description = "Mỗi đơn vị có ý kiến: số ý kiến về phần việc của đơn vị, về cả nhiệm vụ đơn vị được giao, và số chưa trả "
                    + "lời. Đơn vị chỉ xem số của mình; hỏi đơn vị khác: 403.")
    public List<UnitCount> countsByUnit(
            @Parameter(description = "Chỉ các nhiệm vụ của văn bản chỉ đạo này", example = "3") @QueryParam("directiveId") Long directiveId,
            @Parameter(description = "Chỉ một đơn vị", example = "5") @QueryParam("unitId") Long unitId) {
        return remarks.countsByUnit(directiveId, unitId);
    }

    @POST
    @Path("/{id}/answers")
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Trả lời ý kiến giám sát",
            description = "Chỉ chuyên viên và thủ trưởng của đơn vị được góp ý (ý kiến về cả nhiệm vụ: đơn vị được giao nhiệm vụ). "
                    + "Tổ chức giám sát và cơ quan theo dõi nhận thông báo. Trả về ý kiến kèm mọi trả lời.")
    @APIResponse(responseCode = "201", description = "Đã trả lời",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemarkView.class)))
    public Response answer(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") AnswerCreate request) {
        return Response.status(201).entity(remarks.answer(id, request)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Sửa ý kiến hoặc trả lời",
            description = "Chỉ tác giả; gửi kèm version đã đọc, phiên bản cũ trả về 409. Trả về ý kiến kèm mọi trả lời.")
    public RemarkView update(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") RemarkUpdate request) {
        return remarks.update(id, request);
    }

    @POST
    @Path("/{id}/attachment")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Đính kèm tệp vào ý kiến hoặc trả lời",
            description = "Chỉ tác giả; một tệp, thay tệp cũ nếu có. PDF, DOCX, XLSX, ODT, PNG, JPEG; loại tệp xác định từ nội dung; "
                    + "tối đa 20 MB (cấu hình). Tệp sai loại: 415; quá lớn: 413.")
    public RemarkView attach(@PathParam("id") long id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalid("file", "Cần chọn tệp để tải lên (trường 'file')");
        }
        return remarks.attach(id, file.uploadedFile(), file.fileName());
    }

    @GET
    @Path("/{id}/attachment")
    @Produces({ MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Tải tệp đính kèm của ý kiến", description = "Chỉ người được xem ý kiến.")
    @APIResponse(responseCode = "200", description = "Nội dung tệp",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") long id) {
        RemarkService.Download download = remarks.download(id);
        String encoded = URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(download.path().toFile(), download.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
