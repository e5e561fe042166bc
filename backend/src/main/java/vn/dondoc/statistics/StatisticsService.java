package vn.dondoc.statistics;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.directive.Directive;
import vn.dondoc.period.ReportingPeriod;
import vn.dondoc.period.ReportingPeriods;
import vn.dondoc.statistics.StatisticsDtos.DueBasis;
import vn.dondoc.statistics.StatisticsDtos.FieldRow;
import vn.dondoc.statistics.StatisticsDtos.Figure;
import vn.dondoc.statistics.StatisticsDtos.Matrix;
import vn.dondoc.statistics.StatisticsDtos.Month;
import vn.dondoc.statistics.StatisticsDtos.OverdueTask;
import vn.dondoc.statistics.StatisticsDtos.Statistics;
import vn.dondoc.statistics.StatisticsDtos.UnitRow;
import vn.dondoc.statistics.StatisticsDtos.UnitTypeRow;
import vn.dondoc.task.TaskCountsCache;
import vn.dondoc.task.Timeliness;
import vn.dondoc.task.TimelinessRule;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitDtos.UnitRef;
import vn.dondoc.unit.UnitType;

/**
 * The statistics of tasks at a date: every count is one GROUP BY in the database over the task's
 * state copied onto its assignments (V7), with the timeliness of {@link TimelinessRule} written as
 * one SQL CASE judged at the chosen date instead of today:
 * <ul>
 * <li>a task completed on or before that date counts as completed (on time or late against its due date);</li>
 * <li>a task completed after it was still open then: overdue if its due date had passed, and so on;</li>
 * <li>tasks created after that date are left out.</li>
 * </ul>
 * What cannot be reconstructed (a cancellation's date, a due date moved since) is why each period's
 * figures are frozen at its cut-off ({@link SnapshotService}). At today's date with current due dates the
 * figures are exactly what the task list shows for the same filters: each one carries those filters.
 * A unit's figures count every task it holds an assignment of, as the task list filtered by that unit shows them
 * (a share cancelled while the task goes on still counts: the list cannot leave it out).
 */
@ApplicationScoped
@Transactional
public class StatisticsService {

    static final int TOP_OVERDUE = 10;
    static final int TREND_MONTHS = 12;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    TimelinessRule timeliness;

    @Inject
    Clock clock;

    @ConfigProperty(name = "dondoc.due-soon-days", defaultValue = "3")
    int dueSoonDays;

    @ConfigProperty(name = "dondoc.statistics.refresh-after", defaultValue = "30S")
    Duration refreshAfter;

    @ConfigProperty(name = "dondoc.statistics.expire-after", defaultValue = "2M")
    Duration expireAfter;

    /** What one set of figures depends on: filters after the caller's scope, the date judged, today, the data's generation. */
    record Key(Long directiveId, Long unitId, LocalDate asOf, DueBasis basis, LocalDate today, long generation) {
    }

    private final AtomicLong generation = new AtomicLong();
    private LoadingCache<Key, Statistics> cache;

    /** Background refreshes propagate no context: with the caller's transaction they would join one not their own. */
    private ManagedExecutor executor;

    /**
     * Like {@link TaskCountsCache}: a request after a committed write computes afresh; without writes an entry older
     * than {@code dondoc.statistics.refresh-after} is served while it is recomputed in the background (what bounds
     * how stale another instance may be); an entry nobody read for {@code expire-after} is dropped.
     */
    @jakarta.annotation.PostConstruct
    void build() {
        executor = ManagedExecutor.builder().maxAsync(1).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
        cache = Caffeine.newBuilder().maximumSize(500).refreshAfterWrite(refreshAfter).expireAfterAccess(expireAfter)
                .executor(executor)
                .build(key -> QuarkusTransaction.joiningExisting()
                        .call(() -> compute(key.directiveId(), key.unitId(), key.asOf(), key.basis())));
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Any committed write to tasks or assignments: the next request computes afresh. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaskCountsCache.TasksChanged event) {
        generation.incrementAndGet();
        cache.invalidateAll();
    }

    /** The period named by its key, or a 400 on the field. */
    public static ReportingPeriod period(String periodKey) {
        try {
            return ReportingPeriods.parse(periodKey);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("periodKey", e.getMessage());
        }
    }

    /** The date figures are judged at: the period's cut-off (today if it has not come yet), the given date, or today. */
    public LocalDate asOf(LocalDate asOf, String periodKey) {
        LocalDate today = timeliness.today();
        if (periodKey != null && !periodKey.isBlank()) {
            if (asOf != null) {
                throw ProblemException.invalid("asOf", "Chọn ngày thống kê hoặc kỳ báo cáo, không chọn cả hai");
            }
            LocalDate cutOff = period(periodKey).to();
            return cutOff.isBefore(today) ? cutOff : today;
        }
        if (asOf == null) {
            return today;
        }
        if (asOf.isAfter(today)) {
            throw ProblemException.invalid("asOf", "Ngày thống kê không được sau hôm nay");
        }
        return asOf;
    }

    /** The figures the caller may see: unit staff only their own unit's. */
    public Statistics statistics(Long directiveId, Long unitId, LocalDate asOf, String periodKey, DueBasis basis) {
        if (directiveId != null && Directive.findById(directiveId) == null) {
            throw ProblemException.invalid("directiveId", "Văn bản chỉ đạo không tồn tại");
        }
        if (unitId != null && Unit.findById(unitId) == null) {
            throw ProblemException.invalid("unitId", "Đơn vị không tồn tại");
        }
        Long scoped = currentUser.scopeUnit(unitId, "số liệu thống kê");
        LocalDate day = asOf(asOf, periodKey);
        DueBasis dueBasis = basis == null ? DueBasis.CURRENT : basis;
        Statistics figures = cache.get(new Key(directiveId, scoped, day, dueBasis, timeliness.today(), generation.get()));
        if (periodKey == null || periodKey.isBlank()) {
            return figures;
        }
        ReportingPeriod period = period(periodKey);
        return new Statistics(figures.directiveId(), figures.unitId(), figures.asOf(), period.key(), period.label(),
                figures.dueBasis(), figures.dueSoonDays(), figures.totals(), figures.byUnit(), figures.byUnitType(),
                figures.byField(), figures.monthlyTrend(), figures.topOverdue(), figures.topOverdueQuery(), figures.note());
    }

    /** The SQL of one query: FROM and WHERE over task t (and assignment a when by unit), with the parameters. */
    private record Sql(String from, String where, Map<String, Object> params) {
    }

    /**
     * Every figure, computed in the caller's transaction without any caller check (the snapshot job has no caller).
     *
     * @param unitId the unit after the caller's scope; null for the whole province
     */
    Statistics compute(Long directiveId, Long unitId, LocalDate asOf, DueBasis basis) {
        LocalDate today = timeliness.today();
        boolean live = asOf.equals(today) && basis == DueBasis.CURRENT;
        LocalDate soon = asOf.plusDays(dueSoonDays);
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        params.put("soon", soon);
        List<String> where = new ArrayList<>(List.of("t.kind IS NOT NULL"));
        if (directiveId != null) {
            where.add("t.directive_id = :directiveId");
            params.put("directiveId", directiveId);
        }
        if (!asOf.equals(today)) {
            // Tasks created after the day judged did not exist then.
            where.add("t.created_at < :createdBefore");
            params.put("createdBefore", asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        }
        String base = query("directiveId", directiveId, "unitId", unitId);
        // Task-rooted, or through the unit's assignments that are not cancelled.
        List<String> taskWhere = new ArrayList<>(where);
        String taskFrom = "task t";
        if (unitId != null) {
            taskFrom = "assignment a JOIN task t ON t.id = a.task_id";
            taskWhere.add("a.unit_id = :unitId");
            params.put("unitId", unitId);
        }
        Sql tasks = new Sql(taskFrom, String.join(" AND ", taskWhere), params);
        // The unit figures read the task's state copied on the assignment (V7): the task is joined only for a
        // directive, a past day (its creation) or the original due date.
        boolean joinTask = directiveId != null || !asOf.equals(today) || basis == DueBasis.ORIGINAL;
        List<String> assignmentWhere = new ArrayList<>(joinTask ? where : List.of("1 = 1"));
        if (unitId != null) {
            assignmentWhere.add("a.unit_id = :unitId");
        }
        Sql assignments = new Sql(joinTask ? "assignment a JOIN task t ON t.id = a.task_id" : "assignment a",
                String.join(" AND ", assignmentWhere), params);
        String taskCase = timelinessCase("t.status", due("t", basis), "t.completed_on");
        String assignmentCase = timelinessCase("a.task_status", basis == DueBasis.ORIGINAL ? due("t", basis) : "a.task_due_date",
                "a.task_completed_on");

        Map<String, Map<Timeliness, Long>> perUnit = grouped(assignments, "a.unit_id", assignmentCase, "a.task_id");
        Map<Long, Unit> units = perUnit.isEmpty() ? Map.of()
                : Unit.<Unit>list("id in ?1", perUnit.keySet().stream().map(Long::valueOf).toList()).stream()
                        .collect(Collectors.toMap(u -> u.id, Function.identity()));
        List<UnitRow> byUnit = perUnit.entrySet().stream().map(e -> {
            Unit unit = units.get(Long.valueOf(e.getKey()));
            return new UnitRow(UnitRef.of(unit), unit.type,
                    matrix(e.getValue(), live ? query("directiveId", directiveId, "unitId", unit.id) : null));
        }).sorted(Comparator.comparing((UnitRow r) -> r.unitType()).thenComparing(r -> r.unit().name())).toList();

        // By unit type: the sum of its units' rows (a count of assignments; a distinct count per type cost seconds more).
        Map<UnitType, Map<Timeliness, Long>> perType = new EnumMap<>(UnitType.class);
        perUnit.forEach((unitKey, counts) -> counts.forEach((t, n) -> perType
                .computeIfAbsent(units.get(Long.valueOf(unitKey)).type, k -> new EnumMap<>(Timeliness.class)).merge(t, n, Long::sum)));
        List<UnitTypeRow> byUnitType = perType.entrySet().stream()
                .map(e -> new UnitTypeRow(e.getKey(), matrix(e.getValue(), null))).toList();

        Map<String, Map<Timeliness, Long>> perField = grouped(tasks, "COALESCE(t.field, '')", taskCase, "t.id");
        List<FieldRow> byField = perField.entrySet().stream()
                .map(e -> {
                    String field = e.getKey().isEmpty() ? null : e.getKey();
                    // The list cannot ask for tasks without a field.
                    String q = live && field != null ? base + (base.isEmpty() ? "" : "&") + "field=" + encode(field) : null;
                    return new FieldRow(field, matrix(e.getValue(), q));
                }).sorted(Comparator.comparing(FieldRow::field, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        // Every task has one field (or none): the totals are the sum of the field rows, no query of their own.
        Map<Timeliness, Long> all = new EnumMap<>(Timeliness.class);
        perField.values().forEach(counts -> counts.forEach((t, n) -> all.merge(t, n, Long::sum)));
        Matrix totals = matrix(all, live ? base : null);

        List<Month> trend = trend(tasks, basis, asOf, live, base);
        List<OverdueTask> overdue = topOverdue(tasks, basis, asOf);
        String overdueQuery = live ? join(base, "timeliness=OVERDUE&sort=dueDate,asc") : null;
        String note = "Tình hình tính tại ngày " + asOf + " theo " + (basis == DueBasis.ORIGINAL ? "hạn ban đầu" : "hạn hiện tại")
                + ". Số của đơn vị: nhiệm vụ đơn vị chủ trì hoặc phối hợp, như danh sách nhiệm vụ lọc theo đơn vị. Tỷ lệ hoàn thành đúng hạn = "
                + "hoàn thành đúng hạn / (hoàn thành đúng hạn + hoàn thành quá hạn + quá hạn). "
                + (live ? "Mỗi con số kèm tham số của danh sách nhiệm vụ (GET /api/v1/tasks) cho ra đúng các nhiệm vụ đó."
                        : "Danh sách nhiệm vụ tính theo hôm nay và hạn hiện tại nên không kèm tham số lọc.");
        return new Statistics(directiveId, unitId, asOf, null, null, basis, dueSoonDays, totals, byUnit, byUnitType, byField,
                trend, overdue, overdueQuery, note);
    }

    /** The due date a figure is judged against: the current one, or the one the program first set. */
    private static String due(String task, DueBasis basis) {
        return basis == DueBasis.ORIGINAL ? "COALESCE(" + task + ".original_due_date, " + task + ".due_date)" : task + ".due_date";
    }

    /** {@link TimelinessRule} as SQL, judged at :asOf with the due-soon limit :soon. */
    static String timelinessCase(String status, String due, String completed) {
        return "CASE WHEN " + status + " = 'CANCELLED' THEN 'CANCELLED' "
                + "WHEN " + status + " = 'COMPLETED' AND (" + completed + " IS NULL OR " + completed + " <= :asOf) THEN "
                + "(CASE WHEN " + due + " IS NOT NULL AND " + completed + " IS NOT NULL AND " + completed + " > " + due
                + " THEN 'COMPLETED_LATE' ELSE 'COMPLETED_ON_TIME' END) "
                + "WHEN " + due + " IS NULL THEN 'NO_DEADLINE' "
                + "WHEN " + due + " < :asOf THEN 'OVERDUE' "
                + "WHEN " + due + " <= :soon THEN 'DUE_SOON' "
                + "ELSE 'ON_TRACK' END";
    }

    /** count(distinct id) grouped by a key and the timeliness. */
    private Map<String, Map<Timeliness, Long>> grouped(Sql sql, String key, String timelinessCase, String id) {
        String text = "SELECT " + (key == null ? "'ALL'" : key) + " AS k, " + timelinessCase + " AS tl, COUNT(DISTINCT " + id
                + ") FROM " + sql.from() + " WHERE " + sql.where() + " GROUP BY " + (key == null ? "tl" : "k, tl");
        Map<String, Map<Timeliness, Long>> result = new LinkedHashMap<>();
        for (Object[] row : rows(text, sql.params())) {
            result.computeIfAbsent(String.valueOf(row[0]), k -> new EnumMap<>(Timeliness.class))
                    .put(Timeliness.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        var query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query.getResultList();
    }

    static Matrix matrix(Map<Timeliness, Long> counts, String base) {
        Map<Timeliness, Figure> cells = new EnumMap<>(Timeliness.class);
        long total = 0;
        for (Timeliness value : Timeliness.values()) {
            long n = counts.getOrDefault(value, 0L);
            total += n;
            cells.put(value, new Figure(n, base == null ? List.of() : List.of(join(base, "timeliness=" + value.name()))));
        }
        return new Matrix(new Figure(total, base == null ? List.of() : List.of(base)), cells, onTimeRate(counts));
    }

    /** On time / (on time + late + overdue): of the tasks whose deadline has come, the share met; null when none has. */
    static Double onTimeRate(Map<Timeliness, Long> counts) {
        long onTime = counts.getOrDefault(Timeliness.COMPLETED_ON_TIME, 0L);
        long due = onTime + counts.getOrDefault(Timeliness.COMPLETED_LATE, 0L) + counts.getOrDefault(Timeliness.OVERDUE, 0L);
        return due == 0 ? null : (double) onTime / due;
    }

    private List<Month> trend(Sql tasks, DueBasis basis, LocalDate asOf, boolean live, String base) {
        YearMonth last = YearMonth.from(asOf);
        YearMonth first = last.minusMonths(TREND_MONTHS - 1L);
        Map<String, Object> params = new HashMap<>(tasks.params());
        params.put("from", first.atDay(1));
        String due = due("t", basis);
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, new long[3]);
        }
        // COUNT(DISTINCT): through a unit's assignments, a task once even if the unit holds two shares of it.
        String late = due + " IS NOT NULL AND t.completed_on > " + due;
        String completed = "SELECT YEAR(t.completed_on), MONTH(t.completed_on), "
                + "COUNT(DISTINCT CASE WHEN " + late + " THEN NULL ELSE t.id END), "
                + "COUNT(DISTINCT CASE WHEN " + late + " THEN t.id ELSE NULL END) "
                + "FROM " + tasks.from() + " WHERE " + tasks.where() + " AND t.status = 'COMPLETED' "
                + "AND t.completed_on >= :from AND t.completed_on <= :asOf "
                + "GROUP BY YEAR(t.completed_on), MONTH(t.completed_on)";
        for (Object[] row : rows(completed, params)) {
            long[] m = months.get(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()));
            if (m != null) {
                m[0] = ((Number) row[2]).longValue();
                m[1] = ((Number) row[3]).longValue();
            }
        }
        // A deadline missed: due in the month and before the day judged, not completed by it (completed late, or still open).
        String missed = "SELECT YEAR(" + due + "), MONTH(" + due + "), COUNT(DISTINCT t.id) FROM " + tasks.from() + " WHERE "
                + tasks.where() + " AND t.status <> 'CANCELLED' AND " + due + " >= :from AND " + due + " < :asOf "
                + "AND NOT (t.status = 'COMPLETED' AND (t.completed_on IS NULL OR t.completed_on <= " + due + ")) "
                + "GROUP BY YEAR(" + due + "), MONTH(" + due + ")";
        for (Object[] row : rows(missed, params)) {
            long[] m = months.get(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()));
            if (m != null) {
                m[2] = ((Number) row[2]).longValue();
            }
        }
        return months.entrySet().stream().map(e -> {
            YearMonth m = e.getKey();
            String range = "dueFrom=" + m.atDay(1) + "&dueTo=" + m.atEndOfMonth();
            List<String> queries = live ? List.of(join(base, "timeliness=OVERDUE&" + range),
                    join(base, "timeliness=COMPLETED_LATE&" + range)) : List.of();
            return new Month(m.toString(), new Figure(e.getValue()[0], List.of()), new Figure(e.getValue()[1], List.of()),
                    new Figure(e.getValue()[2], queries));
        }).toList();
    }

    private List<OverdueTask> topOverdue(Sql tasks, DueBasis basis, LocalDate asOf) {
        String due = due("t", basis);
        String sql = "SELECT DISTINCT t.id, t.directive_id, t.code, t.content, " + due + " AS due, t.tree_key FROM " + tasks.from()
                + " WHERE " + tasks.where() + " AND " + due + " < :asOf AND (t.status IN ('NOT_STARTED', 'IN_PROGRESS') "
                + "OR (t.status = 'COMPLETED' AND t.completed_on > :asOf)) ORDER BY due, t.tree_key, t.id LIMIT " + TOP_OVERDUE;
        List<Object[]> rows = rows(sql, tasks.params());
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<UnitRef>> leads = new HashMap<>();
        em.createQuery("select a.task.id, a.unit from Assignment a where a.task.id in :ids and a.role = :lead "
                + "and a.status <> :cancelled order by a.unit.name", Object[].class)
                .setParameter("ids", ids).setParameter("lead", vn.dondoc.task.AssignmentRole.LEAD)
                .setParameter("cancelled", vn.dondoc.task.ProgressStatus.CANCELLED).getResultList()
                .forEach(r -> leads.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(UnitRef.of((Unit) r[1])));
        return rows.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            LocalDate dueDate = toLocalDate(r[4]);
            return new OverdueTask(id, ((Number) r[1]).longValue(), (String) r[2], (String) r[3], dueDate,
                    ChronoUnit.DAYS.between(dueDate, asOf), leads.getOrDefault(id, List.of()));
        }).toList();
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }

    /** "a=1&b=2" from name-value pairs, leaving out null values. */
    static String query(Object... pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                parts.add(pairs[i] + "=" + encode(String.valueOf(pairs[i + 1])));
            }
        }
        return String.join("&", parts);
    }

    static String join(String base, String more) {
        return base == null || base.isEmpty() ? more : base + "&" + more;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The province's (or a directive's) figures from the cache, no caller check: for the scorecard. */
    Statistics cached(Long directiveId, LocalDate asOf) {
        return cache.get(new Key(directiveId, null, asOf, DueBasis.CURRENT, timeliness.today(), generation.get()));
    }

    /** Package access for the snapshot: the figures of a scope computed now, no caller involved. */
    Statistics computeFor(Long directiveId, LocalDate asOf) {
        return compute(directiveId, null, asOf, DueBasis.CURRENT);
    }
}
