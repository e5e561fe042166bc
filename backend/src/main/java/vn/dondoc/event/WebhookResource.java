package vn.dondoc.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dondoc.common.security.Roles;
import vn.dondoc.event.EventDtos.DeliveryDetail;
import vn.dondoc.event.EventDtos.DeliveryPage;
import vn.dondoc.event.EventDtos.DeliveryStatus;
import vn.dondoc.event.EventDtos.DeliveryView;
import vn.dondoc.event.EventDtos.SubscriptionCreate;
import vn.dondoc.event.EventDtos.SubscriptionUpdate;
import vn.dondoc.event.EventDtos.SubscriptionView;

@Path("/api/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhook", description = "Đăng ký nhận sự kiện qua webhook có chữ ký HMAC-SHA256, nhật ký gửi và gửi lại")
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @GET
    @Operation(summary = "Danh sách đăng ký webhook", description = "Chỉ quản trị hệ thống. Khóa bí mật không được trả về.")
    public List<SubscriptionView> list() {
        return webhooks.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Xem một đăng ký webhook", description = "Chỉ quản trị hệ thống.")
    public SubscriptionView get(@PathParam("id") long id) {
        return webhooks.get(id);
    }

    @POST
    @Operation(summary = "Đăng ký webhook", description = """
            Chỉ quản trị hệ thống. Mỗi sự kiện thuộc các loại đã chọn, xảy ra sau khi đăng ký, được gửi bằng POST tới URL, \
            ký HMAC-SHA256 bằng khóa bí mật trên chuỗi `timestamp + "." + body` (tiêu đề `Dondoc-Timestamp`, \
            `Dondoc-Signature: v1=<hex>`, `Dondoc-Event-Id`). Bên nhận trả 2xx khi đã nhận; nếu không, sự kiện được gửi lại \
            với thời gian chờ tăng dần trong ít nhất 24 giờ. Các sự kiện của cùng một nhiệm vụ được gửi đúng thứ tự.""")
    @APIResponse(responseCode = "201", description = "Đã tạo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    public Response create(@Valid @NotNull(message = "Thiếu nội dung yêu cầu") SubscriptionCreate request, UriInfo uri) {
        SubscriptionView created = webhooks.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Sửa đăng ký webhook", description = """
            Chỉ quản trị hệ thống. Gửi kèm `version` đang xem (409 nếu đã bị người khác sửa). Tạm dừng (`active: false`): \
            các sự kiện xảy ra trong thời gian tạm dừng không được gửi; các lần gửi đang chờ sẽ tiếp tục khi bật lại.""")
    public SubscriptionView update(@PathParam("id") long id,
            @Valid @NotNull(message = "Thiếu nội dung yêu cầu") SubscriptionUpdate request) {
        return webhooks.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Xóa đăng ký webhook", description = "Chỉ quản trị hệ thống. Xóa cả nhật ký gửi của đăng ký.")
    @APIResponse(responseCode = "204", description = "Đã xóa")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Nhật ký gửi của một đăng ký", description = """
            Chỉ quản trị hệ thống. Mỗi sự kiện gửi tới đăng ký: trạng thái, số lần thử, mã HTTP và lỗi gần nhất, \
            lần thử tiếp theo. Mới nhất trước.""")
    public DeliveryPage deliveries(@PathParam("id") long id,
            @Parameter(description = "Lọc theo trạng thái") @QueryParam("status") DeliveryStatus status,
            @Parameter(description = "Trang, từ 0", example = "0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Số mục mỗi trang (1-200)", example = "20") @QueryParam("size") @DefaultValue("20") int size) {
        return webhooks.deliveries(id, status, page, size);
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @Operation(summary = "Xem một lần gửi", description = "Chỉ quản trị hệ thống. Sự kiện được gửi và từng lần thử.")
    public DeliveryDetail delivery(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return webhooks.delivery(id, deliveryId);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Gửi lại một sự kiện", description = """
            Chỉ quản trị hệ thống. Đưa lần gửi về trạng thái chờ gửi ngay (kể cả đã gửi thành công hoặc đã bỏ cuộc), \
            với cùng mã sự kiện và thời hạn thử lại mới. 409 nếu đang được gửi.""")
    public DeliveryView replay(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return webhooks.replay(id, deliveryId);
    }
}
