package vn.dondoc.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the e-mails of notifications, at most once each across all backend instances.
 * <p>
 * A mail is sent only by the instance that claims its row: one UPDATE moves it from PENDING (or
 * FAILED whose retry time has come) to SENDING with a lease; the database lets exactly one
 * UPDATE match. After sending, the row becomes SENT; on an SMTP error it becomes FAILED and is
 * retried later (after 5, 20, 45, 80 minutes) until {@code dondoc.reminders.mail-max-attempts},
 * then GAVE_UP. If an instance dies between sending and recording it, the lease ends and another
 * instance sends again: the only case of a duplicate mail, and it needs a crash at that moment.
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class);
    private static final List<EmailStatus> CLAIMABLE = List.of(EmailStatus.PENDING, EmailStatus.FAILED, EmailStatus.SENDING);
    private static final Duration LEASE = Duration.ofMinutes(15);
    private static final int BATCH = 100;

    @Inject
    ReactiveMailer mailer;

    @Inject
    io.vertx.core.Vertx vertx;

    @ConfigProperty(name = "dondoc.mail.send-timeout", defaultValue = "60S")
    Duration sendTimeout;

    private volatile io.vertx.core.Context mailContext;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReminderConfig config;

    @ConfigProperty(name = "dondoc.mail.enabled", defaultValue = "false")
    boolean enabled;

    private final AtomicBoolean asyncQueued = new AtomicBoolean();

    public boolean enabled() {
        return enabled;
    }

    /** Sends every mail that is due now; returns how many this call sent. */
    public int deliverDue() {
        if (!enabled) {
            return 0;
        }
        int sent = 0;
        while (true) {
            Instant now = Instant.now(clock);
            List<Long> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select n.id from Notification n "
                    + "where n.emailStatus in :claimable and n.emailNextAttemptAt <= :now order by n.id", Long.class)
                    .setParameter("claimable", CLAIMABLE).setParameter("now", now).setMaxResults(BATCH).getResultList());
            int claimed = 0;
            for (Long id : due) {
                if (claim(id, now)) {
                    claimed++;
                    sent += send(id) ? 1 : 0;
                }
            }
            // Done when the last batch was short, or when another instance took all of it.
            if (due.size() < BATCH || claimed == 0) {
                return sent;
            }
        }
    }

    /** Delivers on a worker thread, after the caller's transaction: what {@code notify*} calls use. */
    public void deliverSoon() {
        if (enabled && asyncQueued.compareAndSet(false, true)) {
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                asyncQueued.set(false);
                try {
                    deliverDue();
                } catch (RuntimeException e) {
                    LOG.warn("sending notification e-mails failed; the retry job tries again", e);
                }
            });
        }
    }

    private boolean claim(long id, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("update Notification n set n.emailStatus = :sending, "
                + "n.emailAttempts = n.emailAttempts + 1, n.emailNextAttemptAt = :lease where n.id = :id "
                + "and n.emailStatus in :claimable and n.emailNextAttemptAt <= :now")
                .setParameter("sending", EmailStatus.SENDING).setParameter("lease", now.plus(LEASE)).setParameter("id", id)
                .setParameter("claimable", CLAIMABLE).setParameter("now", now).executeUpdate()) == 1;
    }

    /**
     * Sends one mail and waits for the SMTP server's answer. The send is started on one Vert.x event
     * loop of its own, so that the mail client's connection and its socket live on the same thread:
     * started from a worker thread, the client was seen to miss a fast server's greeting now and
     * then and to wait until the server gave up on the connection.
     */
    private void sendNow(Mail mail) {
        io.vertx.core.Context context = mailContext;
        if (context == null) {
            synchronized (this) {
                if (mailContext == null) {
                    mailContext = ((io.vertx.core.impl.VertxInternal) vertx).createEventLoopContext();
                }
                context = mailContext;
            }
        }
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        context.runOnContext(v -> mailer.send(mail).subscribe().with(ok -> done.complete(null), done::completeExceptionally));
        try {
            done.get(sendTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no answer from the SMTP server within " + sendTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Mail mail(Notification n) {
        return Mail.withHtml(n.emailTo, "[Dondoc] " + n.title, n.bodyHtml).setText(n.body);
    }

    private boolean send(long id) {
        Notification n = QuarkusTransaction.requiringNew().call(() -> em.find(Notification.class, id));
        try {
            try {
                sendNow(mail(n));
            } catch (RuntimeException first) {
                // Once more at once, on a new connection: a pooled one may have been closed by the server.
                LOG.debugf(first, "e-mail of notification %d failed once, trying again", id);
                sendNow(mail(n));
            }
        } catch (RuntimeException e) {
            boolean giveUp = n.emailAttempts >= config.mailMaxAttempts();
            Instant retry = Instant.now(clock).plus(Duration.ofMinutes(5L * n.emailAttempts * n.emailAttempts));
            String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            LOG.warnf("e-mail of notification %d to %s failed (attempt %d%s): %s", id, n.emailTo, n.emailAttempts,
                    giveUp ? ", giving up" : "", error);
            QuarkusTransaction.requiringNew().run(() -> em.createQuery("update Notification n set n.emailStatus = :status, "
                    + "n.emailNextAttemptAt = :retry, n.emailError = :error where n.id = :id")
                    .setParameter("status", giveUp ? EmailStatus.GAVE_UP : EmailStatus.FAILED)
                    .setParameter("retry", giveUp ? null : retry)
                    .setParameter("error", error.length() > 500 ? error.substring(0, 500) : error)
                    .setParameter("id", id).executeUpdate());
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update Notification n set n.emailStatus = :sent, "
                + "n.emailSentAt = :now, n.emailNextAttemptAt = null, n.emailError = null where n.id = :id")
                .setParameter("sent", EmailStatus.SENT).setParameter("now", Instant.now(clock)).setParameter("id", id)
                .executeUpdate());
        return true;
    }
}
