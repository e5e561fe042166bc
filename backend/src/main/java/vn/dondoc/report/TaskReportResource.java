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

@Path("/api/v1/tasks/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Báo cáo", description = "Báo cáo tiến độ của đơn vị: dự thảo, ký gửi, tiếp nhận hoặc trả lại")
/** The report timeline of a task; its own class so that JAX-RS matches the longer path first. */
public class TaskReportResource {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    ReportService reports;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Dòng thời gian báo cáo của nhiệm vụ", description = "Các báo cáo của mọi đơn vị trong nhiệm vụ mà người gọi được xem.")
    public List<ReportView> ofTask(@PathParam("id") long id) {
        return reports.ofTask(id);
    }
}
