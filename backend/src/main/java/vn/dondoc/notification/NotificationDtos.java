package vn.dondoc.notification;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API says about in-app notifications. */
public final class NotificationDtos {

    private NotificationDtos() {
    }

    @Schema(name = "Notification", description = "Một thông báo trong ứng dụng của người dùng đang đăng nhập.")
    public record NotificationView(
            @Schema(examples = "15") long id,
            NotificationKind kind,
            @Schema(examples = "Nhắc việc: nhiệm vụ II.1.b còn 3 ngày đến hạn (31/12/2026)") String title,
            @Schema(description = "Nội dung (văn bản thuần)") String body,
            @Schema(description = "Liên kết tới trang liên quan trong ứng dụng web", examples = "http://localhost:5173/tasks/42")
            String link,
            @Schema(description = "Nhiệm vụ liên quan, nếu có", examples = "42") Long taskId,
            Instant createdAt,
            @Schema(description = "Thời điểm đánh dấu đã đọc; null nếu chưa đọc") Instant readAt,
            @Schema(examples = "false") boolean read) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.id, n.kind, n.title, n.body, n.link, n.taskId, n.createdAt, n.readAt, n.readAt != null);
        }
    }

    @Schema(name = "NotificationPage", description = "Một trang thông báo, mới nhất trước.")
    public record NotificationPage(List<NotificationView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "UnreadCount", description = "Số thông báo chưa đọc.")
    public record UnreadCount(@Schema(examples = "3") long count) {
    }

    @Schema(name = "ReadAllResult", description = "Số thông báo vừa được đánh dấu đã đọc.")
    public record ReadAllResult(@Schema(examples = "3") int updated) {
    }
}
