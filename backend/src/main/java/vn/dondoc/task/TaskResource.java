package vn.dondoc.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.task.TaskDtos.TaskCreate;
import vn.dondoc.task.TaskDtos.TaskDetail;
import vn.dondoc.task.TaskDtos.TaskPage;

@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nhiệm vụ", description = "Nhiệm vụ được giao và các đơn vị chủ trì, phối hợp")
public class TaskResource {

    @Inject
    TaskService tasks;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Danh sách nhiệm vụ",
            description = "Phân trang, lọc và sắp xếp trong cơ sở dữ liệu. Chuyên viên và thủ trưởng đơn vị chỉ thấy nhiệm vụ "
                    + "mà đơn vị mình chủ trì hoặc phối hợp (lọc theo đơn vị khác trả về 403); lãnh đạo, cơ quan theo dõi, "
                    + "giám sát và quản trị thấy toàn bộ.")
    public TaskPage list(
            @Parameter(description = "Chỉ nhiệm vụ của văn bản chỉ đạo này") @QueryParam("directiveId") Long directiveId,
            @Parameter(description = "Chỉ nhiệm vụ mà đơn vị này chủ trì hoặc phối hợp") @QueryParam("unitId") Long unitId,
            @Parameter(description = "Trạng thái chung của nhiệm vụ") @QueryParam("status") ProgressStatus status,
            @Parameter(description = "Từ khóa, không phân biệt dấu: 'cong nghiep ho tro' tìm thấy 'công nghiệp hỗ trợ'",
                    example = "cong nghiep ho tro")
            @QueryParam("q") @Size(max = 200, message = "Từ khóa tối đa 200 ký tự") String q,
            @Parameter(description = "Sắp xếp: <trường>,asc|desc với trường là code, dueDate, status, percentComplete, updatedAt",
                    example = "dueDate,asc")
            @QueryParam("sort") String sort,
            @Parameter(description = "Trang, bắt đầu từ 0") @QueryParam("page") @DefaultValue("0")
            @Min(value = 0, message = "Số trang không được âm") int page,
            @Parameter(description = "Số dòng mỗi trang (1-200)") @QueryParam("size") @DefaultValue("20")
            @Min(value = 1, message = "Số dòng mỗi trang tối thiểu là 1")
            @Max(value = 200, message = "Số dòng mỗi trang tối đa là 200") int size) {
        return tasks.list(new TaskService.Filter(directiveId, unitId, status, q), sort, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Xem một nhiệm vụ", description = "Kèm tiến độ của từng đơn vị được giao. Đơn vị không được giao nhận 403.")
    public TaskDetail get(@PathParam("id") long id) {
        return tasks.get(id);
    }

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Giao nhiệm vụ", description = "Tạo nhiệm vụ và giao cho đơn vị chủ trì, đơn vị phối hợp. "
            + "Chỉ cơ quan theo dõi và quản trị hệ thống.")
    @APIResponse(responseCode = "201", description = "Đã tạo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskDetail.class)))
    public Response create(@Valid @NotNull(message = "Thiếu nội dung yêu cầu") TaskCreate request, UriInfo uri) {
        TaskDetail created = tasks.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
