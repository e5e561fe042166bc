package vn.dondoc.statistics;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.task.Timeliness;
import vn.dondoc.unit.UnitDtos.UnitRef;
import vn.dondoc.unit.UnitType;

public final class StatisticsDtos {

    private StatisticsDtos() {
    }

    @Schema(name = "StatFigure", description = "Một con số và cách xem các nhiệm vụ đằng sau nó: tổng số dòng (total) của "
            + "GET /api/v1/tasks với từng chuỗi tham số trong `queries` cộng lại bằng `count`. `queries` rỗng: con số không có "
            + "danh sách tương ứng (xem `note` của phần chứa nó).")
    public record Figure(
            @Schema(examples = "12") long count,
            @Schema(description = "Chuỗi tham số cho GET /api/v1/tasks (và trang /tasks)",
                    examples = "[\"directiveId=3&timeliness=OVERDUE\"]") List<String> queries) {
    }

    @Schema(name = "StatMatrix", description = "Số nhiệm vụ theo tình hình thực hiện (ma trận trạng thái).")
    public record Matrix(
            @Schema(description = "Tổng số nhiệm vụ (kể cả đã hủy)") Figure total,
            @Schema(description = "Theo từng tình hình thực hiện (COMPLETED_ON_TIME, COMPLETED_LATE, ON_TRACK, DUE_SOON, "
                    + "OVERDUE, NO_DEADLINE, CANCELLED)") Map<Timeliness, Figure> byTimeliness,
            @Schema(description = "Tỷ lệ hoàn thành đúng hạn (0-1) = đúng hạn / (đúng hạn + hoàn thành quá hạn + quá hạn); "
                    + "null khi chưa có nhiệm vụ nào đến hạn", examples = "0.75") Double onTimeRate) {
    }

    @Schema(name = "StatUnitRow", description = "Phần việc của một đơn vị (chủ trì hoặc phối hợp; phần việc đã hủy của đơn vị không "
            + "tính), mỗi phần việc tính theo chính phần của đơn vị: đơn vị chủ trì theo kết quả nhiệm vụ, đơn vị phối hợp theo phần "
            + "phối hợp của mình (hoàn thành trước hoặc đúng hạn, quá hạn, đang thực hiện, hoặc đóng theo nhiệm vụ: không tính đúng "
            + "hạn, không tính quá hạn), như danh sách nhiệm vụ lọc theo đơn vị.")
    public record UnitRow(UnitRef unit, UnitType unitType, Matrix counts,
            @Schema(description = "Phần việc đơn vị chủ trì") Matrix lead,
            @Schema(description = "Phần việc đơn vị phối hợp") Matrix coordinating) {
    }

    @Schema(name = "StatUnitTypeRow", description = "Lượt giao theo loại đơn vị: tổng các dòng đơn vị của loại đó (một nhiệm vụ "
            + "giao cho hai đơn vị cùng loại được đếm hai lần). Không có danh sách tương ứng: xem các dòng đơn vị.")
    public record UnitTypeRow(UnitType unitType, Matrix counts) {
    }

    @Schema(name = "StatFieldRow", description = "Nhiệm vụ theo lĩnh vực, nhóm nhiệm vụ; field null: chưa phân loại.")
    public record FieldRow(@Schema(examples = "Hoàn thiện cơ chế, chính sách") String field, Matrix counts) {
    }

    @Schema(name = "StatMonth", description = "Một tháng của xu hướng: hoàn thành đúng hạn, hoàn thành quá hạn (theo ngày hoàn "
            + "thành) và số nhiệm vụ lỡ hạn (hạn rơi vào tháng, không hoàn thành đúng hạn: nay đã hoàn thành quá hạn hoặc "
            + "vẫn quá hạn).")
    public record Month(
            @Schema(examples = "2026-05") String month,
            @Schema(description = "Không có danh sách tương ứng (danh sách nhiệm vụ không lọc theo ngày hoàn thành)")
            Figure completedOnTime,
            @Schema(description = "Không có danh sách tương ứng") Figure completedLate,
            Figure missedDeadline) {
    }

    @Schema(name = "StatOverdueTask", description = "Một nhiệm vụ quá hạn.")
    public record OverdueTask(
            @Schema(examples = "42") long id,
            @Schema(examples = "3") long directiveId,
            @Schema(examples = "II.3.a.1") String code,
            String content,
            @Schema(examples = "2026-03-31") LocalDate dueDate,
            @Schema(description = "Số ngày quá hạn tính đến ngày thống kê", examples = "17") long daysOverdue,
            @Schema(description = "Đơn vị chủ trì") List<UnitRef> leadUnits) {
    }

    @Schema(name = "Statistics", description = "Số liệu thống kê tại một ngày (asOf). Mỗi con số kèm tham số của danh sách "
            + "nhiệm vụ cho ra đúng các nhiệm vụ đó; khi asOf không phải hôm nay hoặc tính theo hạn ban đầu, danh sách (luôn "
            + "tính theo hôm nay, hạn hiện tại) không còn tương ứng và `queries` để trống.")
    public record Statistics(
            @Schema(description = "Văn bản chỉ đạo; null: mọi văn bản") Long directiveId,
            @Schema(description = "Đơn vị (đơn vị của người gọi với cán bộ đơn vị)") Long unitId,
            @Schema(description = "Ngày thống kê", examples = "2026-06-14") LocalDate asOf,
            @Schema(description = "Kỳ báo cáo, khi thống kê theo kỳ (asOf là ngày chốt số liệu)", examples = "2026-Q2") String periodKey,
            @Schema(examples = "Quý II/2026") String periodLabel,
            @Schema(description = "Hạn dùng để tính: CURRENT (hạn hiện tại, sau gia hạn) hoặc ORIGINAL (hạn ban đầu)") DueBasis dueBasis,
            @Schema(description = "Sắp đến hạn: còn không quá số ngày này") int dueSoonDays,
            Matrix totals,
            List<UnitRow> byUnit,
            List<UnitTypeRow> byUnitType,
            List<FieldRow> byField,
            @Schema(description = "12 tháng gần nhất, tháng của asOf sau cùng") List<Month> monthlyTrend,
            @Schema(description = "Các nhiệm vụ quá hạn lâu nhất (tối đa 10)") List<OverdueTask> topOverdue,
            @Schema(description = "Tham số danh sách toàn bộ nhiệm vụ quá hạn, hạn sớm nhất trước") String topOverdueQuery,
            @Schema(description = "Giải thích cách tính") String note) {
    }

    @Schema(description = "Hạn dùng để tính tình hình: CURRENT (hạn hiện tại) hoặc ORIGINAL (hạn ban đầu của chương trình)")
    public enum DueBasis {
        CURRENT, ORIGINAL
    }

    @Schema(name = "ScoreComponent", description = "Một thành phần của điểm: giá trị (0-1), trọng số, điểm đóng góp.")
    public record ScoreComponent(
            @Schema(examples = "ON_TIME_COMPLETION") String key,
            @Schema(examples = "Tỷ lệ hoàn thành đúng hạn") String label,
            @Schema(description = "Giá trị 0-1; null khi không xác định (thành phần bị bỏ, trọng số chia lại)", examples = "0.8")
            Double value,
            @Schema(examples = "0.5") double weight,
            @Schema(description = "Tử số", examples = "8") long numerator,
            @Schema(description = "Mẫu số", examples = "10") long denominator,
            @Schema(description = "Điểm đóng góp vào tổng 100", examples = "40.0") double points,
            @Schema(description = "Phần chủ trì và phần phối hợp của tử số/mẫu số, bằng lời",
                    examples = "chủ trì 2/3, phối hợp 5/6") String parts) {
    }

    @Schema(name = "ScorecardRow", description = "Điểm của một đơn vị, các thành phần và cách tính.")
    public record ScorecardRow(
            @Schema(examples = "1") int rank,
            UnitRef unit,
            UnitType unitType,
            @Schema(description = "Điểm 0-100", examples = "86.5") double score,
            List<ScoreComponent> components,
            @Schema(description = "Cách tính, bằng lời", examples = "0,5 × 80% + 0,3 × 100% + 0,2 × (1 − 2/10) = 86,0")
            String explanation) {
    }

    @Schema(name = "Scorecard", description = "Xếp hạng đơn vị theo công thức cấu hình (dondoc.scorecard.*).")
    public record Scorecard(
            Long directiveId,
            LocalDate asOf,
            String periodKey,
            String periodLabel,
            @Schema(description = "Khoảng tính báo cáo định kỳ đúng hạn: các kỳ có hạn nộp trong [from, to]") LocalDate reportsFrom,
            LocalDate reportsTo,
            @Schema(description = "Công thức") String formula,
            List<ScorecardRow> rows) {
    }

    @Schema(name = "SnapshotCreate", description = "Chốt số liệu một kỳ báo cáo.")
    public record SnapshotCreate(
            @Schema(description = "Văn bản chỉ đạo; bỏ trống: mọi văn bản") Long directiveId,
            @NotBlank(message = "Thiếu mã kỳ báo cáo") @Size(max = 20, message = "Mã kỳ báo cáo tối đa 20 ký tự")
            @Schema(examples = "2026-Q2") String periodKey) {
    }

    @Schema(name = "SnapshotSummary", description = "Một lần chốt số liệu.")
    public record SnapshotSummary(
            long id,
            Long directiveId,
            @Schema(examples = "2026-Q2") String periodKey,
            @Schema(examples = "Quý II/2026") String periodLabel,
            LocalDate periodFrom,
            LocalDate periodTo,
            @Schema(description = "Ngày của số liệu (ngày chốt)") LocalDate asOf,
            @Schema(description = "SCHEDULED (tự động khi đến ngày chốt) hoặc MANUAL (cơ quan theo dõi chốt)") String origin,
            String createdBy,
            Instant createdAt) {
    }

    @Schema(name = "Snapshot", description = "Số liệu đã chốt của một kỳ: không đổi dù dữ liệu sửa sau đó.")
    public record Snapshot(SnapshotSummary summary, Statistics statistics, Scorecard scorecard) {
    }
}
