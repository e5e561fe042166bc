package vn.dondoc.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.Problem;
import vn.dondoc.common.audit.AuditHistory.HistoryEntry;
import vn.dondoc.common.security.Roles;
import vn.dondoc.unit.UnitDtos.ReorganizationResult;
import vn.dondoc.unit.UnitDtos.UnitCreate;
import vn.dondoc.unit.UnitDtos.UnitPage;
import vn.dondoc.unit.UnitDtos.UnitReorganization;
import vn.dondoc.unit.UnitDtos.UnitUpdate;
import vn.dondoc.unit.UnitDtos.UnitView;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Đơn vị", description = "Danh mục đơn vị: sở, ban, ngành, địa phương")
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    UnitReorganizationService reorganizations;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD,
            Roles.UNIT_OFFICER, Roles.INTEGRATION })
    @Operation(summary = "Danh sách đơn vị", description = "Lọc theo loại, trạng thái và từ khóa (không phân biệt dấu).")
    public UnitPage list(
            @Parameter(description = "Từ khóa: mã, tên hoặc tên viết tắt, có hoặc không dấu", example = "cong thuong")
            @QueryParam("q") String q,
            @QueryParam("type") UnitType type,
            @QueryParam("active") Boolean active,
            @Parameter(description = "Trang, bắt đầu từ 0") @QueryParam("page") @DefaultValue("0")
            @Min(value = 0, message = "Số trang không được âm") int page,
            @Parameter(description = "Số dòng mỗi trang (1-200)") @QueryParam("size") @DefaultValue("50")
            @Min(value = 1, message = "Số dòng mỗi trang tối thiểu là 1")
            @Max(value = 200, message = "Số dòng mỗi trang tối đa là 200") int size) {
        return units.list(q, type, active, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD,
            Roles.UNIT_OFFICER, Roles.INTEGRATION })
    @Operation(summary = "Xem một đơn vị",
            description = "Danh mục đơn vị công khai cho mọi người dùng và cho hệ thống quản lý văn bản (mã đơn vị dùng khi giao nhiệm vụ).")
    public UnitView get(@PathParam("id") long id) {
        return units.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Tạo đơn vị", description = "Chỉ quản trị hệ thống.")
    @APIResponse(responseCode = "201", description = "Đã tạo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response create(@Valid @NotNull(message = "Thiếu nội dung yêu cầu") UnitCreate request, UriInfo uri) {
        UnitView created = units.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Cập nhật đơn vị",
            description = "Chỉ quản trị hệ thống. Gửi kèm `version` đang xem; nếu đơn vị đã bị người khác sửa, trả về 409.")
    public UnitView update(@PathParam("id") long id,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") UnitUpdate request) {
        return units.update(id, request);
    }

    @GET
    @Path("/{id}/history")
    // Who changed the catalogue is for people of the province, not for the document system.
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD,
            Roles.UNIT_OFFICER })
    @Operation(summary = "Lịch sử thay đổi đơn vị",
            description = "Mỗi lần tạo, sửa, đổi tên, sáp nhập: ai thực hiện, khi nào, trường nào đổi từ giá trị nào sang "
                    + "giá trị nào; cũ nhất trước. Tên cũ của đơn vị đã đổi tên được giữ ở đây.")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return units.history(id);
    }

    @POST
    @Path("/{id}/reorganization")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Tổ chức lại đơn vị (đổi tên, sáp nhập, chia tách)",
            description = "Chỉ quản trị hệ thống. RENAME: đổi tên tại chỗ (newName, newShortName); lịch sử giữ tên cũ. "
                    + "MERGE: đơn vị hết hiệu lực từ sau effectiveDate, ngừng hoạt động và ghi nhận đơn vị kế thừa "
                    + "(successorId); trong cùng giao dịch, các phần việc đang mở (chưa thực hiện, đang thực hiện) chuyển sang "
                    + "đơn vị kế thừa. SPLIT: như sáp nhập, nhưng mỗi phần việc đang mở chuyển cho đơn vị kế thừa được chọn "
                    + "trong shares (successorId là đơn vị kế thừa chính); thiếu phần việc nào thì trả về 422 liệt kê các "
                    + "phần việc chưa được giao. Nếu đơn vị kế thừa đã được giao cùng nhiệm vụ, hai phần việc gộp làm một: "
                    + "giữ phần việc chủ trì thay vì phối hợp (cùng vai trò thì giữ phần việc của đơn vị kế thừa), ghi chú "
                    + "đã tiếp nhận phần việc kia; phần việc kia được đóng (hủy, không xóa) với ghi chú trỏ tới phần việc còn "
                    + "lại, báo cáo của cả hai vẫn xem được. Báo cáo định kỳ đến hạn vào ngày effectiveDate trở về sau do đơn "
                    + "vị kế thừa nộp. Trong các nhóm có danh sách cố định, đơn vị kế thừa (chính) thay chỗ đơn vị cũ.")
    @APIResponse(responseCode = "200", description = "Đã tổ chức lại",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReorganizationResult.class)))
    @APIResponse(responseCode = "409", description = "Đơn vị đã ngừng hoạt động, hoặc vừa bị người khác thay đổi",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Chia tách còn phần việc đang mở chưa được giao cho đơn vị kế thừa nào",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReorganizationResult reorganize(@PathParam("id") long id,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") UnitReorganization request) {
        return reorganizations.reorganize(id, request);
    }
}
