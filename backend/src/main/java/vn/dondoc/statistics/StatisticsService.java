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
 * A unit's figures count the tasks it holds a share in force of (a cancelled share is no longer the unit's task), as the
 * task list filtered by that unit and {@code /tasks/counts/by-unit} do; by unit type, the sum of its units' rows.
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

    /** What one set of figures depends on: filters after the caller's scope, the date judged, today. */
    record Key(Long directiveId, Long unitId, LocalDate asOf, DueBasis basis, LocalDate today) {
    }

    /** Figures and the generation of the data they were computed from (read before the computation began). */
    record Entry(long generation, Statistics figures) {
    }

    /** Moves on after every committed write to tasks or assignments. */
    private final AtomicLong generation = new AtomicLong();
    private LoadingCache<Key, Entry> cache;

    /**
     * Background refreshes propagate no context: with the caller's transaction they would join one not their own. One
     * at a time: a refresh of the province reads every assignment, several at once would only share the same cores.
     */
    private ManagedExecutor executor;

    /**
     * Unlike {@link TaskCountsCache}, a write does not make the next reader wait: one computation of the province reads
     * 300,000 assignments. Stale-while-revalidate:
     * <ul>
     * <li>a key never computed (or dropped after {@code expire-after} unread) is computed in the caller's request;</li>
     * <li>an entry computed before the latest committed write is still served, and a refresh is started in the
     * background (Caffeine runs one per key at a time); the request after it has finished sees the new figures;</li>
     * <li>without writes an entry older than {@code refresh-after} is refreshed the same way (what bounds how stale
     * another backend instance, which this one's writes cannot reach, may be).</li>
     * </ul>
     */
    @jakarta.annotation.PostConstruct
    void build() {
        executor = ManagedExecutor.builder().maxAsync(1).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
        cache = Caffeine.newBuilder().maximumSize(500).refreshAfterWrite(refreshAfter).expireAfterAccess(expireAfter)
                .executor(executor)
                .build(key -> {
                    // Read first: a write committed during the computation leaves the entry stale, to be refreshed again.
                    long computedFrom = generation.get();
                    return new Entry(computedFrom, QuarkusTransaction.joiningExisting()
                            .call(() -> compute(key.directiveId(), key.unitId(), key.asOf(), key.basis())));
                });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** The executor of background refreshes (a test holds it to see the previous figures served meanwhile). */
    ManagedExecutor refreshExecutor() {
        return executor;
    }

    /** Any committed write to tasks or assignments: the entries computed before it are refreshed when next read. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaskCountsCache.TasksChanged event) {
        generation.incrementAndGet();
    }

    /** The cached figures of a key; computed now only when cold, refreshed in the background when stale. */
    private Statistics figures(Key key) {
        Entry entry = cache.get(key);
        if (entry.generation() < generation.get()) {
            cache.refresh(key);
        }
        return entry.figures();
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
        Statistics figures = figures(new Key(directiveId, scoped, day, dueBasis, timeliness.today()));
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
     * Three statements, each one pass over covering indexes (V16): the assignments in force by unit (the unit types
     * are the sums of their units); the tasks by field with the monthly trend; the ids of the top overdue tasks.
     * Each groups by its key and the timeliness CASE evaluated once per row: measured on the 100,000 tasks of
     * bench/generate.sql, seven conditional sums ({@code SUM(CASE WHEN <case> = 'X' ...)}) evaluate the CASE seven
     * times per row and cost four to five times more than the grouping (bench/README.md).
     *
     * @param unitId the unit after the caller's scope; null for the whole province
     */
    Statistics compute(Long directiveId, Long unitId, LocalDate asOf, DueBasis basis) {
        LocalDate today = timeliness.today();
        boolean live = asOf.equals(today) && basis == DueBasis.CURRENT;
        LocalDate soon = timeliness.dueSoonLimit(asOf);
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        params.put("soon", soon);
        List<String> where = new ArrayList<>(List.of("t.kind IS NOT NULL"));
        if (directiveId != null) {
            where.add("t.directive_id = :directiveId");
            params.put("directiveId", directiveId);
        }
        if (!asOf.equals(today)) {
            // Tasks issued after the day judged did not exist then (the business date, not the row's creation time).
            where.add("t.assigned_on <= :asOf");
        }
        String base = query("directiveId", directiveId, "unitId", unitId);
        // A unit's tasks are its shares in force (a cancelled share is no longer its task; the task list filtered by
        // unit shows the same), each judged by the unit's own share; it holds at most one such share per task.
        List<String> taskWhere = new ArrayList<>(where);
        String taskFrom = "task t";
        if (unitId != null) {
            taskFrom = "assignment a JOIN task t ON t.id = a.task_id";
            taskWhere.add("a.unit_id = :unitId");
            taskWhere.add("a.status <> 'CANCELLED'");
            params.put("unitId", unitId);
        }
        // The share's own due date; on the ORIGINAL basis, the date the program first set for the task.
        String shareDue = basis == DueBasis.ORIGINAL ? due("t", basis) : "a.due_date";
        TimelinessRule.Subject share = new TimelinessRule.Subject("a.status", shareDue, "a.completed_on", "a.closed_on", true);
        TimelinessRule.Subject taskSubject = TimelinessRule.Subject.taskSql("t", due("t", basis));
        TimelinessRule.Subject fieldSubject = unitId != null ? share : taskSubject;
        Sql tasks = new Sql(taskFrom, String.join(" AND ", taskWhere), params);
        // The unit figures read the share alone (ix_assignment_unit_share); the task is joined only for a directive or
        // the original due date.
        boolean joinTask = directiveId != null || basis == DueBasis.ORIGINAL;
        List<String> assignmentWhere = new ArrayList<>(joinTask ? where : List.of());
        assignmentWhere.add("a.status <> 'CANCELLED'");
        if (!asOf.equals(today)) {
            assignmentWhere.add("a.assigned_on <= :asOf");
        }
        if (unitId != null) {
            assignmentWhere.add("a.unit_id = :unitId");
        }
        Sql assignments = new Sql(joinTask ? "task t JOIN assignment a ON a.task_id = t.id" : "assignment a",
                String.join(" AND ", assignmentWhere), params);
        String taskCase = TimelinessRule.sqlCase(fieldSubject);
        String assignmentCase = TimelinessRule.sqlCase(share);

        // 1. By unit and role: the shares in force, in the order of ix_assignment_unit_share (unit first).
        Map<Long, Map<Timeliness, Long>> perUnit = new LinkedHashMap<>();
        Map<Long, Map<Timeliness, Long>> perUnitLead = new HashMap<>();
        Map<Long, Map<Timeliness, Long>> perUnitCoordinating = new HashMap<>();
        for (Object[] row : rows("SELECT a.unit_id, a.role, " + assignmentCase + " AS tl, COUNT(*) FROM " + assignments.from()
                + " WHERE " + assignments.where() + " GROUP BY a.unit_id, a.role, tl", params)) {
            long unit = ((Number) row[0]).longValue();
            Timeliness value = Timeliness.valueOf((String) row[2]);
            long n = number(row[3]);
            perUnit.computeIfAbsent(unit, k -> new EnumMap<>(Timeliness.class)).merge(value, n, Long::sum);
            ("LEAD".equals(row[1]) ? perUnitLead : perUnitCoordinating)
                    .computeIfAbsent(unit, k -> new EnumMap<>(Timeliness.class)).merge(value, n, Long::sum);
        }
        Map<Long, Unit> units = perUnit.isEmpty() ? Map.of()
                : Unit.<Unit>list("id in ?1", List.copyOf(perUnit.keySet())).stream()
                        .collect(Collectors.toMap(u -> u.id, Function.identity()));
        List<UnitRow> byUnit = perUnit.entrySet().stream().map(e -> {
            Unit unit = units.get(e.getKey());
            return new UnitRow(UnitRef.of(unit), unit.type,
                    matrix(e.getValue(), live ? query("directiveId", directiveId, "unitId", unit.id) : null),
                    matrix(perUnitLead.getOrDefault(unit.id, Map.of()), live ? query("directiveId", directiveId, "unitId",
                            unit.id, "role", "LEAD") : null),
                    matrix(perUnitCoordinating.getOrDefault(unit.id, Map.of()), live ? query("directiveId", directiveId,
                            "unitId", unit.id, "role", "COORDINATING") : null));
        }).sorted(Comparator.comparing((UnitRow r) -> r.unitType()).thenComparing(r -> r.unit().name())).toList();

        // 2. By unit type: the sum of its units' rows, a count of task shares: a task held by two units of a type counts
        // twice. Each task once per type is a COUNT(DISTINCT task_id) grouped by type over the 300,000 shares; measured on
        // bench/generate.sql it costs more than the three other statements together (0.6-2.5 s at a load of 7-12 on
        // 2 cores), so it is left out of the cached figures (bench/README.md).
        Map<UnitType, Map<Timeliness, Long>> perType = new EnumMap<>(UnitType.class);
        perUnit.forEach((id, counts) -> counts.forEach((t, n) -> perType
                .computeIfAbsent(units.get(id).type, k -> new EnumMap<>(Timeliness.class)).merge(t, n, Long::sum)));
        List<UnitTypeRow> byUnitType = perType.entrySet().stream()
                .map(e -> new UnitTypeRow(e.getKey(), matrix(e.getValue(), null))).toList();

        // 3. By field, with the monthly trend in the same pass: grouped by field, timeliness, month completed (and
        // whether late) and month of a missed deadline, a few hundred rows summed here. The totals are the sum of the
        // fields (one field per task).
        YearMonth lastMonth = YearMonth.from(asOf);
        YearMonth firstMonth = lastMonth.minusMonths(TREND_MONTHS - 1L);
        params.put("from", firstMonth.atDay(1));
        String due = fieldSubject.due();
        String status = fieldSubject.status();
        String done = fieldSubject.completed();
        String completedMonth = "CASE WHEN " + status + " = 'COMPLETED' AND " + done + " >= :from AND " + done + " <= :asOf "
                + "THEN EXTRACT(YEAR_MONTH FROM " + done + ") END";
        String late = "CASE WHEN " + due + " IS NOT NULL AND " + done + " > " + due + " THEN 1 ELSE 0 END";
        // A deadline missed: due in the month and before the day judged, not completed by it (completed late, or open;
        // a share closed with its task before its due date missed nothing).
        String missedMonth = "CASE WHEN " + status + " <> 'CANCELLED' AND " + due + " >= :from AND " + due + " < :asOf "
                + "AND NOT (" + status + " = 'COMPLETED' AND (" + done + " IS NULL OR " + done + " <= " + due + ")) "
                + "AND NOT (" + status + " = 'CLOSED_WITH_TASK' AND " + fieldSubject.closed() + " <= " + due + ") "
                + "THEN EXTRACT(YEAR_MONTH FROM " + due + ") END";
        Map<String, Map<Timeliness, Long>> perField = new LinkedHashMap<>();
        long[][] months = new long[TREND_MONTHS][3];
        for (Object[] row : rows("SELECT COALESCE(t.field, '') AS f, " + taskCase + " AS tl, " + completedMonth + " AS cm, "
                + late + " AS late, " + missedMonth + " AS mm, COUNT(*) FROM " + tasks.from() + " WHERE " + tasks.where()
                + " GROUP BY f, tl, cm, late, mm", params)) {
            long n = number(row[5]);
            perField.computeIfAbsent((String) row[0], k -> new EnumMap<>(Timeliness.class))
                    .merge(Timeliness.valueOf((String) row[1]), n, Long::sum);
            int completed = monthIndex(firstMonth, row[2]);
            if (completed >= 0) {
                months[completed][number(row[3]) == 1 ? 1 : 0] += n;
            }
            int missed = monthIndex(firstMonth, row[4]);
            if (missed >= 0) {
                months[missed][2] += n;
            }
        }
        List<FieldRow> byField = perField.entrySet().stream()
                .map(e -> {
                    String field = e.getKey().isEmpty() ? null : e.getKey();
                    // The list cannot ask for tasks without a field.
                    String q = live && field != null ? base + (base.isEmpty() ? "" : "&") + "field=" + encode(field) : null;
                    return new FieldRow(field, matrix(e.getValue(), q));
                }).sorted(Comparator.comparing(FieldRow::field, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        Map<Timeliness, Long> all = new EnumMap<>(Timeliness.class);
        perField.values().forEach(counts -> counts.forEach((t, n) -> all.merge(t, n, Long::sum)));
        Matrix totals = matrix(all, live ? base : null);

        List<Month> trend = new ArrayList<>();
        for (int m = 0; m < TREND_MONTHS; m++) {
            YearMonth month = firstMonth.plusMonths(m);
            String range = "dueFrom=" + month.atDay(1) + "&dueTo=" + month.atEndOfMonth();
            List<String> queries = live ? List.of(join(base, "timeliness=OVERDUE&" + range),
                    join(base, "timeliness=COMPLETED_LATE&" + range)) : List.of();
            trend.add(new Month(month.toString(), new Figure(months[m][0], List.of()), new Figure(months[m][1], List.of()),
                    new Figure(months[m][2], queries)));
        }
        List<OverdueTask> overdue = topOverdue(tasks, fieldSubject, asOf);
        String overdueQuery = live ? join(base, "timeliness=OVERDUE&sort=dueDate,asc") : null;
        String note = "Tình hình tính tại ngày " + asOf + " theo " + (basis == DueBasis.ORIGINAL ? "hạn ban đầu" : "hạn hiện tại")
                + ". Số của đơn vị: nhiệm vụ đơn vị đang chủ trì hoặc phối hợp (không tính phần việc đã hủy của đơn vị), như danh "
                + "sách nhiệm vụ lọc theo đơn vị; theo loại đơn vị: tổng số của các đơn vị thuộc loại (nhiệm vụ do hai đơn vị cùng loại "
                + "thực hiện được tính hai lần). Tỷ lệ hoàn thành đúng "
                + "hạn = hoàn thành đúng hạn / (hoàn thành đúng hạn + hoàn thành quá hạn + quá hạn). "
                + (live ? "Mỗi con số kèm tham số của danh sách nhiệm vụ (GET /api/v1/tasks) cho ra đúng các nhiệm vụ đó."
                        : "Danh sách nhiệm vụ tính theo hôm nay và hạn hiện tại nên không kèm tham số lọc.");
        return new Statistics(directiveId, unitId, asOf, null, null, basis, dueSoonDays, totals, byUnit, byUnitType, byField,
                trend, overdue, overdueQuery, note);
    }

    /** The index in the trend of a month given as yyyymm (EXTRACT(YEAR_MONTH ...)); -1 for none. */
    private static int monthIndex(YearMonth first, Object yearMonth) {
        if (yearMonth == null) {
            return -1;
        }
        int value = ((Number) yearMonth).intValue();
        long index = ChronoUnit.MONTHS.between(first, YearMonth.of(value / 100, value % 100));
        return index < 0 || index >= TREND_MONTHS ? -1 : (int) index;
    }

    private static long number(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }

    /** The due date a figure is judged against: the current one, or the one the program first set. */
    private static String due(String task, DueBasis basis) {
        return basis == DueBasis.ORIGINAL ? "COALESCE(" + task + ".original_due_date, " + task + ".due_date)" : task + ".due_date";
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

    private List<OverdueTask> topOverdue(Sql tasks, TimelinessRule.Subject subject, LocalDate asOf) {
        String due = subject.due();
        // The ids in order first, from narrow index entries (ix_task_statistics has the tree key): long texts never go
        // through the sort. No DISTINCT: a unit holds at most one share in force of a task.
        String sql = "SELECT t.id, " + due + " AS due, t.tree_key FROM " + tasks.from() + " WHERE " + tasks.where() + " AND " + due
                + " < :asOf AND " + TimelinessRule.condition(Timeliness.OVERDUE, subject) + " "
                + "ORDER BY due, t.tree_key, t.id LIMIT " + TOP_OVERDUE;
        List<Object[]> ordered = rows(sql, tasks.params());
        if (ordered.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ordered.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Object[]> details = new HashMap<>();
        em.createQuery("select t.id, t.directive.id, t.code, t.content from Task t where t.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> details.put((Long) r[0], r));
        List<Object[]> rows = ordered.stream().map(r -> {
            Object[] d = details.get(((Number) r[0]).longValue());
            return new Object[] { d[0], d[1], d[2], d[3], r[1] };
        }).toList();
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
        return figures(new Key(directiveId, null, asOf, DueBasis.CURRENT, timeliness.today()));
    }

    /** Package access for the snapshot: the figures of a scope computed now, no caller involved. */
    Statistics computeFor(Long directiveId, LocalDate asOf) {
        return compute(directiveId, null, asOf, DueBasis.CURRENT);
    }
}
