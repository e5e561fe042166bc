package vn.dondoc.calendarfeed;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.calendarfeed.CalendarFeedService.Feed;
import vn.dondoc.common.Problem;

/**
 * The feed calendar apps subscribe to. They cannot send a bearer token, so the secret in the path is the
 * credential: no role is asked, an unknown or revoked secret is a 404.
 */
@Path("/api/v1/calendar-feeds")
@Tag(name = "Lịch hạn nhiệm vụ")
public class CalendarFeedIcsResource {

    public static final String CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    CalendarFeedService feeds;

    @GET
    @Path("/{token}.ics")
    @PermitAll
    @Produces({ CALENDAR, MediaType.APPLICATION_JSON })
    @Operation(summary = "Lịch hạn nhiệm vụ của một đơn vị (iCalendar)",
            description = "Không dùng access token: mã bí mật trong đường dẫn là thông tin xác thực (tạo tại POST "
                    + "/api/v1/me/calendar-feed). Mỗi phần việc chưa hoàn thành có hạn của đơn vị là một sự kiện cả ngày vào "
                    + "ngày đến hạn, mỗi kỳ báo cáo định kỳ phải gửi là một sự kiện vào hạn gửi; nhắc lúc 9 giờ hôm trước. "
                    + "Mã không đúng hoặc đã thu hồi: 404.",
            extensions = @Extension(name = "x-dondoc-auth", value = "token-in-path"))
    @APIResponse(responseCode = "200", description = "Lịch dạng iCalendar (RFC 5545)",
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Mã bí mật không đúng hoặc đã bị thu hồi",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response feed(
            @Parameter(description = "Mã bí mật của đường dẫn lịch", example = "k3Jx9QwE2bT7yUcVnR1sLpA0dZfGhJkMqWeRtYuIoP4")
            @PathParam("token") String token) {
        Feed feed = feeds.feed(token);
        return Response.ok(feed.ics(), CALENDAR)
                .header("Content-Disposition", "inline; filename=\"dondoc-" + feed.unitCode().toLowerCase(java.util.Locale.ROOT) + ".ics\"")
                .header("Cache-Control", "private, no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
