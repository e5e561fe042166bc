package vn.dondoc.me;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.unit.UnitDtos.UnitRef;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tài khoản", description = "Người dùng đang đăng nhập")
public class MeResource {

    @Schema(name = "Me", description = "Người dùng đang đăng nhập: tên, vai trò và đơn vị (từ token Keycloak).")
    public record Me(
            @Schema(examples = "chuyenvien.stttt") String username,
            @Schema(examples = "Nguyễn Thị Lan") String fullName,
            @Schema(examples = "chuyenvien.stttt@dondoc.local") String email,
            @Schema(examples = "[\"unit_officer\"]") List<String> roles,
            @Schema(description = "Đơn vị của người dùng; null với tài khoản không thuộc đơn vị nào") UnitRef unit) {
    }

    @Inject
    CurrentUser currentUser;

    @GET
    @Authenticated
    @Transactional
    @Operation(summary = "Thông tin người dùng hiện tại",
            description = "Tên đăng nhập, họ tên, vai trò và đơn vị của người gọi, đọc từ access token (đơn vị theo claim unit_code). Với hệ thống quản lý văn bản: tài khoản dịch vụ và vai trò integration.")
    public Me me() {
        return new Me(currentUser.username(), currentUser.fullName(), currentUser.email().orElse(null),
                List.copyOf(currentUser.roles()), currentUser.unit().map(UnitRef::of).orElse(null));
    }
}
