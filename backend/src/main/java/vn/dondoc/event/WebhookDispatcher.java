package vn.dondoc.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dondoc.event.EventDtos.DeliveryStatus;

/**
 * Sends the webhooks. One pass ({@link #dispatchDue}):
 * <ol>
 * <li>Fan-out: reads the events after the shared cursor ({@code event_dispatch_state}, locked for
 * the transaction) in commit order through {@link EventFeed#readAfter}, writes one delivery per
 * matching active subscription, and moves the cursor. Deliveries of a task are thus created in
 * event order, after every earlier event of it has committed.</li>
 * <li>Claim: {@code SELECT ... FOR UPDATE SKIP LOCKED} picks due deliveries whose earlier
 * deliveries of the same task to the same subscription are all finished, and moves them to
 * SENDING with a lease, in one short transaction. Another instance skips the locked rows and, once
 * committed, no longer sees them as due: no delivery is sent by two instances at once. A lease
 * that runs out (the instance died) makes the delivery due again.</li>
 * <li>Send: HTTP POST outside any transaction, with timeouts; 2xx is delivered. Anything else is
 * retried with exponential backoff (30 s, 1, 2, 4 ... minutes, at most an hour apart) until
 * {@code dondoc.webhooks.retry-for} (at least 24 hours) after the first attempt, then FAILED,
 * which an admin can replay. A later event of the same task waits meanwhile.</li>
 * </ol>
 * A call that reached the receiver but whose answer was lost (timeout, crash) is sent again:
 * delivery is at least once, and the receiver drops repeats by {@code Dondoc-Event-Id}.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int FAN_OUT_BATCH = 500;
    private static final int CLAIM_BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EventFeed feed;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "dondoc.webhooks.retry-for", defaultValue = "24H")
    Duration retryFor;

    @ConfigProperty(name = "dondoc.webhooks.backoff-base", defaultValue = "30S")
    Duration backoffBase;

    @ConfigProperty(name = "dondoc.webhooks.backoff-max", defaultValue = "1H")
    Duration backoffMax;

    @ConfigProperty(name = "dondoc.webhooks.connect-timeout", defaultValue = "5S")
    Duration connectTimeout;

    @ConfigProperty(name = "dondoc.webhooks.request-timeout", defaultValue = "10S")
    Duration requestTimeout;

    private HttpClient http;

    @PostConstruct
    void init() {
        if (retryFor.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalStateException("dondoc.webhooks.retry-for must be at least 24 hours, got " + retryFor);
        }
        // HTTP/1.1: no h2c upgrade attempt on http:// URLs, which some receivers' proxies refuse.
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One pass: new events to deliveries, then every due delivery sent. Returns how many were delivered. */
    public int dispatchDue() {
        while (fanOut() == FAN_OUT_BATCH) {
            // more events waiting
        }
        int delivered = 0;
        while (true) {
            List<Long> claimed = claim();
            for (Long id : claimed) {
                delivered += send(id) ? 1 : 0;
            }
            // Again until nothing is due: a delivered event may have released the next one of its task.
            if (claimed.isEmpty()) {
                return delivered;
            }
        }
    }

    /** Creates the deliveries of the events after the shared cursor; returns how many events it read. */
    int fanOut() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long last = ((Number) em.createNativeQuery("select last_seq from event_dispatch_state where id = 1 for update")
                    .getSingleResult()).longValue();
            List<DomainEvent> events = feed.readAfter(last, FAN_OUT_BATCH);
            if (events.isEmpty()) {
                return 0;
            }
            List<WebhookSubscription> subscriptions = WebhookSubscription.list("active = true");
            Instant now = Instant.now(clock);
            for (DomainEvent event : events) {
                for (WebhookSubscription s : subscriptions) {
                    if (event.seq > s.startAfterSeq && s.wants(event.type)) {
                        WebhookDelivery d = new WebhookDelivery();
                        d.subscriptionId = s.id;
                        d.eventSeq = event.seq;
                        d.taskId = event.taskId;
                        d.status = DeliveryStatus.PENDING;
                        d.nextAttemptAt = now;
                        d.createdAt = now;
                        d.persist();
                    }
                }
            }
            em.createNativeQuery("update event_dispatch_state set last_seq = ?1 where id = 1")
                    .setParameter(1, events.get(events.size() - 1).seq).executeUpdate();
            return events.size();
        });
    }

    @SuppressWarnings("unchecked")
    List<Long> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            List<Long> active = em.createQuery("select s.id from WebhookSubscription s where s.active = true", Long.class)
                    .getResultList();
            if (active.isEmpty()) {
                return List.<Long>of();
            }
            // No join in the locking read: MariaDB has no "FOR UPDATE OF", and a joined subscription row
            // would be locked too, keeping other instances off all of that subscription's deliveries.
            List<Number> rows = em.createNativeQuery("""
                    select d.id from webhook_delivery d
                    where d.status in ('PENDING', 'SENDING') and d.next_attempt_at <= :now and d.subscription_id in (:active)
                      and not exists (select 1 from webhook_delivery p
                                      where p.subscription_id = d.subscription_id and p.task_id = d.task_id
                                        and p.event_seq < d.event_seq and p.status in ('PENDING', 'SENDING'))
                    order by d.event_seq
                    limit %d
                    for update skip locked""".formatted(CLAIM_BATCH))
                    .setParameter("now", now).setParameter("active", active).getResultList();
            List<Long> ids = rows.stream().map(Number::longValue).toList();
            if (!ids.isEmpty()) {
                em.createQuery("update WebhookDelivery d set d.status = :sending, d.attempts = d.attempts + 1, "
                        + "d.firstAttemptAt = coalesce(d.firstAttemptAt, :now), d.lastAttemptAt = :now, "
                        + "d.nextAttemptAt = :lease where d.id in :ids")
                        .setParameter("sending", DeliveryStatus.SENDING).setParameter("now", now)
                        .setParameter("lease", now.plus(requestTimeout).plus(connectTimeout).plusSeconds(60))
                        .setParameter("ids", ids).executeUpdate();
            }
            return ids;
        });
    }

    private record Outgoing(String url, String secret, String eventId, String eventType, String body, int attempts,
            Instant firstAttemptAt) {
    }

    private boolean send(long id) {
        Outgoing out = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(id);
            WebhookSubscription s = d == null ? null : WebhookSubscription.findById(d.subscriptionId);
            if (s == null) {
                return null; // deleted since it was claimed
            }
            DomainEvent e = DomainEvent.findById(d.eventSeq);
            try {
                return new Outgoing(s.url, s.secret, e.eventId, e.type.name(), json.writeValueAsString(feed.view(e)),
                        d.attempts, d.firstAttemptAt);
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        });
        if (out == null) {
            return false;
        }
        long timestamp = Instant.now(clock).getEpochSecond();
        Integer status = null;
        String error = null;
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(out.url())).timeout(requestTimeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Dondoc-Webhooks/1")
                    .header(WebhookSignature.EVENT_ID_HEADER, out.eventId())
                    .header(WebhookSignature.EVENT_TYPE_HEADER, out.eventType())
                    .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(out.secret(), timestamp, out.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(out.body())).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int duration = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        record(id, out, status, error == null ? null : truncate(error), duration);
        return error == null;
    }

    private void record(long id, Outgoing out, Integer status, String error, int duration) {
        Instant now = Instant.now(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            if (WebhookDelivery.findById(id) == null) {
                return; // the subscription was deleted while the call was under way
            }
            WebhookAttempt attempt = new WebhookAttempt();
            attempt.deliveryId = id;
            attempt.attemptedAt = now;
            attempt.statusCode = status;
            attempt.error = error;
            attempt.durationMs = duration;
            attempt.persist();
            DeliveryStatus next;
            Instant nextAttempt = null;
            if (error == null) {
                next = DeliveryStatus.DELIVERED;
            } else if (!now.isBefore(out.firstAttemptAt().plus(retryFor))) {
                next = DeliveryStatus.FAILED;
                LOG.warnf("webhook delivery %d (event %s) to %s failed for %s, giving up: %s", id, out.eventId(), out.url(),
                        retryFor, error);
            } else {
                next = DeliveryStatus.PENDING;
                nextAttempt = now.plus(backoff(out.attempts()));
                LOG.debugf("webhook delivery %d to %s failed (attempt %d): %s", id, out.url(), out.attempts(), error);
            }
            em.createQuery("update WebhookDelivery d set d.status = :status, d.lastStatusCode = :code, d.lastError = :error, "
                    + "d.nextAttemptAt = :next, d.deliveredAt = :delivered where d.id = :id and d.status = :sending")
                    .setParameter("status", next).setParameter("code", status).setParameter("error", error)
                    .setParameter("next", nextAttempt).setParameter("delivered", error == null ? now : null)
                    .setParameter("id", id).setParameter("sending", DeliveryStatus.SENDING).executeUpdate();
        });
    }

    /** The wait after the given number of failed attempts: base × 2^(n-1), at most backoff-max. */
    Duration backoff(int attempts) {
        Duration wait = backoffBase;
        for (int i = 1; i < attempts && wait.compareTo(backoffMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }

    private static String truncate(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }
}
