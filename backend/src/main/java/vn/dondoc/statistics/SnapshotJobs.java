package vn.dondoc.statistics;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TimeZone;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Puts the snapshot job into the clustered Quartz scheduler at startup, like the notification jobs
 * (see NotificationJobs): every instance registers it, one fires it; "off" removes it.
 */
@ApplicationScoped
public class SnapshotJobs {

    private static final Logger LOG = Logger.getLogger(SnapshotJobs.class);
    public static final JobKey SNAPSHOTS = JobKey.jobKey("statistics-snapshots", "dondoc");

    @Inject
    Scheduler quartz;

    @ConfigProperty(name = "dondoc.statistics.snapshot-cron", defaultValue = "0 30 0 * * ?")
    String cron;

    @ConfigProperty(name = "dondoc.time-zone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    void onStart(@Observes StartupEvent event) throws SchedulerException {
        if ("off".equalsIgnoreCase(cron.trim())) {
            quartz.deleteJob(SNAPSHOTS);
            LOG.infof("job %s is off", SNAPSHOTS);
            return;
        }
        JobDetail job = JobBuilder.newJob(SnapshotJob.class).withIdentity(SNAPSHOTS)
                .withDescription("Chốt số liệu thống kê các kỳ báo cáo đã đến ngày chốt").storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(SNAPSHOTS.getName(), SNAPSHOTS.getGroup()).forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        quartz.scheduleJob(job, Set.of(trigger), true);
        LOG.infof("job %s scheduled: %s (%s)", SNAPSHOTS, cron, zone);
    }
}
