package vn.dondoc.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Loại thông báo: DUE_REMINDER (nhắc trước hạn), DUE_TODAY (đến hạn hôm nay), OVERDUE_ESCALATION (cảnh báo quá "
        + "hạn hằng tuần, gửi thủ trưởng đơn vị), OVERDUE_WEEKLY_LIST (danh sách nhiệm vụ quá hạn toàn tỉnh hằng tuần, gửi cơ "
        + "quan theo dõi), DAILY_DIGEST (thư tổng hợp hằng ngày, chỉ gửi thư), "
        + "EXTENSION_REQUESTED (đơn vị đề nghị gia hạn), EXTENSION_DECIDED (đã quyết định gia hạn), GENERAL (thông báo khác)")
public enum NotificationKind {
    DUE_REMINDER, DUE_TODAY, OVERDUE_ESCALATION, OVERDUE_WEEKLY_LIST, DAILY_DIGEST, EXTENSION_REQUESTED, EXTENSION_DECIDED, GENERAL
}
