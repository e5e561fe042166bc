package vn.dondoc.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.common.security.Roles;
import vn.dondoc.directive.Directive;
import vn.dondoc.period.DuePeriod;
import vn.dondoc.period.ReportingScheduleService;
import vn.dondoc.report.PeriodicReportDtos.Board;
import vn.dondoc.report.PeriodicReportDtos.BoardState;
import vn.dondoc.report.PeriodicReportDtos.BoardRow;
import vn.dondoc.report.PeriodicReportDtos.EditRequest;
import vn.dondoc.report.PeriodicReportDtos.History;
import vn.dondoc.report.PeriodicReportDtos.HistoryRow;
import vn.dondoc.report.PeriodicReportDtos.ItemEdit;
import vn.dondoc.report.PeriodicReportDtos.ItemView;
import vn.dondoc.report.PeriodicReportDtos.PeriodicReportView;
import vn.dondoc.report.PeriodicReportDtos.Submission;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitDtos.UnitRef;

/**
 * Periodic reports (báo cáo định kỳ): one per unit, directive and Decree 09 period, covering all
 * the unit's assignments in the directive, pre-filled from the progress reports sent in the
 * period's window. The tracker sees per period who sent on time, late, or not at all.
 */
@ApplicationScoped
@Transactional
public class PeriodicReportService {

    public record Opened(PeriodicReportView report, boolean existing) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportingScheduleService schedules;

    @Inject
    ReportService reports;

    @Inject
    Clock clock;

    @ConfigProperty(name = "dondoc.time-zone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    /** Opens the caller's unit's report for a period, or returns the one already opened. */
    public Opened open(long directiveId, String periodKey) {
        Unit unit = requireUnitStaff();
        DuePeriod due = schedules.duePeriod(directiveId, periodKey).orElseThrow(() -> ProblemException.invalid("periodKey",
                "Văn bản chỉ đạo này không có lịch báo cáo cho kỳ " + periodKey));
        PeriodicReport existing = PeriodicReport.<PeriodicReport>find("directive.id = ?1 and unit = ?2 and periodKey = ?3",
                directiveId, unit, due.period().key()).firstResult();
        if (existing != null) {
            return new Opened(view(existing), true);
        }
        List<Assignment> assignments = Assignment.list("from Assignment a join fetch a.task t where t.directive.id = ?1 "
                + "and a.unit = ?2 and a.status <> ?3 and t.kind is not null order by t.treeKey", directiveId, unit,
                ProgressStatus.CANCELLED);
        if (assignments.isEmpty()) {
            throw ProblemException.forbidden("Đơn vị của bạn không có nhiệm vụ nào trong văn bản chỉ đạo này.");
        }
        PeriodicReport report = new PeriodicReport();
        report.directive = Directive.findById(directiveId);
        report.unit = unit;
        report.periodKey = due.period().key();
        report.periodLabel = due.period().label();
        report.periodFrom = due.period().from();
        report.periodTo = due.period().to();
        report.dueDate = due.unitDueDate();
        report.createdBy = currentUser.username();
        report.persist();
        Map<Long, ProgressReport> latest = latestProgress(assignments, report.periodFrom, report.periodTo);
        int position = 0;
        for (Assignment a : assignments) {
            PeriodicReportItem item = new PeriodicReportItem();
            item.report = report;
            item.assignment = a;
            item.position = ++position;
            ProgressReport p = latest.get(a.id);
            item.progress = p == null ? null : joinNonBlank(p.workDone, p.results);
            item.percentComplete = p == null ? a.percentComplete : p.percentComplete;
            item.persist();
        }
        report.difficulties = joinNonBlank(latest.values().stream().map(p -> p.difficulties).toArray(String[]::new));
        report.proposals = joinNonBlank(latest.values().stream().map(p -> p.proposals).toArray(String[]::new));
        PeriodicReport.flush();
        return new Opened(view(report), false);
    }

    public PeriodicReportView get(long id) {
        PeriodicReport report = find(id);
        requireReadable(report);
        return view(report);
    }

    public PeriodicReportView edit(long id, EditRequest request) {
        PeriodicReport report = find(id);
        requireOwnUnit(report);
        report.requireEditable();
        report.checkVersion(request.version());
        report.summary = blankToNull(request.summary());
        report.difficulties = blankToNull(request.difficulties());
        report.proposals = blankToNull(request.proposals());
        if (request.items() != null) {
            Map<Long, PeriodicReportItem> items = PeriodicReportItem.<PeriodicReportItem>list("report", report).stream()
                    .collect(Collectors.toMap(i -> i.id, i -> i));
            for (int i = 0; i < request.items().size(); i++) {
                ItemEdit edit = request.items().get(i);
                PeriodicReportItem item = items.get(edit.id());
                if (item == null) {
                    throw ProblemException.invalid("items[" + i + "].id", "Dòng không thuộc báo cáo này");
                }
                item.progress = blankToNull(edit.progress());
                item.percentComplete = edit.percentComplete();
            }
        }
        // A change of the lines alone must still make a concurrent editor's version stale.
        report.updatedAt = Instant.now(clock);
        PeriodicReport.flush();
        return view(report);
    }

    public PeriodicReportView submit(long id, String idempotencyKey) {
        PeriodicReport report = find(id);
        requireOwnUnit(report);
        if (report.isReplayOf(idempotencyKey)) {
            return view(report);
        }
        reports.requireHead();
        report.submit(currentUser.username(), Instant.now(clock), LocalDate.now(clock), idempotencyKey);
        PeriodicReport.flush();
        return view(report);
    }

    public PeriodicReportView review(long id, ReportStatus outcome, String comment, long version) {
        PeriodicReport report = find(id);
        report.review(outcome, comment, currentUser.username(), Instant.now(clock), version);
        PeriodicReport.flush();
        return view(report);
    }

    /**
     * Every unit with work in the directive × its submission for the period, and its state on today's date in the
     * province: a unit that has not sent its report is "not yet due" up to and including the due date, "missing" only
     * from the day after. A unit whose last day (valid to) is on or before the due date owes no report for the period
     * unless it already sent one: on that day the obligation passes to its successor, who is on the board instead.
     */
    public Board board(long directiveId, String periodKey) {
        DuePeriod due = schedules.duePeriod(directiveId, periodKey).orElseThrow(() -> ProblemException.invalid("periodKey",
                "Văn bản chỉ đạo này không có lịch báo cáo cho kỳ " + periodKey));
        LocalDate dueDate = due.unitDueDate();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of(zone));
        Map<Long, PeriodicReport> byUnit = PeriodicReport.<PeriodicReport>list("directive.id = ?1 and periodKey = ?2",
                directiveId, due.period().key()).stream().collect(Collectors.toMap(r -> r.unit.id, r -> r));
        Set<Unit> units = new LinkedHashSet<>();
        for (Unit u : Unit.<Unit>list("select distinct a.unit from Assignment a where a.task.directive.id = ?1 "
                + "and a.status <> ?2 and a.task.kind is not null", directiveId, ProgressStatus.CANCELLED)) {
            units.add(submission(byUnit.get(u.id), dueDate) == Submission.NOT_SUBMITTED ? obligedOn(u, dueDate) : u);
        }
        units.remove(null);
        List<BoardRow> rows = units.stream().sorted(Comparator.comparing((Unit u) -> u.type).thenComparing(u -> u.name))
                .map(u -> {
                    PeriodicReport r = byUnit.get(u.id);
                    Submission submission = submission(r, dueDate);
                    return new BoardRow(UnitRef.of(u), submission, state(submission, dueDate, today),
                            r == null ? null : r.status, r == null ? null : r.id, r == null ? null : r.submittedOn);
                }).toList();
        Map<BoardState, Long> counts = new EnumMap<>(BoardState.class);
        rows.forEach(r -> counts.merge(r.state(), 1L, Long::sum));
        return new Board(directiveId, due.period().key(), due.period().label(), due.period().from(), due.period().to(),
                dueDate, today, counts.getOrDefault(BoardState.SUBMITTED_ON_TIME, 0L),
                counts.getOrDefault(BoardState.SUBMITTED_LATE, 0L), counts.getOrDefault(BoardState.NOT_YET_DUE, 0L),
                counts.getOrDefault(BoardState.MISSING, 0L), rows);
    }

    /** Not yet due up to and including the due date; missing from the day after. */
    static BoardState state(Submission submission, LocalDate dueDate, LocalDate today) {
        return switch (submission) {
            case SUBMITTED_ON_TIME -> BoardState.SUBMITTED_ON_TIME;
            case SUBMITTED_LATE -> BoardState.SUBMITTED_LATE;
            case NOT_SUBMITTED -> today.isAfter(dueDate) ? BoardState.MISSING : BoardState.NOT_YET_DUE;
        };
    }

    /**
     * Who owes the report due on {@code dueDate} in place of a unit: the unit itself while it still exists after that
     * day, else its successor (followed along a chain of reorganisations); null when there is none.
     */
    public static Unit obligedOn(Unit unit, LocalDate dueDate) {
        Set<Long> seen = new HashSet<>();
        Unit u = unit;
        while (u != null && u.validTo != null && !u.validTo.isAfter(dueDate) && seen.add(u.id)) {
            u = u.successor;
        }
        return u;
    }

    /** A unit's timeliness over the periods already due in the last two years, and any later one it has opened. */
    public History history(long directiveId, long unitId) {
        Unit unit = Unit.findById(unitId);
        if (unit == null) {
            throw ProblemException.notFound("Không tìm thấy đơn vị có mã số " + unitId + ".");
        }
        if (!currentUser.readsAllUnits() && !currentUser.requireUnit().id.equals(unitId)) {
            throw ProblemException.forbidden("Bạn chỉ được xem lịch sử báo cáo của đơn vị mình.");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, PeriodicReport> byPeriod = PeriodicReport.<PeriodicReport>list("directive.id = ?1 and unit = ?2",
                directiveId, unit).stream().collect(Collectors.toMap(r -> r.periodKey, r -> r));
        Map<String, HistoryRow> rows = new LinkedHashMap<>();
        for (DuePeriod due : schedules.duePeriods(directiveId, today.minusYears(2), today.plusYears(1))) {
            if (due.unitDueDate().isAfter(today) && !byPeriod.containsKey(due.period().key())) {
                continue;
            }
            PeriodicReport r = byPeriod.get(due.period().key());
            rows.putIfAbsent(due.period().key(), new HistoryRow(due.period().key(), due.period().label(), due.unitDueDate(),
                    submission(r, due.unitDueDate()), r == null ? null : r.submittedOn, r == null ? null : r.id));
        }
        return new History(UnitRef.of(unit), directiveId, new ArrayList<>(rows.values()));
    }

    static Submission submission(ReviewedReport report, LocalDate dueDate) {
        if (report == null || report.submittedOn == null || report.status.editable()) {
            return Submission.NOT_SUBMITTED;
        }
        return report.submittedOn.isAfter(dueDate) ? Submission.SUBMITTED_LATE : Submission.SUBMITTED_ON_TIME;
    }

    /** The latest progress report sent in the window for each assignment. */
    private static Map<Long, ProgressReport> latestProgress(List<Assignment> assignments, LocalDate from, LocalDate to) {
        Map<Long, ProgressReport> latest = new HashMap<>();
        ProgressReport.<ProgressReport>list("assignment in ?1 and status in ?2 and submittedOn between ?3 and ?4 order by submittedAt",
                assignments, List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED), from, to)
                .forEach(p -> latest.put(p.assignment.id, p));
        return latest;
    }

    private Unit requireUnitStaff() {
        if (!currentUser.hasRole(Roles.UNIT_OFFICER) && !currentUser.hasRole(Roles.UNIT_HEAD)) {
            throw ProblemException.forbidden("Chỉ cán bộ đơn vị được lập báo cáo định kỳ.");
        }
        return currentUser.requireUnit();
    }

    private void requireOwnUnit(PeriodicReport report) {
        if (!requireUnitStaff().id.equals(report.unit.id)) {
            throw ProblemException.forbidden("Báo cáo này thuộc đơn vị khác.");
        }
    }

    private void requireReadable(PeriodicReport report) {
        boolean ownUnit = (currentUser.hasRole(Roles.UNIT_OFFICER) || currentUser.hasRole(Roles.UNIT_HEAD))
                && currentUser.unit().map(u -> u.id.equals(report.unit.id)).orElse(false);
        if (!ownUnit && !(currentUser.readsAllUnits() && report.status != ReportStatus.DRAFT)) {
            throw ProblemException.forbidden("Bạn không được xem báo cáo này.");
        }
    }

    private PeriodicReport find(long id) {
        PeriodicReport report = PeriodicReport.findById(id);
        if (report == null) {
            throw ProblemException.notFound("Không tìm thấy báo cáo định kỳ có mã số " + id + ".");
        }
        return report;
    }

    private PeriodicReportView view(PeriodicReport r) {
        List<ItemView> items = PeriodicReportItem.<PeriodicReportItem>list(
                "from PeriodicReportItem i join fetch i.assignment a join fetch a.task where i.report = ?1 order by i.position", r)
                .stream().map(i -> new ItemView(i.id, i.assignment.id, i.assignment.task.id, i.assignment.task.code,
                        i.assignment.task.content, i.assignment.role, i.progress, i.percentComplete))
                .toList();
        return new PeriodicReportView(r.id, r.directive.id, UnitRef.of(r.unit), r.periodKey, r.periodLabel, r.periodFrom,
                r.periodTo, r.dueDate, r.status, submission(r, r.dueDate), r.summary, r.difficulties, r.proposals,
                r.reviewerComment, r.submittedBy, r.submittedAt, r.submittedOn, r.reviewedBy, r.reviewedAt, items, r.version);
    }

    private static String joinNonBlank(String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::trim)
                .distinct().collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
