package vn.dondoc.deadline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.report.ReportStatus;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Timeliness;
import vn.dondoc.unit.UnitDtos.UnitRef;

public final class DeadlineDtos {

    private DeadlineDtos() {
    }

    @Schema(name = "ExtensionRequestCreate", description = "Đơn vị đề nghị gia hạn phần việc của mình.")
    public record ExtensionRequestCreate(
            @NotNull(message = "Cần ngày đề nghị gia hạn đến") @Schema(examples = "2027-03-31") LocalDate requestedDueDate,
            @NotBlank(message = "Cần nêu lý do đề nghị gia hạn")
            @Size(max = 2000, message = "Lý do tối đa 2000 ký tự")
            @Schema(examples = "Chờ ý kiến thẩm định của Bộ Công Thương về quy hoạch cụm công nghiệp") String reason) {
    }

    @Schema(name = "ExtensionDecisionKind", description = "APPROVE: chấp thuận; REJECT: không chấp thuận.")
    public enum DecisionKind { APPROVE, REJECT }

    @Schema(name = "ExtensionDecision", description = "Quyết định của cơ quan theo dõi hoặc lãnh đạo về đề nghị gia hạn.")
    public record ExtensionDecision(
            @NotNull(message = "Cần chọn chấp thuận hoặc không chấp thuận") DecisionKind decision,
            @Schema(description = "Hạn được chấp thuận; bỏ trống thì lấy ngày đơn vị đề nghị", examples = "2027-02-28")
            LocalDate approvedDueDate,
            @Size(max = 2000, message = "Ý kiến tối đa 2000 ký tự")
            @Schema(description = "Ý kiến; bắt buộc khi không chấp thuận", examples = "Đồng ý gia hạn, đề nghị hoàn thành trước 28/02/2027")
            String note,
            @Schema(description = "Phiên bản của đề nghị đã xem", examples = "0") long version) {
    }

    @Schema(name = "ExtensionWithdrawal", description = "Đơn vị rút lại đề nghị đang chờ.")
    public record ExtensionWithdrawal(@Schema(examples = "0") long version) {
    }

    @Schema(name = "ExtensionRequest", description = "Đề nghị gia hạn một phần việc.")
    public record ExtensionRequestView(
            @Schema(examples = "12") long id,
            @Schema(examples = "301") long assignmentId,
            @Schema(examples = "42") long taskId,
            @Schema(examples = "II.4.c.2") String taskCode,
            String taskContent,
            UnitRef unit,
            AssignmentRole role,
            @Schema(description = "Hạn của đơn vị khi đề nghị", examples = "2026-12-31") LocalDate previousDueDate,
            @Schema(examples = "2027-03-31") LocalDate requestedDueDate,
            String reason,
            ExtensionStatus status,
            @Schema(examples = "chuyenvien.stttt") String requestedBy,
            @Schema(examples = "Nguyễn Văn An") String requestedByName,
            Instant requestedAt,
            @Schema(examples = "2027-02-28") LocalDate approvedDueDate,
            String decisionNote,
            String decidedBy,
            String decidedByName,
            Instant decidedAt,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "ExtensionRequestPage", description = "Một trang đề nghị gia hạn, mới nhất trước.")
    public record ExtensionRequestPage(List<ExtensionRequestView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "DueDateChange", description = "Một lần đổi hạn của phần việc.")
    public record DueDateChangeView(
            DueDateChangeKind kind,
            @Schema(examples = "2026-12-31") LocalDate previousDueDate,
            @Schema(examples = "2027-02-28") LocalDate newDueDate,
            String reason,
            Long extensionRequestId,
            @Schema(examples = "theodoi.sct") String changedBy,
            String changedByName,
            Instant changedAt) {
    }

    @Schema(name = "AssignmentDueDates", description = "Các hạn của một đơn vị với nhiệm vụ: hạn ban đầu, hiện tại và từng lần đổi.")
    public record AssignmentDueDates(long assignmentId, UnitRef unit, AssignmentRole role, ProgressStatus status,
            @Schema(description = "Hạn ban đầu của nhiệm vụ", examples = "2026-12-31") LocalDate originalDueDate,
            @Schema(description = "Hạn hiện tại của đơn vị", examples = "2027-02-28") LocalDate dueDate,
            List<DueDateChangeView> changes) {
    }

    @Schema(name = "TaskDueDates", description = "Lịch sử thời hạn của nhiệm vụ theo từng đơn vị được giao.")
    public record TaskDueDates(long taskId, @Schema(examples = "2026-12-31") LocalDate originalDueDate,
            @Schema(examples = "2027-02-28") LocalDate dueDate, List<AssignmentDueDates> assignments) {
    }

    @Schema(name = "DeadlineKind", description = "ASSIGNMENT: hạn phần việc của đơn vị; PERIODIC_REPORT: hạn nộp báo cáo định kỳ.")
    public enum DeadlineKind { ASSIGNMENT, PERIODIC_REPORT }

    @Schema(name = "Deadline", description = "Một thời hạn trong lịch: hạn phần việc của đơn vị hoặc hạn nộp báo cáo định kỳ.")
    public record DeadlineItem(
            DeadlineKind kind,
            @Schema(examples = "2026-12-31") LocalDate date,
            @Schema(description = "Tình hình so với hạn (phần việc)") Timeliness timeliness,
            @Schema(examples = "3") long directiveId,
            UnitRef unit,
            Long assignmentId,
            Long taskId,
            @Schema(examples = "II.4.c.2") String taskCode,
            String taskContent,
            AssignmentRole role,
            ProgressStatus status,
            @Schema(description = "Hạn ban đầu của nhiệm vụ, khi khác hạn hiện tại (đã gia hạn)") LocalDate originalDueDate,
            @Schema(examples = "2026-Q4") String periodKey,
            @Schema(examples = "Quý IV/2026") String periodLabel,
            @Schema(description = "Trạng thái báo cáo định kỳ của đơn vị (nếu đã lập)") ReportStatus reportStatus) {
    }

    @Schema(name = "DeadlinePage", description = "Các thời hạn theo ngày, sớm nhất trước: hạn phần việc (phân trang) và hạn "
            + "nộp báo cáo định kỳ trong khoảng ngày (không phân trang).")
    public record DeadlinePage(List<DeadlineItem> items, int page, int size, long totalItems, int totalPages,
            List<DeadlineItem> periodicReports) {
    }

    @Schema(name = "DeadlineCounts", description = "Số liệu cho biểu tượng nhắc: quá hạn, sắp đến hạn, đề nghị gia hạn chờ quyết định.")
    public record DeadlineCounts(UnitRef unit, @Schema(examples = "4") long overdue,
            @Schema(description = "Đến hạn trong N ngày tới (mặc định 3)", examples = "2") long dueSoon,
            @Schema(examples = "1") long pendingExtensions) {
    }
}
