package vn.dondoc.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.notification.MutableClock;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.unit.UnitType;

/**
 * The statistics on a small program of our own, with the clock on 20/06/2031, checked against figures
 * counted by hand; every figure's task-list filters return exactly that many tasks; a frozen period stays
 * as it was after a later edit; the scorecard ranks the units by its formula.
 *
 * <pre>
 * today 20/06/2031, due soon up to 23/06       unit A (sở)   unit B (sở)   unit C (địa phương)
 * T1 Tuyên truyền due 10/05 done 08/05  on time   lead
 * T2 Tuyên truyền due 10/05 done 20/05  late      lead          coord
 * T3 Chính sách   due 01/06 open        overdue                 lead
 * T4 Chính sách   due 22/06 open        due soon                lead
 * T5 Chính sách   due 30/09 open        on track  coord                       lead
 * T6 (no field)   no due date           no deadline                           lead
 * T7 Tuyên truyền due 15/04 open        overdue                               lead
 * T8 Tuyên truyền due 01/07 cancelled   cancelled lead
 * </pre>
 * A unit's figures count the shares it holds in force: A's share of the cancelled T8 is cancelled too, so it is not
 * A's task any more (nor in the task list filtered by A). By unit type: the sum of the type's units.
 */
@QuarkusTest
class StatisticsTest {

    static final LocalDate TODAY = LocalDate.of(2031, 6, 20);
    static final String FIELD_1 = "Tuyên truyền";
    static final String FIELD_2 = "Chính sách";

    @Inject
    MutableClock clock;

    @Inject
    StatisticsFixtures fx;

    @Inject
    SnapshotService snapshots;

    @Inject
    StatisticsService service;

    long directive;
    long unitA;
    long unitB;
    long unitC;
    long t3;
    long t5;
    long t7;

    @BeforeEach
    void program() {
        clock.setDay(TODAY);
        unitA = fx.unit("THONGKE_A", "Sở Thống kê A", UnitType.DEPARTMENT);
        unitB = fx.unit("THONGKE_B", "Sở Thống kê B", UnitType.DEPARTMENT);
        unitC = fx.unit("THONGKE_C", "Huyện Thống kê C", UnitType.LOCALITY);
        directive = fx.directive("Kế hoạch thử nghiệm thống kê");
        fx.task(directive, "T1", FIELD_1, d(5, 10), ProgressStatus.COMPLETED, d(5, 8), unitA);
        fx.task(directive, "T2", FIELD_1, d(5, 10), ProgressStatus.COMPLETED, d(5, 20), unitA, unitB);
        t3 = fx.task(directive, "T3", FIELD_2, d(6, 1), ProgressStatus.IN_PROGRESS, null, unitB);
        fx.task(directive, "T4", FIELD_2, d(6, 22), ProgressStatus.NOT_STARTED, null, unitB);
        t5 = fx.task(directive, "T5", FIELD_2, d(9, 30), ProgressStatus.IN_PROGRESS, null, unitC, unitA);
        fx.task(directive, "T6", null, null, ProgressStatus.IN_PROGRESS, null, unitC);
        t7 = fx.task(directive, "T7", FIELD_1, d(4, 15), ProgressStatus.NOT_STARTED, null, unitC);
        fx.task(directive, "T8", FIELD_1, d(7, 1), ProgressStatus.CANCELLED, null, unitA);
    }

    @AfterEach
    void cleanUp() {
        fx.cleanUp();
        clock.reset();
    }

    static LocalDate d(int month, int day) {
        return LocalDate.of(2031, month, day);
    }

    static String coordinator() {
        return KeycloakTokenTest.userToken("theodoi.sct");
    }

    JsonPath statistics(String token, String query) {
        return given().auth().oauth2(token).get("/api/v1/statistics?directiveId=" + directive + query)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The counts of a matrix in the order of the Timeliness enum, then the total. */
    static List<Integer> counts(JsonPath json, String matrix) {
        List<Integer> values = new ArrayList<>();
        for (String t : List.of("COMPLETED_ON_TIME", "COMPLETED_LATE", "ON_TRACK", "DUE_SOON", "OVERDUE", "NO_DEADLINE", "CANCELLED")) {
            values.add(json.getInt(matrix + ".byTimeliness." + t + ".count"));
        }
        values.add(json.getInt(matrix + ".total.count"));
        return values;
    }

    @Test
    void figuresMatchTheHandCountedProgram() {
        JsonPath s = statistics(coordinator(), "");
        assertEquals(TODAY.toString(), s.getString("asOf"));
        //                    on time, late, on track, soon, overdue, no deadline, cancelled, total
        assertEquals(List.of(1, 1, 1, 1, 2, 1, 1, 8), counts(s, "totals"));
        assertEquals(0.25, s.getDouble("totals.onTimeRate"), 1e-9, "1 on time of 4 due (1 + 1 late + 2 overdue)");

        Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
        for (int i = 0; i < s.getList("byUnit").size(); i++) {
            byUnit.put(s.getString("byUnit[" + i + "].unit.code"), counts(s, "byUnit[" + i + "].counts"));
        }
        assertEquals(Map.of(
                "THONGKE_A", List.of(1, 1, 1, 0, 0, 0, 0, 3),
                "THONGKE_B", List.of(0, 1, 0, 1, 1, 0, 0, 3),
                "THONGKE_C", List.of(0, 0, 1, 0, 1, 1, 0, 3)), byUnit);
        assertEquals(List.of("THONGKE_A", "THONGKE_B", "THONGKE_C"), s.getList("byUnit.unit.code"), "sở first, then by name");
        assertEquals(0.5, s.getDouble("byUnit[0].counts.onTimeRate"), 1e-9);
        assertEquals(0.0, s.getDouble("byUnit[1].counts.onTimeRate"), 1e-9);

        assertEquals(List.of("DEPARTMENT", "LOCALITY"), s.getList("byUnitType.unitType"));
        assertEquals(List.of(1, 2, 1, 1, 1, 0, 0, 6), counts(s, "byUnitType[0].counts"),
                "A and B: the sum of their rows (T2 held by both counts twice), A's cancelled share of T8 not at all");
        assertEquals(List.of(0, 0, 1, 0, 1, 1, 0, 3), counts(s, "byUnitType[1].counts"));

        assertEquals(java.util.Arrays.asList(FIELD_2, FIELD_1, null), s.getList("byField.field"));
        assertEquals(List.of(0, 0, 1, 1, 1, 0, 0, 3), counts(s, "byField[0].counts"));
        assertEquals(List.of(1, 1, 0, 0, 1, 0, 1, 4), counts(s, "byField[1].counts"));
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 0, 1), counts(s, "byField[2].counts"));

        List<String> months = s.getList("monthlyTrend.month");
        assertEquals(12, months.size());
        assertEquals("2030-07", months.get(0));
        assertEquals("2031-06", months.get(11));
        Map<String, List<Integer>> trend = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            List<Integer> m = List.of(s.getInt("monthlyTrend[" + i + "].completedOnTime.count"),
                    s.getInt("monthlyTrend[" + i + "].completedLate.count"), s.getInt("monthlyTrend[" + i + "].missedDeadline.count"));
            if (!m.equals(List.of(0, 0, 0))) {
                trend.put(months.get(i), m);
            }
        }
        assertEquals(Map.of("2031-04", List.of(0, 0, 1), "2031-05", List.of(1, 1, 1), "2031-06", List.of(0, 0, 1)), trend);

        assertEquals(List.of("T7", "T3"), s.getList("topOverdue.code"));
        assertEquals(List.of(66, 19), s.getList("topOverdue.daysOverdue"));
        assertEquals(List.of("THONGKE_C"), s.getList("topOverdue[0].leadUnits.code"));
    }

    @Test
    void everyFigureDrillsDownToExactlyItsTasks() {
        String token = coordinator();
        JsonPath s = statistics(token, "");
        List<Map<String, Object>> figures = new ArrayList<>();
        collect(s.get(""), figures);
        int checked = 0;
        for (Map<String, Object> figure : figures) {
            @SuppressWarnings("unchecked")
            List<String> queries = (List<String>) figure.get("queries");
            if (queries.isEmpty()) {
                continue;
            }
            long listed = 0;
            for (String query : queries) {
                listed += given().urlEncodingEnabled(false).auth().oauth2(token).get("/api/v1/tasks?size=1&" + query).then().statusCode(200)
                        .extract().jsonPath().getLong("totalItems");
            }
            assertEquals(((Number) figure.get("count")).longValue(), listed, "tasks listed for " + queries);
            checked++;
        }
        // Nine timeliness values; each unit row has its shares in all, as lead and as coordinating unit.
        assertEquals(9 + 3 * 9 * 3 + 2 * 9 + 12, checked,
                "totals, units (all, lead, coordinating), fields (but the empty one) and months carry their filters");
        long overdue = given().auth().oauth2(token).get("/api/v1/tasks?" + s.getString("topOverdueQuery")).then()
                .statusCode(200).extract().jsonPath().getLong("totalItems");
        assertEquals(2, overdue);

        // Another day than today: the list cannot show what was, so no filters are offered.
        JsonPath past = statistics(token, "&asOf=2031-06-10");
        assertEquals(List.of(), past.getList("totals.total.queries"));
        assertEquals(List.of(), past.getList("byUnit[0].counts.byTimeliness.OVERDUE.queries"));
    }

    /** Every {count, queries} object anywhere in the document. */
    @SuppressWarnings("unchecked")
    static void collect(Object node, List<Map<String, Object>> out) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("count") && map.containsKey("queries")) {
                out.add((Map<String, Object>) map);
                return;
            }
            map.values().forEach(v -> collect(v, out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        }
    }

    @Test
    void aPastDayIsJudgedAsItWasThen() {
        // 15/05: T2 not completed yet (completed 20/05) and past its due date 10/05: overdue then; T3 (due 01/06) on track,
        // T4 and T5 on track, T7 overdue, T1 completed on time.
        JsonPath s = statistics(coordinator(), "&asOf=2031-05-15");
        // On track: T3 (due 01/06), T4, T5; overdue: T2 and T7.
        assertEquals(List.of(1, 0, 3, 0, 2, 1, 1, 8), counts(s, "totals"));
    }

    @Test
    void theOriginalDueDateCanBeTheBasis() {
        JsonPath s = statistics(coordinator(), "&dueBasis=ORIGINAL");
        assertEquals("ORIGINAL", s.getString("dueBasis"));
        assertEquals(List.of(1, 1, 1, 1, 2, 1, 1, 8), counts(s, "totals"), "no due date was moved");
        assertEquals(List.of(), s.getList("totals.total.queries"));
    }

    @Test
    void aFrozenPeriodStaysAsItWasAfterLaterEdits() {
        String token = coordinator();
        String body = "{\"directiveId\":" + directive + ",\"periodKey\":\"2031-Q2\"}";
        given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/statistics/snapshots")
                .then().statusCode(201);
        given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/statistics/snapshots")
                .then().statusCode(409);
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"directiveId\":" + directive + ",\"periodKey\":\"2031-Q3\"}").post("/api/v1/statistics/snapshots")
                .then().statusCode(400);
        String path = "/api/v1/statistics/snapshots/2031-Q2?directiveId=" + directive;
        JsonPath before = given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath();
        assertEquals("2031-06-14", before.getString("statistics.asOf"), "the figures at the cut-off");
        assertEquals("Quý II/2031", before.getString("summary.periodLabel"));
        // At 14/06 T4 (due 22/06) was on track, T3 overdue.
        assertEquals(List.of(1, 1, 2, 0, 2, 1, 1, 8), counts(before, "statistics.totals"));

        // Later: T7 is cancelled. When it was is not recorded, so recomputing the cut-off now sees it cancelled.
        fx.change(t7, ProgressStatus.CANCELLED, null);
        JsonPath live = statistics(token, "&periodKey=2031-Q2");
        assertEquals("2031-Q2", live.getString("periodKey"));
        assertEquals(List.of(1, 1, 2, 0, 1, 1, 2, 8), counts(live, "totals"), "recomputed now");
        JsonPath after = given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath();
        assertEquals(before.prettify(), after.prettify(), "the frozen figures do not move");
        assertEquals(1, given().auth().oauth2(token).get("/api/v1/statistics/snapshots?directiveId=" + directive).then()
                .statusCode(200).extract().jsonPath().getList("").size());
        given().auth().oauth2(token).get("/api/v1/statistics/snapshots/2031-Q1?directiveId=" + directive).then().statusCode(404);
    }

    @Test
    void theScheduledPassFreezesPeriodsAfterTheirCutOffOnce() {
        // The job's pass on 16/06/2031: the cut-off of 2031-Q2, 2031-H1 (and 2031-M6) was 14/06.
        clock.setDay(d(6, 16));
        try {
            assertTrue(snapshots.freezeDue(d(6, 16)) >= 5, "province: M6, Q2, H1; the directive: Q2, H1");
            assertEquals(0, snapshots.freezeDue(d(6, 16)), "nothing twice");
            List<String> keys = snapshots.list(directive).stream().map(StatisticsDtos.SnapshotSummary::periodKey).sorted().toList();
            assertEquals(List.of("2031-H1", "2031-Q2"), keys, "the periods the directive's schedule asks for");
            assertEquals("SCHEDULED", snapshots.list(directive).get(0).origin());
        } finally {
            cleanProvinceSnapshots();
        }
    }

    /** The pass froze the province and every directive with tasks: remove what it made. */
    static void cleanProvinceSnapshots() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> StatisticsSnapshot.delete("periodKey like ?1", "2031-%"));
    }

    @Test
    void theScorecardRanksUnitsByTheConfiguredFormula() {
        // Q1/2031: cut-off Friday 14/03, units report within 2 working days: by Tuesday 18/03. A on time, B late, C never.
        fx.periodicReport(directive, unitA, "2031-Q1", d(12, 15).minusYears(1), d(3, 14), d(3, 18), d(3, 17));
        fx.periodicReport(directive, unitB, "2031-Q1", d(12, 15).minusYears(1), d(3, 14), d(3, 18), d(3, 25));
        JsonPath card = given().auth().oauth2(coordinator())
                .get("/api/v1/statistics/scorecard?periodKey=2031-Q2&directiveId=" + directive).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("2031-06-14", card.getString("asOf"));
        assertEquals(List.of("THONGKE_A", "THONGKE_B", "THONGKE_C"), card.getList("rows.unit.code"));
        // A: 0.5 × 1/2 + 0.3 × 1/1 + 0.2 × (1 − 0/3) = 0.75; B: 0.5 × 0/2 + 0.3 × 0/1 + 0.2 × (1 − 1/3) = 0.1333;
        // C: 0.5 × 0/1 + 0.3 × 0/1 + 0.2 × (1 − 1/2) = 0.1.
        assertEquals(List.of(75.0f, 13.3f, 10.0f), card.getList("rows.score"));
        assertEquals(List.of(1, 2, 3), card.getList("rows.rank"));
        assertEquals(List.of(1, 1), List.of(card.getInt("rows[0].components[1].numerator"),
                card.getInt("rows[0].components[1].denominator")), "one report owed, sent on time");
        assertEquals("100 × (0,5 × 1/2 + 0,3 × 1/1 + 0,2 × (1 − 0/3)) / 1 = 75", card.getString("rows[0].explanation"));
        assertFalse(card.getString("formula").isBlank());
    }

    /** The counts row of a unit in the statistics. */
    static List<Integer> unitRow(JsonPath s, String code) {
        List<String> codes = s.getList("byUnit.unit.code");
        return counts(s, "byUnit[" + codes.indexOf(code) + "].counts");
    }

    /** The statistics, asked again (at most 20 s) until a unit's row is the expected one: the background refresh. */
    JsonPath awaitUnitRow(String token, String code, List<Integer> expected) throws InterruptedException {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (true) {
            JsonPath s = statistics(token, "");
            if (unitRow(s, code).equals(expected) || System.nanoTime() > until) {
                assertEquals(expected, unitRow(s, code), "refreshed within 20 s");
                return s;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aWriteServesThePreviousFiguresWhileARefreshRunsAndACancelledShareLeavesTheUnit() throws Exception {
        String token = coordinator();
        List<Integer> before = List.of(1, 1, 1, 0, 0, 0, 0, 3);
        assertEquals(before, unitRow(statistics(token, ""), "THONGKE_A"));

        // Hold the refresh executor: the refresh the write calls for cannot run, yet readers get figures at once.
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        service.refreshExecutor().runAsync(() -> {
            try {
                hold.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            // A is relieved of its coordinating share of T5 (on track); the task goes on with C.
            fx.cancelShare(t5, unitA);
            for (int i = 0; i < 3; i++) {
                assertEquals(before, unitRow(statistics(token, ""), "THONGKE_A"), "the previous figures, not a computation");
            }
        } finally {
            hold.countDown();
        }
        JsonPath s = awaitUnitRow(token, "THONGKE_A", List.of(1, 1, 0, 0, 0, 0, 0, 2));
        assertEquals(List.of(1, 1, 1, 1, 2, 1, 1, 8), counts(s, "totals"), "the task itself goes on");
        assertEquals(List.of(0, 0, 1, 0, 1, 1, 0, 3), unitRow(s, "THONGKE_C"));
        assertEquals(List.of(1, 2, 0, 1, 1, 0, 0, 5), counts(s, "byUnitType[0].counts"), "T5 no longer held by a sở");

        // The drill-down, the task list filtered by the unit and the existing counts by unit agree.
        int a = s.getList("byUnit.unit.code").indexOf("THONGKE_A");
        assertEquals(List.of("directiveId=" + directive + "&unitId=" + unitA), s.getList("byUnit[" + a + "].counts.total.queries"));
        JsonPath list = given().auth().oauth2(token).get("/api/v1/tasks?size=50&directiveId=" + directive + "&unitId=" + unitA)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, list.getInt("totalItems"));
        assertEquals(List.of("T1", "T2"), list.getList("items.code"));
        assertEquals(0, given().auth().oauth2(token).get("/api/v1/tasks?size=1&unitId=" + unitA + "&timeliness=ON_TRACK")
                .then().statusCode(200).extract().jsonPath().getInt("totalItems"));
        JsonPath byUnit = given().auth().oauth2(token).get("/api/v1/tasks/counts/by-unit?directiveId=" + directive).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(2, byUnit.getInt("items.find { it.unit.code == 'THONGKE_A' }.total"));

        // The scorecard: A's tasks with a deadline are T1 and T2 now (T5 no longer counted as A's).
        JsonPath card = given().auth().oauth2(token).get("/api/v1/statistics/scorecard?directiveId=" + directive).then()
                .statusCode(200).extract().jsonPath();
        int row = card.getList("rows.unit.code").indexOf("THONGKE_A");
        assertEquals(List.of(0, 2), List.of(card.getInt("rows[" + row + "].components[2].numerator"),
                card.getInt("rows[" + row + "].components[2].denominator")), "no overdue among 2 tasks with a deadline");
    }

    @Test
    @TestSecurity(user = "chuyenvien.thongke", roles = "unit_officer")
    @OidcSecurity(claims = @Claim(key = "unit_code", value = "THONGKE_B"))
    void unitStaffSeeOnlyTheirOwnUnit() {
        JsonPath s = given().get("/api/v1/statistics?directiveId=" + directive).then().statusCode(200).extract().jsonPath();
        assertEquals(unitB, s.getLong("unitId"));
        assertEquals(List.of(0, 1, 0, 1, 1, 0, 0, 3), counts(s, "totals"));
        assertEquals(List.of("THONGKE_B"), s.getList("byUnit.unit.code"));
        given().get("/api/v1/statistics?unitId=" + unitA).then().statusCode(403);
        JsonPath card = given().get("/api/v1/statistics/scorecard?directiveId=" + directive).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("THONGKE_B"), card.getList("rows.unit.code"));
        given().get("/api/v1/statistics/snapshots").then().statusCode(403);
        assertNull(s.getString("periodKey"));
    }
}
