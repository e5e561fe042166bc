package vn.dondoc.common.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ScheduleBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Registers Dondoc's jobs in the clustered Quartz scheduler (JDBC store): one durable job per key,
 * replaced at every start so a changed setting takes effect; each firing runs on one instance.
 * A setting of "off" removes the job (tests run the passes themselves).
 */
@ApplicationScoped
public class ClusteredJobs {

    private static final Logger LOG = Logger.getLogger(ClusteredJobs.class);

    @Inject
    Scheduler quartz;

    @ConfigProperty(name = "dondoc.time-zone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    /** A job on a cron expression in the province's time zone; a missed firing runs once at start. */
    public void scheduleCron(JobKey key, Class<? extends Job> type, String cron, String description) throws SchedulerException {
        schedule(key, type, cron, description, () -> CronScheduleBuilder.cronSchedule(cron)
                .inTimeZone(TimeZone.getTimeZone(zone)).withMisfireHandlingInstructionFireAndProceed());
    }

    /** A job on any schedule; {@code setting} is the configured value ("off" removes the job). */
    public void schedule(JobKey key, Class<? extends Job> type, String setting, String description,
            Supplier<ScheduleBuilder<? extends Trigger>> schedule) throws SchedulerException {
        if ("off".equalsIgnoreCase(setting.trim())) {
            quartz.deleteJob(key);
            LOG.infof("job %s is off", key);
            return;
        }
        JobDetail job = JobBuilder.newJob(type).withIdentity(key).withDescription(description).storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key.getName(), key.getGroup()).forJob(job)
                .withSchedule(schedule.get()).build();
        quartz.scheduleJob(job, Set.of(trigger), true);
        LOG.infof("job %s scheduled: %s (%s), next at %s", key, setting, zone, quartz.getTrigger(trigger.getKey()).getNextFireTime());
    }
}
