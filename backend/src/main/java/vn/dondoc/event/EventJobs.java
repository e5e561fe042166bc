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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import vn.dondoc.common.jobs.ClusteredJobs;

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
    ClusteredJobs jobs;

    @ConfigProperty(name = "dondoc.events.overdue-cron", defaultValue = "0 5 0 * * ?")
    String overdueCron;

    @ConfigProperty(name = "dondoc.webhooks.dispatch-interval", defaultValue = "10S")
    String dispatchInterval;

    void onStart(@Observes StartupEvent event) throws SchedulerException {
        jobs.scheduleCron(OVERDUE, OverdueJob.class, overdueCron, "Ghi sự kiện phần việc trở thành quá hạn");
        jobs.schedule(DISPATCH, DispatchJob.class, dispatchInterval, "Gửi webhook sự kiện",
                () -> SimpleScheduleBuilder.simpleSchedule().repeatForever()
                        .withIntervalInMilliseconds(Duration.parse("PT" + dispatchInterval.trim()).toMillis())
                        .withMisfireHandlingInstructionNextWithRemainingCount());
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
