package vn.dondoc.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem detail, the only error shape of the API. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "Lỗi theo RFC 9457 (application/problem+json).")
public record Problem(
        @Schema(description = "URI định danh loại lỗi, ổn định để máy xử lý", examples = "urn:dondoc:problem:validation") String type,
        @Schema(description = "Tiêu đề ngắn của loại lỗi", examples = "Dữ liệu không hợp lệ") String title,
        @Schema(description = "Mã trạng thái HTTP", examples = "400") int status,
        @Schema(description = "Giải thích cho người dùng", examples = "Yêu cầu có 1 trường dữ liệu không hợp lệ.") String detail,
        @Schema(description = "Đường dẫn của yêu cầu gây lỗi", examples = "/api/v1/tasks") String instance,
        @Schema(description = "Các trường không hợp lệ (chỉ có với lỗi kiểm tra dữ liệu)") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
