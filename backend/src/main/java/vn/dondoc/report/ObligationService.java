package vn.dondoc.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.common.security.Roles;
import vn.dondoc.directive.Directive;
import vn.dondoc.period.DuePeriod;
import vn.dondoc.period.PeriodKind;
import vn.dondoc.period.ReportingPeriod;
import vn.dondoc.period.ReportingPeriods;
import vn.dondoc.period.ReportingScheduleService;
import vn.dondoc.report.PeriodicReportDtos.Submission;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitDtos.UnitRef;

/** What the caller's unit must report now: the "My unit" page. */
@ApplicationScoped
@Transactional
public class ObligationService {

    /** Open shares: the statuses of {@link vn.dondoc.task.TimelinessRule}. */
    private static final List<ProgressStatus> OPEN = vn.dondoc.task.TimelinessRule.OPEN_STATUSES;
    private static final List<ReportStatus> SENT = List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);

    @Schema(name = "ObligationPeriod", description = "Kỳ báo cáo quý hiện tại (cửa sổ số liệu theo Nghị định 09/2019/NĐ-CP).")
    public record Period(@Schema(examples = "2026-Q4") String key, @Schema(examples = "Quý IV/2026") String label,
            LocalDate from, LocalDate to) {
    }

    @Schema(name = "UnreportedAssignment", description = "Phần việc chưa có báo cáo tiến độ nào được gửi trong kỳ.")
    public record Unreported(long assignmentId, long taskId, @Schema(examples = "II.1.b") String taskCode, String taskContent,
            AssignmentRole role, LocalDate dueDate) {
    }

    @Schema(name = "PeriodicDue", description = "Báo cáo định kỳ đơn vị phải nộp.")
    public record PeriodicDue(long directiveId, String directiveTitle, @Schema(examples = "2026-Q4") String periodKey,
            @Schema(examples = "Quý IV/2026") String periodLabel, @Schema(examples = "2026-12-16") LocalDate dueDate,
            Long reportId, ReportStatus reportStatus, Submission submission) {
    }

    @Schema(name = "ReturnedReport", description = "Báo cáo bị trả lại, chờ đơn vị sửa và gửi lại.")
    public record Returned(@Schema(description = "PROGRESS hoặc PERIODIC", examples = "PROGRESS") String kind, long reportId,
            @Schema(description = "Mã nhiệm vụ hoặc tên kỳ", examples = "II.1.b") String subject, String reviewerComment,
            String reviewedBy, Instant reviewedAt) {
    }

    @Schema(name = "ReportingObligations", description = "Việc phải báo cáo của đơn vị: phần việc chưa báo cáo trong kỳ, "
            + "báo cáo định kỳ đến hạn, báo cáo bị trả lại.")
    public record Obligations(UnitRef unit, Period currentPeriod, List<Unreported> assignmentsWithoutReport,
            List<PeriodicDue> periodicDue, List<Returned> returnedReports) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportingScheduleService schedules;

    @Inject
    Clock clock;

    public Obligations mine() {
        if (!currentUser.hasRole(Roles.UNIT_OFFICER) && !currentUser.hasRole(Roles.UNIT_HEAD)) {
            throw ProblemException.forbidden("Trang này dành cho cán bộ của đơn vị được giao nhiệm vụ.");
        }
        Unit unit = currentUser.requireUnit();
        LocalDate today = LocalDate.now(clock);
        ReportingPeriod quarter = ReportingPeriods.current(PeriodKind.QUARTERLY, today);
        List<Unreported> unreported = Assignment.<Assignment>list("from Assignment a join fetch a.task t where a.unit = ?1 "
                + "and a.status in ?2 and t.kind is not null and not exists (select 1 from ProgressReport r where "
                + "r.assignment = a and r.status in ?3 and r.submittedOn between ?4 and ?5) order by t.treeKey",
                unit, OPEN, SENT, quarter.from(), quarter.to())
                .stream().map(a -> new Unreported(a.id, a.task.id, a.task.code, a.task.content, a.role, a.task.dueDate)).toList();
        return new Obligations(UnitRef.of(unit), new Period(quarter.key(), quarter.label(), quarter.from(), quarter.to()),
                unreported, periodicDue(unit, today), returned(unit));
    }

    /** Periods whose unit due date is within a month back or three ahead, not yet sent. */
    private List<PeriodicDue> periodicDue(Unit unit, LocalDate today) {
        List<Long> directives = Assignment.<Assignment>find("select distinct a.task.directive.id from Assignment a "
                + "where a.unit = ?1 and a.status in ?2 and a.task.kind is not null", unit, OPEN).project(Long.class).list();
        List<PeriodicDue> due = new ArrayList<>();
        for (Long directiveId : directives) {
            Directive directive = Directive.findById(directiveId);
            Map<String, DuePeriod> periods = new LinkedHashMap<>();
            for (DuePeriod p : schedules.duePeriods(directiveId, today.minusMonths(1), today.plusMonths(3))) {
                periods.putIfAbsent(p.period().key(), p);
            }
            for (DuePeriod p : periods.values()) {
                PeriodicReport report = PeriodicReport.<PeriodicReport>find("directive.id = ?1 and unit = ?2 and periodKey = ?3",
                        directiveId, unit, p.period().key()).firstResult();
                if (report == null || report.status.editable()) {
                    due.add(new PeriodicDue(directiveId, directive.title, p.period().key(), p.period().label(), p.unitDueDate(),
                            report == null ? null : report.id, report == null ? null : report.status,
                            PeriodicReportService.submission(report, p.unitDueDate())));
                }
            }
        }
        return due;
    }

    private static List<Returned> returned(Unit unit) {
        List<Returned> returned = new ArrayList<>();
        ProgressReport.<ProgressReport>list("from ProgressReport r join fetch r.assignment a join fetch a.task "
                + "where a.unit = ?1 and r.status = ?2 order by r.reviewedAt desc", unit, ReportStatus.RETURNED)
                .forEach(r -> returned.add(new Returned("PROGRESS", r.id, r.assignment.task.code, r.reviewerComment,
                        r.reviewedBy, r.reviewedAt)));
        PeriodicReport.<PeriodicReport>list("unit = ?1 and status = ?2 order by reviewedAt desc", unit, ReportStatus.RETURNED)
                .forEach(r -> returned.add(new Returned("PERIODIC", r.id, r.periodLabel, r.reviewerComment, r.reviewedBy,
                        r.reviewedAt)));
        return returned;
    }
}
