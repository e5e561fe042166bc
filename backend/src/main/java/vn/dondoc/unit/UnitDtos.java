package vn.dondoc.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API says about units; entities never leave the service. */
public final class UnitDtos {

    private UnitDtos() {
    }

    @Schema(name = "UnitRef", description = "Đơn vị, dạng rút gọn.")
    public record UnitRef(
            @Schema(examples = "1") long id,
            @Schema(examples = "STTTT") String code,
            @Schema(examples = "Sở Thông tin và Truyền thông") String name,
            @Schema(examples = "Sở TT&TT") String shortName) {

        public static UnitRef of(Unit unit) {
            return new UnitRef(unit.id, unit.code, unit.name, unit.shortName);
        }
    }

    @Schema(name = "Unit", description = "Đơn vị được giao nhiệm vụ (sở, ban, ngành, địa phương...).")
    public record UnitView(
            @Schema(examples = "1") long id,
            @Schema(examples = "SCT") String code,
            @Schema(examples = "Sở Công Thương") String name,
            @Schema(examples = "Sở CT") String shortName,
            UnitType type,
            @Schema(description = "Đơn vị cấp trên, nếu có") Long parentId,
            @Schema(examples = "true") boolean active,
            @Schema(description = "Ngày bắt đầu hiệu lực, nếu biết", examples = "2025-03-01") LocalDate validFrom,
            @Schema(description = "Ngày hết hiệu lực (đơn vị đã được sáp nhập)", examples = "2025-06-30") LocalDate validTo,
            @Schema(description = "Đơn vị kế thừa khi đơn vị này được sáp nhập") Long successorId,
            @Schema(description = "Phiên bản, gửi lại khi cập nhật (khóa lạc quan)", examples = "0") long version) {

        public static UnitView of(Unit unit) {
            return new UnitView(unit.id, unit.code, unit.name, unit.shortName, unit.type,
                    unit.parent == null ? null : unit.parent.id, unit.active, unit.validFrom, unit.validTo,
                    unit.successor == null ? null : unit.successor.id, unit.version);
        }
    }

    @Schema(name = "UnitPage", description = "Một trang danh sách đơn vị.")
    public record UnitPage(List<UnitView> items,
            @Schema(examples = "0") int page,
            @Schema(examples = "20") int size,
            @Schema(examples = "27") long totalItems,
            @Schema(examples = "2") int totalPages) {
    }

    @Schema(name = "UnitCreate", description = "Tạo đơn vị mới.")
    public record UnitCreate(
            @NotBlank(message = "Mã đơn vị không được để trống")
            @Size(max = 32, message = "Mã đơn vị tối đa 32 ký tự")
            @Pattern(regexp = "[A-Z0-9_-]+", message = "Mã đơn vị chỉ gồm chữ in hoa không dấu, chữ số, '-' và '_'")
            @Schema(examples = "SXD") String code,
            @NotBlank(message = "Tên đơn vị không được để trống")
            @Size(max = 255, message = "Tên đơn vị tối đa 255 ký tự")
            @Schema(examples = "Sở Xây dựng") String name,
            @Size(max = 100, message = "Tên viết tắt tối đa 100 ký tự")
            @Schema(examples = "Sở XD") String shortName,
            @NotNull(message = "Loại đơn vị là bắt buộc") UnitType type,
            Long parentId,
            @Schema(description = "Ngày bắt đầu hiệu lực (yyyy-MM-dd), nếu biết", examples = "2025-03-01") LocalDate validFrom) {
    }

    @Schema(name = "UnitUpdate", description = "Cập nhật đơn vị; version phải là phiên bản đang xem.")
    public record UnitUpdate(
            @NotBlank(message = "Tên đơn vị không được để trống")
            @Size(max = 255, message = "Tên đơn vị tối đa 255 ký tự")
            @Schema(examples = "Sở Xây dựng") String name,
            @Size(max = 100, message = "Tên viết tắt tối đa 100 ký tự")
            @Schema(examples = "Sở XD") String shortName,
            @NotNull(message = "Loại đơn vị là bắt buộc") UnitType type,
            Long parentId,
            @NotNull(message = "Trạng thái hoạt động là bắt buộc") Boolean active,
            @NotNull(message = "Phiên bản (version) là bắt buộc")
            @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(examples = "0") Long version) {
    }

    @Schema(name = "UnitReorganization", description = "Tổ chức lại một đơn vị: sáp nhập vào đơn vị kế thừa, chia tách "
            + "cho nhiều đơn vị kế thừa, hoặc đổi tên.")
    public record UnitReorganization(
            @NotNull(message = "Hình thức tổ chức lại là bắt buộc") ReorganizationAction action,
            @Schema(description = "Đơn vị kế thừa; bắt buộc khi sáp nhập (MERGE). Khi chia tách (SPLIT): đơn vị kế thừa "
                    + "chính, được ghi là đơn vị kế thừa của đơn vị giải thể và thay chỗ đơn vị đó trong các nhóm đơn vị",
                    examples = "2") Long successorId,
            @Size(max = 255, message = "Tên mới tối đa 255 ký tự")
            @Schema(description = "Tên mới; bắt buộc khi đổi tên (RENAME)", examples = "Sở Khoa học và Công nghệ")
            String newName,
            @Size(max = 100, message = "Tên viết tắt mới tối đa 100 ký tự")
            @Schema(description = "Tên viết tắt mới khi đổi tên (RENAME); để trống thì bỏ tên viết tắt", examples = "Sở KH&CN")
            String newShortName,
            @Schema(description = "Ngày hiệu lực (yyyy-MM-dd); bắt buộc khi sáp nhập hoặc chia tách: là ngày cuối cùng đơn vị "
                    + "còn hoạt động. Báo cáo định kỳ đến hạn vào ngày này (hoặc sau) do đơn vị kế thừa nộp",
                    examples = "2025-02-28") LocalDate effectiveDate,
            @Size(max = 5000, message = "Tối đa 5000 phần việc")
            @Schema(description = "Chỉ khi chia tách (SPLIT): mỗi phần việc đang mở (chưa thực hiện, đang thực hiện) của đơn vị "
                    + "và đơn vị kế thừa nhận phần việc đó; phải liệt kê đủ mọi phần việc đang mở, thiếu thì trả về 422 kèm "
                    + "danh sách phần việc chưa được giao")
            List<@NotNull(message = "Dòng phân giao không được để trống") @Valid ShareSuccessor> shares) {
    }

    @Schema(name = "ShareSuccessor", description = "Một phần việc đang mở của đơn vị bị chia tách và đơn vị kế thừa nhận nó.")
    public record ShareSuccessor(
            @NotNull(message = "Mã phần việc là bắt buộc") @Schema(description = "Mã phần việc (assignment) của đơn vị bị chia tách",
                    examples = "301") Long assignmentId,
            @NotNull(message = "Đơn vị kế thừa là bắt buộc") @Schema(description = "Đơn vị nhận phần việc", examples = "2")
            Long successorId) {
    }

    @Schema(name = "ShareAbsorption", description = "Hai phần việc cùng nhiệm vụ gộp làm một ở đơn vị kế thừa: phần việc còn "
            + "lại (chủ trì được giữ thay vì phối hợp) ghi chú đã tiếp nhận phần việc kia; phần việc kia được đóng (hủy, không "
            + "xóa) với ghi chú trỏ tới phần việc còn lại, báo cáo của cả hai vẫn giữ nguyên.")
    public record ShareAbsorption(
            @Schema(examples = "42") long taskId,
            @Schema(examples = "II.4.c") String taskCode,
            @Schema(description = "Phần việc còn lại, của đơn vị kế thừa", examples = "301") long survivorId,
            @Schema(description = "Phần việc đã đóng và gộp vào phần việc còn lại", examples = "298") long absorbedId) {
    }

    @Schema(name = "UnitReorganizationResult", description = "Kết quả tổ chức lại đơn vị.")
    public record ReorganizationResult(
            @Schema(description = "Đơn vị sau khi tổ chức lại") UnitView unit,
            @Schema(description = "Đơn vị kế thừa (khi sáp nhập), đơn vị kế thừa chính (khi chia tách)") UnitView successor,
            @Schema(description = "Số phần việc đang mở (chưa thực hiện, đang thực hiện) đã chuyển sang đơn vị kế thừa",
                    examples = "12") int movedAssignments,
            @Schema(description = "Số phần việc đã đóng vì đơn vị kế thừa đã được giao cùng nhiệm vụ (gộp làm một phần việc, "
                    + "chủ trì được giữ thay vì phối hợp)", examples = "3") int cancelledDuplicates,
            @Schema(description = "Số nhóm đơn vị (danh sách cố định) đã thay đơn vị bị sáp nhập bằng đơn vị kế thừa",
                    examples = "1") int updatedGroups,
            @Schema(description = "Các cặp phần việc đã gộp làm một") List<ShareAbsorption> absorbed) {
    }
}
