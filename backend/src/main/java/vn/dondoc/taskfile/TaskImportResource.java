package vn.dondoc.taskfile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.Roles;
import vn.dondoc.taskfile.TaskFileDtos.ImportResult;

@Path("/api/v1/directives/{id}/task-import")
@Tag(name = "Nhiệm vụ", description = "Nhiệm vụ được giao và các đơn vị chủ trì, phối hợp")
public class TaskImportResource {

    private static final long MAX_FILE = 5L * 1024 * 1024;

    @Inject
    TaskFileService files;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Nhập nhiệm vụ từ tệp Excel/CSV",
            description = "Tệp có các cột như tệp xuất danh sách nhiệm vụ. Mặc định chỉ kiểm tra (dryRun=true): trả về mọi lỗi "
                    + "(dòng, cột, lý do) mà không ghi gì. Với dryRun=false, tệp còn lỗi bị từ chối (400, liệt kê lỗi theo dòng); "
                    + "tệp hợp lệ được nhập toàn bộ trong một giao dịch, theo đúng các quy tắc giao nhiệm vụ (lỗi ở bất kỳ dòng nào "
                    + "thì không nhiệm vụ nào được tạo). Nhiệm vụ cha phải có trong văn bản hoặc ở dòng phía trên. Tối đa 5 MB, "
                    + "5000 dòng. Chỉ cơ quan theo dõi và quản trị hệ thống.")
    public ImportResult importTasks(@PathParam("id") long directiveId,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @Parameter(description = "Chỉ kiểm tra, không ghi", example = "true") @QueryParam("dryRun") @DefaultValue("true")
            boolean dryRun) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "Chưa chọn tệp");
        }
        if (file.size() > MAX_FILE) {
            throw ProblemException.invalid("file", "Tệp lớn hơn 5 MB");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.importTasks(directiveId, content, dryRun);
    }
}
