package vn.dondoc.invariants;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dondoc.consolidated.ConsolidatedDtos.Counts;
import vn.dondoc.consolidated.ConsolidatedFigures;
import vn.dondoc.directive.Directive;
import vn.dondoc.notification.MutableClock;
import vn.dondoc.notification.ReminderService;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Task;
import vn.dondoc.task.Timeliness;
import vn.dondoc.task.TimelinessRule;
import vn.dondoc.unit.Unit;

/**
 * Issue 13 rule 2: every view counts with one definition. On the demo program and a copy of the benchmark generator's
 * data (bench/generate.sql, 3,000 tasks on 150 units), for several "today"s set through the clock, these agree exactly:
 * the task list's totals, the task counts, the deadline counts, the statistics (province, directive, each unit, as lead
 * and as coordinating unit), the scorecard's denominators, the consolidated report's figures, the reminder job's
 * selection, and an independent recount in Java with {@link TimelinessRule#judge} over the rows themselves.
 *
 * <p>The test can fail: {@link #aViewThatCountsDifferentlyIsCaught} feeds the same comparison the figure that the
 * deadline page gave before this rule (every share whose due date passed, whether or not its task had ended) and shows
 * that it differs. Any one view changed to count differently (closed shares as overdue, a calendar-day "due soon", the
 * task's result credited to a coordinating unit, a creation-time "as of") breaks one of the equalities below.
 */
@QuarkusTest
@TestProfile(FiguresAgreeTest.WithBenchmarkData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresAgreeTest {

    /** Its own application start: Flyway cleans the database, so the benchmark rows never reach other tests. */
    public static class WithBenchmarkData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The demo's replayed history (where built) makes past days non-trivial.
            return Map.of("dondoc.demo-data.history", "true");
        }
    }

    /** Five days of the program's life, and the real today. */
    private static final List<LocalDate> TODAYS = List.of(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 6, 30), LocalDate.of(2026, 9, 30), LocalDate.of(2027, 1, 4));

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TimelinessRule rule;

    @Inject
    ConsolidatedFigures consolidated;

    @Inject
    ReminderService reminders;

    private String token;

    @BeforeAll
    void loadBenchmarkData() throws IOException, SQLException {
        String script = Files.readString(Path.of("../bench/generate.sql"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET @leaves = 3000");
            for (String statement : statements(script)) {
                s.execute(statement);
            }
        }
        token = KeycloakTokenTest.userToken("lanhdao");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyViewCountsTheSameOnEveryDay() {
        List<LocalDate> days = new ArrayList<>(TODAYS);
        days.add(LocalDate.now(clock));
        for (LocalDate today : days) {
            clock.setDay(today);
            Map<String, Long> differences = compare(today, views(today));
            assertTrue(differences.isEmpty(), "on " + today + " the views differ: " + differences);
        }
    }

    @Test
    void pastDaysAreCountedByBusinessDatesAsTheRuleSays() {
        clock.setDay(LocalDate.of(2026, 12, 4));
        for (LocalDate day : List.of(LocalDate.of(2024, 6, 30), LocalDate.of(2025, 6, 30), LocalDate.of(2026, 9, 30))) {
            for (long directive : directives()) {
                JsonPath stats = as().queryParam("directiveId", directive).queryParam("asOf", day.toString())
                        .get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
                Map<Timeliness, Long> recount = javaTaskCounts(directive, day);
                assertEquals(recount, matrix(stats, "totals"), "statistics of " + directive + " on " + day);
                assertEquals(consolidatedCounts(recount), consolidated.figures(consolidated.tasks(directive, day), day).total(),
                        "consolidated figures of " + directive + " on " + day);
                assertTrue(recount.values().stream().mapToLong(Long::longValue).sum() > 0, "the past is not empty: " + day);
            }
        }
    }

    /** The companion of the invariants: the old deadline count (closed shares still overdue) is caught. */
    @Test
    void aViewThatCountsDifferentlyIsCaught() {
        LocalDate today = LocalDate.of(2026, 9, 30);
        clock.setDay(today);
        Map<String, Long> views = views(today);
        long oldDefinition = QuarkusTransaction.requiringNew().call(() -> Assignment.count(
                "status <> ?1 and dueDate < ?2 and (status in ?3 or task.status in ?3 or status = ?4)", ProgressStatus.CANCELLED,
                today, TimelinessRule.OPEN_STATUSES, ProgressStatus.CLOSED_WITH_TASK));
        assertTrue(oldDefinition > views.get("deadlines.overdue"), "the old count was larger: " + oldDefinition);
        views.put("deadlines.overdue", oldDefinition);
        assertFalse(compare(today, views).isEmpty(), "a view counting differently must be caught");
    }

    /** Every figure, by the name of the view that shows it. */
    private Map<String, Long> views(LocalDate today) {
        token = KeycloakTokenTest.userToken("lanhdao"); // a fresh token for each day: the whole test takes minutes
        Map<String, Long> v = new TreeMap<>();
        JsonPath counts = as().get("/api/v1/tasks/counts").then().statusCode(200).extract().jsonPath();
        JsonPath stats = as().get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(today.toString(), stats.getString("asOf"));
        v.put("tasks.counts.total", counts.getLong("total"));
        for (Timeliness t : Timeliness.values()) {
            v.put("tasks.counts." + t, counts.getLong("byTimeliness." + t));
            v.put("tasks.list." + t, total(as().queryParam("timeliness", t.name())));
            v.put("statistics.totals." + t, stats.getLong("totals.byTimeliness." + t + ".count"));
        }
        // Per unit: the statistics row, the task counts and list of the unit, the deadline counts, the reminders.
        List<Map<String, Object>> statUnits = stats.getList("byUnit");
        long sct = unitId("SCT");
        long overdueShares = 0;
        long dueSoonShares = 0;
        JsonPath scorecard = as().get("/api/v1/statistics/scorecard").then().statusCode(200).extract().jsonPath();
        Map<Long, Integer> scoreRow = new LinkedHashMap<>();
        List<Long> scoreUnits = scorecard.getList("rows.unit.id", Long.class);
        for (int i = 0; i < scoreUnits.size(); i++) {
            scoreRow.put(scoreUnits.get(i), i);
        }
        for (int i = 0; i < statUnits.size(); i++) {
            long unit = stats.getLong("byUnit[" + i + "].unit.id");
            String row = "byUnit[" + i + "].counts.byTimeliness.";
            long overdue = stats.getLong(row + "OVERDUE.count");
            long dueSoon = stats.getLong(row + "DUE_SOON.count");
            overdueShares += overdue;
            dueSoonShares += dueSoon;
            // A sample of units through every per-unit view (all of them would take minutes on 150 units).
            if (i % 9 == 0 || unit == sct) {
                String key = "unit." + unit + ".";
                JsonPath unitCounts = as().queryParam("unitId", unit).get("/api/v1/tasks/counts").then().statusCode(200).extract()
                        .jsonPath();
                JsonPath deadlines = as().queryParam("unitId", unit).get("/api/v1/deadlines/counts").then().statusCode(200)
                        .extract().jsonPath();
                for (Timeliness t : Timeliness.values()) {
                    v.put(key + "statistics." + t, stats.getLong(row + t + ".count"));
                    v.put(key + "tasks.counts." + t, unitCounts.getLong("byTimeliness." + t));
                    v.put(key + "statistics.lead+coordinating." + t, stats.getLong("byUnit[" + i + "].lead.byTimeliness." + t
                            + ".count") + stats.getLong("byUnit[" + i + "].coordinating.byTimeliness." + t + ".count"));
                }
                v.put(key + "tasks.list.OVERDUE", total(as().queryParam("unitId", unit).queryParam("timeliness", "OVERDUE")));
                v.put(key + "deadlines.overdue", deadlines.getLong("overdue"));
                v.put(key + "deadlines.dueSoon", deadlines.getLong("dueSoon"));
                v.put(key + "reminders.overdue", reminders.overdueShares(today).stream().filter(a -> a.unitId() == unit).count());
                Integer s = scoreRow.get(unit);
                if (s != null) {
                    String c = "rows[" + s + "].components.find { it.key == '%s' }.";
                    v.put(key + "scorecard.onTime.denominator", scorecard.getLong(c.formatted("ON_TIME_COMPLETION") + "denominator"));
                    v.put(key + "scorecard.noOverdue.numerator", scorecard.getLong(c.formatted("NO_OVERDUE") + "numerator"));
                }
            }
        }
        v.put("statistics.byUnit.OVERDUE", overdueShares);
        v.put("statistics.byUnit.DUE_SOON", dueSoonShares);
        JsonPath deadlines = as().get("/api/v1/deadlines/counts").then().statusCode(200).extract().jsonPath();
        v.put("deadlines.overdue", deadlines.getLong("overdue"));
        v.put("deadlines.dueSoon", deadlines.getLong("dueSoon"));
        v.put("reminders.overdue", (long) reminders.overdueShares(today).size());
        for (long directive : directives()) {
            Counts figures = consolidated.figures(consolidated.tasks(directive, today), today).total();
            JsonPath d = as().queryParam("directiveId", directive).get("/api/v1/statistics").then().statusCode(200).extract()
                    .jsonPath();
            Map<Timeliness, Long> m = matrix(d, "totals");
            v.put("directive." + directive + ".statistics", consolidatedCounts(m).overdue());
            v.put("directive." + directive + ".consolidated", figures.overdue());
            v.put("directive." + directive + ".statistics.inProgress", consolidatedCounts(m).inProgressOnTime());
            v.put("directive." + directive + ".consolidated.inProgress", figures.inProgressOnTime());
            v.put("directive." + directive + ".statistics.done", m.get(Timeliness.COMPLETED_ON_TIME) + m.get(Timeliness.COMPLETED_LATE));
            v.put("directive." + directive + ".consolidated.done", figures.completedOnTime() + figures.completedLate());
        }
        // The Java rule over the rows themselves.
        Map<Timeliness, Long> javaTasks = javaTaskCounts(null, today);
        Map<Timeliness, Long> javaShares = javaShareCounts(today);
        for (Timeliness t : Timeliness.values()) {
            v.put("java.tasks." + t, javaTasks.get(t));
            v.put("java.shares." + t, javaShares.get(t));
        }
        return v;
    }

    /** The pairs that must be equal; the names of those that are not, with the difference. */
    private static Map<String, Long> compare(LocalDate today, Map<String, Long> v) {
        Map<String, Long> differences = new TreeMap<>();
        java.util.function.BiConsumer<String, String> same = (a, b) -> {
            Long x = v.get(a);
            Long y = v.get(b);
            if (x == null || y == null || !x.equals(y)) {
                differences.put(a + " vs " + b, (x == null ? 0 : x) - (y == null ? 0 : y));
            }
        };
        long sum = 0;
        for (Timeliness t : Timeliness.values()) {
            same.accept("tasks.counts." + t, "tasks.list." + t);
            same.accept("tasks.counts." + t, "statistics.totals." + t);
            same.accept("tasks.counts." + t, "java.tasks." + t);
            sum += v.get("tasks.counts." + t);
        }
        if (sum != v.get("tasks.counts.total")) {
            differences.put("tasks.counts.total vs its parts", v.get("tasks.counts.total") - sum);
        }
        same.accept("deadlines.overdue", "statistics.byUnit.OVERDUE");
        same.accept("deadlines.overdue", "java.shares.OVERDUE");
        same.accept("deadlines.overdue", "reminders.overdue");
        same.accept("deadlines.dueSoon", "statistics.byUnit.DUE_SOON");
        same.accept("deadlines.dueSoon", "java.shares.DUE_SOON");
        for (String key : List.copyOf(v.keySet())) {
            if (key.startsWith("unit.") && key.contains(".statistics.") && !key.contains("lead+")) {
                String prefix = key.substring(0, key.indexOf(".statistics."));
                String t = key.substring(key.lastIndexOf('.') + 1);
                same.accept(key, prefix + ".tasks.counts." + t);
                same.accept(key, prefix + ".statistics.lead+coordinating." + t);
            }
            if (key.startsWith("unit.") && key.endsWith(".deadlines.overdue")) {
                String prefix = key.substring(0, key.indexOf(".deadlines."));
                same.accept(key, prefix + ".statistics.OVERDUE");
                same.accept(key, prefix + ".tasks.list.OVERDUE");
                same.accept(key, prefix + ".reminders.overdue");
                same.accept(prefix + ".deadlines.dueSoon", prefix + ".statistics.DUE_SOON");
                if (v.containsKey(prefix + ".scorecard.noOverdue.numerator")) {
                    same.accept(key, prefix + ".scorecard.noOverdue.numerator");
                    long onTimeDenominator = v.get(prefix + ".statistics.COMPLETED_ON_TIME")
                            + v.get(prefix + ".statistics.COMPLETED_LATE") + v.get(prefix + ".statistics.OVERDUE");
                    if (onTimeDenominator != v.get(prefix + ".scorecard.onTime.denominator")) {
                        differences.put(prefix + ".scorecard.onTime.denominator", onTimeDenominator
                                - v.get(prefix + ".scorecard.onTime.denominator"));
                    }
                }
            }
            if (key.startsWith("directive.") && key.endsWith(".statistics")) {
                String prefix = key.substring(0, key.lastIndexOf('.'));
                same.accept(key, prefix + ".consolidated");
                same.accept(key + ".inProgress", prefix + ".consolidated.inProgress");
                same.accept(key + ".done", prefix + ".consolidated.done");
            }
        }
        return differences;
    }

    private Map<Timeliness, Long> javaTaskCounts(Long directive, LocalDate day) {
        LocalDate soon = rule.dueSoonLimit(day);
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Timeliness, Long> n = zero();
            List<Task> tasks = directive == null ? Task.list("kind is not null")
                    : Task.list("kind is not null and directive.id = ?1", directive);
            for (Task t : tasks) {
                if (t.assignedOn == null || !t.assignedOn.isAfter(day)) {
                    n.merge(TimelinessRule.judge(t.status, t.dueDate, t.completedOn, null, day, soon), 1L, Long::sum);
                }
            }
            return n;
        });
    }

    private Map<Timeliness, Long> javaShareCounts(LocalDate day) {
        LocalDate soon = rule.dueSoonLimit(day);
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Timeliness, Long> n = zero();
            for (Assignment a : Assignment.<Assignment>list("status <> ?1", ProgressStatus.CANCELLED)) {
                n.merge(TimelinessRule.judge(a.status, a.dueDate, a.completedOn, a.closedOn, day, soon), 1L, Long::sum);
            }
            return n;
        });
    }

    private static Map<Timeliness, Long> zero() {
        Map<Timeliness, Long> n = new EnumMap<>(Timeliness.class);
        for (Timeliness t : Timeliness.values()) {
            n.put(t, 0L);
        }
        return n;
    }

    private static Map<Timeliness, Long> matrix(JsonPath json, String path) {
        Map<Timeliness, Long> n = zero();
        for (Timeliness t : Timeliness.values()) {
            n.put(t, json.getLong(path + ".byTimeliness." + t + ".count"));
        }
        return n;
    }

    /** The statistics' matrix in the consolidated report's columns (on track and due soon are one). */
    private static Counts consolidatedCounts(Map<Timeliness, Long> m) {
        return new Counts(m.values().stream().mapToLong(Long::longValue).sum() - m.get(Timeliness.CLOSED_WITH_TASK),
                m.get(Timeliness.COMPLETED_ON_TIME), m.get(Timeliness.COMPLETED_LATE),
                m.get(Timeliness.ON_TRACK) + m.get(Timeliness.DUE_SOON), m.get(Timeliness.OVERDUE), m.get(Timeliness.NO_DEADLINE),
                m.get(Timeliness.CANCELLED));
    }

    private List<Long> directives() {
        return QuarkusTransaction.requiringNew().call(() -> Directive.<Directive>list(
                "id in (select t.directive.id from Task t where t.kind is not null)").stream().map(d -> d.id).toList());
    }

    private long unitId(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Unit.findByCode(code).orElseThrow().id);
    }

    private RequestSpecification as() {
        return given().auth().oauth2(token);
    }

    private static long total(RequestSpecification request) {
        return request.queryParam("size", 1).get("/api/v1/tasks").then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    /** The script's statements: comments dropped, split at the semicolons that end a line. */
    static List<String> statements(String script) {
        StringBuilder current = new StringBuilder();
        List<String> statements = new ArrayList<>();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }
}
