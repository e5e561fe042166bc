package vn.dondoc.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.calendar.WorkingDayCalendar;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.period.PeriodDtos.DuePeriodList;
import vn.dondoc.period.PeriodDtos.DuePeriodView;
import vn.dondoc.period.PeriodDtos.ReportingScheduleCreate;
import vn.dondoc.period.PeriodDtos.ReportingScheduleList;
import vn.dondoc.period.PeriodDtos.ReportingScheduleUpdate;
import vn.dondoc.period.PeriodDtos.ReportingScheduleView;

/**
 * Reporting schedules (which periodic reports a directive asks for and by when) and the due periods they
 * produce. Due dates are counted in working days after each period's cut-off with the
 * {@link WorkingDayCalendar}.
 */
@ApplicationScoped
@Transactional
public class ReportingScheduleService {

    /** The longest range of cut-off dates one request may ask for. */
    static final int MAX_RANGE_YEARS = 5;

    private static final String ORDERED = "select s from ReportingSchedule s left join fetch s.directive d ";
    private static final String ORDER = " order by case when d.id is null then 0 else 1 end, d.id, s.name, s.id";

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    DirectiveService directives;

    @Inject
    Clock clock;

    /** Every schedule, or those that apply to one directive (its own and the global ones). */
    public ReportingScheduleList list(Long directiveId) {
        List<ReportingSchedule> schedules = directiveId == null
                ? ReportingSchedule.list(ORDERED + ORDER)
                : ReportingSchedule.list(ORDERED + "where d.id is null or d.id = ?1" + ORDER, directiveId);
        return new ReportingScheduleList(schedules.stream().map(ReportingScheduleView::of).toList());
    }

    public ReportingScheduleView get(long id) {
        return ReportingScheduleView.of(find(id));
    }

    public ReportingScheduleView create(ReportingScheduleCreate request) {
        List<FieldError> errors = new ArrayList<>();
        Directive directive = directive(request.directiveId(), errors);
        Set<PeriodKind> kinds = kinds(request.kinds(), errors);
        checkDueDays(request.unitDueWorkingDays(), request.trackerDueWorkingDays(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ReportingSchedule schedule = new ReportingSchedule();
        schedule.directive = directive;
        schedule.name = request.name().trim();
        schedule.kindList(kinds);
        schedule.unitDueWorkingDays = request.unitDueWorkingDays();
        schedule.trackerDueWorkingDays = request.trackerDueWorkingDays();
        schedule.active = request.active() == null || request.active();
        schedule.persist();
        schedule.flush();
        return ReportingScheduleView.of(schedule);
    }

    public ReportingScheduleView update(long id, ReportingScheduleUpdate request) {
        ReportingSchedule schedule = find(id);
        if (schedule.version != request.version()) {
            throw ProblemException.conflict("Lịch báo cáo đã được người khác cập nhật (phiên bản hiện tại " + schedule.version
                    + ", bạn gửi " + request.version() + "). Hãy tải lại và thực hiện lại thay đổi.");
        }
        List<FieldError> errors = new ArrayList<>();
        Directive directive = directive(request.directiveId(), errors);
        Set<PeriodKind> kinds = kinds(request.kinds(), errors);
        checkDueDays(request.unitDueWorkingDays(), request.trackerDueWorkingDays(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        schedule.directive = directive;
        schedule.name = request.name().trim();
        schedule.kindList(kinds);
        schedule.unitDueWorkingDays = request.unitDueWorkingDays();
        schedule.trackerDueWorkingDays = request.trackerDueWorkingDays();
        schedule.active = request.active();
        // Flush inside the transaction so that a concurrent update surfaces here as a 409.
        schedule.flush();
        return ReportingScheduleView.of(schedule);
    }

    public void delete(long id) {
        ReportingSchedule schedule = find(id);
        schedule.delete();
        schedule.flush();
    }

    /**
     * The periods due for a directive whose cut-off falls in [from, to]: for every active schedule of the
     * directive and every active global schedule, each period of each of its kinds, with the unit's and the
     * tracking department's due dates. Ordered by cut-off, then period kind, then schedule. The same period may
     * appear once per schedule that asks for it.
     *
     * @throws ProblemException 404 when the directive does not exist
     */
    public List<DuePeriod> duePeriods(long directiveId, LocalDate from, LocalDate to) {
        directives.find(directiveId);
        return duePeriods(activeSchedules(directiveId), from, to);
    }

    /**
     * One period of a directive by its key ("2026-Q4"), with the due dates of the active schedule that asks for
     * that kind: the directive's own schedule before a global one, then the oldest. Empty when no active
     * schedule of the directive asks for reports of that kind.
     *
     * @throws ProblemException 400 (field periodKey) for a malformed key, 404 when the directive does not exist
     */
    public Optional<DuePeriod> duePeriod(long directiveId, String periodKey) {
        ReportingPeriod period;
        try {
            period = ReportingPeriods.parse(periodKey);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("periodKey", e.getMessage());
        }
        directives.find(directiveId);
        return activeSchedules(directiveId).stream()
                .filter(s -> s.kindList().contains(period.kind()))
                .findFirst()
                .map(s -> due(s, period));
    }

    /** The due periods of a directive for the API; without dates, the cut-offs of the current year. */
    public DuePeriodList duePeriodList(long directiveId, LocalDate from, LocalDate to) {
        directives.find(directiveId);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from != null ? from : (to != null ? to.withDayOfYear(1) : today.withDayOfYear(1));
        LocalDate end = to != null ? to : start.withDayOfYear(start.lengthOfYear());
        if (start.isAfter(end)) {
            throw ProblemException.invalid("to", "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu");
        }
        if (start.plusYears(MAX_RANGE_YEARS).isBefore(end)) {
            throw ProblemException.invalid("to", "Khoảng thời gian tối đa " + MAX_RANGE_YEARS + " năm");
        }
        List<ReportingSchedule> schedules = activeSchedules(directiveId);
        Map<Long, String> names = new HashMap<>();
        schedules.forEach(s -> names.put(s.id, s.name));
        List<DuePeriod> due = duePeriods(schedules, start, end);
        return new DuePeriodList(directiveId, start, end,
                due.stream().map(d -> DuePeriodView.of(d, names.get(d.scheduleId()))).toList());
    }

    ReportingSchedule find(long id) {
        ReportingSchedule schedule = ReportingSchedule.findById(id);
        if (schedule == null) {
            throw ProblemException.notFound("Không tìm thấy lịch báo cáo có mã số " + id + ".");
        }
        return schedule;
    }

    /** The directive's own active schedules first, then the global ones, each group oldest first. */
    private static List<ReportingSchedule> activeSchedules(long directiveId) {
        return ReportingSchedule.list("select s from ReportingSchedule s left join s.directive d "
                + "where s.active = true and (d.id is null or d.id = ?1) "
                + "order by case when d.id is null then 1 else 0 end, s.id", directiveId);
    }

    private List<DuePeriod> duePeriods(List<ReportingSchedule> schedules, LocalDate from, LocalDate to) {
        List<DuePeriod> due = new ArrayList<>();
        for (ReportingSchedule schedule : schedules) {
            for (PeriodKind kind : schedule.kindList()) {
                for (ReportingPeriod period : ReportingPeriods.periodsEndingBetween(kind, from, to)) {
                    due.add(due(schedule, period));
                }
            }
        }
        due.sort(Comparator.comparing((DuePeriod d) -> d.period().to())
                .thenComparing(d -> d.period().kind())
                .thenComparingLong(DuePeriod::scheduleId));
        return due;
    }

    private DuePeriod due(ReportingSchedule schedule, ReportingPeriod period) {
        LocalDate unitDue = calendar.addWorkingDays(period.to(), schedule.unitDueWorkingDays);
        LocalDate trackerDue = calendar.addWorkingDays(period.to(), schedule.trackerDueWorkingDays);
        return new DuePeriod(schedule.id, period, unitDue, trackerDue,
                calendar.unconfirmedYears(period.to().plusDays(1), trackerDue.isAfter(unitDue) ? trackerDue : unitDue));
    }

    private static Directive directive(Long directiveId, List<FieldError> errors) {
        if (directiveId == null) {
            return null;
        }
        Directive directive = Directive.findById(directiveId);
        if (directive == null) {
            errors.add(new FieldError("directiveId", "Văn bản chỉ đạo không tồn tại"));
        }
        return directive;
    }

    private static Set<PeriodKind> kinds(List<PeriodKind> requested, List<FieldError> errors) {
        Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
        for (int i = 0; i < requested.size(); i++) {
            if (!kinds.add(requested.get(i))) {
                errors.add(new FieldError("kinds[" + i + "]", "Loại kỳ báo cáo bị lặp lại"));
            }
        }
        return kinds;
    }

    private static void checkDueDays(int unitDays, int trackerDays, List<FieldError> errors) {
        if (trackerDays < unitDays) {
            errors.add(new FieldError("trackerDueWorkingDays", "Hạn của cơ quan theo dõi (" + trackerDays
                    + " ngày làm việc) không được sớm hơn hạn của đơn vị (" + unitDays + " ngày làm việc)"));
        }
    }
}
