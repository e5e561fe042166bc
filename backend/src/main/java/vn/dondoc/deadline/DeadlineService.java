package vn.dondoc.deadline;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.deadline.DeadlineDtos.DeadlineCounts;
import vn.dondoc.deadline.DeadlineDtos.DeadlineItem;
import vn.dondoc.deadline.DeadlineDtos.DeadlineKind;
import vn.dondoc.deadline.DeadlineDtos.DeadlinePage;
import vn.dondoc.period.DuePeriod;
import vn.dondoc.period.ReportingScheduleService;
import vn.dondoc.report.PeriodicReport;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Timeliness;
import vn.dondoc.task.TimelinessRule;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitDtos.UnitRef;

/**
 * The deadline calendar: each unit's due dates of its open shares of tasks (its own current due
 * date, after extensions) and the due dates of its periodic reports, for a range of days.
 */
@ApplicationScoped
@Transactional
public class DeadlineService {

    /** Open shares: the statuses of {@link vn.dondoc.task.TimelinessRule}. */
    private static final List<ProgressStatus> OPEN = vn.dondoc.task.TimelinessRule.OPEN_STATUSES;
    /** A calendar asks for a month or a few; a year is the most one page of the API covers. */
    private static final int MAX_RANGE_DAYS = 400;

    @Inject
    CurrentUser currentUser;

    @Inject
    TimelinessRule timeliness;

    @Inject
    ReportingScheduleService schedules;

    @Inject
    EntityManager em;

    /**
     * Deadlines between two days (both included), earliest first: the open assignments, paged in
     * SQL; with {@code overdue}, also every open assignment whose due date passed before
     * {@code from}. The periodic report due dates of the range (a handful) come whole, beside them.
     */
    public DeadlinePage list(Long unitId, LocalDate from, LocalDate to, DeadlineKind kind, boolean overdue, int page,
            int size) {
        Long unit = currentUser.scopeUnit(unitId, "thời hạn");
        LocalDate today = timeliness.today();
        LocalDate start = from == null ? today : from;
        LocalDate end = to == null ? start.plusDays(30) : to;
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu");
        }
        if (start.plusDays(MAX_RANGE_DAYS).isBefore(end)) {
            throw ProblemException.invalid("to", "Khoảng thời gian tối đa " + MAX_RANGE_DAYS + " ngày");
        }
        boolean assignments = kind == null || kind == DeadlineKind.ASSIGNMENT;
        boolean reports = kind == null || kind == DeadlineKind.PERIODIC_REPORT;
        long total = assignments ? countAssignmentDeadlines(unit, start, end, overdue) : 0;
        List<DeadlineItem> items = assignments ? assignmentDeadlines(unit, start, end, overdue, page, size) : List.of();
        return new DeadlinePage(items, page, size, total, (int) ((total + size - 1) / size),
                reports ? reportDeadlines(unit, start, end) : List.of());
    }

    /** Badges: overdue and due-soon open assignments, and extension requests waiting for a decision. */
    public DeadlineCounts counts(Long unitId) {
        Long unit = currentUser.scopeUnit(unitId, "thời hạn");
        String unitCondition = unit == null ? "" : " and a.unit.id = :unitId";
        Parameters params = Parameters.with("today", timeliness.today());
        if (unit != null) {
            params.and("unitId", unit);
        }
        // The shares judged by the one rule (TimelinessRule): the same set as reminders, letters and unit figures.
        long overdue = Assignment.count("from Assignment a where " + TimelinessRule.shareCondition(Timeliness.OVERDUE)
                + unitCondition, params);
        params.and("soon", timeliness.dueSoonLimit()); // only the due-soon condition names it
        long dueSoon = Assignment.count("from Assignment a where " + TimelinessRule.shareCondition(Timeliness.DUE_SOON)
                + unitCondition, params);
        long pending = unit == null ? ExtensionRequest.count("status", ExtensionStatus.PENDING)
                : ExtensionRequest.count("status = ?1 and assignment.unit.id = ?2", ExtensionStatus.PENDING, unit);
        return new DeadlineCounts(unit == null ? null : UnitRef.of(Unit.findById(unit)), overdue, dueSoon, pending);
    }

    private record Where(String jpql, Parameters params) {
    }

    private Where assignmentWhere(Long unit, LocalDate from, LocalDate to, boolean overdue) {
        StringBuilder jpql = new StringBuilder("a.status in :open and a.dueDate is not null and a.dueDate <= :to");
        Parameters params = Parameters.with("open", OPEN).and("to", to).and("from", from);
        if (overdue) {
            jpql.append(" and (a.dueDate >= :from or a.dueDate < :today)");
            params.and("today", timeliness.today());
        } else {
            jpql.append(" and a.dueDate >= :from");
        }
        if (unit != null) {
            jpql.append(" and a.unit.id = :unitId");
            params.and("unitId", unit);
        }
        return new Where(jpql.toString(), params);
    }

    private long countAssignmentDeadlines(Long unit, LocalDate from, LocalDate to, boolean overdue) {
        Where where = assignmentWhere(unit, from, to, overdue);
        return Assignment.count("from Assignment a where " + where.jpql(), where.params());
    }

    /** One page of open assignments by due date, in SQL (ix_assignment_due), then program order. */
    private List<DeadlineItem> assignmentDeadlines(Long unit, LocalDate from, LocalDate to, boolean overdue, int page,
            int size) {
        Where where = assignmentWhere(unit, from, to, overdue);
        var query = em.createQuery("from Assignment a join fetch a.task t join fetch a.unit u where " + where.jpql()
                + " order by a.dueDate, a.taskTreeKey, u.name, a.id", Assignment.class)
                .setFirstResult(page * size).setMaxResults(size);
        where.params().map().forEach(query::setParameter);
        return query.getResultList().stream().map(a -> new DeadlineItem(DeadlineKind.ASSIGNMENT, a.dueDate,
                timeliness.ofShare(a), a.task.directiveId, UnitRef.of(a.unit), a.id, a.task.id,
                a.task.code, a.task.content, a.role, a.status,
                a.task.originalDueDate != null && !a.task.originalDueDate.equals(a.dueDate) ? a.task.originalDueDate : null,
                null, null, null)).toList();
    }

    /**
     * Periodic reports of the directives the unit works on (or of every directive with tasks, for
     * the whole province: one deadline per directive and period, without a unit).
     */
    private List<DeadlineItem> reportDeadlines(Long unit, LocalDate from, LocalDate to) {
        List<Long> directiveIds = unit == null
                ? em.createQuery("select distinct t.directive.id from Task t where t.kind is not null", Long.class).getResultList()
                : em.createQuery("select distinct a.task.directive.id from Assignment a where a.unit.id = :unit "
                        + "and a.status <> vn.dondoc.task.ProgressStatus.CANCELLED", Long.class)
                        .setParameter("unit", unit).getResultList();
        Unit unitEntity = unit == null ? null : Unit.findById(unit);
        List<DeadlineItem> items = new ArrayList<>();
        for (Long directiveId : directiveIds) {
            // Periods whose unit due date falls in the range end at most a few weeks before it.
            List<DuePeriod> periods = schedules.duePeriods(directiveId, from.minusMonths(2), to).stream()
                    .filter(p -> !p.unitDueDate().isBefore(from) && !p.unitDueDate().isAfter(to)).toList();
            Map<String, PeriodicReport> reports = unitEntity == null || periods.isEmpty() ? Map.of()
                    : PeriodicReport.<PeriodicReport>list("unit = ?1 and directive.id = ?2 and periodKey in ?3", unitEntity,
                            directiveId, periods.stream().map(p -> p.period().key()).toList())
                            .stream().collect(Collectors.toMap(r -> r.periodKey, r -> r, (a, b) -> a));
            for (DuePeriod p : periods) {
                PeriodicReport report = reports.get(p.period().key());
                items.add(new DeadlineItem(DeadlineKind.PERIODIC_REPORT, p.unitDueDate(), null, directiveId,
                        unitEntity == null ? null : UnitRef.of(unitEntity), null, null, null, null, null, null, null,
                        p.period().key(), p.period().label(), report == null ? null : report.status));
            }
        }
        items.sort(Comparator.comparing(DeadlineItem::date).thenComparing(DeadlineItem::directiveId));
        return items;
    }

}
