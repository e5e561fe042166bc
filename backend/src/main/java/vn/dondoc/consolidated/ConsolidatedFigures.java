package vn.dondoc.consolidated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import vn.dondoc.consolidated.ConsolidatedDtos.Counts;
import vn.dondoc.consolidated.ConsolidatedDtos.Figures;
import vn.dondoc.consolidated.ConsolidatedDtos.FiguresSource;
import vn.dondoc.consolidated.ConsolidatedDtos.GroupCounts;
import vn.dondoc.period.ReportingPeriod;
import vn.dondoc.statistics.StatisticsDtos.Figure;
import vn.dondoc.statistics.StatisticsDtos.FieldRow;
import vn.dondoc.statistics.StatisticsDtos.Matrix;
import vn.dondoc.statistics.StatisticsDtos.Statistics;
import vn.dondoc.statistics.StatisticsSnapshot;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Timeliness;
import vn.dondoc.task.TimelinessRule;

/**
 * The figures of a consolidated report: a directive's tasks (headings excluded) by their standing on a day, in
 * total and per task group (the task's field: the heading of its numbered group). One small SQL over the task
 * table and one over the assignments. The standing on a past day treats a task completed after that day as still
 * open then. A closed period's figures come from its snapshot when there is one ({@link #frozen}).
 */
@ApplicationScoped
public class ConsolidatedFigures {

    /** Where a task stood on the report's day; the same meaning as the task list's timeliness. */
    public enum Standing {
        COMPLETED_ON_TIME, COMPLETED_LATE, IN_PROGRESS_ON_TIME, OVERDUE, NO_DEADLINE, CANCELLED
    }

    /** One task of the report, with its units in force. */
    public record TaskLine(long id, String code, String content, String field, String treeKey, LocalDate dueDate,
            ProgressStatus status, int percentComplete, LocalDate completedOn, Standing standing, List<String> leadUnits,
            List<String> coordinatingUnits) {
    }

    static final String OTHER_GROUP = "Nhiệm vụ khác";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    TimelinessRule rule;

    /** The directive's tasks in document order, each with its standing on {@code asOf}. */
    public List<TaskLine> tasks(long directiveId, LocalDate asOf) {
        List<?> rows = em.createNativeQuery("SELECT id, code, content, field, tree_key, due_date, status, percent_complete, "
                + "completed_on FROM task WHERE directive_id = :directive AND kind IS NOT NULL "
                // A past day counts the tasks assigned by then; today, every task (as the statistics do).
                + "AND (assigned_on <= :asOf OR :asOf >= :today) ORDER BY tree_key, id")
                .unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.LONG).addScalar("code", StandardBasicTypes.STRING)
                .addScalar("content", StandardBasicTypes.STRING).addScalar("field", StandardBasicTypes.STRING)
                .addScalar("tree_key", StandardBasicTypes.STRING).addScalar("due_date", StandardBasicTypes.LOCAL_DATE)
                .addScalar("status", StandardBasicTypes.STRING).addScalar("percent_complete", StandardBasicTypes.INTEGER)
                .addScalar("completed_on", StandardBasicTypes.LOCAL_DATE)
                .setParameter("directive", directiveId).setParameter("asOf", asOf).setParameter("today", rule.today())
                .getResultList();
        Map<Long, List<String>> leads = new HashMap<>();
        Map<Long, List<String>> coordinating = new HashMap<>();
        ((List<?>) em.createNativeQuery("SELECT a.task_id, a.role, u.name FROM assignment a JOIN task t ON t.id = a.task_id "
                + "JOIN unit u ON u.id = a.unit_id WHERE t.directive_id = :directive AND a.status <> 'CANCELLED' "
                + "ORDER BY u.type, u.name").unwrap(NativeQuery.class)
                .addScalar("task_id", StandardBasicTypes.LONG).addScalar("role", StandardBasicTypes.STRING)
                .addScalar("name", StandardBasicTypes.STRING)
                .setParameter("directive", directiveId).getResultList()).stream().map(r -> (Object[]) r)
                .forEach(r -> ("LEAD".equals(r[1]) ? leads : coordinating).computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add((String) r[2]));
        List<TaskLine> lines = new ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long id = (Long) r[0];
            ProgressStatus status = ProgressStatus.valueOf((String) r[6]);
            LocalDate due = (LocalDate) r[5];
            LocalDate completedOn = (LocalDate) r[8];
            lines.add(new TaskLine(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], due, status,
                    (Integer) r[7], completedOn, standing(status, due, completedOn, asOf), leads.getOrDefault(id, List.of()),
                    coordinating.getOrDefault(id, List.of())));
        }
        return lines;
    }

    /** The counts of these tasks, in total and per group in document order. */
    public Figures figures(List<TaskLine> tasks, LocalDate asOf) {
        Map<String, List<TaskLine>> byGroup = new LinkedHashMap<>();
        for (TaskLine t : tasks) {
            byGroup.computeIfAbsent(t.field() == null || t.field().isBlank() ? OTHER_GROUP : t.field(), k -> new ArrayList<>())
                    .add(t);
        }
        List<GroupCounts> groups = new ArrayList<>();
        byGroup.forEach((field, lines) -> groups.add(new GroupCounts(field, counts(lines))));
        return new Figures(asOf, counts(tasks), groups, FiguresSource.LIVE, null);
    }

    /**
     * The figures frozen for the directive and period ({@code statistics_snapshot}, scope of the directive), or null
     * when that period was never frozen. The province's snapshot is not used: it counts every directive's tasks. The
     * groups keep the snapshot's order, so that the same snapshot always gives the same document.
     */
    public Figures frozen(long directiveId, ReportingPeriod period) {
        StatisticsSnapshot s = StatisticsSnapshot.<StatisticsSnapshot>find("directiveId = ?1 and periodKey = ?2", directiveId,
                period.key()).firstResult();
        if (s == null) {
            return null;
        }
        Statistics stats;
        try {
            stats = json.readValue(s.statistics, Statistics.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Số liệu đã chốt " + s.id + " không đọc được", e);
        }
        Map<String, Counts> groups = new LinkedHashMap<>();
        for (FieldRow row : stats.byField()) {
            String field = row.field() == null || row.field().isBlank() ? OTHER_GROUP : row.field();
            groups.merge(field, counts(row.counts()), ConsolidatedFigures::plus);
        }
        List<GroupCounts> list = new ArrayList<>();
        groups.forEach((field, n) -> list.add(new GroupCounts(field, n)));
        return new Figures(s.asOf, counts(stats.totals()), list, FiguresSource.SNAPSHOT, s.createdAt);
    }

    /** The statistics' matrix in the report's terms: on track and due soon are both "in progress within deadline". */
    static Counts counts(Matrix m) {
        Map<Timeliness, Figure> by = m.byTimeliness();
        java.util.function.ToLongFunction<Timeliness> n = t -> by.get(t) == null ? 0 : by.get(t).count();
        return new Counts(m.total().count(), n.applyAsLong(Timeliness.COMPLETED_ON_TIME), n.applyAsLong(Timeliness.COMPLETED_LATE),
                n.applyAsLong(Timeliness.ON_TRACK) + n.applyAsLong(Timeliness.DUE_SOON), n.applyAsLong(Timeliness.OVERDUE),
                n.applyAsLong(Timeliness.NO_DEADLINE), n.applyAsLong(Timeliness.CANCELLED));
    }

    private static Counts plus(Counts a, Counts b) {
        return new Counts(a.total() + b.total(), a.completedOnTime() + b.completedOnTime(), a.completedLate() + b.completedLate(),
                a.inProgressOnTime() + b.inProgressOnTime(), a.overdue() + b.overdue(), a.noDeadline() + b.noDeadline(),
                a.cancelled() + b.cancelled());
    }

    static Counts counts(List<TaskLine> tasks) {
        long[] n = new long[Standing.values().length];
        for (TaskLine t : tasks) {
            n[t.standing().ordinal()]++;
        }
        return new Counts(tasks.size(), n[Standing.COMPLETED_ON_TIME.ordinal()], n[Standing.COMPLETED_LATE.ordinal()],
                n[Standing.IN_PROGRESS_ON_TIME.ordinal()], n[Standing.OVERDUE.ordinal()], n[Standing.NO_DEADLINE.ordinal()],
                n[Standing.CANCELLED.ordinal()]);
    }

    /** {@link TimelinessRule#judge} on {@code asOf}, in the report's terms (on track and due soon are one column). */
    static Standing standing(ProgressStatus status, LocalDate due, LocalDate completedOn, LocalDate asOf) {
        return switch (TimelinessRule.judge(status, due, completedOn, null, asOf, asOf)) {
            case CANCELLED, CLOSED_WITH_TASK -> Standing.CANCELLED;
            case COMPLETED_ON_TIME -> Standing.COMPLETED_ON_TIME;
            case COMPLETED_LATE -> Standing.COMPLETED_LATE;
            case ON_TRACK, DUE_SOON -> Standing.IN_PROGRESS_ON_TIME;
            case OVERDUE -> Standing.OVERDUE;
            case NO_DEADLINE -> Standing.NO_DEADLINE;
        };
    }
}
