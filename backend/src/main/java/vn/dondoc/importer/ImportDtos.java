package vn.dondoc.importer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.period.PeriodKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.task.Recurrence;
import vn.dondoc.task.TaskKind;

public final class ImportDtos {

    private ImportDtos() {
    }

    @Schema(name = "ImportDiffEntry", description = "Một nhiệm vụ khác với văn bản đang theo dõi.")
    public record DiffEntry(
            @Schema(examples = "II.3.a.1") String code,
            @Schema(description = "Nhiệm vụ hiện có (với thay đổi, xóa)") Long taskId,
            String content,
            @Schema(description = "Các trường khác nhau", examples = "[\"content\", \"dueDate\", \"lead\"]") List<String> fields) {
    }

    @Schema(name = "ImportScheduleChange", description = "Lịch báo cáo của văn bản sẽ thay đổi khi chấp nhận: CREATE (văn bản chưa có "
            + "lịch riêng) hoặc UPDATE (lịch riêng hiện có khác lịch đề xuất; kèm giá trị hiện tại).")
    public record ScheduleChange(
            @Schema(examples = "UPDATE") String change,
            @Schema(description = "Lịch riêng hiện có (với UPDATE)", examples = "4") Long scheduleId,
            String currentName,
            List<PeriodKind> currentKinds,
            Integer currentUnitDueWorkingDays,
            Integer currentTrackerDueWorkingDays) {
    }

    @Schema(name = "ImportDiff", description = "Khác biệt giữa văn bản nhập lại và văn bản đang theo dõi.")
    public record Diff(
            @Schema(examples = "3") long directiveId,
            List<DiffEntry> added, List<DiffEntry> changed, List<DiffEntry> removed,
            @Schema(description = "Thay đổi lịch báo cáo; null khi không đổi") ScheduleChange schedule) {
    }

    @Schema(name = "ImportSummary", description = "Một bản nhập trong danh sách.")
    public record ImportSummary(
            @Schema(examples = "5") long id,
            @Schema(examples = "chuong-trinh-57.docx") String fileName,
            ImportStatus status,
            @Schema(examples = "100") int progress,
            @Schema(examples = "Chương trình hành động thực hiện Kết luận số 57-KL/TU") String title,
            Long targetDirectiveId,
            Long createdDirectiveId,
            @Schema(examples = "theodoi.sct") String createdBy,
            Instant createdAt,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "ImportList", description = "Các bản nhập gần đây, mới nhất trước.")
    public record ImportList(List<ImportSummary> items) {
    }

    @Schema(name = "ImportDraft", description = "Bản nhập: đề xuất văn bản, cây nhiệm vụ (kèm dòng nguồn), đơn vị khớp danh mục "
            + "(độ tin cậy), thời hạn, nghĩa vụ báo cáo và cảnh báo.")
    public record ImportView(
            @Schema(examples = "5") long id,
            @Schema(examples = "chuong-trinh-57.docx") String fileName,
            @Schema(examples = "DOCX") String sourceFormat,
            ImportStatus status,
            @Schema(description = "Tiến độ đọc văn bản (%)", examples = "100") int progress,
            @Schema(description = "Lỗi khi không đọc được") String error,
            @Schema(description = "Nhập lại vào văn bản này") Long targetDirectiveId,
            @Schema(description = "Văn bản đã tạo khi chấp nhận") Long createdDirectiveId,
            @Schema(description = "Các đoạn của văn bản nguồn; dòng n là phần tử n-1") List<String> sourceLines,
            Proposal.Content proposal,
            @Schema(description = "Số đơn vị chưa xác định (cần chọn) trong các nhiệm vụ", examples = "0") int unresolved,
            @Schema(description = "Khác biệt với văn bản đang theo dõi (khi nhập lại)") Diff diff,
            @Schema(description = "Lịch báo cáo định kỳ sẽ tạo (hoặc cập nhật) khi chấp nhận; null khi phần Tổ chức thực hiện "
                    + "không đặt nghĩa vụ báo cáo định kỳ") Proposal.ScheduleProposal reportingSchedule,
            @Schema(examples = "theodoi.sct") String createdBy,
            Instant createdAt,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "ImportUnitPick", description = "Đơn vị hoặc nhóm đơn vị được chọn.")
    public record UnitPick(@Schema(examples = "2") Long unitId, @Schema(examples = "1") Long groupId) {
    }

    @Schema(name = "ImportDirectiveEdit", description = "Sửa văn bản đề xuất (thay toàn bộ).")
    public record DirectiveEdit(
            @NotNull(message = "Loại văn bản là bắt buộc") DirectiveKind kind,
            @Size(max = 64, message = "Số, ký hiệu tối đa 64 ký tự") String numberSymbol,
            @NotBlank(message = "Trích yếu không được để trống") @Size(max = 1000, message = "Trích yếu tối đa 1000 ký tự") String title,
            @NotBlank(message = "Cơ quan ban hành không được để trống") @Size(max = 255, message = "Cơ quan ban hành tối đa 255 ký tự")
            String issuingBody,
            LocalDate issuedOn,
            @Size(max = 10000, message = "Tóm tắt tối đa 10000 ký tự") String summary) {
    }

    @Schema(name = "ImportTaskEdit", description = "Sửa một nhiệm vụ đề xuất: trường null giữ nguyên; danh sách đơn vị (nếu gửi) thay toàn bộ.")
    public record TaskEdit(
            @NotBlank(message = "Mã nhiệm vụ cần sửa là bắt buộc") @Schema(examples = "II.2.c.1") String code,
            @Size(max = 10000, message = "Nội dung nhiệm vụ tối đa 10000 ký tự") String content,
            TaskKind kind,
            Recurrence recurrence,
            @Schema(examples = "2026-12-31") LocalDate dueDate,
            @Size(max = 200, message = "Lĩnh vực tối đa 200 ký tự") String field,
            @Size(max = 500, message = "Sản phẩm đầu ra tối đa 500 ký tự") String expectedOutput,
            @Size(max = 30, message = "Cấp trình tối đa 30 ký tự") String approvalLevel,
            @Size(max = 500, message = "Tối đa 500 đơn vị") List<@NotNull UnitPick> lead,
            @Size(max = 500, message = "Tối đa 500 đơn vị") List<@NotNull UnitPick> coordinating,
            @Schema(description = "Bỏ nhiệm vụ (và các nhiệm vụ con) khỏi đề xuất") Boolean remove) {
    }

    @Schema(name = "ImportEdit", description = "Sửa bản nhập; version phải là phiên bản đang xem (nếu không: 409).")
    public record ImportEdit(
            @Valid DirectiveEdit directive,
            @Size(max = 2000, message = "Tối đa 2000 nhiệm vụ mỗi lần") List<@Valid @NotNull TaskEdit> tasks,
            @NotNull(message = "Phiên bản (version) là bắt buộc") @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(examples = "0") Long version) {
    }

    @Schema(name = "ImportAccept", description = "Chấp nhận bản nhập ở phiên bản đang xem.")
    public record ImportAccept(
            @NotNull(message = "Phiên bản (version) là bắt buộc") @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(examples = "3") Long version) {
    }

    @Schema(name = "ImportAccepted", description = "Kết quả chấp nhận: văn bản và nhiệm vụ đã tạo (hoặc cập nhật khi nhập lại).")
    public record AcceptResult(
            @Schema(examples = "7") long directiveId,
            @Schema(description = "Các văn bản được triển khai đã tạo mới (chưa có trong hệ thống)") List<Long> createdDirectiveIds,
            @Schema(examples = "48") int createdTasks,
            @Schema(examples = "0") int updatedTasks,
            @Schema(description = "Nhiệm vụ không còn trong văn bản: giữ nguyên, cần xử lý thủ công") List<String> removedTaskCodes,
            @Schema(description = "Lịch báo cáo định kỳ của văn bản đã tạo hoặc cập nhật", examples = "4") Long reportingScheduleId) {
    }
}
