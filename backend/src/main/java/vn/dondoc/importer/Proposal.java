package vn.dondoc.importer;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.period.PeriodKind;
import vn.dondoc.task.Recurrence;
import vn.dondoc.task.TaskKind;

/** What the importer proposes from a document: stored as JSON in the draft, edited, then accepted. */
public final class Proposal {

    private Proposal() {
    }

    @Schema(name = "ImportMatchStatus", description = "MATCHED: khớp danh mục; UNSURE: có thể là (cần chọn); UNKNOWN: không có "
            + "trong danh mục (cần chọn); GROUP: nhóm đơn vị; CHOSEN: do người rà soát chọn; BODY: cơ quan nhận báo cáo không phải đơn vị "
            + "được giao việc (Ban Thường vụ Tỉnh ủy, HĐND tỉnh...)")
    public enum MatchStatus { MATCHED, UNSURE, UNKNOWN, GROUP, CHOSEN, BODY }

    @Schema(name = "ImportCandidate", description = "Đơn vị trong danh mục có thể là đơn vị được nêu.")
    public record Candidate(@Schema(examples = "2") long unitId, @Schema(examples = "SCT") String code,
            @Schema(examples = "Sở Công Thương") String name, @Schema(examples = "0.86") double confidence) {
    }

    @Schema(name = "ImportUnitMatch", description = "Một đơn vị (hoặc nhóm đơn vị) được nêu trong văn bản và đơn vị tương ứng trong danh mục.")
    public record UnitMatch(
            @Schema(description = "Cụm từ trong văn bản", examples = "Sở Công Thương") String text,
            MatchStatus status,
            @Schema(examples = "2") Long unitId, @Schema(examples = "SCT") String unitCode, String unitName,
            @Schema(description = "Nhóm đơn vị (với status GROUP)") Long groupId,
            @Schema(examples = "SO_BAN_NGANH") String groupCode, String groupName,
            @Schema(description = "Độ tin cậy 0..1", examples = "1.0") double confidence,
            @Schema(description = "Các đơn vị có thể là, khi chưa chắc chắn") List<Candidate> candidates) {

        public boolean resolved() {
            return status == MatchStatus.MATCHED || status == MatchStatus.GROUP || status == MatchStatus.CHOSEN;
        }

        /** A code naming what was matched: the unit code, or "@" and the group code. */
        public String ref() {
            return groupCode != null ? "@" + groupCode : unitCode;
        }
    }

    @Schema(name = "ImportDirective", description = "Văn bản chỉ đạo đề xuất (chính văn bản được nhập).")
    public record ProposedDirective(
            DirectiveKind kind,
            @Schema(description = "Số, ký hiệu, nếu văn bản có") String numberSymbol,
            @Schema(examples = "Chương trình hành động thực hiện Kết luận số 57-KL/TU ngày 07/10/2022 của Ban Thường vụ Tỉnh ủy") String title,
            @Schema(examples = "Ủy ban nhân dân tỉnh") String issuingBody,
            LocalDate issuedOn,
            @Schema(description = "Đoạn mở đầu") String summary,
            @Schema(description = "Văn bản còn là dự thảo") boolean draft,
            @Schema(description = "Văn bản được triển khai trực tiếp (số, ký hiệu)", examples = "57-KL/TU") String implementsNumber,
            @Schema(examples = "3") int firstLine, @Schema(examples = "5") int lastLine) {
    }

    @Schema(name = "ImportImplementedDirective", description = "Văn bản mà chương trình triển khai, trích từ phần mở đầu.")
    public record ImplementedDirective(
            DirectiveKind kind,
            @Schema(examples = "57-KL/TU") String numberSymbol,
            @Schema(examples = "2022-10-07") LocalDate issuedOn,
            @Schema(examples = "Ban Thường vụ Tỉnh ủy") String issuingBody,
            @Schema(examples = "về tiếp tục thực hiện Nghị quyết số 08-NQ/TU") String title,
            @Schema(description = "Số, ký hiệu của văn bản mà văn bản này triển khai", examples = "08-NQ/TU") String parentNumber,
            @Schema(examples = "7") int line,
            @Schema(description = "Văn bản đã có trong hệ thống (dùng lại khi chấp nhận)") Long existingId) {
    }

    @Schema(name = "ImportTask", description = "Một nút của cây nhiệm vụ đề xuất; tiêu đề nhóm không có loại (kind = null).")
    public record ProposedTask(
            @Schema(examples = "II.3.a.1") String code,
            @Schema(examples = "II.3.a") String parentCode,
            StructureKind level,
            @Schema(description = "Tiêu đề nhóm (có nhiệm vụ con), không giao trực tiếp") boolean heading,
            String content,
            @Schema(description = "Lĩnh vực (tiêu đề nhóm số)") String field,
            TaskKind kind,
            Recurrence recurrence,
            LocalDate dueDate,
            @Schema(description = "Cụm từ về thời hạn tìm thấy", examples = "trước ngày 30/6/2023") String deadlineText,
            @Schema(description = "Sản phẩm đầu ra") String expectedOutput,
            @Schema(description = "Cấp trình", examples = "HDND_TINH") String approvalLevel,
            List<UnitMatch> lead,
            List<UnitMatch> coordinating,
            @Schema(description = "Đơn vị được kế thừa từ mục cha") boolean unitsInherited,
            @Schema(examples = "27") int firstLine,
            @Schema(examples = "28") int lastLine,
            List<String> notes) {
    }

    @Schema(name = "ImportReportingObligation", description = "Nghĩa vụ báo cáo trích từ phần Tổ chức thực hiện: ai báo cáo ai, bao lâu một lần.")
    public record ReportingObligation(
            @Schema(examples = "III.2") String code,
            @Schema(description = "IMPLEMENTATION_PLAN (xây dựng kế hoạch), PROGRESS (báo cáo kết quả), CONSOLIDATED (tổng hợp), SUPERVISION (giám sát)")
            String kind,
            String text,
            List<UnitMatch> reporters,
            List<UnitMatch> recipients,
            List<UnitMatch> copyTo,
            @Schema(description = "ONCE, PERIODIC (định kỳ, chưa nêu chu kỳ), MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY, ONGOING")
            String frequency,
            int firstLine, int lastLine) {
    }

    @Schema(name = "ImportReportingSchedule", description = "Lịch báo cáo định kỳ sẽ tạo cho văn bản khi chấp nhận, từ các nghĩa vụ "
            + "báo cáo định kỳ của phần Tổ chức thực hiện. Kỳ và số ngày không nêu trong văn bản lấy theo lịch báo cáo chung.")
    public record ScheduleProposal(
            @Schema(examples = "Báo cáo kết quả thực hiện (6 tháng)") String name,
            @Schema(examples = "[\"HALF_YEARLY\"]") List<PeriodKind> kinds,
            @Schema(description = "Ngày làm việc sau ngày chốt số liệu để đơn vị báo cáo", examples = "2") int unitDueWorkingDays,
            @Schema(description = "Ngày làm việc sau ngày chốt số liệu để cơ quan theo dõi báo cáo tổng hợp", examples = "5")
            int trackerDueWorkingDays,
            @Schema(description = "Các kỳ được nêu trong văn bản (false: theo lịch chung)") boolean kindsFromText,
            @Schema(description = "Số ngày được nêu trong văn bản (false: theo lịch chung)") boolean daysFromText,
            @Schema(description = "Các nghĩa vụ báo cáo tạo nên lịch", examples = "[\"III.2\", \"III.3\"]") List<String> sourceCodes) {
    }

    @Schema(name = "ImportWarning", description = "Điều người rà soát cần xem lại.")
    public record Warning(
            @Schema(examples = "DUPLICATE_LETTER") String code,
            @Schema(examples = "45") Integer line,
            @Schema(examples = "II.4.c'") String taskCode,
            String message) {
    }

    @Schema(name = "ImportProposal", description = "Toàn bộ đề xuất từ văn bản.")
    public record Content(ProposedDirective directive, List<ImplementedDirective> implementsChain, List<ProposedTask> tasks,
            List<ReportingObligation> obligations, List<Warning> warnings) {
    }
}
