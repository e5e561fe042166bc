package vn.dondoc.importer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.Roles;
import vn.dondoc.importer.ImportDtos.AcceptResult;
import vn.dondoc.importer.ImportDtos.ImportAccept;
import vn.dondoc.importer.ImportDtos.ImportEdit;
import vn.dondoc.importer.ImportDtos.ImportList;
import vn.dondoc.importer.ImportDtos.ImportView;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nhập chương trình", description = "Đọc văn bản chương trình (DOCX, văn bản thuần) thành cây nhiệm vụ đề xuất để rà soát và chấp nhận")
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
public class ImportResource {

    @Inject
    ImportService imports;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Tải lên văn bản chương trình",
            description = "Tệp .docx hoặc .txt (UTF-8), nhận dạng theo nội dung. Văn bản được đọc trong nền: bản nhập trả về có trạng thái "
                    + "QUEUED; xem lại bản nhập để theo dõi RUNNING với tiến độ (%) đến READY (chờ rà soát) hoặc FAILED (lý do trong error). "
                    + "Với directiveId: nhập lại văn bản đã sửa vào văn bản đang theo dõi, bản nhập kèm khác biệt (thêm, sửa, bỏ). "
                    + "Chỉ cơ quan theo dõi và quản trị.")
    @APIResponse(responseCode = "202", description = "Đã nhận, đang chờ đọc",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    public Response upload(
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @RestForm("directiveId") @Schema(description = "Nhập lại vào văn bản chỉ đạo này", examples = "3") Long directiveId) {
        if (file == null) {
            throw ProblemException.invalid("file", "Cần chọn tệp để tải lên (trường 'file')");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.status(202).entity(imports.upload(content, file.fileName(), directiveId)).build();
    }

    @GET
    @Operation(summary = "Các bản nhập gần đây", description = "50 bản mới nhất.")
    public ImportList list() {
        return imports.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Xem bản nhập", description = "Văn bản đề xuất, chuỗi văn bản được triển khai, cây nhiệm vụ với dòng nguồn, "
            + "đơn vị khớp danh mục và độ tin cậy, thời hạn, nghĩa vụ báo cáo, cảnh báo; khác biệt khi nhập lại.")
    public ImportView get(@PathParam("id") long id) {
        return imports.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Sửa bản nhập", description = "Sửa văn bản đề xuất và bất kỳ trường nào của nhiệm vụ, chọn đơn vị cho các "
            + "đơn vị chưa chắc chắn; version phải là phiên bản đang xem (nếu không: 409).")
    public ImportView edit(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") ImportEdit request) {
        return imports.edit(id, request);
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Chấp nhận bản nhập", description = "Tạo văn bản chỉ đạo (và các văn bản được triển khai chưa có) cùng toàn bộ "
            + "nhiệm vụ trong một giao dịch theo đúng quy tắc giao việc, cùng lịch báo cáo định kỳ từ phần Tổ chức thực hiện; lỗi ở bất kỳ nhiệm vụ nào thì không tạo gì. Mọi đơn vị phải "
            + "đã được xác định. Khi nhập lại: thêm nhiệm vụ mới, cập nhật nhiệm vụ thay đổi; nhiệm vụ không còn trong văn bản được giữ nguyên.")
    public AcceptResult accept(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") ImportAccept request) {
        return imports.accept(id, request);
    }
}
