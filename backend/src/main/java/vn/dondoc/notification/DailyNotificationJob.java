package vn.dondoc.notification;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job of the daily pass: today's date comes from the injected clock, in the province's
 * time zone. {@code @DisallowConcurrentExecution} holds across the cluster: one instance runs it
 * at a time; the notification table's unique key covers everything else.
 */
@Dependent
@Unremovable
@DisallowConcurrentExecution
public class DailyNotificationJob implements Job {

    @Inject
    ReminderService reminders;

    @Inject
    Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        reminders.runDaily(LocalDate.now(clock));
    }
}
