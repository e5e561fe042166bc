package vn.dondoc.consolidated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.consolidated.ConsolidatedDtos.Figures;
import vn.dondoc.consolidated.ConsolidatedDtos.ReportJob;
import vn.dondoc.consolidated.ConsolidatedDtos.ReportRequest;
import vn.dondoc.directive.Directive;
import vn.dondoc.period.ReportingPeriod;
import vn.dondoc.period.ReportingPeriods;

/** Consolidated reports: queue one, follow it, list the history, hand out its files. */
@ApplicationScoped
@Transactional
public class ConsolidatedReportService {

    /** A file of a finished report. */
    public record File(String name, String mediaType, byte[] content) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    Event<ConsolidatedReportWorker.Queued> queued;

    public ReportJob create(ReportRequest request) {
        Directive directive = Directive.findById(request.directiveId());
        if (directive == null) {
            throw ProblemException.invalid("directiveId", "Văn bản chỉ đạo không tồn tại");
        }
        ReportingPeriod period;
        try {
            period = ReportingPeriods.parse(request.periodKey().trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("periodKey", "Kỳ báo cáo không hợp lệ: " + e.getMessage());
        }
        LocalDate today = LocalDate.now(clock);
        if (period.from().isAfter(today)) {
            throw ProblemException.invalid("periodKey", "Kỳ báo cáo " + period.label() + " chưa bắt đầu");
        }
        ConsolidatedReport job = new ConsolidatedReport();
        job.directiveId = directive.id;
        job.periodKey = period.key();
        job.periodLabel = period.label();
        job.periodFrom = period.from();
        job.periodTo = period.to();
        job.asOf = period.to().isBefore(today) ? period.to() : today;
        job.docNumber = request.number() == null || request.number().isBlank() ? null : request.number().trim();
        job.requestedBy = currentUser.username();
        job.createdAt = Instant.now(clock);
        job.persist();
        queued.fire(new ConsolidatedReportWorker.Queued(job.id));
        return view(job);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportJob get(long id) {
        return view(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportJob> list(Long directiveId) {
        List<ConsolidatedReport> jobs = directiveId == null
                ? ConsolidatedReport.<ConsolidatedReport>find("order by createdAt desc, id desc").page(0, 100).list()
                : ConsolidatedReport.<ConsolidatedReport>find("directiveId = ?1 order by createdAt desc, id desc", directiveId)
                        .page(0, 100).list();
        return jobs.stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public File docx(long id) {
        ConsolidatedReport job = done(id);
        return new File("bao-cao-tong-hop-" + job.periodKey + "-" + job.id + ".docx", ConsolidatedReportResource.DOCX, job.docx);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public File xlsx(long id) {
        ConsolidatedReport job = done(id);
        return new File("phu-luc-bao-cao-tong-hop-" + job.periodKey + "-" + job.id + ".xlsx", ConsolidatedReportResource.XLSX,
                job.xlsx);
    }

    private ConsolidatedReport done(long id) {
        ConsolidatedReport job = find(id);
        if (job.status != ConsolidatedReport.Status.DONE) {
            throw ProblemException.conflict("Báo cáo tổng hợp số " + id + " chưa lập xong (trạng thái " + job.status + ").");
        }
        return job;
    }

    private ConsolidatedReport find(long id) {
        ConsolidatedReport job = ConsolidatedReport.findById(id);
        if (job == null) {
            throw ProblemException.notFound("Không tìm thấy báo cáo tổng hợp có mã số " + id + ".");
        }
        return job;
    }

    private ReportJob view(ConsolidatedReport j) {
        Figures figures = null;
        if (j.figuresJson != null) {
            try {
                figures = json.readValue(j.figuresJson, Figures.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable figures of consolidated report " + j.id, e);
            }
        }
        return new ReportJob(j.id, j.directiveId, j.periodKey, j.periodLabel, j.periodFrom, j.periodTo, j.asOf, j.status,
                j.progress, j.failureReason, j.requestedBy, j.createdAt, j.startedAt, j.finishedAt, figures);
    }
}
