package vn.dondoc.report;

import jakarta.validation.Valid;
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

public final class PeriodicReportDtos {

    private PeriodicReportDtos() {
    }

    @Schema(description = "Tình hình nộp báo cáo định kỳ: SUBMITTED_ON_TIME (đúng hạn), SUBMITTED_LATE (muộn), "
            + "NOT_SUBMITTED (chưa nộp: chưa lập, còn dự thảo hoặc bị trả lại chưa gửi lại)")
    public enum Submission {
        SUBMITTED_ON_TIME, SUBMITTED_LATE, NOT_SUBMITTED
    }

    /** What the tracker's board says of one unit, judged on today's date in the province. */
    @Schema(name = "PeriodicBoardState", description = "Tình trạng của đơn vị trên bảng theo dõi, xét theo ngày hôm nay "
            + "(giờ Việt Nam): SUBMITTED_ON_TIME (đã nộp đúng hạn), SUBMITTED_LATE (đã nộp muộn), NOT_YET_DUE (chưa nộp, "
            + "chưa đến hạn: hôm nay chưa qua hạn nộp), MISSING (chưa nộp, đã quá hạn nộp)")
    public enum BoardState {
        SUBMITTED_ON_TIME, SUBMITTED_LATE, NOT_YET_DUE, MISSING
    }

    @Schema(name = "PeriodicReportItem", description = "Một dòng của báo cáo định kỳ: tiến độ một phần việc.")
    public record ItemView(
            @Schema(examples = "88") long id,
            @Schema(examples = "301") long assignmentId,
            @Schema(examples = "42") long taskId,
            @Schema(examples = "II.1.b") String taskCode,
            @Schema(examples = "Chủ trì, phối hợp với các sở, ban, ngành liên quan tiếp tục hướng dẫn các cơ quan truyền thông...") String taskContent,
            AssignmentRole role,
            @Schema(description = "Kết quả trong kỳ, điền sẵn từ báo cáo tiến độ", examples = "Đã đăng 12 tin, bài.") String progress,
            @Schema(examples = "60") int percentComplete) {
    }

    @Schema(name = "PeriodicReport", description = "Báo cáo định kỳ của một đơn vị cho một kỳ báo cáo của văn bản chỉ đạo.")
    public record PeriodicReportView(
            @Schema(examples = "5") long id,
            @Schema(examples = "3") long directiveId,
            UnitRef unit,
            @Schema(examples = "2026-Q4") String periodKey,
            @Schema(examples = "Quý IV/2026") String periodLabel,
            @Schema(examples = "2026-09-15") LocalDate periodFrom,
            @Schema(examples = "2026-12-14") LocalDate periodTo,
            @Schema(description = "Hạn nộp của đơn vị", examples = "2026-12-16") LocalDate dueDate,
            ReportStatus status,
            @Schema(description = "Tình hình nộp so với hạn") Submission submission,
            @Schema(description = "Kết quả chung", examples = "Đơn vị đã triển khai 9/10 nhiệm vụ được giao.") String summary,
            String difficulties,
            String proposals,
            String reviewerComment,
            String submittedBy,
            Instant submittedAt,
            LocalDate submittedOn,
            String reviewedBy,
            Instant reviewedAt,
            List<ItemView> items,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "PeriodicReportOpen", description = "Mở (hoặc lấy lại) báo cáo định kỳ của đơn vị mình cho một kỳ.")
    public record OpenRequest(
            @NotBlank(message = "Kỳ báo cáo là bắt buộc") @Size(max = 20, message = "Mã kỳ tối đa 20 ký tự")
            @Schema(description = "Mã kỳ: 2026-M11, 2026-Q4, 2026-H1, 2026-9M, 2026-Y", examples = "2026-Q4") String periodKey) {
    }

    @Schema(name = "PeriodicReportItemEdit", description = "Sửa một dòng của báo cáo định kỳ.")
    public record ItemEdit(
            @NotNull(message = "Mã dòng là bắt buộc") Long id,
            @Size(max = 20000, message = "Nội dung tối đa 20000 ký tự") String progress,
            @NotNull(message = "Tiến độ là bắt buộc") @Min(value = 0, message = "Tiến độ từ 0 đến 100")
            @Max(value = 100, message = "Tiến độ từ 0 đến 100") Integer percentComplete) {
    }

    @Schema(name = "PeriodicReportEdit", description = "Sửa báo cáo định kỳ (dự thảo hoặc bị trả lại); kèm version.")
    public record EditRequest(
            @Size(max = 20000, message = "Kết quả chung tối đa 20000 ký tự") String summary,
            @Size(max = 20000, message = "Khó khăn, vướng mắc tối đa 20000 ký tự") String difficulties,
            @Size(max = 20000, message = "Đề xuất, kiến nghị tối đa 20000 ký tự") String proposals,
            @Valid @Size(max = 1000, message = "Tối đa 1000 dòng") List<@NotNull ItemEdit> items,
            @NotNull(message = "Phiên bản (version) là bắt buộc") @PositiveOrZero(message = "Phiên bản không hợp lệ") Long version) {
    }

    @Schema(name = "PeriodicBoardRow", description = "Tình hình nộp báo cáo của một đơn vị trong kỳ.")
    public record BoardRow(UnitRef unit, Submission submission,
            @Schema(description = "Tình trạng so với hạn nộp, xét theo ngày hôm nay") BoardState state,
            ReportStatus reportStatus, Long reportId, LocalDate submittedOn) {
    }

    @Schema(name = "PeriodicBoard", description = "Bảng theo dõi nộp báo cáo định kỳ: đơn vị × tình trạng. Đơn vị hết "
            + "hiệu lực (sáp nhập, chia tách) vào hoặc trước ngày đến hạn mà chưa nộp thì không còn nghĩa vụ báo cáo kỳ đó: "
            + "nghĩa vụ chuyển sang đơn vị kế thừa ngay trong ngày đó.")
    public record Board(
            @Schema(examples = "3") long directiveId,
            @Schema(examples = "2026-Q4") String periodKey,
            @Schema(examples = "Quý IV/2026") String periodLabel,
            LocalDate periodFrom,
            LocalDate periodTo,
            @Schema(description = "Hạn nộp của đơn vị") LocalDate dueDate,
            @Schema(description = "Ngày xét tình trạng (hôm nay, giờ Việt Nam)", examples = "2026-12-10") LocalDate asOf,
            @Schema(description = "Số đơn vị đã nộp đúng hạn", examples = "14") long onTime,
            @Schema(description = "Số đơn vị đã nộp muộn", examples = "3") long late,
            @Schema(description = "Số đơn vị chưa nộp khi chưa đến hạn", examples = "5") long notYetDue,
            @Schema(description = "Số đơn vị chưa nộp và đã quá hạn nộp", examples = "8") long missing,
            List<BoardRow> rows) {
    }

    @Schema(name = "PeriodicHistoryRow", description = "Tình hình nộp báo cáo của đơn vị trong một kỳ đã qua.")
    public record HistoryRow(@Schema(examples = "2026-Q3") String periodKey, @Schema(examples = "Quý III/2026") String periodLabel,
            LocalDate dueDate, Submission submission, LocalDate submittedOn, Long reportId) {
    }

    @Schema(name = "PeriodicHistory", description = "Lịch sử nộp báo cáo định kỳ của một đơn vị.")
    public record History(UnitRef unit, long directiveId, List<HistoryRow> periods) {
    }
}
