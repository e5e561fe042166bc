package vn.dondoc.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The changes the document-management system is told about (domain.md, issue 7). */
@Schema(name = "EventType", description = """
        Loại sự kiện: TASK_CREATED (tạo nhiệm vụ), TASK_ASSIGNED (giao cho một đơn vị), TASK_REASSIGNED (chuyển \
        phần việc sang đơn vị khác, ví dụ do sáp nhập), ASSIGNMENT_CANCELLED (hủy phần việc của một đơn vị), \
        DUE_DATE_CHANGED (thời hạn của một đơn vị thay đổi), EXTENSION_DECIDED (quyết định về đề nghị gia hạn), \
        REPORT_SUBMITTED / REPORT_ACCEPTED / REPORT_RETURNED (báo cáo tiến độ được gửi / chấp nhận / trả lại), \
        ASSIGNMENT_COMPLETED (phần việc hoàn thành), ASSIGNMENT_OVERDUE (phần việc trở thành quá hạn), \
        ASSIGNMENT_CLOSED_WITH_TASK (phần việc còn mở được đóng theo nhiệm vụ đã hoàn thành hoặc bị hủy), \
        ASSIGNMENT_REOPENED (phần việc mở lại vì nhiệm vụ được mở lại), \
        REPORT_SIGN_OFF_REQUESTED (chuyên viên trình thủ trưởng ký gửi báo cáo), URGING_LETTER_SENT (cơ quan theo dõi gửi \
        công văn đôn đốc cho đơn vị), REMARK_RECORDED (tổ chức giám sát ghi ý kiến giám sát), REMARK_ANSWERED (đơn vị trả \
        lời ý kiến giám sát); sự kiện về ý kiến giám sát chỉ mang mã số, không mang nội dung ý kiến.""")
public enum EventType {
    TASK_CREATED,
    TASK_ASSIGNED,
    TASK_REASSIGNED,
    ASSIGNMENT_CANCELLED,
    DUE_DATE_CHANGED,
    EXTENSION_DECIDED,
    REPORT_SUBMITTED,
    REPORT_ACCEPTED,
    REPORT_RETURNED,
    ASSIGNMENT_COMPLETED,
    ASSIGNMENT_OVERDUE,
    ASSIGNMENT_CLOSED_WITH_TASK,
    ASSIGNMENT_REOPENED,
    REPORT_SIGN_OFF_REQUESTED,
    URGING_LETTER_SENT,
    REMARK_RECORDED,
    REMARK_ANSWERED
}
