package vn.dondoc.notification;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The Quartz job that sends e-mails left waiting or failed (SMTP server down, instance restarted). */
@Dependent
@Unremovable
@DisallowConcurrentExecution
public class MailRetryJob implements Job {

    @Inject
    NotificationMailer mailer;

    @Override
    public void execute(JobExecutionContext context) {
        mailer.deliverDue();
    }
}
