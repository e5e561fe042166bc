package vn.dondoc.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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
            @Schema(description = "Phiên bản, gửi lại khi cập nhật (khóa lạc quan)", examples = "0") long version) {

        public static UnitView of(Unit unit) {
            return new UnitView(unit.id, unit.code, unit.name, unit.shortName, unit.type,
                    unit.parent == null ? null : unit.parent.id, unit.active, unit.version);
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
            Long parentId) {
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
}
