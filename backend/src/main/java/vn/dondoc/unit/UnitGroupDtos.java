package vn.dondoc.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.unit.UnitDtos.UnitRef;

/** What the API says about groups of units; entities never leave the service. */
public final class UnitGroupDtos {

    private UnitGroupDtos() {
    }

    @Schema(name = "UnitGroup", description = "Nhóm đơn vị để giao nhiệm vụ một lần cho nhiều đơn vị.")
    public record UnitGroupView(
            @Schema(examples = "1") long id,
            @Schema(examples = "SO_BAN_NGANH") String code,
            @Schema(examples = "Các sở, ban, ngành") String name,
            @Schema(examples = "Tất cả sở, ban, ngành cấp tỉnh đang hoạt động") String description,
            @Schema(description = "Với nhóm động: mọi đơn vị đang hoạt động thuộc loại này; null với nhóm có danh sách cố định")
            UnitType unitType,
            @Schema(description = "Nhóm động (theo loại đơn vị)", examples = "true") boolean dynamic,
            @Schema(description = "Nhóm có sẵn của hệ thống, không xóa được", examples = "true") boolean builtIn,
            @Schema(description = "Số đơn vị đang hoạt động trong nhóm", examples = "7") long memberCount,
            @Schema(description = "Phiên bản, gửi lại khi cập nhật (khóa lạc quan)", examples = "0") long version) {

        static UnitGroupView of(UnitGroup group, long memberCount) {
            return new UnitGroupView(group.id, group.code, group.name, group.description, group.unitType,
                    group.dynamic(), group.builtIn, memberCount, group.version);
        }
    }

    @Schema(name = "UnitGroupList", description = "Danh sách nhóm đơn vị.")
    public record UnitGroupList(List<UnitGroupView> items) {
    }

    @Schema(name = "UnitGroupDetail", description = "Nhóm đơn vị với các đơn vị thành viên đang hoạt động.")
    public record UnitGroupDetail(
            @Schema(examples = "1") long id,
            @Schema(examples = "DIA_PHUONG") String code,
            @Schema(examples = "UBND các huyện, thị xã, thành phố") String name,
            @Schema(examples = "Tất cả địa phương cấp huyện đang hoạt động") String description,
            UnitType unitType,
            @Schema(examples = "true") boolean dynamic,
            @Schema(examples = "true") boolean builtIn,
            @Schema(description = "Đơn vị thành viên đang hoạt động, theo tên") List<UnitRef> members,
            @Schema(examples = "0") long version) {

        static UnitGroupDetail of(UnitGroup group, List<Unit> members) {
            return new UnitGroupDetail(group.id, group.code, group.name, group.description, group.unitType,
                    group.dynamic(), group.builtIn, members.stream().map(UnitRef::of).toList(), group.version);
        }
    }

    @Schema(name = "UnitGroupCreate", description = "Tạo nhóm đơn vị: theo loại đơn vị (nhóm động) hoặc danh sách đơn vị.")
    public record UnitGroupCreate(
            @NotBlank(message = "Mã nhóm không được để trống")
            @Size(max = 32, message = "Mã nhóm tối đa 32 ký tự")
            @Pattern(regexp = "[A-Z0-9_-]+", message = "Mã nhóm chỉ gồm chữ in hoa không dấu, chữ số, '-' và '_'")
            @Schema(examples = "KHOI_KINH_TE") String code,
            @NotBlank(message = "Tên nhóm không được để trống")
            @Size(max = 255, message = "Tên nhóm tối đa 255 ký tự")
            @Schema(examples = "Các sở khối kinh tế") String name,
            @Size(max = 1000, message = "Mô tả tối đa 1000 ký tự")
            @Schema(examples = "Sở Công Thương, Sở Kế hoạch và Đầu tư, Sở Tài chính") String description,
            @Schema(description = "Đặt loại đơn vị để tạo nhóm động; khi đó không gửi memberIds") UnitType unitType,
            @Size(max = 500, message = "Tối đa 500 đơn vị trong một nhóm")
            @Schema(description = "Đơn vị thành viên (nhóm có danh sách cố định)", examples = "[2, 4]")
            List<@NotNull(message = "Mã số đơn vị không được để trống") Long> memberIds) {
    }

    @Schema(name = "UnitGroupUpdate", description = "Cập nhật nhóm đơn vị; version phải là phiên bản đang xem. Mã nhóm không đổi.")
    public record UnitGroupUpdate(
            @NotBlank(message = "Tên nhóm không được để trống")
            @Size(max = 255, message = "Tên nhóm tối đa 255 ký tự")
            @Schema(examples = "Các sở khối kinh tế") String name,
            @Size(max = 1000, message = "Mô tả tối đa 1000 ký tự")
            @Schema(examples = "Sở Công Thương, Sở Kế hoạch và Đầu tư, Sở Tài chính") String description,
            @Schema(description = "Loại đơn vị của nhóm động; nhóm có sẵn không đổi được loại") UnitType unitType,
            @Size(max = 500, message = "Tối đa 500 đơn vị trong một nhóm")
            @Schema(description = "Đơn vị thành viên (nhóm có danh sách cố định)", examples = "[2, 4, 5]")
            List<@NotNull(message = "Mã số đơn vị không được để trống") Long> memberIds,
            @NotNull(message = "Phiên bản (version) là bắt buộc")
            @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(examples = "0") Long version) {
    }
}
