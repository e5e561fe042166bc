package vn.dondoc.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API says about events, webhook subscriptions and their deliveries. */
public final class EventDtos {

    private EventDtos() {
    }

    @Schema(name = "Event", description = "Một sự kiện: một thay đổi đáng kể của nhiệm vụ. Webhook gửi đúng đối tượng này làm nội dung.")
    public record EventView(
            @Schema(description = "Mã duy nhất của sự kiện (UUID); bên nhận dùng để bỏ qua bản gửi lặp",
                    examples = "3f1c2a9e-8d4b-4c1e-9a57-2b6f0d1e7c44") String id,
            @Schema(description = "Số thứ tự của sự kiện, tăng dần theo thứ tự ghi nhận", examples = "1024") long sequence,
            EventType type,
            @Schema(description = "Thời điểm xảy ra (UTC)", examples = "2026-11-24T08:15:30.123Z") Instant occurredAt,
            @Schema(description = "Nhiệm vụ liên quan", examples = "42") Long taskId,
            @Schema(description = "Phần việc (nhiệm vụ × đơn vị × vai trò) liên quan, nếu có", examples = "108") Long assignmentId,
            @Schema(description = "Mã đơn vị của phần việc, nếu có", examples = "SCT") String unitCode,
            @Schema(type = SchemaType.OBJECT, description = """
                    Dữ liệu của sự kiện: `task` (id, code, externalId, directiveId, content, kind, status, dueDate), \
                    `assignment` (id, unitCode, unitName, role, status, percentComplete, dueDate, completedOn) và chi tiết \
                    theo loại (ví dụ `previousDueDate`, `newDueDate`, `reason` của DUE_DATE_CHANGED; `report` của REPORT_*; \
                    `extensionRequest` của EXTENSION_DECIDED; `fromUnitCode`, `toUnitCode` của TASK_REASSIGNED).""",
                    examples = "{\"task\":{\"id\":42,\"code\":\"II.1.b\",\"content\":\"Đẩy mạnh tuyên truyền\",\"status\":\"IN_PROGRESS\","
                            + "\"dueDate\":\"2026-12-31\"},\"assignment\":{\"id\":108,\"unitCode\":\"SCT\",\"unitName\":\"Sở Công Thương\","
                            + "\"role\":\"LEAD\",\"status\":\"IN_PROGRESS\",\"percentComplete\":40,\"dueDate\":\"2027-01-31\"},"
                            + "\"reason\":\"EXTENSION\",\"previousDueDate\":\"2026-12-31\",\"newDueDate\":\"2027-01-31\"}")
            JsonNode payload) {
    }

    @Schema(name = "EventPage", description = "Một trang của luồng sự kiện, theo thứ tự ghi nhận (commit).")
    public record EventPage(
            List<EventView> events,
            @Schema(description = "Con trỏ để đọc trang sau (`after=`); giữ nguyên nếu chưa có sự kiện mới. Là chuỗi mờ: "
                    + "không tự suy diễn hay tạo ra giá trị", examples = "1024") String nextCursor,
            @Schema(description = "Còn sự kiện để đọc ngay (trang đầy hoặc có sự kiện đang chờ xác nhận thứ tự)",
                    examples = "false") boolean hasMore) {
    }

    @Schema(name = "WebhookSubscriptionCreate", description = "Đăng ký nhận sự kiện qua webhook.")
    public record SubscriptionCreate(
            @NotBlank(message = "Địa chỉ URL là bắt buộc") @Size(max = 2000, message = "URL tối đa 2000 ký tự")
            @Schema(description = "URL nhận sự kiện (http hoặc https), nhận yêu cầu POST",
                    examples = "https://vanban.hatinh.gov.vn/dondoc/webhook") String url,
            @Size(max = 300, message = "Mô tả tối đa 300 ký tự")
            @Schema(examples = "Hệ thống quản lý văn bản và điều hành tỉnh") String description,
            @NotEmpty(message = "Cần chọn ít nhất một loại sự kiện")
            @Schema(description = "Các loại sự kiện muốn nhận", examples = "[\"TASK_ASSIGNED\",\"REPORT_SUBMITTED\"]")
            Set<EventType> eventTypes,
            @NotBlank(message = "Khóa bí mật là bắt buộc") @Size(min = 16, max = 200, message = "Khóa bí mật dài từ 16 đến 200 ký tự")
            @Schema(description = "Khóa bí mật dùng để ký HMAC-SHA256; không bao giờ được trả lại qua API",
                    examples = "whsec_3b9f0c1d2e4a5b6c7d8e") String secret,
            @Schema(description = "Đang hoạt động; mặc định có", examples = "true") Boolean active) {
    }

    @Schema(name = "WebhookSubscriptionUpdate", description = "Sửa một đăng ký webhook. Không gửi `secret` để giữ khóa cũ.")
    public record SubscriptionUpdate(
            @NotBlank(message = "Địa chỉ URL là bắt buộc") @Size(max = 2000, message = "URL tối đa 2000 ký tự")
            @Schema(examples = "https://vanban.hatinh.gov.vn/dondoc/webhook") String url,
            @Size(max = 300, message = "Mô tả tối đa 300 ký tự") String description,
            @NotEmpty(message = "Cần chọn ít nhất một loại sự kiện") Set<EventType> eventTypes,
            @Size(min = 16, max = 200, message = "Khóa bí mật dài từ 16 đến 200 ký tự")
            @Schema(description = "Khóa bí mật mới; bỏ trống để giữ khóa hiện tại") String secret,
            @NotNull(message = "Trạng thái hoạt động là bắt buộc") @Schema(examples = "true") Boolean active,
            @NotNull(message = "Phiên bản (version) là bắt buộc") @Schema(examples = "0") Long version) {
    }

    @Schema(name = "WebhookSubscription", description = "Một đăng ký webhook.")
    public record SubscriptionView(
            @Schema(examples = "3") long id,
            @Schema(examples = "https://vanban.hatinh.gov.vn/dondoc/webhook") String url,
            @Schema(examples = "Hệ thống quản lý văn bản và điều hành tỉnh") String description,
            List<EventType> eventTypes,
            @Schema(description = "Bốn ký tự cuối của khóa bí mật, để nhận biết", examples = "…8e7d") String secretHint,
            @Schema(examples = "true") boolean active,
            @Schema(examples = "quantri") String createdBy,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Số lần gửi đang chờ hoặc đang thử lại", examples = "2") long pendingDeliveries,
            @Schema(description = "Số lần gửi đã bỏ cuộc (cần gửi lại thủ công)", examples = "0") long failedDeliveries,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "WebhookDeliveryStatus", description = "PENDING: chờ gửi hoặc chờ thử lại; SENDING: đang gửi; DELIVERED: "
            + "bên nhận đã trả 2xx; FAILED: đã thử lại quá thời gian tối đa (ít nhất 24 giờ) mà không thành công.")
    public enum DeliveryStatus { PENDING, SENDING, DELIVERED, FAILED }

    @Schema(name = "WebhookDelivery", description = "Việc gửi một sự kiện tới một đăng ký.")
    public record DeliveryView(
            @Schema(examples = "5012") long id,
            @Schema(examples = "3f1c2a9e-8d4b-4c1e-9a57-2b6f0d1e7c44") String eventId,
            EventType eventType,
            @Schema(examples = "1024") long eventSequence,
            @Schema(examples = "42") Long taskId,
            DeliveryStatus status,
            @Schema(description = "Số lần đã thử", examples = "3") int attempts,
            @Schema(description = "Mã trạng thái HTTP lần thử gần nhất", examples = "500") Integer lastStatusCode,
            @Schema(description = "Lỗi lần thử gần nhất", examples = "HTTP 500") String lastError,
            Instant firstAttemptAt,
            Instant lastAttemptAt,
            @Schema(description = "Lần thử tiếp theo (PENDING)") Instant nextAttemptAt,
            Instant deliveredAt,
            Instant createdAt) {
    }

    @Schema(name = "WebhookDeliveryPage", description = "Nhật ký gửi của một đăng ký, mới nhất trước.")
    public record DeliveryPage(List<DeliveryView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "WebhookAttempt", description = "Một lần gửi thử.")
    public record AttemptView(
            Instant attemptedAt,
            @Schema(examples = "500") Integer statusCode,
            @Schema(examples = "HTTP 500") String error,
            @Schema(description = "Thời gian chờ phản hồi (ms)", examples = "35") int durationMs) {
    }

    @Schema(name = "WebhookDeliveryDetail", description = "Một lần gửi, sự kiện được gửi và từng lần thử.")
    public record DeliveryDetail(DeliveryView delivery, EventView event, List<AttemptView> attempts) {
    }
}
