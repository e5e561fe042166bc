package vn.dondoc.directive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class DirectiveDtos {

    private DirectiveDtos() {
    }

    @Schema(name = "Directive", description = "Văn bản chỉ đạo.")
    public record DirectiveView(
            @Schema(examples = "3") long id,
            DirectiveKind kind,
            @Schema(description = "Số, ký hiệu", examples = "57-KL/TU") String numberSymbol,
            @Schema(description = "Cơ quan ban hành", examples = "Ban Thường vụ Tỉnh ủy") String issuingBody,
            @Schema(description = "Ngày ban hành", examples = "2022-10-07") LocalDate issuedOn,
            @Schema(examples = "Kết luận về tiếp tục thực hiện Nghị quyết số 08-NQ/TU") String title,
            String summary,
            @Schema(description = "Văn bản mà văn bản này triển khai thực hiện") Long parentId,
            @Schema(description = "Mã của văn bản trong hệ thống quản lý văn bản") String externalId,
            @Schema(examples = "0") long version) {

        static DirectiveView of(Directive d) {
            return new DirectiveView(d.id, d.kind, d.numberSymbol, d.issuingBody, d.issuedOn, d.title, d.summary,
                    d.parent == null ? null : d.parent.id, d.externalId, d.version);
        }
    }

    @Schema(name = "DirectiveList", description = "Danh sách văn bản chỉ đạo.")
    public record DirectiveList(List<DirectiveView> items) {
    }

    @Schema(name = "DirectiveCreate", description = "Tạo văn bản chỉ đạo mới.")
    public record DirectiveCreate(
            @NotNull(message = "Loại văn bản là bắt buộc") DirectiveKind kind,
            @Size(max = 64, message = "Số, ký hiệu tối đa 64 ký tự")
            @Schema(description = "Số, ký hiệu", examples = "57-KL/TU") String numberSymbol,
            @NotBlank(message = "Cơ quan ban hành không được để trống")
            @Size(max = 255, message = "Cơ quan ban hành tối đa 255 ký tự")
            @Schema(description = "Cơ quan ban hành", examples = "Ban Thường vụ Tỉnh ủy") String issuingBody,
            @Schema(description = "Ngày ban hành (yyyy-MM-dd)", examples = "2022-10-07") LocalDate issuedOn,
            @NotBlank(message = "Trích yếu không được để trống")
            @Size(max = 1000, message = "Trích yếu tối đa 1000 ký tự")
            @Schema(description = "Trích yếu", examples = "về tiếp tục thực hiện Nghị quyết số 08-NQ/TU, ngày 18/5/2018 của Ban Chấp hành Đảng bộ tỉnh")
            String title,
            @Size(max = 10000, message = "Tóm tắt nội dung tối đa 10000 ký tự")
            @Schema(description = "Tóm tắt nội dung", examples = "Tiếp tục đẩy mạnh phát triển công nghiệp, tiểu thủ công nghiệp đến năm 2025")
            String summary,
            @Schema(description = "Văn bản mà văn bản này triển khai thực hiện", examples = "1") Long parentId,
            @Size(max = 128, message = "Mã văn bản trong hệ thống quản lý văn bản tối đa 128 ký tự")
            @Schema(description = "Mã của văn bản trong hệ thống quản lý văn bản, duy nhất", examples = "QLVB-2022-000571")
            String externalId) {
    }

    @Schema(name = "DirectiveUpdate", description = "Cập nhật văn bản chỉ đạo; version phải là phiên bản đang xem.")
    public record DirectiveUpdate(
            @NotNull(message = "Loại văn bản là bắt buộc") DirectiveKind kind,
            @Size(max = 64, message = "Số, ký hiệu tối đa 64 ký tự")
            @Schema(description = "Số, ký hiệu", examples = "57-KL/TU") String numberSymbol,
            @NotBlank(message = "Cơ quan ban hành không được để trống")
            @Size(max = 255, message = "Cơ quan ban hành tối đa 255 ký tự")
            @Schema(description = "Cơ quan ban hành", examples = "Ban Thường vụ Tỉnh ủy") String issuingBody,
            @Schema(description = "Ngày ban hành (yyyy-MM-dd)", examples = "2022-10-07") LocalDate issuedOn,
            @NotBlank(message = "Trích yếu không được để trống")
            @Size(max = 1000, message = "Trích yếu tối đa 1000 ký tự")
            @Schema(description = "Trích yếu", examples = "về tiếp tục thực hiện Nghị quyết số 08-NQ/TU, ngày 18/5/2018 của Ban Chấp hành Đảng bộ tỉnh")
            String title,
            @Size(max = 10000, message = "Tóm tắt nội dung tối đa 10000 ký tự")
            @Schema(description = "Tóm tắt nội dung") String summary,
            @Schema(description = "Văn bản mà văn bản này triển khai thực hiện; không được tạo vòng", examples = "1")
            Long parentId,
            @Size(max = 128, message = "Mã văn bản trong hệ thống quản lý văn bản tối đa 128 ký tự")
            @Schema(description = "Mã của văn bản trong hệ thống quản lý văn bản, duy nhất", examples = "QLVB-2022-000571")
            String externalId,
            @NotNull(message = "Phiên bản (version) là bắt buộc")
            @PositiveOrZero(message = "Phiên bản không hợp lệ")
            @Schema(examples = "0") Long version) {
    }
}
