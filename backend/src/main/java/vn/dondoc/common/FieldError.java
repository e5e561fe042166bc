package vn.dondoc.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldError", description = "Một trường dữ liệu không hợp lệ.")
public record FieldError(
        @Schema(description = "Đường dẫn của trường trong yêu cầu", examples = "leadUnitIds[0]") String field,
        @Schema(description = "Lý do, bằng tiếng Việt", examples = "Đơn vị không tồn tại") String message) {
}
