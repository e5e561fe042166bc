package vn.dondoc.deadline;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.deadline.DeadlineDtos.ExtensionDecision;
import vn.dondoc.deadline.DeadlineDtos.ExtensionRequestPage;
import vn.dondoc.deadline.DeadlineDtos.ExtensionRequestView;
import vn.dondoc.deadline.DeadlineDtos.ExtensionWithdrawal;

@Path("/api/v1/extension-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Thời hạn và gia hạn", description = "Lịch thời hạn, đề nghị gia hạn và quyết định gia hạn, lịch sử thời hạn")
public class ExtensionRequestResource {

    @Inject
    ExtensionService extensions;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Danh sách đề nghị gia hạn",
            description = "Hàng đợi quyết định của cơ quan theo dõi và lãnh đạo (status=PENDING). Đơn vị chỉ thấy đề nghị của mình.")
    public ExtensionRequestPage list(
            @Parameter(description = "Trạng thái", example = "PENDING") @QueryParam("status") ExtensionStatus status,
            @Parameter(description = "Đơn vị") @QueryParam("unitId") Long unitId,
            @Parameter(description = "Nhiệm vụ") @QueryParam("taskId") Long taskId,
            @Parameter(description = "Trang, bắt đầu từ 0") @QueryParam("page") @DefaultValue("0")
            @Min(value = 0, message = "Số trang không được âm") int page,
            @Parameter(description = "Số dòng mỗi trang (1-200)") @QueryParam("size") @DefaultValue("20")
            @Min(value = 1, message = "Số dòng mỗi trang tối thiểu là 1")
            @Max(value = 200, message = "Số dòng mỗi trang tối đa là 200") int size) {
        return extensions.list(status, unitId, taskId, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Xem một đề nghị gia hạn",
            description = "Đơn vị chỉ xem đề nghị gia hạn của phần việc đơn vị mình; lãnh đạo, cơ quan theo dõi, giám sát xem mọi đề nghị.")
    public ExtensionRequestView get(@PathParam("id") long id) {
        return extensions.get(id);
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({ Roles.COORDINATOR, Roles.LEADER })
    @Operation(summary = "Quyết định gia hạn",
            description = "Cơ quan theo dõi hoặc lãnh đạo UBND tỉnh chấp thuận (có thể với ngày khác ngày đề nghị, phải sau hạn hiện tại) "
                    + "hoặc không chấp thuận (cần lý do). Chấp thuận: hạn của đơn vị đổi, lịch sử thời hạn ghi lại; với đơn vị chủ trì, "
                    + "hạn của nhiệm vụ theo hạn muộn nhất của các đơn vị chủ trì. Đề nghị đã được quyết định hoặc phiên bản cũ: 409.")
    public ExtensionRequestView decide(@PathParam("id") long id,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") ExtensionDecision decision) {
        return extensions.decide(id, decision);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(summary = "Rút đề nghị gia hạn", description = "Đơn vị rút đề nghị đang chờ quyết định của mình.")
    public ExtensionRequestView withdraw(@PathParam("id") long id,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") ExtensionWithdrawal withdrawal) {
        return extensions.withdraw(id, withdrawal);
    }
}
