package vn.dondoc.notification;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.logging.Logger;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import vn.dondoc.common.jobs.ClusteredJobs;

/**
 * Puts the notification jobs into Quartz at startup. The job store is the application's database
 * and the scheduler is clustered ({@code quarkus.quartz.clustered=true}): every instance registers
 * the same jobs (replacing them, so a changed cron applies), and each firing runs on one instance.
 * A cron of "off" removes the job: tests use that and run the pass themselves.
 * A firing missed while every instance was down runs once at the next start (fire and proceed);
 * the pass catches up on the days it missed.
 */
@ApplicationScoped
public class NotificationJobs {

    private static final Logger LOG = Logger.getLogger(NotificationJobs.class);
    public static final JobKey DAILY = JobKey.jobKey("daily-notifications", "dondoc");
    public static final JobKey MAIL_RETRY = JobKey.jobKey("notification-mail-retry", "dondoc");

    @Inject
    ClusteredJobs jobs;

    @Inject
    ReminderConfig config;

    @Inject
    NotificationMailer mailer;

    void onStart(@Observes StartupEvent event) throws SchedulerException {
        if (config.daysBefore().stream().anyMatch(d -> d < 1)) {
            throw new IllegalStateException("dondoc.reminders.days-before: every value must be at least 1 (the due date "
                    + "itself is always reminded), got " + config.daysBefore());
        }
        jobs.scheduleCron(DAILY, DailyNotificationJob.class, config.cron(), "Nhắc hạn, cảnh báo quá hạn và thư tổng hợp hằng ngày");
        jobs.scheduleCron(MAIL_RETRY, MailRetryJob.class, config.mailRetryCron(), "Gửi lại thư thông báo chưa gửi được");
        if (!mailer.enabled()) {
            LOG.warn("dondoc.mail.enabled=false: notification e-mails are logged, not sent. Set DONDOC_MAIL_ENABLED=true and "
                    + "QUARKUS_MAILER_HOST/QUARKUS_MAILER_PORT to send them.");
        }
    }
}
