package vn.dondoc.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.audit.AuditHistory.HistoryEntry;
import vn.dondoc.common.security.Roles;
import vn.dondoc.task.TaskDtos.AssignmentPlan;
import vn.dondoc.task.TaskDtos.TaskCounts;
import vn.dondoc.task.TaskDtos.TaskCreate;
import vn.dondoc.task.TaskDtos.TaskDetail;
import vn.dondoc.task.TaskDtos.TaskPage;
import vn.dondoc.task.TaskDtos.TaskUpdate;

@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nhiệm vụ", description = "Nhiệm vụ được giao và các đơn vị chủ trì, phối hợp")
public class TaskResource {

    /** Filters shared by the list and the counts. */
    public static class FilterParams {
        @Parameter(description = "Chỉ nhiệm vụ của văn bản chỉ đạo này")
        @QueryParam("directiveId")
        public Long directiveId;

        @Parameter(description = "Chỉ các nhiệm vụ nằm dưới nút này của cây (ví dụ nhóm II.4)")
        @QueryParam("subtreeOf")
        public Long subtreeOf;

        @Parameter(description = "Chỉ nhiệm vụ mà đơn vị này đang chủ trì hoặc phối hợp (phần việc của đơn vị đã bị hủy thì không tính)")
        @QueryParam("unitId")
        public Long unitId;

        @Parameter(description = "Vai trò của đơn vị (cần unitId, hoặc đơn vị của người gọi)")
        @QueryParam("role")
        public AssignmentRole role;

        @Parameter(description = "Trạng thái chung của nhiệm vụ")
        @QueryParam("status")
        public ProgressStatus status;

        @Parameter(description = "Tình hình thực hiện so với thời hạn, tính theo ngày hôm nay (giờ Việt Nam)")
        @QueryParam("timeliness")
        public Timeliness timeliness;

        @Parameter(description = "Hạn hoàn thành từ ngày (yyyy-MM-dd)", example = "2026-01-01")
        @QueryParam("dueFrom")
        public LocalDate dueFrom;

        @Parameter(description = "Hạn hoàn thành đến ngày (yyyy-MM-dd)", example = "2026-12-31")
        @QueryParam("dueTo")
        public LocalDate dueTo;

        @Parameter(description = "Lĩnh vực, nhóm nhiệm vụ")
        @QueryParam("field")
        @Size(max = 200, message = "Lĩnh vực tối đa 200 ký tự")
        public String field;

        @Parameter(description = "Từ khóa, không phân biệt dấu: 'cong nghiep ho tro' tìm thấy 'công nghiệp hỗ trợ'",
                example = "cong nghiep ho tro")
        @QueryParam("q")
        @Size(max = 200, message = "Từ khóa tối đa 200 ký tự")
        public String q;

        public TaskService.Filter toFilter() {
            return new TaskService.Filter(directiveId, subtreeOf, unitId, role, status, timeliness, dueFrom, dueTo, field, q);
        }
    }

    @Inject
    TaskService tasks;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Danh sách nhiệm vụ",
            description = "Phân trang, lọc và sắp xếp trong cơ sở dữ liệu. Chuyên viên và thủ trưởng đơn vị chỉ thấy nhiệm vụ "
                    + "mà đơn vị mình chủ trì hoặc phối hợp (lọc theo đơn vị khác trả về 403); lãnh đạo, cơ quan theo dõi, "
                    + "giám sát và quản trị thấy toàn bộ. Trạng thái chung của nhiệm vụ suy ra từ các đơn vị chủ trì: tất cả "
                    + "hoàn thành thì hoàn thành; có đơn vị đã bắt đầu thì đang thực hiện; đơn vị đã hủy không được tính.")
    public TaskPage list(
            @Valid @BeanParam FilterParams filter,
            @Parameter(description = "Sắp xếp: <trường>,asc|desc với trường là code, dueDate, status, percentComplete, priority, updatedAt",
                    example = "dueDate,asc")
            @QueryParam("sort") String sort,
            @Parameter(description = "Trang, bắt đầu từ 0") @QueryParam("page") @DefaultValue("0")
            @Min(value = 0, message = "Số trang không được âm") int page,
            @Parameter(description = "Số dòng mỗi trang (1-200)") @QueryParam("size") @DefaultValue("20")
            @Min(value = 1, message = "Số dòng mỗi trang tối thiểu là 1")
            @Max(value = 200, message = "Số dòng mỗi trang tối đa là 200") int size) {
        return tasks.list(filter.toFilter(), sort, page, size);
    }

    @GET
    @Path("/counts")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Đếm nhiệm vụ theo tình hình thực hiện và trạng thái",
            description = "Cùng bộ lọc và phạm vi đơn vị với danh sách nhiệm vụ.")
    public TaskCounts counts(@Valid @BeanParam FilterParams filter) {
        return tasks.counts(filter.toFilter());
    }

    @GET
    @Path("/counts/by-unit")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Đếm nhiệm vụ theo đơn vị và tình hình thực hiện",
            description = "Mỗi đơn vị: số nhiệm vụ được giao (chủ trì hoặc phối hợp, không tính phần việc đã hủy) theo tình hình "
                    + "thực hiện. Cùng bộ lọc với danh sách; đơn vị chỉ thấy dòng của mình.")
    public TaskDtos.UnitCountsPage countsByUnit(@Valid @BeanParam FilterParams filter) {
        return tasks.countsByUnit(filter.toFilter());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Xem một nhiệm vụ", description = "Kèm tiến độ của từng đơn vị được giao. Đơn vị không được giao nhận 403.")
    public TaskDetail get(@PathParam("id") long id) {
        return tasks.get(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Lịch sử thay đổi của nhiệm vụ",
            description = "Mọi thay đổi của nhiệm vụ và các phần việc của nó: ai, khi nào, trường nào từ giá trị nào sang giá trị nào.")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return tasks.history(id);
    }

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Giao nhiệm vụ", description = "Tạo nhiệm vụ và giao cho đơn vị chủ trì, đơn vị phối hợp; giao cho "
            + "một nhóm đơn vị tạo một phần việc cho từng đơn vị của nhóm. Chỉ cơ quan theo dõi và quản trị hệ thống.")
    @APIResponse(responseCode = "201", description = "Đã tạo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskDetail.class)))
    public Response create(@Valid @NotNull(message = "Thiếu nội dung yêu cầu") TaskCreate request, UriInfo uri) {
        TaskDetail created = tasks.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Sửa nhiệm vụ", description = "Gửi kèm `version` đang xem; nếu nhiệm vụ đã bị người khác sửa, trả về 409.")
    public TaskDetail update(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") TaskUpdate request) {
        return tasks.update(id, request);
    }

    @PUT
    @Path("/{id}/assignments")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Giao, điều chỉnh đơn vị thực hiện",
            description = "Đặt danh sách đơn vị (hoặc nhóm) chủ trì và phối hợp. Đơn vị mới được giao; đơn vị bị bỏ ra có phần việc "
                    + "chuyển sang đã hủy, lịch sử được giữ. Gửi kèm `version` của nhiệm vụ.")
    public TaskDetail plan(@PathParam("id") long id,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") AssignmentPlan request) {
        return tasks.plan(id, request);
    }
}
