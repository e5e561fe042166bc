package vn.dondoc.directive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.directive.DirectiveDtos.DirectiveList;
import vn.dondoc.directive.DirectiveDtos.DirectiveView;

@Path("/api/v1/directives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Văn bản chỉ đạo", description = "Nghị quyết, kết luận, chương trình hành động giao nhiệm vụ")
@RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.COORDINATOR, Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
public class DirectiveResource {

    @Inject
    DirectiveService directives;

    @GET
    @Operation(summary = "Danh sách văn bản chỉ đạo", description = "Văn bản được công khai cho mọi người dùng của hệ thống.")
    public DirectiveList list() {
        return directives.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Xem một văn bản chỉ đạo")
    public DirectiveView get(@PathParam("id") long id) {
        return directives.get(id);
    }
}
