package vn.dondoc.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.dondoc.notification.NotificationDtos.NotificationPage;
import vn.dondoc.notification.NotificationDtos.NotificationView;
import vn.dondoc.notification.NotificationDtos.ReadAllResult;
import vn.dondoc.notification.NotificationDtos.UnreadCount;

/** The caller's own in-app notifications: every person sees only theirs. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Thông báo", description = "Thông báo trong ứng dụng: nhắc hạn, cảnh báo quá hạn và các thông báo khác gửi cho tôi")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Thông báo của tôi", description = "Mới nhất trước; unreadOnly=true chỉ lấy thông báo chưa đọc.")
    public NotificationPage mine(
            @Parameter(description = "Chỉ lấy thông báo chưa đọc", example = "true") @QueryParam("unreadOnly") @DefaultValue("false")
            boolean unreadOnly,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Số trang không được âm") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Số dòng mỗi trang tối thiểu là 1")
            @Max(value = 200, message = "Số dòng mỗi trang tối đa là 200") int size) {
        return notifications.mine(unreadOnly, page, size);
    }

    @GET
    @Path("/unread-count")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Số thông báo chưa đọc của tôi",
            description = "Dùng cho biểu tượng chuông của ứng dụng web; chỉ đếm thông báo của chính người gọi.")
    public UnreadCount unreadCount() {
        return notifications.unreadCount();
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Đánh dấu một thông báo đã đọc",
            description = "Gọi lại với thông báo đã đọc không thay đổi gì. Thông báo của người khác trả về 404.")
    public NotificationView read(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("/read-all")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Đánh dấu mọi thông báo của tôi đã đọc",
            description = "Chỉ thông báo của chính người gọi; trả về số thông báo vừa được đánh dấu.")
    public ReadAllResult readAll() {
        return notifications.markAllRead();
    }
}
