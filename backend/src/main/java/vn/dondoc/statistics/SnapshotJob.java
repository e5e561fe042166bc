package vn.dondoc.statistics;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Freezes the periods whose cut-off has passed; one instance of the cluster at a time. */
@Dependent
@Unremovable
@DisallowConcurrentExecution
public class SnapshotJob implements Job {

    @Inject
    SnapshotService snapshots;

    @Inject
    Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        snapshots.freezeDue(LocalDate.now(clock));
    }
}
