package vn.dondoc.consolidated;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every committed step of every consolidated report job, in order. */
@ApplicationScoped
public class ProgressLog {

    final List<ConsolidatedReportWorker.Progress> events = new CopyOnWriteArrayList<>();

    void on(@Observes ConsolidatedReportWorker.Progress progress) {
        events.add(progress);
    }

    List<ConsolidatedReportWorker.Progress> of(long jobId) {
        return events.stream().filter(e -> e.jobId() == jobId).toList();
    }
}
