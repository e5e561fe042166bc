package vn.dondoc.event;

import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.TimeZone;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.ScheduleBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The event jobs in the clustered Quartz scheduler (as {@code NotificationJobs}): the daily overdue
 * pass and the webhook dispatcher. Each firing runs on one instance; "off" removes a job (tests run
 * the passes themselves).
 */
@ApplicationScoped
public class EventJobs {

    private static final Logger LOG = Logger.getLogger(EventJobs.class);
    public static final JobKey OVERDUE = JobKey.jobKey("overdue-events", "dondoc");
    public static final JobKey DISPATCH = JobKey.jobKey("webhook-dispatch", "dondoc");

    @Inject
    Scheduler quartz;

    @ConfigProperty(name = "dondoc.events.overdue-cron", defaultValue = "0 5 0 * * ?")
    String overdueCron;

    @ConfigProperty(name = "dondoc.webhooks.dispatch-interval", defaultValue = "10S")
    String dispatchInterval;

    @ConfigProperty(name = "dondoc.time-zone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    void onStart(@Observes StartupEvent event) throws SchedulerException {
        schedule(OVERDUE, OverdueJob.class, overdueCron, "Ghi sự kiện phần việc trở thành quá hạn",
                () -> CronScheduleBuilder.cronSchedule(overdueCron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed());
        schedule(DISPATCH, DispatchJob.class, dispatchInterval, "Gửi webhook sự kiện",
                () -> SimpleScheduleBuilder.simpleSchedule().repeatForever()
                        .withIntervalInMilliseconds(Duration.parse("PT" + dispatchInterval.trim()).toMillis())
                        .withMisfireHandlingInstructionNextWithRemainingCount());
    }

    private void schedule(JobKey key, Class<? extends Job> type, String setting, String description,
            java.util.function.Supplier<ScheduleBuilder<? extends Trigger>> schedule) throws SchedulerException {
        if ("off".equalsIgnoreCase(setting.trim())) {
            quartz.deleteJob(key);
            LOG.infof("job %s is off", key);
            return;
        }
        var job = JobBuilder.newJob(type).withIdentity(key).withDescription(description).storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key.getName(), key.getGroup()).forJob(job)
                .withSchedule(schedule.get()).build();
        quartz.scheduleJob(job, Set.of(trigger), true);
        LOG.infof("job %s scheduled: %s", key, setting);
    }

    /** Records the assignments that became overdue; today from the injected clock. */
    @Dependent
    @Unremovable
    @DisallowConcurrentExecution
    public static class OverdueJob implements Job {

        @Inject
        OverdueEvents overdue;

        @Inject
        Clock clock;

        @Override
        public void execute(JobExecutionContext context) {
            int n = overdue.record(LocalDate.now(clock));
            LOG.infof("overdue events: %d assignment(s) became overdue", n);
        }
    }

    /** Creates and sends the webhook deliveries that are due. */
    @Dependent
    @Unremovable
    @DisallowConcurrentExecution
    public static class DispatchJob implements Job {

        @Inject
        WebhookDispatcher dispatcher;

        @Override
        public void execute(JobExecutionContext context) {
            dispatcher.dispatchDue();
        }
    }
}
