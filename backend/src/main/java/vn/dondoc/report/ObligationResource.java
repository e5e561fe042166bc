package vn.dondoc.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.report.ObligationService.Obligations;

@Path("/api/v1/me/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Báo cáo")
public class ObligationResource {

    @Inject
    ObligationService obligations;

    @GET
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Việc phải báo cáo của đơn vị tôi",
            description = "Phần việc đang thực hiện chưa có báo cáo tiến độ gửi trong quý hiện tại, báo cáo định kỳ sắp hoặc đã "
                    + "đến hạn chưa nộp, và báo cáo bị trả lại.")
    public Obligations mine() {
        return obligations.mine();
    }
}
