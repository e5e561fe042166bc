package vn.dondoc.calendarfeed;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.unit.UnitDtos.UnitRef;

public final class CalendarFeedDtos {

    private CalendarFeedDtos() {
    }

    @Schema(name = "CalendarFeedCreate", description = "Tạo (hoặc đổi) đường dẫn lịch. Cán bộ đơn vị: luôn là đơn vị của mình; "
            + "cơ quan theo dõi, lãnh đạo, giám sát, quản trị: chọn đơn vị, mặc định là đơn vị của tài khoản.")
    public record CalendarFeedCreate(
            @Schema(description = "Đơn vị mà lịch theo dõi", examples = "2") Long unitId) {
    }

    @Schema(name = "CalendarFeed", description = "Lịch hạn nhiệm vụ (.ics) của người dùng. Đường dẫn bí mật chỉ hiện một lần, "
            + "khi tạo; ở đây chỉ có vài ký tự đầu để nhận ra.")
    public record CalendarFeedView(
            @Schema(description = "Có đường dẫn đang dùng được hay không", examples = "true") boolean active,
            @Schema(description = "Đơn vị mà lịch theo dõi") UnitRef unit,
            @Schema(description = "Vài ký tự đầu của mã bí mật", examples = "k3Jx9QwE") String tokenHint,
            @Schema(examples = "2026-11-24T08:30:00Z") Instant createdAt,
            @Schema(description = "Lần cuối ứng dụng lịch tải về", examples = "2026-11-24T09:00:00Z") Instant lastUsedAt,
            @Schema(description = "Số lần đã tải", examples = "12") long useCount,
            @Schema(description = "Hết hiệu lực lúc này; sau đó cần tạo đường dẫn mới", examples = "2027-11-24T08:30:00Z")
            Instant expiresAt) {

        static CalendarFeedView of(CalendarFeedToken token, Instant expiresAt) {
            return new CalendarFeedView(true, UnitRef.of(token.unit), token.tokenHint, token.createdAt, token.lastUsedAt,
                    token.useCount, expiresAt);
        }

        static CalendarFeedView none() {
            return new CalendarFeedView(false, null, null, null, null, 0, null);
        }
    }

    @Schema(name = "CalendarFeedCreated", description = "Đường dẫn lịch vừa tạo: mã bí mật nằm trong đường dẫn, chỉ hiện lần này. "
            + "Ai có đường dẫn đều xem được lịch; nếu lộ, hãy tạo lại hoặc thu hồi.")
    public record CalendarFeedCreated(
            UnitRef unit,
            @Schema(description = "Đường dẫn đăng ký lịch (https)",
                    examples = "https://dondoc.hatinh.gov.vn/api/v1/calendar-feeds/k3Jx9QwE2b...ics") String url,
            @Schema(description = "Cùng đường dẫn với giao thức webcal:// để mở thẳng ứng dụng lịch",
                    examples = "webcal://dondoc.hatinh.gov.vn/api/v1/calendar-feeds/k3Jx9QwE2b...ics") String webcalUrl,
            @Schema(examples = "k3Jx9QwE") String tokenHint,
            @Schema(examples = "2026-11-24T08:30:00Z") Instant createdAt,
            @Schema(description = "Hết hiệu lực lúc này", examples = "2027-11-24T08:30:00Z") Instant expiresAt) {
    }
}
