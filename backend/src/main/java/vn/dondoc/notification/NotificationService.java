package vn.dondoc.notification;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.common.security.Roles;
import vn.dondoc.notification.NotificationDtos.NotificationPage;
import vn.dondoc.notification.NotificationDtos.NotificationView;
import vn.dondoc.notification.NotificationDtos.ReadAllResult;
import vn.dondoc.notification.NotificationDtos.UnreadCount;
import vn.dondoc.person.EmailDelivery;
import vn.dondoc.person.Person;
import vn.dondoc.person.PersonDirectory;
import vn.dondoc.task.Task;
import vn.dondoc.unit.Unit;

/**
 * In-app notifications of the caller, and the one way every feature writes a notification.
 * <p>
 * Other features notify people with {@link #notifyUnit}, {@link #notifyCoordinators} and
 * {@link #notifyUser}: the rows are written in the caller's transaction (a rolled-back request
 * notifies nobody) and their e-mails are sent on a worker thread after the commit.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);
    private static final int TEXT_MAX = 1_000_000;
    private static final Object AFTER_COMMIT_KEY = NotificationService.class.getName() + ".deliver";

    /**
     * INSERT IGNORE: a row whose (recipient_id, dedup_key) exists already is skipped without an error,
     * and a concurrent insert of the same key waits for the other transaction and is then skipped.
     */
    private static final String INSERT = """
            INSERT IGNORE INTO notification (recipient_id, kind, dedup_key, task_id, assignment_id, title, body, body_html,
                link, in_app, created_at, email_to, email_status, email_attempts, email_next_attempt_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 0, ?14)""";

    /** Who receives a message: a person of the directory. */
    public record Recipient(long id, String username, String fullName, String email, boolean digestMail) {

        public static Recipient of(Person person) {
            return new Recipient(person.id, person.username, person.fullName, person.email,
                    person.emailDelivery == EmailDelivery.DIGEST);
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonDirectory directory;

    @Inject
    NotificationMessages messages;

    @Inject
    NotificationMailer mailer;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    // ---------------------------------------------------------------- the caller's notifications

    public NotificationPage mine(boolean unreadOnly, int page, int size) {
        long me = me();
        String query = "recipientId = :me and inApp = true" + (unreadOnly ? " and readAt is null" : "");
        var found = Notification.<Notification>find(query, Sort.descending("createdAt", "id"), Parameters.with("me", me))
                .page(Page.of(page, size));
        long total = found.count();
        List<NotificationView> items = found.list().stream().map(NotificationView::of).toList();
        return new NotificationPage(items, page, size, total, (int) ((total + size - 1) / size));
    }

    public UnreadCount unreadCount() {
        return new UnreadCount(Notification.count("recipientId = ?1 and inApp = true and readAt is null", me()));
    }

    public NotificationView markRead(long id) {
        Notification notification = Notification.<Notification>find("id = ?1 and recipientId = ?2 and inApp = true", id, me())
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy thông báo " + id + " của bạn."));
        if (notification.readAt == null) {
            notification.readAt = now();
        }
        return NotificationView.of(notification);
    }

    public ReadAllResult markAllRead() {
        int updated = Notification.update("readAt = ?1 where recipientId = ?2 and inApp = true and readAt is null",
                now(), me());
        return new ReadAllResult(updated);
    }

    /** Microseconds, as the database keeps them: what a response shows is what a later read returns. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private long me() {
        return directory.current(currentUser).id;
    }

    // ---------------------------------------------------------------- for other features

    /**
     * Tells the officers and heads of a unit about a task (in the app, and by e-mail to those with an
     * address), e.g. "extension decided". Returns how many people were notified.
     */
    public int notifyUnit(Unit unit, NotificationKind kind, Task task, String title, String body) {
        return notifyAll(directory.unitStaff(unit), kind, task, title, body);
    }

    /** Tells every coordinator (the tracking department), e.g. "extension requested". */
    public int notifyCoordinators(NotificationKind kind, Task task, String title, String body) {
        return notifyAll(directory.withRole(Roles.COORDINATOR), kind, task, title, body);
    }

    /** Tells one person by username (e.g. who asked for an extension); 0 if they never signed in. */
    public int notifyUser(String username, NotificationKind kind, Task task, String title, String body) {
        return notifyAll(Person.findByUsername(username).stream().toList(), kind, task, title, body);
    }

    private int notifyAll(Collection<Person> people, NotificationKind kind, Task task, String title, String body) {
        String link = task == null ? messages.link("/") : messages.taskLink(task.id);
        return notifyPeople(people, kind, null, task == null ? null : task.id, null, title, body, link, "Xem chi tiết");
    }

    /**
     * Tells each of these people once (duplicates dropped) in the caller's transaction, with a link of its
     * own; the e-mails follow the commit, or wait for the digest of those who chose it. A non-null
     * {@code dedupKey} makes a repeated call (a replayed event) write nothing new.
     */
    public int notifyPeople(Collection<Person> people, NotificationKind kind, String dedupKey, Long taskId, Long assignmentId,
            String title, String body, String link, String linkLabel) {
        Map<Long, Person> unique = new LinkedHashMap<>();
        people.forEach(p -> unique.putIfAbsent(p.id, p));
        int count = 0;
        for (Person person : unique.values()) {
            Message message = messages.free(person.fullName, title, body, link, linkLabel);
            count += record(Recipient.of(person), kind, dedupKey, taskId, assignmentId, message, true) ? 1 : 0;
        }
        deliverAfterCommit();
        return count;
    }

    /**
     * Writes one notification unless the recipient already has one with the same {@code dedupKey}
     * (null: always written). Joins the caller's transaction, or commits on its own when there is none.
     * Returns whether this call wrote it; its e-mail is then PENDING (or NONE without an address or
     * when mail is off) and is sent by {@link NotificationMailer#deliverDue}; or DIGEST when the person
     * takes their e-mails as the daily digest (every kind but the digest itself), listed by the next one.
     */
    public boolean record(Recipient to, NotificationKind kind, String dedupKey, Long taskId, Long assignmentId, Message message,
            boolean inApp) {
        boolean mail = mailer.enabled() && to.email() != null && !to.email().isBlank();
        boolean digest = mail && to.digestMail() && kind != NotificationKind.DAILY_DIGEST;
        EmailStatus status = digest ? EmailStatus.DIGEST : mail ? EmailStatus.PENDING : EmailStatus.NONE;
        Instant now = now();
        int inserted = em.createNativeQuery(INSERT)
                .setParameter(1, to.id())
                .setParameter(2, kind.name())
                .setParameter(3, dedupKey)
                .setParameter(4, taskId)
                .setParameter(5, assignmentId)
                .setParameter(6, cut(message.title(), 300))
                .setParameter(7, cut(message.text(), TEXT_MAX))
                .setParameter(8, cut(message.html(), TEXT_MAX))
                .setParameter(9, cut(message.link(), 500))
                .setParameter(10, inApp)
                .setParameter(11, now)
                .setParameter(12, mail ? to.email() : null)
                .setParameter(13, status.name())
                .setParameter(14, status == EmailStatus.PENDING ? now : null)
                .executeUpdate();
        if (inserted == 1 && !mail && to.email() != null) {
            LOG.infof("e-mail not sent (dondoc.mail.enabled=false) to %s: %s", to.email(), message.title());
        }
        return inserted == 1;
    }

    /** Which of these (recipient, dedupKey) pairs exist already, as "recipientId|key" strings. */
    public java.util.Set<String> existing(Collection<String> dedupKeys) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> keys = new ArrayList<>(dedupKeys);
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            em.createQuery("select n.recipientId, n.dedupKey from Notification n where n.dedupKey in :keys", Object[].class)
                    .setParameter("keys", chunk).getResultList()
                    .forEach(row -> found.add(row[0] + "|" + row[1]));
        }
        return found;
    }

    private void deliverAfterCommit() {
        if (transactions.getTransactionKey() == null || transactions.getResource(AFTER_COMMIT_KEY) != null) {
            return;
        }
        transactions.putResource(AFTER_COMMIT_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    mailer.deliverSoon();
                }
            }
        });
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
