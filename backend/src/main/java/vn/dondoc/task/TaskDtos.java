package vn.dondoc.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.unit.UnitDtos.UnitRef;

public final class TaskDtos {

    private TaskDtos() {
    }

    @Schema(name = "TaskSummary", description = "Một nhiệm vụ trong danh sách.")
    public record TaskSummary(
            @Schema(examples = "42") long id,
            @Schema(examples = "3") long directiveId,
            @Schema(description = "Nút cha trong cây nhiệm vụ") Long parentId,
            @Schema(description = "Mã hiển thị theo cấu trúc văn bản", examples = "II.3.a.1") String code,
            @Schema(examples = "Tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết về chính sách phát triển công nghiệp, tiểu thủ công nghiệp tỉnh Hà Tĩnh") String content,
            @Schema(description = "Loại nhiệm vụ; null với tiêu đề nhóm") TaskKind kind,
            @Schema(description = "Chu kỳ, với nhiệm vụ định kỳ") Recurrence recurrence,
            @Schema(description = "Hạn hoàn thành (yyyy-MM-dd), null nếu không có", examples = "2026-12-15") LocalDate dueDate,
            @Schema(description = "Lĩnh vực, nhóm nhiệm vụ", examples = "Hoàn thiện cơ chế, chính sách") String field,
            Priority priority,
            @Schema(description = "Trạng thái chung, suy ra từ các đơn vị chủ trì") ProgressStatus status,
            @Schema(description = "Tiến độ chung (%)", examples = "40") int percentComplete,
            @Schema(description = "Ngày hoàn thành (đơn vị chủ trì cuối cùng hoàn thành)") LocalDate completedOn,
            @Schema(description = "Tình hình so với thời hạn, tính tại thời điểm đọc theo giờ Việt Nam") Timeliness timeliness,
            @Schema(description = "Đơn vị chủ trì") List<UnitRef> leadUnits,
            @Schema(description = "Đơn vị phối hợp") List<UnitRef> coordinatingUnits,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "Assignment", description = "Phần việc của một đơn vị trong nhiệm vụ, với tiến độ riêng.")
    public record AssignmentView(
            @Schema(examples = "301") long id,
            @Schema(examples = "42") long taskId,
            UnitRef unit,
            AssignmentRole role,
            ProgressStatus status,
            @Schema(examples = "40") int percentComplete,
            @Schema(examples = "2026-03-02") LocalDate startedOn,
            LocalDate completedOn,
            @Schema(description = "Hạn hiện tại của đơn vị: hạn của nhiệm vụ, trừ khi đơn vị được gia hạn", examples = "2026-12-31")
            LocalDate dueDate,
            @Schema(description = "Ghi chú (lý do hủy, điều chỉnh)") String note,
            @Schema(description = "Ngày giao phần việc cho đơn vị", examples = "2022-12-16") LocalDate assignedOn,
            @Schema(description = "Ngày phần việc đóng theo nhiệm vụ (trạng thái CLOSED_WITH_TASK)", examples = "2025-03-20")
            LocalDate closedOn,
            @Schema(description = "Tình hình của chính phần việc này so với hạn của đơn vị, tính tại thời điểm đọc")
            Timeliness timeliness,
            @Schema(examples = "0") long version) {

        /** The share as the API shows it, its timeliness judged by the one rule. */
        public static AssignmentView of(Assignment a, TimelinessRule rule) {
            return new AssignmentView(a.id, a.task.id, UnitRef.of(a.unit), a.role, a.status, a.percentComplete,
                    a.startedOn, a.completedOn, a.dueDate, a.note, a.assignedOn, a.closedOn, rule.ofShare(a), a.version);
        }
    }

    @Schema(name = "TaskDetail", description = "Nhiệm vụ với từng đơn vị được giao.")
    public record TaskDetail(
            @Schema(examples = "42") long id,
            @Schema(examples = "3") long directiveId,
            Long parentId,
            @Schema(examples = "II.3.a.1") String code,
            @Schema(examples = "Tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết về chính sách phát triển công nghiệp, tiểu thủ công nghiệp tỉnh Hà Tĩnh") String content,
            TaskKind kind,
            Recurrence recurrence,
            @Schema(description = "Hạn hiện tại (sau gia hạn cho đơn vị chủ trì, nếu có)", examples = "2026-12-15") LocalDate dueDate,
            @Schema(description = "Hạn ban đầu do chương trình giao", examples = "2026-09-30") LocalDate originalDueDate,
            @Schema(examples = "Hoàn thiện cơ chế, chính sách") String field,
            Priority priority,
            @Schema(description = "Sản phẩm đầu ra", examples = "Nghị quyết của HĐND tỉnh") String expectedOutput,
            @Schema(description = "Cấp trình, phê duyệt", examples = "HDND_TINH") String approvalLevel,
            ProgressStatus status,
            @Schema(examples = "40") int percentComplete,
            LocalDate completedOn,
            Timeliness timeliness,
            List<UnitRef> leadUnits,
            List<UnitRef> coordinatingUnits,
            List<AssignmentView> assignments,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "TaskPage", description = "Một trang danh sách nhiệm vụ.")
    public record TaskPage(List<TaskSummary> items,
            @Schema(examples = "0") int page,
            @Schema(examples = "20") int size,
            @Schema(examples = "34") long totalItems,
            @Schema(examples = "2") int totalPages) {
    }

    @Schema(name = "TaskCounts", description = "Số nhiệm vụ theo tình hình thực hiện và theo trạng thái, cùng bộ lọc với danh sách.")
    public record TaskCounts(
            @Schema(examples = "38") long total,
            @Schema(description = "Số nhiệm vụ theo từng giá trị Timeliness", examples = "{\"OVERDUE\": 2, \"DUE_SOON\": 1}") Map<Timeliness, Long> byTimeliness,
            @Schema(description = "Số nhiệm vụ theo từng trạng thái", examples = "{\"IN_PROGRESS\": 12}") Map<ProgressStatus, Long> byStatus) {
    }

    @Schema(name = "UnitTaskCounts", description = "Số nhiệm vụ của một đơn vị (chủ trì hoặc phối hợp) theo tình hình thực hiện.")
    public record UnitCounts(UnitRef unit,
            @Schema(examples = "33") long total,
            @Schema(examples = "{\"OVERDUE\": 3, \"ON_TRACK\": 5}") Map<Timeliness, Long> byTimeliness) {
    }

    @Schema(name = "UnitTaskCountsList", description = "Số nhiệm vụ theo đơn vị.")
    public record UnitCountsPage(List<UnitCounts> items) {
    }

    @Schema(name = "TaskNode", description = "Một nút của cây nhiệm vụ, với số nhiệm vụ bên dưới theo tình hình thực hiện.")
    public record TaskNode(
            @Schema(examples = "12") long id,
            @Schema(examples = "II.4") String code,
            @Schema(examples = "Phát triển các ngành công nghiệp theo hướng bền vững") String content,
            TaskKind kind,
            LocalDate dueDate,
            ProgressStatus status,
            int percentComplete,
            Timeliness timeliness,
            List<UnitRef> leadUnits,
            @Schema(description = "Số nhiệm vụ (lá) trong nhánh này theo tình hình thực hiện; total là tổng số") Map<String, Long> counts,
            List<TaskNode> children) {
    }

    @Schema(name = "TaskTree", description = "Cây nhiệm vụ của một văn bản chỉ đạo.")
    public record TaskTree(@Schema(examples = "3") long directiveId, List<TaskNode> nodes) {
    }

    @Schema(name = "TaskCreate", description = "Giao một nhiệm vụ mới cho các đơn vị (đơn vị hoặc nhóm đơn vị).")
    public record TaskCreate(
            @NotNull(message = "Văn bản chỉ đạo là bắt buộc") @Schema(examples = "3") Long directiveId,
            @Schema(description = "Nút cha trong cây nhiệm vụ (cùng văn bản)") Long parentId,
            @NotBlank(message = "Mã nhiệm vụ không được để trống")
            @Size(max = 40, message = "Mã nhiệm vụ tối đa 40 ký tự") @Schema(examples = "II.3.a.3") String code,
            @NotBlank(message = "Nội dung nhiệm vụ không được để trống")
            @Size(max = 10000, message = "Nội dung nhiệm vụ tối đa 10000 ký tự")
            @Schema(examples = "Xây dựng Kế hoạch phát triển công nghiệp hỗ trợ giai đoạn 2026-2030") String content,
            @NotNull(message = "Loại nhiệm vụ là bắt buộc") TaskKind kind,
            @Schema(description = "Bắt buộc với nhiệm vụ định kỳ") Recurrence recurrence,
            @Schema(description = "Bắt buộc với nhiệm vụ có thời hạn", examples = "2026-12-31") LocalDate dueDate,
            @Size(max = 200, message = "Lĩnh vực tối đa 200 ký tự") @Schema(examples = "Hoàn thiện cơ chế, chính sách") String field,
            Priority priority,
            @Size(max = 500, message = "Sản phẩm đầu ra tối đa 500 ký tự")
            @Schema(examples = "Kế hoạch của UBND tỉnh") String expectedOutput,
            @Size(max = 30, message = "Cấp trình tối đa 30 ký tự") @Schema(examples = "UBND_TINH") String approvalLevel,
            @Size(max = 500, message = "Tối đa 500 đơn vị chủ trì") @Schema(examples = "[1]") List<@NotNull Long> leadUnitIds,
            @Size(max = 50, message = "Tối đa 50 nhóm") @Schema(description = "Nhóm đơn vị chủ trì: mỗi đơn vị của nhóm được giao riêng") List<@NotNull Long> leadGroupIds,
            @Size(max = 500, message = "Tối đa 500 đơn vị phối hợp") @Schema(examples = "[2, 5]") List<@NotNull Long> coordinatingUnitIds,
            @Size(max = 50, message = "Tối đa 50 nhóm") @Schema(description = "Nhóm đơn vị phối hợp", examples = "[2]") List<@NotNull Long> coordinatingGroupIds) {
    }

    @Schema(name = "TaskUpdate", description = "Sửa nhiệm vụ; version phải là phiên bản đang xem (nếu không: 409).")
    public record TaskUpdate(
            @NotBlank(message = "Mã nhiệm vụ không được để trống")
            @Size(max = 40, message = "Mã nhiệm vụ tối đa 40 ký tự") @Schema(examples = "II.3.a.3") String code,
            @NotBlank(message = "Nội dung nhiệm vụ không được để trống")
            @Size(max = 10000, message = "Nội dung nhiệm vụ tối đa 10000 ký tự") String content,
            @NotNull(message = "Loại nhiệm vụ là bắt buộc") TaskKind kind,
            Recurrence recurrence,
            @Schema(examples = "2027-03-31") LocalDate dueDate,
            @Size(max = 200, message = "Lĩnh vực tối đa 200 ký tự") String field,
            Priority priority,
            @Size(max = 500, message = "Sản phẩm đầu ra tối đa 500 ký tự") String expectedOutput,
            @Size(max = 30, message = "Cấp trình tối đa 30 ký tự") String approvalLevel,
            @NotNull(message = "Phiên bản (version) là bắt buộc") @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(examples = "0") Long version) {
    }

    @Schema(name = "AssignmentPlan", description = "Danh sách đơn vị chủ trì và phối hợp mong muốn của nhiệm vụ. "
            + "Đơn vị mới được giao; đơn vị không còn trong danh sách bị hủy giao (giữ lịch sử).")
    public record AssignmentPlan(
            @Size(max = 500, message = "Tối đa 500 đơn vị chủ trì") List<@NotNull Long> leadUnitIds,
            @Size(max = 50, message = "Tối đa 50 nhóm") List<@NotNull Long> leadGroupIds,
            @Size(max = 500, message = "Tối đa 500 đơn vị phối hợp") List<@NotNull Long> coordinatingUnitIds,
            @Size(max = 50, message = "Tối đa 50 nhóm") List<@NotNull Long> coordinatingGroupIds,
            @NotNull(message = "Phiên bản (version) của nhiệm vụ là bắt buộc") @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(examples = "0") Long version) {
    }

    @Schema(name = "AssignmentUpdate", description = "Cập nhật tiến độ phần việc của một đơn vị.")
    public record AssignmentUpdate(
            @NotNull(message = "Trạng thái là bắt buộc") ProgressStatus status,
            @NotNull(message = "Tiến độ là bắt buộc") @Min(value = 0, message = "Tiến độ từ 0 đến 100")
            @Max(value = 100, message = "Tiến độ từ 0 đến 100") @Schema(examples = "60") Integer percentComplete,
            @Size(max = 500, message = "Ghi chú tối đa 500 ký tự")
            @Schema(description = "Bắt buộc khi hủy", examples = "Nhiệm vụ đã được lồng ghép vào Kế hoạch 417/KH-UBND") String note,
            @NotNull(message = "Phiên bản (version) là bắt buộc") @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(examples = "0") Long version) {
    }
}
