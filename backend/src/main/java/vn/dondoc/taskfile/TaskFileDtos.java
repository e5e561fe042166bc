package vn.dondoc.taskfile;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class TaskFileDtos {

    private TaskFileDtos() {
    }

    @Schema(name = "TaskImportError", description = "Một lỗi của tệp nhập: dòng (như trong bảng tính, dòng tiêu đề là 1), cột và lý do.")
    public record RowError(
            @Schema(examples = "3") int row,
            @Schema(examples = "Hạn hoàn thành") String column,
            @Schema(examples = "Ngày không hợp lệ: '31/02/2027' (dạng dd/MM/yyyy)") String message) {
    }

    @Schema(name = "TaskImportResult", description = "Kết quả kiểm tra (dryRun) hoặc nhập nhiệm vụ từ tệp.")
    public record ImportResult(
            @Schema(description = "Chỉ kiểm tra, chưa ghi gì") boolean dryRun,
            @Schema(description = "Số dòng nhiệm vụ trong tệp", examples = "12") int rows,
            @Schema(description = "Số nhiệm vụ đã tạo (0 khi chỉ kiểm tra)", examples = "0") int created,
            @Schema(description = "Mọi lỗi tìm thấy; rỗng nếu tệp hợp lệ") List<RowError> errors,
            @Schema(description = "Mã các nhiệm vụ đọc được, theo thứ tự trong tệp") List<String> codes) {
    }
}
