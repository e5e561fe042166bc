package vn.dondoc.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.unit.UnitDtos.UnitRef;

public final class ReportDtos {

    private ReportDtos() {
    }

    @Schema(name = "ReportAttachment", description = "Tệp đính kèm báo cáo.")
    public record AttachmentView(
            @Schema(examples = "7") long id,
            @Schema(examples = "Bao-cao-quy-IV-2026.pdf") String fileName,
            @Schema(description = "Kiểu tệp xác định từ nội dung", examples = "application/pdf") String contentType,
            @Schema(examples = "184320") long sizeBytes,
            @Schema(description = "SHA-256 của nội dung", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            @Schema(examples = "chuyenvien.stttt") String uploadedBy,
            Instant createdAt) {

        static AttachmentView of(ReportAttachment a) {
            return new AttachmentView(a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.createdAt);
        }
    }

    @Schema(name = "ProgressReport", description = "Báo cáo tiến độ của một đơn vị về phần việc được giao.")
    public record ReportView(
            @Schema(examples = "15") long id,
            @Schema(examples = "301") long assignmentId,
            @Schema(examples = "42") long taskId,
            @Schema(examples = "II.1.b") String taskCode,
            UnitRef unit,
            AssignmentRole role,
            ReportStatus status,
            @Schema(description = "Công việc đã thực hiện", examples = "Đã ban hành Kế hoạch tuyên truyền số 120/KH-STTTT; phối hợp Báo Hà Tĩnh mở chuyên mục.") String workDone,
            @Schema(description = "Kết quả đạt được", examples = "12 tin, bài; 3 phóng sự trên Đài PT-TH tỉnh.") String results,
            @Schema(examples = "60") int percentComplete,
            @Schema(description = "Khó khăn, vướng mắc", examples = "Kinh phí tuyên truyền còn hạn chế.") String difficulties,
            @Schema(description = "Đề xuất, kiến nghị", examples = "Đề nghị bố trí kinh phí năm 2027.") String proposals,
            @Schema(description = "Đơn vị đề nghị xác nhận hoàn thành") boolean claimsCompletion,
            @Schema(description = "Ý kiến của cơ quan theo dõi khi trả lại hoặc tiếp nhận") String reviewerComment,
            String createdBy,
            String submittedBy,
            Instant submittedAt,
            @Schema(description = "Ngày gửi (giờ Việt Nam): căn cứ đánh giá đúng hạn") LocalDate submittedOn,
            String reviewedBy,
            Instant reviewedAt,
            List<AttachmentView> attachments,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "ReportPage", description = "Một trang báo cáo.")
    public record ReportPage(List<ReportView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "ReportDraft", description = "Nội dung báo cáo (dự thảo). Khi sửa, gửi kèm version đang xem.")
    public record ReportDraft(
            @Size(max = 20000, message = "Nội dung công việc đã thực hiện tối đa 20000 ký tự")
            @Schema(examples = "Đã ban hành Kế hoạch tuyên truyền số 120/KH-STTTT.") String workDone,
            @Size(max = 20000, message = "Kết quả tối đa 20000 ký tự") String results,
            @NotNull(message = "Tiến độ là bắt buộc") @Min(value = 0, message = "Tiến độ từ 0 đến 100")
            @Max(value = 100, message = "Tiến độ từ 0 đến 100") @Schema(examples = "60") Integer percentComplete,
            @Size(max = 20000, message = "Khó khăn, vướng mắc tối đa 20000 ký tự") String difficulties,
            @Size(max = 20000, message = "Đề xuất, kiến nghị tối đa 20000 ký tự") String proposals,
            @Schema(description = "Đề nghị xác nhận hoàn thành phần việc") Boolean claimsCompletion,
            @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(description = "Bắt buộc khi sửa báo cáo đã có", examples = "0") Long version) {
    }

    @Schema(name = "ReportReview", description = "Ý kiến của cơ quan theo dõi.")
    public record ReportReview(
            @Size(max = 2000, message = "Ý kiến tối đa 2000 ký tự")
            @Schema(examples = "Đề nghị bổ sung số liệu tin, bài theo từng quý.") String comment,
            @NotNull(message = "Phiên bản (version) là bắt buộc") @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(examples = "1") Long version) {
    }

    @Schema(name = "ReportReturn", description = "Trả lại báo cáo, kèm ý kiến bắt buộc.")
    public record ReportReturn(
            @NotBlank(message = "Cần ghi ý kiến khi trả lại báo cáo")
            @Size(max = 2000, message = "Ý kiến tối đa 2000 ký tự")
            @Schema(examples = "Đề nghị bổ sung số liệu tin, bài theo từng quý.") String comment,
            @NotNull(message = "Phiên bản (version) là bắt buộc") @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(examples = "1") Long version) {
    }
}
