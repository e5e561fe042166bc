package vn.dondoc.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.person.PersonDtos.Settings;
import vn.dondoc.person.PersonDtos.SettingsUpdate;

/** The caller's own settings; a class of its own beside MeResource (/api/v1/me) so the paths never clash. */
@Path("/api/v1/me/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tài khoản")
public class MySettingsResource {

    @Inject
    PersonService people;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Cài đặt thông báo của tôi",
            description = "Có nhận thư tổng hợp công việc hằng ngày hay không, nhận thư thông báo ngay hay gộp hằng ngày, "
                    + "và địa chỉ thư nhận nhắc việc (từ tài khoản).")
    public Settings get() {
        return people.mySettings();
    }

    @PUT
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(summary = "Đổi cài đặt thông báo của tôi",
            description = "Bật hoặc tắt thư tổng hợp hằng ngày; chọn nhận thư của từng thông báo ngay (IMMEDIATE) hay gộp vào "
                    + "thư tổng hợp hằng ngày (DIGEST). Thông báo trong ứng dụng không đổi.")
    public Settings update(@Valid @NotNull(message = "Thiếu nội dung yêu cầu") SettingsUpdate update) {
        return people.updateMySettings(update);
    }
}
