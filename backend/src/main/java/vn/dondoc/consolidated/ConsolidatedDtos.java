package vn.dondoc.consolidated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ConsolidatedDtos {

    private ConsolidatedDtos() {
    }

    @Schema(name = "ConsolidatedReportRequest", description = "Lập báo cáo tổng hợp của một văn bản chỉ đạo cho một kỳ báo cáo.")
    public record ReportRequest(
            @NotNull(message = "Văn bản chỉ đạo là bắt buộc") @Schema(examples = "3") Long directiveId,
            @NotBlank(message = "Kỳ báo cáo là bắt buộc") @Size(max = 20, message = "Kỳ báo cáo không hợp lệ")
            @Schema(description = "Mã kỳ báo cáo: 2026-M11 (tháng), 2026-Q4 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng), 2026-Y (năm)",
                    examples = "2026-Q4") String periodKey,
            @Size(max = 20, message = "Số văn bản tối đa 20 ký tự")
            @Schema(description = "Số văn bản; bỏ trống để văn thư điền khi đăng ký", examples = "215") String number) {
    }

    @Schema(name = "ConsolidatedCounts", description = "Số nhiệm vụ theo tình hình thực hiện tại ngày chốt số liệu.")
    public record Counts(
            @Schema(examples = "38") long total,
            @Schema(description = "Hoàn thành đúng hạn", examples = "5") long completedOnTime,
            @Schema(description = "Hoàn thành quá hạn", examples = "1") long completedLate,
            @Schema(description = "Đang thực hiện trong hạn", examples = "10") long inProgressOnTime,
            @Schema(description = "Quá hạn chưa hoàn thành", examples = "3") long overdue,
            @Schema(description = "Nhiệm vụ thường xuyên, không có thời hạn, chưa hoàn thành", examples = "19") long noDeadline,
            @Schema(description = "Đã hủy", examples = "0") long cancelled) {
    }

    @Schema(name = "ConsolidatedGroupCounts", description = "Số nhiệm vụ của một nhóm nhiệm vụ (lĩnh vực).")
    public record GroupCounts(@Schema(examples = "Công tác quy hoạch và quản lý quy hoạch") String field, Counts counts) {
    }

    @Schema(name = "ConsolidatedFiguresSource", description = "Nguồn số liệu: SNAPSHOT (số liệu đã chốt của kỳ đã kết thúc, "
            + "không đổi khi dữ liệu thay đổi sau đó) hoặc LIVE (tính từ dữ liệu hiện có khi lập báo cáo: kỳ đang diễn ra, "
            + "hoặc kỳ đã kết thúc nhưng chưa được chốt số liệu)")
    public enum FiguresSource {
        SNAPSHOT, LIVE
    }

    @Schema(name = "ConsolidatedFigures", description = "Số liệu chính của báo cáo tổng hợp.")
    public record Figures(@Schema(description = "Ngày chốt số liệu", examples = "2026-12-14") LocalDate asOf, Counts total,
            List<GroupCounts> groups,
            @Schema(description = "Nguồn số liệu") FiguresSource source,
            @Schema(description = "Số liệu đã chốt được lưu lúc nào (khi source = SNAPSHOT)") Instant frozenAt) {
    }

    @Schema(name = "ConsolidatedReportJob", description = "Một lần lập báo cáo tổng hợp: trạng thái, tiến độ và số liệu chính.")
    public record ReportJob(
            @Schema(examples = "7") long id,
            @Schema(examples = "3") long directiveId,
            @Schema(examples = "2026-Q4") String periodKey,
            @Schema(examples = "Quý IV/2026") String periodLabel,
            @Schema(examples = "2026-09-15") LocalDate periodFrom,
            @Schema(examples = "2026-12-14") LocalDate periodTo,
            @Schema(description = "Ngày chốt số liệu: ngày cuối kỳ, hoặc hôm nay nếu kỳ chưa kết thúc", examples = "2026-12-14")
            LocalDate asOf,
            @Schema(description = "QUEUED (chờ), RUNNING (đang lập), DONE (xong), FAILED (lỗi)") ConsolidatedReport.Status status,
            @Schema(description = "Tiến độ (%)", examples = "60") int progress,
            @Schema(description = "Lý do lỗi, khi FAILED") String failureReason,
            @Schema(examples = "theodoi.sct") String requestedBy,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt,
            @Schema(description = "Số liệu chính, khi đã lập xong") Figures figures) {
    }
}
