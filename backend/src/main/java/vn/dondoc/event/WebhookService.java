package vn.dondoc.event;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.event.EventDtos.AttemptView;
import vn.dondoc.event.EventDtos.DeliveryDetail;
import vn.dondoc.event.EventDtos.DeliveryPage;
import vn.dondoc.event.EventDtos.DeliveryStatus;
import vn.dondoc.event.EventDtos.DeliveryView;
import vn.dondoc.event.EventDtos.SubscriptionCreate;
import vn.dondoc.event.EventDtos.SubscriptionUpdate;
import vn.dondoc.event.EventDtos.SubscriptionView;

/** Webhook subscriptions (admins only, checked by the resource), their delivery log and replay. */
@ApplicationScoped
@Transactional
public class WebhookService {

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    EventFeed feed;

    public List<SubscriptionView> list() {
        return WebhookSubscription.<WebhookSubscription>listAll(Sort.ascending("id")).stream().map(this::view).toList();
    }

    public SubscriptionView get(long id) {
        return view(find(id));
    }

    public SubscriptionView create(SubscriptionCreate request) {
        WebhookSubscription s = new WebhookSubscription();
        s.url = checkUrl(request.url());
        s.description = blankToNull(request.description());
        s.types(request.eventTypes());
        s.secret = request.secret();
        s.active = request.active() == null || request.active();
        // Events from now on: what happened before is in the event feed.
        Number last = (Number) DomainEvent.getEntityManager().createQuery("select max(e.seq) from DomainEvent e").getSingleResult();
        s.startAfterSeq = last == null ? 0 : last.longValue();
        s.createdBy = currentUser.username();
        s.persist();
        WebhookSubscription.flush();
        return view(s);
    }

    public SubscriptionView update(long id, SubscriptionUpdate request) {
        WebhookSubscription s = find(id);
        if (s.version != request.version()) {
            throw ProblemException.conflict("Đăng ký webhook đã được người khác cập nhật (phiên bản hiện tại " + s.version
                    + ", bạn gửi " + request.version() + "). Hãy tải lại và thực hiện lại thay đổi.");
        }
        s.url = checkUrl(request.url());
        s.description = blankToNull(request.description());
        s.types(request.eventTypes());
        if (request.secret() != null && !request.secret().isBlank()) {
            s.secret = request.secret();
        }
        s.active = request.active();
        WebhookSubscription.flush();
        return view(s);
    }

    public void delete(long id) {
        find(id).delete();
    }

    public DeliveryPage deliveries(long subscriptionId, DeliveryStatus status, int page, int size) {
        find(subscriptionId);
        if (page < 0 || size < 1 || size > 200) {
            throw ProblemException.invalid(size < 1 || size > 200 ? "size" : "page",
                    "Trang bắt đầu từ 0, mỗi trang từ 1 đến 200 mục");
        }
        var query = status == null
                ? WebhookDelivery.<WebhookDelivery>find("subscriptionId", Sort.descending("id"), subscriptionId)
                : WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 and status = ?2", Sort.descending("id"),
                        subscriptionId, status);
        long total = query.count();
        List<WebhookDelivery> rows = query.page(Page.of(page, size)).list();
        return new DeliveryPage(rows.stream().map(this::view).toList(), page, size, total, (int) ((total + size - 1) / size));
    }

    public DeliveryDetail delivery(long subscriptionId, long deliveryId) {
        WebhookDelivery d = findDelivery(subscriptionId, deliveryId);
        List<AttemptView> attempts = WebhookAttempt.<WebhookAttempt>list("deliveryId", Sort.ascending("attemptedAt", "id"), d.id)
                .stream().map(a -> new AttemptView(a.attemptedAt, a.statusCode, a.error, a.durationMs)).toList();
        return new DeliveryDetail(view(d), feed.view(DomainEvent.findById(d.eventSeq)), attempts);
    }

    /**
     * Sends a delivery again, whatever its state, as soon as the dispatcher runs, with the same event
     * id (a receiver that already has it drops it) and a fresh 24-hour retry window.
     */
    public DeliveryView replay(long subscriptionId, long deliveryId) {
        WebhookDelivery d = findDelivery(subscriptionId, deliveryId);
        if (d.status == DeliveryStatus.SENDING && d.nextAttemptAt != null && d.nextAttemptAt.isAfter(Instant.now(clock))) {
            throw ProblemException.conflict("Sự kiện đang được gửi; hãy thử lại sau ít phút.");
        }
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = Instant.now(clock);
        d.firstAttemptAt = null;
        d.deliveredAt = null;
        WebhookDelivery.flush();
        return view(d);
    }

    private WebhookSubscription find(long id) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null) {
            throw ProblemException.notFound("Không tìm thấy đăng ký webhook có mã số " + id + ".");
        }
        return s;
    }

    private WebhookDelivery findDelivery(long subscriptionId, long deliveryId) {
        find(subscriptionId);
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        if (d == null || !d.subscriptionId.equals(subscriptionId)) {
            throw ProblemException.notFound("Không tìm thấy lần gửi có mã số " + deliveryId + " của đăng ký này.");
        }
        return d;
    }

    private static String checkUrl(String url) {
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            if (uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getUserInfo() == null) {
                return trimmed;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw ProblemException.invalid("url", "URL phải là địa chỉ http hoặc https đầy đủ, ví dụ https://vanban.hatinh.gov.vn/webhook");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private SubscriptionView view(WebhookSubscription s) {
        long pending = WebhookDelivery.count("subscriptionId = ?1 and status in ?2", s.id,
                List.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING));
        long failed = WebhookDelivery.count("subscriptionId = ?1 and status = ?2", s.id, DeliveryStatus.FAILED);
        String hint = "…" + s.secret.substring(Math.max(0, s.secret.length() - 4));
        return new SubscriptionView(s.id, s.url, s.description, s.types(), hint, s.active, s.createdBy, s.createdAt, s.updatedAt,
                pending, failed, s.version);
    }

    private DeliveryView view(WebhookDelivery d) {
        DomainEvent e = DomainEvent.findById(d.eventSeq);
        return new DeliveryView(d.id, e.eventId, e.type, e.seq, d.taskId, d.status, d.attempts, d.lastStatusCode, d.lastError,
                d.firstAttemptAt, d.lastAttemptAt, d.nextAttemptAt, d.deliveredAt, d.createdAt);
    }
}
