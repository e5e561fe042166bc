package vn.dondoc.integration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.report.ReportStatus;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.Priority;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Recurrence;
import vn.dondoc.task.TaskKind;
import vn.dondoc.task.Timeliness;

/**
 * What the document-management system sends and reads. Dates and enumerations arrive as text and
 * are checked by the service, so that one answer lists every problem of the request (a typed field
 * would stop at the first unreadable value).
 */
public final class IntegrationDtos {

    private IntegrationDtos() {
    }

    @Schema(name = "IntegrationDirectiveUpsert", description = "Văn bản chỉ đạo cùng toàn bộ cây nhiệm vụ và phân công, do hệ thống "
            + "quản lý văn bản gửi. Nhiệm vụ được nhận biết bằng mã riêng (externalId) của hệ thống quản lý văn bản.")
    public record DirectiveUpsert(
            @Schema(implementation = DirectiveKind.class, required = true, examples = "ACTION_PROGRAM") String kind,
            @Schema(description = "Số, ký hiệu (tối đa 64 ký tự)", examples = "125/CTr-UBND") String numberSymbol,
            @Schema(description = "Cơ quan ban hành", required = true, examples = "UBND tỉnh Hà Tĩnh") String issuingBody,
            @Schema(description = "Ngày ban hành, yyyy-MM-dd", type = SchemaType.STRING, format = "date", examples = "2026-03-02")
            String issuedOn,
            @Schema(description = "Trích yếu", required = true,
                    examples = "Chương trình hành động thực hiện Kết luận số 57-KL/TU của Ban Thường vụ Tỉnh ủy") String title,
            @Schema(description = "Tóm tắt nội dung") String summary,
            @Schema(description = "Mã (externalId) của văn bản mà văn bản này triển khai, nếu đã có trong Dondoc",
                    examples = "QLVB-2022-000571") String parentExternalId,
            @Schema(description = "Toàn bộ cây nhiệm vụ; nút cha đứng trước nút con. Nhiệm vụ đã gửi trước đây mà không còn "
                    + "trong danh sách sẽ bị hủy (không xóa).") List<TaskUpsert> tasks) {
    }

    @Schema(name = "IntegrationTaskUpsert", description = "Một nút của cây nhiệm vụ. Không có kind: tiêu đề nhóm, không giao đơn vị.")
    public record TaskUpsert(
            @Schema(description = "Mã nhiệm vụ trong hệ thống quản lý văn bản, duy nhất trong văn bản", required = true,
                    examples = "NV-125-01") String externalId,
            @Schema(description = "externalId của nút cha trong cùng yêu cầu", examples = "NV-125-00") String parentExternalId,
            @Schema(description = "Mã hiển thị theo cấu trúc văn bản (tối đa 40 ký tự)", required = true, examples = "II.1.a")
            String code,
            @Schema(description = "Nội dung nhiệm vụ", required = true,
                    examples = "Xây dựng Kế hoạch phát triển công nghiệp hỗ trợ giai đoạn 2026-2030") String content,
            @Schema(implementation = TaskKind.class, description = "Loại nhiệm vụ; bỏ trống với tiêu đề nhóm", examples = "DEADLINE")
            String kind,
            @Schema(implementation = Recurrence.class, description = "Chu kỳ, bắt buộc với nhiệm vụ định kỳ") String recurrence,
            @Schema(description = "Hạn hoàn thành yyyy-MM-dd, bắt buộc với nhiệm vụ có thời hạn", type = SchemaType.STRING,
                    format = "date", examples = "2026-12-31") String dueDate,
            @Schema(description = "Lĩnh vực", examples = "Công tác quy hoạch") String field,
            @Schema(implementation = Priority.class, description = "Mức ưu tiên, mặc định NORMAL") String priority,
            @Schema(description = "Sản phẩm đầu ra", examples = "Kế hoạch của UBND tỉnh") String expectedOutput,
            @Schema(description = "Cấp trình", examples = "UBND_TINH") String approvalLevel,
            @Schema(description = "Mã các đơn vị chủ trì", examples = "[\"SCT\"]") List<String> leadUnitCodes,
            @Schema(description = "Mã các nhóm đơn vị chủ trì: mỗi đơn vị của nhóm được giao riêng") List<String> leadGroupCodes,
            @Schema(description = "Mã các đơn vị phối hợp", examples = "[\"SKHDT\", \"SKHCN\"]") List<String> coordinatingUnitCodes,
            @Schema(description = "Mã các nhóm đơn vị phối hợp") List<String> coordinatingGroupCodes) {
    }

    @Schema(name = "IntegrationDirectiveStatus", description = "Tình hình thực hiện một văn bản chỉ đạo: từng nhiệm vụ, từng đơn vị "
            + "và báo cáo gần nhất. Trả về giống nhau cho các lần gửi lặp lại cùng nội dung.")
    public record DirectiveStatus(
            @Schema(examples = "QLVB-2026-000125") String externalId,
            @Schema(description = "Mã số trong Dondoc", examples = "7") long id,
            DirectiveKind kind,
            @Schema(examples = "125/CTr-UBND") String numberSymbol,
            @Schema(examples = "UBND tỉnh Hà Tĩnh") String issuingBody,
            @Schema(examples = "2026-03-02") LocalDate issuedOn,
            @Schema(examples = "Chương trình hành động thực hiện Kết luận số 57-KL/TU của Ban Thường vụ Tỉnh ủy") String title,
            String summary,
            @Schema(examples = "QLVB-2022-000571") String parentExternalId,
            @Schema(description = "Nhiệm vụ theo thứ tự trong văn bản") List<TaskStatus> tasks) {
    }

    @Schema(name = "IntegrationTaskStatus", description = "Một nhiệm vụ và tình hình của từng đơn vị được giao.")
    public record TaskStatus(
            @Schema(description = "Mã của hệ thống quản lý văn bản; null với nhiệm vụ tạo trong Dondoc", examples = "NV-125-01")
            String externalId,
            @Schema(description = "Mã số trong Dondoc", examples = "412") long id,
            @Schema(examples = "NV-125-00") String parentExternalId,
            @Schema(examples = "II.1.a") String code,
            @Schema(examples = "Xây dựng Kế hoạch phát triển công nghiệp hỗ trợ giai đoạn 2026-2030") String content,
            TaskKind kind,
            Recurrence recurrence,
            @Schema(examples = "2026-12-31") LocalDate dueDate,
            @Schema(description = "Hạn ban đầu (trước các lần gia hạn)", examples = "2026-12-31") LocalDate originalDueDate,
            String field,
            Priority priority,
            String expectedOutput,
            String approvalLevel,
            @Schema(description = "Trạng thái chung, suy ra từ các đơn vị chủ trì; CANCELLED khi nhiệm vụ bị bỏ") ProgressStatus status,
            @Schema(examples = "40") int percentComplete,
            LocalDate completedOn,
            Timeliness timeliness,
            List<UnitStatus> units) {
    }

    @Schema(name = "IntegrationUnitStatus", description = "Phần việc của một đơn vị trong nhiệm vụ.")
    public record UnitStatus(
            @Schema(examples = "SCT") String unitCode,
            @Schema(examples = "Sở Công Thương") String unitName,
            AssignmentRole role,
            ProgressStatus status,
            @Schema(examples = "40") int percentComplete,
            @Schema(description = "Hạn của đơn vị (sau gia hạn, nếu có)", examples = "2026-12-31") LocalDate dueDate,
            LocalDate completedOn,
            Timeliness timeliness,
            @Schema(description = "Ghi chú (lý do hủy, điều chỉnh)") String note,
            @Schema(description = "Báo cáo tiến độ gần nhất đã gửi (không tính dự thảo)") ReportSummary latestReport) {
    }

    @Schema(name = "IntegrationReportSummary", description = "Tóm tắt báo cáo tiến độ gần nhất của đơn vị.")
    public record ReportSummary(
            @Schema(examples = "88") long id,
            ReportStatus status,
            @Schema(examples = "2026-06-15T02:30:00Z") Instant submittedAt,
            @Schema(examples = "60") int percentComplete,
            @Schema(description = "Đơn vị báo cáo đã hoàn thành phần việc") boolean claimsCompletion,
            @Schema(examples = "Đã trình UBND tỉnh dự thảo Kế hoạch") String workDone,
            @Schema(examples = "Dự thảo đã lấy ý kiến 15 sở, ngành") String results,
            @Schema(examples = "Chưa có số liệu của một số địa phương") String difficulties,
            @Schema(description = "Nhận xét khi cơ quan theo dõi trả lại") String reviewerComment) {
    }
}
