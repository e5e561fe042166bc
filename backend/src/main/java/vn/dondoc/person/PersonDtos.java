package vn.dondoc.person;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.unit.UnitDtos.UnitRef;

/** What the API says about a person's own settings. */
public final class PersonDtos {

    private PersonDtos() {
    }

    @Schema(name = "MySettings", description = "Cài đặt thông báo của người dùng đang đăng nhập. Tên, thư điện tử và đơn vị lấy từ "
            + "tài khoản Keycloak (chỉ đọc).")
    public record Settings(
            @Schema(examples = "chuyenvien.stttt") String username,
            @Schema(examples = "Võ Thị Lan") String fullName,
            @Schema(description = "Địa chỉ nhận thư nhắc việc; null nếu tài khoản chưa có", examples = "chuyenvien.stttt@dondoc.local")
            String email,
            @Schema(description = "Đơn vị; null với tài khoản không thuộc đơn vị nào") UnitRef unit,
            @Schema(description = "Nhận thư tổng hợp công việc hằng ngày (ngày làm việc)", examples = "true") boolean digestEmail,
            @Schema(description = "Cách nhận thư của từng thông báo: gửi ngay, hoặc gộp vào thư tổng hợp hằng ngày "
                    + "(khi đó thư tổng hợp được gửi dù tắt phần tổng hợp công việc)", examples = "IMMEDIATE")
            EmailDelivery emailDelivery) {
    }

    @Schema(name = "MySettingsUpdate", description = "Thay đổi cài đặt thông báo của chính mình.")
    public record SettingsUpdate(
            @NotNull(message = "Cần cho biết có nhận thư tổng hợp hằng ngày hay không")
            @Schema(description = "Nhận thư tổng hợp công việc hằng ngày", examples = "false") Boolean digestEmail,
            @Schema(description = "Cách nhận thư của từng thông báo; bỏ trống để giữ nguyên", examples = "DIGEST")
            EmailDelivery emailDelivery) {
    }
}
