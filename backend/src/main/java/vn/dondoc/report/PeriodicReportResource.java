package vn.dondoc.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.report.PeriodicReportDtos.EditRequest;
import vn.dondoc.report.PeriodicReportDtos.PeriodicReportView;
import vn.dondoc.report.ReportDtos.ReportReturn;
import vn.dondoc.report.ReportDtos.ReportReview;

@Path("/api/v1/periodic-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Báo cáo định kỳ", description = "Báo cáo định kỳ theo kỳ của Nghị định 09/2019/NĐ-CP")
public class PeriodicReportResource {

    @Inject
    PeriodicReportService periodic;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Xem báo cáo định kỳ", description = "Đơn vị thấy báo cáo của mình; lãnh đạo, cơ quan theo dõi, giám sát thấy báo cáo đã gửi.")
    public PeriodicReportView get(@PathParam("id") long id) {
        return periodic.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Sửa báo cáo định kỳ", description = "Khi còn là dự thảo hoặc bị trả lại; kèm version (409 nếu cũ).")
    public PeriodicReportView edit(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") EditRequest request) {
        return periodic.edit(id, request);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Ký gửi báo cáo định kỳ", description = "Chỉ thủ trưởng đơn vị; gửi lặp lại với cùng Idempotency-Key trả về kết quả lần đầu.")
    public PeriodicReportView submit(@PathParam("id") long id,
            @Parameter(description = "Khóa chống lặp", example = "4b1f0c2e-8d7a-4e3b-9c5d-1a2b3c4d5e6f")
            @HeaderParam("Idempotency-Key") @Size(max = 100, message = "Idempotency-Key tối đa 100 ký tự") String key) {
        return periodic.submit(id, key);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Tiếp nhận báo cáo định kỳ",
            description = "Cơ quan theo dõi tiếp nhận báo cáo định kỳ đã gửi; gửi kèm version đang xem (nếu không: 409).")
    public PeriodicReportView accept(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") ReportReview review) {
        return periodic.review(id, ReportStatus.ACCEPTED, review.comment(), review.version());
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Trả lại báo cáo định kỳ", description = "Kèm ý kiến bắt buộc.")
    public PeriodicReportView giveBack(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung yêu cầu") ReportReturn review) {
        return periodic.review(id, ReportStatus.RETURNED, review.comment(), review.version());
    }
}
