package vn.dondoc.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.event.EventDtos.EventPage;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sự kiện", description = "Luồng sự kiện cho hệ thống quản lý văn bản và điều hành (đọc theo con trỏ)")
public class EventResource {

    @Inject
    EventFeed feed;

    @GET
    @RolesAllowed({ Roles.INTEGRATION, Roles.ADMIN })
    @Operation(summary = "Đọc luồng sự kiện", description = """
            Các sự kiện sau con trỏ `after`, theo thứ tự ghi nhận (commit), mỗi sự kiện đúng một lần qua các trang. \
            Lần đầu không gửi `after` (đọc từ đầu); sau đó gửi `nextCursor` của trang trước. Khi chưa có sự kiện mới, \
            trang rỗng và `nextCursor` giữ nguyên: đọc lại sau. Sự kiện của một giao dịch chưa kết thúc có thể khiến \
            các sự kiện sau nó được trả về chậm hơn một chút, để không bao giờ bị bỏ sót. Dành cho tài khoản tích hợp \
            (vai trò integration) và quản trị hệ thống.""")
    public EventPage list(
            @Parameter(description = "Con trỏ: `nextCursor` của trang trước; bỏ trống để đọc từ đầu", example = "1024")
            @QueryParam("after") String after,
            @Parameter(description = "Số sự kiện tối đa mỗi trang (1-500), mặc định 100", example = "100")
            @QueryParam("limit") Integer limit) {
        return feed.page(after, limit);
    }
}
