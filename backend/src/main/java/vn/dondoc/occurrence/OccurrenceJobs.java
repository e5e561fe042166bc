package vn.dondoc.occurrence;

import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import vn.dondoc.common.jobs.ClusteredJobs;

/** Each day, every open periodic task gets the occurrence of a period that has begun, and its shares its due date. */
@ApplicationScoped
public class OccurrenceJobs {

    public static final JobKey OCCURRENCES = JobKey.jobKey("task-occurrences", "dondoc");

    @Inject
    ClusteredJobs jobs;

    @ConfigProperty(name = "dondoc.occurrences.cron", defaultValue = "0 15 0 * * ?")
    String cron;

    void onStart(@Observes StartupEvent event) throws SchedulerException {
        jobs.scheduleCron(OCCURRENCES, Pass.class, cron, "Tạo kỳ mới của các nhiệm vụ định kỳ, cập nhật hạn của phần việc");
    }

    /** One instance of the cluster at a time. */
    @Dependent
    @Unremovable
    @DisallowConcurrentExecution
    public static class Pass implements Job {

        @Inject
        OccurrenceService occurrences;

        @Override
        public void execute(JobExecutionContext context) {
            occurrences.refreshAll();
        }
    }
}
