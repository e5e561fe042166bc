package vn.dondoc.directive;

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
}
