package vn.dondoc.occurrence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.occurrence.OccurrenceDtos.OccurrenceList;

/** The occurrences of a periodic task; its own class so that JAX-RS matches the longer path first. */
@Path("/api/v1/tasks/{id}/occurrences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nhiệm vụ")
public class TaskOccurrenceResource {

    @Inject
    OccurrenceService occurrences;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Các kỳ của nhiệm vụ định kỳ",
            description = "Mỗi kỳ của chu kỳ (tháng, quý, 6 tháng, năm) có hạn riêng: nếu nhiệm vụ có hạn hoàn thành, đó là hạn "
                    + "của kỳ đầu và các kỳ sau cách nhau một chu kỳ; nếu không, hạn là ngày cuối của mỗi tháng, quý, 6 tháng "
                    + "hoặc năm kể từ kỳ tạo nhiệm vụ. Một đơn vị chủ trì hoàn thành một kỳ vào ngày gửi báo cáo tiến độ được "
                    + "tiếp nhận (mỗi báo cáo tính cho một kỳ, kỳ sớm nhất chưa xong); nhiệm vụ hoàn thành kỳ khi mọi đơn vị "
                    + "chủ trì đã nộp. Tình hình (đúng hạn, quá hạn, trong hạn) xét theo hạn của kỳ. Hạn của phần việc là hạn "
                    + "của kỳ hiện tại. Ai xem được nhiệm vụ thì xem được các kỳ; nhiệm vụ không định kỳ trả về danh sách rỗng.")
    public OccurrenceList list(@PathParam("id") long id) {
        return occurrences.list(id);
    }
}
