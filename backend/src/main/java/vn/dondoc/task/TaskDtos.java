package vn.dondoc.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
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
            @Schema(description = "Hạn hoàn thành (yyyy-MM-dd), null nếu không có", examples = "2026-12-15") LocalDate dueDate,
            @Schema(description = "Trạng thái chung, suy ra từ các đơn vị chủ trì") ProgressStatus status,
            @Schema(description = "Tiến độ chung (%)", examples = "40") int percentComplete,
            @Schema(description = "Đơn vị chủ trì") List<UnitRef> leadUnits,
            @Schema(description = "Đơn vị phối hợp") List<UnitRef> coordinatingUnits,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "Assignment", description = "Phần việc của một đơn vị trong nhiệm vụ, với tiến độ riêng.")
    public record AssignmentView(
            @Schema(examples = "301") long id,
            UnitRef unit,
            AssignmentRole role,
            ProgressStatus status,
            @Schema(examples = "40") int percentComplete,
            @Schema(examples = "2026-03-02") LocalDate startedOn,
            LocalDate completedOn,
            @Schema(examples = "0") long version) {

        static AssignmentView of(Assignment a) {
            return new AssignmentView(a.id, UnitRef.of(a.unit), a.role, a.status, a.percentComplete, a.startedOn,
                    a.completedOn, a.version);
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
            @Schema(examples = "2026-12-15") LocalDate dueDate,
            @Schema(description = "Sản phẩm đầu ra", examples = "Nghị quyết của HĐND tỉnh") String expectedOutput,
            @Schema(description = "Cấp trình, phê duyệt", examples = "HDND_TINH") String approvalLevel,
            ProgressStatus status,
            @Schema(examples = "40") int percentComplete,
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

    @Schema(name = "TaskCreate", description = "Giao một nhiệm vụ mới cho các đơn vị.")
    public record TaskCreate(
            @NotNull(message = "Văn bản chỉ đạo là bắt buộc") @Schema(examples = "3") Long directiveId,
            @Schema(description = "Nút cha trong cây nhiệm vụ (cùng văn bản)") Long parentId,
            @NotBlank(message = "Mã nhiệm vụ không được để trống")
            @Size(max = 40, message = "Mã nhiệm vụ tối đa 40 ký tự") @Schema(examples = "II.3.a.3") String code,
            @NotBlank(message = "Nội dung nhiệm vụ không được để trống")
            @Size(max = 10000, message = "Nội dung nhiệm vụ tối đa 10000 ký tự")
            @Schema(examples = "Xây dựng Kế hoạch phát triển công nghiệp hỗ trợ giai đoạn 2026-2030") String content,
            @NotNull(message = "Loại nhiệm vụ là bắt buộc") TaskKind kind,
            @Schema(description = "Bắt buộc với nhiệm vụ có thời hạn", examples = "2026-12-31") LocalDate dueDate,
            @Size(max = 500, message = "Sản phẩm đầu ra tối đa 500 ký tự")
            @Schema(examples = "Kế hoạch của UBND tỉnh") String expectedOutput,
            @Size(max = 30, message = "Cấp trình tối đa 30 ký tự") @Schema(examples = "UBND_TINH") String approvalLevel,
            @NotEmpty(message = "Cần ít nhất một đơn vị chủ trì")
            @Size(max = 500, message = "Tối đa 500 đơn vị chủ trì") @Schema(examples = "[1]") List<@NotNull Long> leadUnitIds,
            @Size(max = 500, message = "Tối đa 500 đơn vị phối hợp") @Schema(examples = "[2, 5]") List<@NotNull Long> coordinatingUnitIds) {
    }
}
