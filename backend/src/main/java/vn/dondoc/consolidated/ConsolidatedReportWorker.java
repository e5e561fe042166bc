package vn.dondoc.consolidated;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import vn.dondoc.common.document.Decree30Docx.Closing;
import vn.dondoc.common.document.Decree30Docx.Header;
import vn.dondoc.consolidated.ConsolidatedDtos.Figures;
import vn.dondoc.consolidated.ConsolidatedFigures.Standing;
import vn.dondoc.consolidated.ConsolidatedFigures.TaskLine;
import vn.dondoc.consolidated.ReportContent.UnitText;
import vn.dondoc.directive.Directive;
import vn.dondoc.period.ReportingPeriod;
import vn.dondoc.period.ReportingPeriods;
import vn.dondoc.report.PeriodicReport;
import vn.dondoc.report.ProgressReport;
import vn.dondoc.report.ReportStatus;
import vn.dondoc.urging.OrganizationConfig;
import vn.dondoc.urging.UrgingLetterService;

/**
 * Runs queued consolidated reports one at a time in the background: each step commits its own short
 * transaction, so the percent is visible to whoever polls, and a failure marks the job FAILED with its reason.
 */
@ApplicationScoped
public class ConsolidatedReportWorker {

    private static final Logger LOG = Logger.getLogger(ConsolidatedReportWorker.class);
    private static final List<ReportStatus> SENT = List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);

    /** Fired after a job's status or percent was committed (tests and anyone else may observe it). */
    public record Progress(long jobId, ConsolidatedReport.Status status, int progress) {
    }

    /** Fired by the service in the request's transaction: the job starts only once its row is committed. */
    public record Queued(long jobId) {
    }

    @Inject
    ConsolidatedFigures figures;

    @Inject
    vn.dondoc.remark.RemarkService remarks;

    @Inject
    OrganizationConfig organization;

    @Inject
    ConsolidatedConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    Event<Progress> progressEvents;

    /** No context propagated: the job runs in transactions of its own, after the request has ended. */
    private ManagedExecutor executor;

    @PostConstruct
    void build() {
        executor = ManagedExecutor.builder().maxAsync(1).propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING)
                .build();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * A job left queued or running by an instance that stopped will never finish: after a restart, jobs older than
     * ten minutes (a report takes seconds) are marked failed so that the history says so and they can be made again.
     */
    void onStart(@Observes io.quarkus.runtime.StartupEvent start) {
        Instant limit = Instant.now(clock).minus(java.time.Duration.ofMinutes(10));
        int stale = QuarkusTransaction.requiringNew().call(() -> ConsolidatedReport.update(
                "status = ?1, failureReason = ?2, finishedAt = ?3 where status in ?4 and createdAt < ?5",
                ConsolidatedReport.Status.FAILED, "Máy chủ đã khởi động lại trong khi lập báo cáo; hãy lập lại.",
                Instant.now(clock), List.of(ConsolidatedReport.Status.QUEUED, ConsolidatedReport.Status.RUNNING), limit));
        if (stale > 0) {
            LOG.warnf("%d consolidated report jobs left unfinished by a stopped instance marked FAILED", stale);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        executor.execute(() -> run(queued.jobId()));
    }

    void run(long id) {
        long started = System.nanoTime();
        // CPU time of this thread per phase beside the wall time: on a loaded machine only the former says what a phase costs.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try {
            step(id, ConsolidatedReport.Status.RUNNING, 5, job -> job.startedAt = Instant.now(clock));
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            ReportContent content = QuarkusTransaction.requiringNew().call(() -> gather(id));
            step(id, ConsolidatedReport.Status.RUNNING, 40, job -> {
            });
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            byte[] docx = ConsolidatedWordWriter.write(content);
            step(id, ConsolidatedReport.Status.RUNNING, 70, job -> {
            });
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            byte[] xlsx = ConsolidatedAnnexWriter.write(content, remarks.annex(content.tasks().stream().map(TaskLine::id).toList(),
                    content.figures().asOf()));
            step(id, ConsolidatedReport.Status.RUNNING, 90, job -> {
            });
            long t3 = System.nanoTime();
            long c3 = threads.getCurrentThreadCpuTime();
            String figuresJson = json.writeValueAsString(content.figures());
            step(id, ConsolidatedReport.Status.DONE, 100, job -> {
                job.docx = docx;
                job.xlsx = xlsx;
                job.figuresJson = figuresJson;
                job.finishedAt = Instant.now(clock);
            });
            LOG.infof("Consolidated report %d: %d tasks in %d ms (wall/CPU ms: data %d/%d, Word %d/%d, annex %d/%d; figures %s)",
                    id, content.tasks().size(), (System.nanoTime() - started) / 1_000_000, (t1 - t0) / 1_000_000,
                    (c1 - c0) / 1_000_000, (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000, (t3 - t2) / 1_000_000,
                    (c3 - c2) / 1_000_000, content.figures().source());
        } catch (Exception e) {
            LOG.errorf(e, "Consolidated report %d failed", id);
            String reason = "Lỗi khi lập báo cáo: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            try {
                step(id, ConsolidatedReport.Status.FAILED, 100, job -> {
                    job.failureReason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
                    job.finishedAt = Instant.now(clock);
                });
            } catch (RuntimeException again) {
                LOG.errorf(again, "Consolidated report %d: could not record the failure", id);
            }
        }
    }

    private void step(long id, ConsolidatedReport.Status status, int progress, java.util.function.Consumer<ConsolidatedReport> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            ConsolidatedReport job = ConsolidatedReport.findById(id);
            job.status = status;
            job.progress = progress;
            change.accept(job);
        });
        progressEvents.fire(new Progress(id, status, progress));
    }

    /** Reads everything the report prints, in one transaction. */
    ReportContent gather(long id) {
        ConsolidatedReport job = ConsolidatedReport.findById(id);
        Directive directive = Directive.findById(job.directiveId);
        ReportingPeriod period = ReportingPeriods.parse(job.periodKey);
        LocalDate asOf = job.asOf;
        List<TaskLine> tasks = figures.tasks(directive.id, asOf);
        LocalDate issued = LocalDate.ofInstant(job.createdAt, clock.getZone());
        // A closed period prints its frozen figures, so that the report made again later is the same; the current
        // period (or a closed one never frozen) is counted now.
        boolean closed = asOf.equals(period.to()) && asOf.isBefore(issued);
        Figures frozen = closed ? figures.frozen(directive.id, period) : null;
        Figures counts = frozen != null ? frozen : figures.figures(tasks, asOf);

        Map<Long, List<UnitText>> inPeriod = new LinkedHashMap<>();
        Map<Long, UnitText> latest = new HashMap<>();
        Map<Long, Map<String, UnitText>> reasonsByUnit = new HashMap<>();
        Set<UnitText> difficulties = new LinkedHashSet<>();
        Set<UnitText> proposals = new LinkedHashSet<>();
        List<ProgressReport> reports = ProgressReport.<ProgressReport>find("select r from ProgressReport r join fetch r.assignment a "
                + "join fetch a.unit join fetch a.task t where t.directive.id = ?1 and r.status in ?2 and r.submittedOn <= ?3 "
                + "order by r.submittedAt, r.id", directive.id, SENT, asOf).list();
        for (ProgressReport r : reports) {
            long taskId = r.assignment.task.id;
            String unit = r.assignment.unit.name;
            String code = r.assignment.task.code;
            String result = firstText(r.results, r.workDone);
            if (result != null) {
                latest.put(taskId, new UnitText(unit, code, result));
            }
            if (hasText(r.difficulties)) {
                reasonsByUnit.computeIfAbsent(taskId, k -> new LinkedHashMap<>()).put(unit, new UnitText(unit, code, r.difficulties));
            }
            if (!period.contains(r.submittedOn)) {
                continue;
            }
            if (result != null) {
                inPeriod.computeIfAbsent(taskId, k -> new ArrayList<>()).add(new UnitText(unit, code, result));
            }
            if (hasText(r.difficulties)) {
                difficulties.add(new UnitText(unit, code, r.difficulties.trim()));
            }
            if (hasText(r.proposals)) {
                proposals.add(new UnitText(unit, code, r.proposals.trim()));
            }
        }
        List<UnitText> periodic = new ArrayList<>();
        List<PeriodicReport> periodicReports = PeriodicReport.<PeriodicReport>find("select r from PeriodicReport r join fetch r.unit u "
                + "where r.directive.id = ?1 and r.periodKey = ?2 and r.status in ?3 order by u.type, u.name", directive.id,
                period.key(), SENT).list();
        for (PeriodicReport r : periodicReports) {
            if (hasText(r.summary)) {
                periodic.add(new UnitText(r.unit.name, null, r.summary.trim()));
            }
            if (hasText(r.difficulties)) {
                difficulties.add(new UnitText(r.unit.name, null, r.difficulties.trim()));
            }
            if (hasText(r.proposals)) {
                proposals.add(new UnitText(r.unit.name, null, r.proposals.trim()));
            }
        }
        Map<Long, List<UnitText>> reasons = new HashMap<>();
        reasonsByUnit.forEach((task, byUnit) -> reasons.put(task, new ArrayList<>(byUnit.values())));

        LocalDate nextEnd = period.to().plusMonths(switch (period.kind()) {
            case MONTHLY -> 1;
            case QUARTERLY, NINE_MONTHS -> 3;
            case HALF_YEARLY -> 6;
            case YEARLY -> 12;
        });
        List<TaskLine> next = tasks.stream().filter(t -> t.standing() == Standing.IN_PROGRESS_ON_TIME && t.dueDate() != null
                && t.dueDate().isAfter(period.to()) && !t.dueDate().isAfter(nextEnd)).toList();

        String numberLine = "Số: " + (job.docNumber == null ? "        " : job.docNumber) + "/" + config.symbol();
        Header header = new Header(organization.governingBody(), organization.name(), numberLine, null, organization.place(),
                issued);
        List<String> recipients = new ArrayList<>();
        config.recipients().forEach(r -> recipients.add("- " + r.trim() + ";"));
        recipients.add("- Lưu: " + config.archive().trim() + ".");
        Closing closing = new Closing(recipients, config.signerAuthority(), config.signerTitle(), config.signerName().orElse(null));
        return new ReportContent(header, closing, UrgingLetterService.citation(directive), period.label(), period.from(),
                period.to(), organization.name(), organization.superior(), counts, tasks, inPeriod, latest, reasons, periodic,
                List.copyOf(difficulties), List.copyOf(proposals), next);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String firstText(String... values) {
        for (String v : values) {
            if (hasText(v)) {
                return v.trim();
            }
        }
        return null;
    }
}
