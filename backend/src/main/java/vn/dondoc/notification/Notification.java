package vn.dondoc.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message to one person: listed in the app (unless it is the e-mail-only digest) and sent by
 * e-mail when the person has an address. Rows are written by {@link NotificationService#record}
 * with INSERT IGNORE on the unique key (recipient, dedupKey): the reminder passes of two instances
 * may race, only one row exists, and only the instance that claims the row's e-mail sends it.
 * Ids are kept as plain columns (no associations): a notification is read alone, newest first.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recipient_id", nullable = false)
    public Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public NotificationKind kind;

    @Column(name = "dedup_key", length = 150)
    public String dedupKey;

    @Column(name = "task_id")
    public Long taskId;

    @Column(name = "assignment_id")
    public Long assignmentId;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    public String body;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    public String bodyHtml;

    @Column(length = 500)
    public String link;

    @Column(name = "in_app", nullable = false)
    public boolean inApp;

    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "email_to", length = 320)
    public String emailTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_status", nullable = false, length = 20)
    public EmailStatus emailStatus;

    @Column(name = "email_attempts", nullable = false)
    public int emailAttempts;

    @Column(name = "email_next_attempt_at")
    public Instant emailNextAttemptAt;

    @Column(name = "email_sent_at")
    public Instant emailSentAt;

    @Column(name = "email_error", length = 500)
    public String emailError;
}
