package vn.dondoc.calendarfeed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.calendarfeed.CalendarFeedDtos.CalendarFeedCreate;
import vn.dondoc.calendarfeed.CalendarFeedDtos.CalendarFeedCreated;
import vn.dondoc.calendarfeed.CalendarFeedDtos.CalendarFeedView;
import vn.dondoc.common.security.Roles;

/** The signed-in user's calendar feed: see it, create (or change) its secret URL, revoke it. */
@Path("/api/v1/me/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lịch hạn nhiệm vụ", description = "Đăng ký lịch .ics (hạn nhiệm vụ, hạn báo cáo) vào ứng dụng lịch")
public class CalendarFeedResource {

    @Inject
    CalendarFeedService feeds;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Lịch hạn nhiệm vụ của tôi",
            description = "Đường dẫn lịch đang dùng (không kèm mã bí mật), đơn vị mà lịch theo dõi, lần tải gần nhất.")
    public CalendarFeedView mine() {
        return feeds.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Tạo đường dẫn lịch mới",
            description = "Trả về đường dẫn bí mật một lần duy nhất (chỉ lưu giá trị băm SHA-256); đường dẫn cũ của người dùng "
                    + "bị thu hồi ngay. Cán bộ đơn vị: lịch của đơn vị mình; cơ quan theo dõi, lãnh đạo, giám sát, quản trị: "
                    + "đơn vị tùy chọn (mặc định đơn vị của tài khoản).")
    @RequestBody(required = false)
    @APIResponse(responseCode = "201", description = "Đã tạo: đường dẫn bí mật, chỉ hiện lần này",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarFeedCreated.class)))
    public Response create(CalendarFeedCreate request) {
        CalendarFeedCreated created = feeds.create(request, uriInfo.getBaseUri());
        return Response.status(201).entity(created).build();
    }

    @DELETE
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Thu hồi đường dẫn lịch", description = "Đường dẫn hiện tại không dùng được nữa (404) ngay lập tức.")
    @APIResponse(responseCode = "204", description = "Đã thu hồi")
    public void revoke() {
        feeds.revoke();
    }
}
