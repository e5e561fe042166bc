package vn.dondoc.taskfile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.task.TaskResource;

@Path("/api/v1/tasks/export")
@Tag(name = "Nhiệm vụ", description = "Nhiệm vụ được giao và các đơn vị chủ trì, phối hợp")
public class TaskFileResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TaskFileService files;

    @GET
    @Produces({ XLSX, "text/csv", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Xuất danh sách nhiệm vụ (Excel, CSV)",
            description = "Cùng bộ lọc và phạm vi với danh sách nhiệm vụ (đơn vị chỉ xuất được nhiệm vụ của mình). Các cột đầu là "
                    + "đúng các cột mà chức năng nhập nhiệm vụ đọc (Mã nhiệm vụ, Mã nhiệm vụ cha, Nội dung nhiệm vụ, Loại nhiệm vụ, "
                    + "Chu kỳ, Hạn hoàn thành dd/MM/yyyy, Lĩnh vực, Mức ưu tiên, Sản phẩm đầu ra, Cấp trình, Đơn vị chủ trì và Đơn vị "
                    + "phối hợp là mã đơn vị cách nhau bởi dấu ;); sau đó là Trạng thái, Tiến độ (%), Tình hình thực hiện để xem, "
                    + "khi nhập được bỏ qua. CSV mã hóa UTF-8 có BOM để Excel mở đúng tiếng Việt.")
    @APIResponse(responseCode = "200", description = "Tệp Excel hoặc CSV", content = {
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response export(@Valid @BeanParam TaskResource.FilterParams filter,
            @Parameter(description = "Sắp xếp như danh sách nhiệm vụ", example = "code,asc") @QueryParam("sort") String sort,
            @Parameter(description = "xlsx (mặc định) hoặc csv", example = "xlsx") @QueryParam("format") @DefaultValue("xlsx")
            String format) {
        TaskFileService.File file = files.export(filter.toFilter(), sort, format);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
