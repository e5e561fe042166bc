package vn.dondoc.remark;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.unit.UnitDtos.UnitRef;

/** What the API says about supervision remarks and their answers. */
public final class RemarkDtos {

    /** The longest remark or answer, in characters (the OpenAPI limit and the validation). */
    public static final int TEXT_MAX = 4000;

    private RemarkDtos() {
    }

    @Schema(name = "RemarkFile", description = "Tệp đính kèm ý kiến (tối đa một tệp).")
    public record FileView(
            @Schema(examples = "bien-ban-giam-sat.pdf") String fileName,
            @Schema(examples = "application/pdf") String contentType,
            @Schema(examples = "48213") long sizeBytes,
            @Schema(description = "Đường dẫn tải tệp", examples = "/api/v1/remarks/7/attachment") String url) {
    }

    @Schema(name = "RemarkAnswer", description = "Trả lời của đơn vị được giao đối với một ý kiến giám sát.")
    public record AnswerView(
            @Schema(examples = "9") long id,
            @Schema(examples = "Sở Công Thương đã bổ sung kế hoạch, dự kiến hoàn thành trong quý IV.") String text,
            @Schema(examples = "giamdoc.sct") String authorUsername,
            @Schema(examples = "Nguyễn Văn Hùng") String authorName,
            @Schema(description = "Đơn vị trả lời") UnitRef authorUnit,
            FileView file,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Phiên bản, gửi kèm khi sửa", examples = "0") long version) {
    }

    @Schema(name = "Remark", description = "Một ý kiến giám sát về nhiệm vụ, hoặc về phần việc của một đơn vị, kèm các trả lời. "
            + "Không bao giờ được công khai.")
    public record RemarkView(
            @Schema(examples = "7") long id,
            @Schema(examples = "42") long taskId,
            @Schema(examples = "II.1.b") String taskCode,
            @Schema(description = "Phần việc được góp ý; null nếu góp ý cho cả nhiệm vụ", examples = "57") Long assignmentId,
            @Schema(description = "Đơn vị của phần việc được góp ý; null nếu góp ý cho cả nhiệm vụ") UnitRef unit,
            @Schema(examples = "Đề nghị làm rõ tiến độ giải phóng mặt bằng cụm công nghiệp.") String text,
            @Schema(examples = "giamsat.mttq") String authorUsername,
            @Schema(examples = "Trần Thị Mai") String authorName,
            @Schema(description = "Tổ chức giám sát") UnitRef authorUnit,
            FileView file,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Phiên bản, gửi kèm khi sửa", examples = "0") long version,
            @Schema(description = "Người gọi (đơn vị được giao) được trả lời ý kiến này", examples = "true") boolean canAnswer,
            @Schema(description = "Người gọi là tác giả, được sửa và đính kèm tệp", examples = "false") boolean canEdit,
            List<AnswerView> answers) {
    }

    @Schema(name = "RemarkCreate", description = "Ý kiến giám sát mới (chỉ tổ chức giám sát).")
    public record RemarkCreate(
            @NotBlank(message = "Cần nhập nội dung ý kiến")
            @Size(max = TEXT_MAX, message = "Nội dung ý kiến tối đa " + TEXT_MAX + " ký tự")
            @Schema(maxLength = TEXT_MAX, examples = "Đề nghị làm rõ tiến độ giải phóng mặt bằng cụm công nghiệp.") String text,
            @Schema(description = "Phần việc của một đơn vị trong nhiệm vụ; bỏ trống để góp ý cho cả nhiệm vụ", examples = "57")
            Long assignmentId) {
    }

    @Schema(name = "RemarkAnswerCreate", description = "Trả lời ý kiến giám sát (chỉ đơn vị được giao).")
    public record AnswerCreate(
            @NotBlank(message = "Cần nhập nội dung trả lời")
            @Size(max = TEXT_MAX, message = "Nội dung trả lời tối đa " + TEXT_MAX + " ký tự")
            @Schema(maxLength = TEXT_MAX, examples = "Sở Công Thương đã bổ sung kế hoạch, dự kiến hoàn thành trong quý IV.")
            String text) {
    }

    @Schema(name = "RemarkUpdate", description = "Sửa nội dung một ý kiến hoặc một trả lời (chỉ tác giả).")
    public record RemarkUpdate(
            @NotBlank(message = "Cần nhập nội dung")
            @Size(max = TEXT_MAX, message = "Nội dung tối đa " + TEXT_MAX + " ký tự")
            @Schema(maxLength = TEXT_MAX) String text,
            @NotNull(message = "Phiên bản (version) là bắt buộc khi sửa")
            @Schema(description = "Phiên bản đã đọc; phiên bản cũ trả về 409", examples = "0") Long version) {
    }

    /** One remark as the consolidated report's annex lists it (sheet "Ý kiến giám sát"). */
    public record AnnexLine(String taskCode, String unit, String organisation, java.time.LocalDate date, String text,
            List<String> answers) {
    }

    @Schema(name = "RemarkUnitCount", description = "Số ý kiến giám sát liên quan đến một đơn vị: về phần việc của đơn vị, và về "
            + "cả nhiệm vụ mà đơn vị được giao.")
    public record UnitCount(
            UnitRef unit,
            @Schema(description = "Ý kiến về phần việc của đơn vị", examples = "2") long onShares,
            @Schema(description = "Ý kiến về cả nhiệm vụ mà đơn vị được giao", examples = "1") long onTasks,
            @Schema(description = "Tổng số", examples = "3") long total,
            @Schema(description = "Số ý kiến đơn vị chưa trả lời", examples = "1") long unanswered) {
    }
}
