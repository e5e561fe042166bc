package vn.dondoc.statistics;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import vn.dondoc.common.jobs.ClusteredJobs;

/**
 * Puts the snapshot job into the clustered Quartz scheduler at startup, like the notification jobs
 * (see NotificationJobs): every instance registers it, one fires it; "off" removes it.
 */
@ApplicationScoped
public class SnapshotJobs {

    public static final JobKey SNAPSHOTS = JobKey.jobKey("statistics-snapshots", "dondoc");

    @Inject
    ClusteredJobs jobs;

    @ConfigProperty(name = "dondoc.statistics.snapshot-cron", defaultValue = "0 30 0 * * ?")
    String cron;

    void onStart(@Observes StartupEvent event) throws SchedulerException {
        jobs.scheduleCron(SNAPSHOTS, SnapshotJob.class, cron, "Chốt số liệu thống kê các kỳ báo cáo đã đến ngày chốt");
    }
}
