package vn.dondoc.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Loại thông báo: DUE_REMINDER (nhắc trước hạn), DUE_TODAY (đến hạn hôm nay), OVERDUE_ESCALATION (cảnh báo quá "
        + "hạn hằng tuần, gửi thủ trưởng đơn vị), OVERDUE_WEEKLY_LIST (danh sách nhiệm vụ quá hạn toàn tỉnh hằng tuần, gửi cơ "
        + "quan theo dõi), DAILY_DIGEST (thư tổng hợp hằng ngày, chỉ gửi thư), "
        + "EXTENSION_REQUESTED (đơn vị đề nghị gia hạn), EXTENSION_DECIDED (đã quyết định gia hạn), GENERAL (thông báo khác), "
        + "TASK_ASSIGNED (đơn vị được giao nhiệm vụ hoặc phần việc), REPORT_SIGN_OFF_REQUESTED (báo cáo chờ thủ trưởng ký gửi), "
        + "REPORT_SUBMITTED (báo cáo chờ cơ quan theo dõi xem xét), REPORT_RETURNED (báo cáo bị trả lại, kèm ý kiến), "
        + "REPORT_ACCEPTED (báo cáo được tiếp nhận), URGING_LETTER (đơn vị nhận công văn đôn đốc), "
        + "SUPERVISION_REMARK (ý kiến giám sát mới), REMARK_ANSWERED (đơn vị trả lời ý kiến giám sát)")
public enum NotificationKind {
    DUE_REMINDER, DUE_TODAY, OVERDUE_ESCALATION, OVERDUE_WEEKLY_LIST, DAILY_DIGEST, EXTENSION_REQUESTED, EXTENSION_DECIDED, GENERAL,
    TASK_ASSIGNED, REPORT_SIGN_OFF_REQUESTED, REPORT_SUBMITTED, REPORT_RETURNED, REPORT_ACCEPTED, URGING_LETTER, SUPERVISION_REMARK,
    REMARK_ANSWERED
}
