package vn.dondoc.demo;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import vn.dondoc.security.KeycloakTokenTest;

/**
 * The demo with its history (demo.DemoHistory): the reports, extensions and 2025 reorganisation are there with their
 * business dates, and the figures "as of" a past day, the frozen Q3/2026 snapshot, its consolidated report and the
 * scorecard are non-trivial and equal to a recount written here in plain SQL, independently of TimelinessRule.
 */
@QuarkusTest
@TestProfile(HistoryProfile.class)
class DemoHistoryTest {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final LocalDate MID_2025 = LocalDate.of(2025, 6, 30);
    private static final LocalDate Q3_2026_CUT_OFF = LocalDate.of(2026, 9, 14);

    @Inject
    EntityManager em;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TOKENS.computeIfAbsent(user, KeycloakTokenTest::userToken));
    }

    private long number(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private long program() {
        return number("SELECT id FROM directive WHERE kind = 'ACTION_PROGRAM'");
    }

    @Test
    @Transactional
    void progressReportsOnManySharesSomeReturnedAndFixedOneWaiting() {
        assertTrue(number("SELECT COUNT(*) FROM progress_report WHERE status = 'ACCEPTED'") > 500);
        assertTrue(number("SELECT COUNT(DISTINCT assignment_id) FROM progress_report") > 200);
        assertEquals(2023, number("SELECT YEAR(MIN(submitted_on)) FROM progress_report"));
        assertEquals(2026, number("SELECT YEAR(MAX(submitted_on)) FROM progress_report"));
        // Returned with a comment (an earlier revision), then sent again and accepted: the same report.
        long fixed = number("SELECT COUNT(DISTINCT r.id) FROM progress_report r JOIN progress_report_aud h ON h.id = r.id "
                + "AND h.status = 'RETURNED' AND h.reviewer_comment IS NOT NULL WHERE r.status = 'ACCEPTED'");
        assertTrue(fixed >= 5, "returned and fixed: " + fixed);
        assertTrue(number("SELECT COUNT(*) FROM progress_report WHERE status = 'SUBMITTED'") >= 1, "one waits for review");
        // Nothing after today, reviews never before the submission.
        assertEquals(0, number("SELECT COUNT(*) FROM progress_report WHERE submitted_on >= ?1",
                LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1)));
        // Tasks completed late, and on time.
        assertTrue(number("SELECT COUNT(*) FROM task WHERE status = 'COMPLETED' AND completed_on > due_date") >= 2);
        assertTrue(number("SELECT COUNT(*) FROM task WHERE status = 'COMPLETED' AND completed_on <= due_date") >= 2);
    }

    @Test
    @Transactional
    void periodicReportsOnTimeLateMissingAndReturned() {
        long program = program();
        assertTrue(number("SELECT COUNT(*) FROM periodic_report WHERE submitted_on <= due_date") > 100);
        assertTrue(number("SELECT COUNT(*) FROM periodic_report WHERE submitted_on > due_date") > 20);
        assertTrue(number("SELECT COUNT(DISTINCT r.id) FROM periodic_report r JOIN periodic_report_aud h ON h.id = r.id "
                + "AND h.status = 'RETURNED' WHERE r.status = 'ACCEPTED'") >= 3);
        assertTrue(number("SELECT COUNT(*) FROM periodic_report_item") > 1000, "the reports have their lines");
        JsonPath board = as("theodoi.sct").get("/api/v1/directives/" + program + "/periodic-reports/board?period=2024-Q1")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(board.getLong("onTime") > 0, board.prettify());
        assertTrue(board.getLong("late") > 0, board.prettify());
        assertTrue(board.getLong("missing") > 0, board.prettify());
    }

    @Test
    @Transactional
    void extensionsApprovedWithTheirDueDateHistoryAndOneRejected() {
        assertEquals(3, number("SELECT COUNT(*) FROM extension_request WHERE status = 'APPROVED'"));
        assertEquals(1, number("SELECT COUNT(*) FROM extension_request WHERE status = 'REJECTED'"));
        assertEquals(3, number("SELECT COUNT(*) FROM due_date_change c JOIN extension_request e ON e.id = c.extension_request_id "
                + "WHERE c.kind = 'EXTENSION' AND c.new_due_date = e.approved_due_date AND c.previous_due_date = e.previous_due_date"));
        // A lead's extension moves the task and keeps the program's date.
        assertEquals(1, number("SELECT COUNT(*) FROM task WHERE code = 'II.5.c' AND due_date = '2027-06-30' "
                + "AND original_due_date = '2026-12-15'"));
        assertEquals(1, number("SELECT COUNT(*) FROM extension_request WHERE decided_at IS NOT NULL "
                + "AND DATE(decided_at) BETWEEN '2024-06-01' AND '2024-06-30'"), "decided on its business date");
    }

    @Test
    @Transactional
    void theReorganisationOfTwentyTwentyFiveWithWhoWasResponsibleBefore() {
        Map<String, String> successors = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT u.code, s.code, u.valid_to FROM unit u JOIN unit s ON s.id = u.successor_id "
                + "WHERE u.active = FALSE").getResultList()) {
            Object[] r = (Object[]) row;
            successors.put((String) r[0], r[1] + "@" + r[2]);
        }
        assertEquals("SKHCN@2025-02-28", successors.get("STTTT"));
        assertEquals("STC@2025-02-28", successors.get("SKHDT"));
        assertEquals("SNV@2025-02-28", successors.get("SLDTBXH"));
        assertEquals("SNNMT@2025-02-28", successors.get("STNMT"));
        assertEquals("SNNMT@2025-02-28", successors.get("SNNPTNT"));
        assertEquals("SXD@2025-02-28", successors.get("SGTVT"));
        assertEquals("HTH@2024-12-31", successors.get("HLH"));
        assertEquals("XTHACHKHE@2025-06-30", successors.get("HTH"));
        assertEquals("PTHANHSEN@2025-06-30", successors.get("TPHT"));
        // Every district-level locality has ended; none of the dissolved units holds an open share.
        assertEquals(0, number("SELECT COUNT(*) FROM unit WHERE active = TRUE AND code IN "
                + "('TPHT','TXHL','TXKA','HCX','HCL','HDT','HHK','HHS','HKA','HLH','HNX','HTH','HVQ')"));
        assertEquals(0, number("SELECT COUNT(*) FROM assignment a JOIN unit u ON u.id = a.unit_id WHERE u.active = FALSE "
                + "AND a.status IN ('NOT_STARTED', 'IN_PROGRESS')"));
        // Shares now held by Sở KH&CN and by phường Thành Sen were Sở TT&TT's and UBND TP Hà Tĩnh's: the audit history says so.
        assertTrue(number("SELECT COUNT(DISTINCT a.id) FROM assignment a JOIN assignment_aud h ON h.id = a.id "
                + "WHERE a.unit_id = (SELECT id FROM unit WHERE code = 'SKHCN') "
                + "AND h.unit_id = (SELECT id FROM unit WHERE code = 'STTTT')") > 0);
        assertTrue(number("SELECT COUNT(DISTINCT a.id) FROM assignment a JOIN assignment_aud h ON h.id = a.id "
                + "WHERE a.unit_id = (SELECT id FROM unit WHERE code = 'PTHANHSEN') AND a.status IN ('NOT_STARTED','IN_PROGRESS') "
                + "AND h.unit_id = (SELECT id FROM unit WHERE code = 'TPHT')") > 0);
        // Sở KH&CN already coordinated every task of Sở TT&TT: the two shares became one, lead over coordinating, both noted.
        assertTrue(number("SELECT COUNT(*) FROM assignment a JOIN unit u ON u.id = a.unit_id WHERE u.code = 'SKHCN' "
                + "AND a.role = 'LEAD' AND a.note LIKE '%Sở Thông tin và Truyền thông%'") >= 2);
        assertEquals(0, number("SELECT COUNT(*) FROM (SELECT a.task_id, a.unit_id FROM assignment a WHERE a.status <> 'CANCELLED' "
                + "GROUP BY a.task_id, a.unit_id HAVING COUNT(*) > 1) twice"), "one share in force per task and unit");
        // What Sở TT&TT finished itself stays its own.
        assertTrue(number("SELECT COUNT(*) FROM assignment a JOIN unit u ON u.id = a.unit_id WHERE u.code = 'STTTT' "
                + "AND a.status = 'COMPLETED'") > 0);
        // Through the API: the unit's history shows the merger.
        long stttt = number("SELECT id FROM unit WHERE code = 'STTTT'");
        String history = as("lanhdao").get("/api/v1/units/" + stttt + "/history").then().statusCode(200).extract().asString();
        assertTrue(history.contains("2025-02-28"), history);
    }

    /** The rule written out again for the recount: open, completed by the day (on time or late), closed with the task. */
    private static String recountCase(String alias, boolean share) {
        String d = "?1";
        return "CASE WHEN " + alias + ".status = 'CANCELLED' THEN 'CANCELLED' "
                + (share ? "WHEN " + alias + ".status = 'CLOSED_WITH_TASK' AND " + alias + ".closed_on <= " + d
                        + " THEN 'CLOSED_WITH_TASK' " : "")
                + "WHEN " + alias + ".status = 'COMPLETED' AND " + alias + ".completed_on <= " + d + " AND " + alias
                + ".due_date IS NOT NULL AND " + alias + ".completed_on > " + alias + ".due_date THEN 'COMPLETED_LATE' "
                + "WHEN " + alias + ".status = 'COMPLETED' AND " + alias + ".completed_on <= " + d + " THEN 'COMPLETED_ON_TIME' "
                + "WHEN " + alias + ".due_date IS NULL THEN 'NO_DEADLINE' "
                + "WHEN " + alias + ".due_date < " + d + " THEN 'OVERDUE' ELSE 'IN_TIME' END";
    }

    private Map<String, Long> recountTasks(LocalDate day, Long directive) {
        Map<String, Long> counts = new HashMap<>();
        var q = em.createNativeQuery("SELECT " + recountCase("t", false) + " AS tl, COUNT(*) FROM task t WHERE t.kind IS NOT NULL "
                + "AND t.assigned_on <= ?1" + (directive == null ? "" : " AND t.directive_id = ?2") + " GROUP BY tl")
                .setParameter(1, day);
        if (directive != null) {
            q.setParameter(2, directive);
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    private static long figure(JsonPath json, String matrix, String timeliness) {
        return json.getLong(matrix + ".byTimeliness." + timeliness + ".count");
    }

    private static void assertMatrix(Map<String, Long> expected, JsonPath json, String matrix) {
        for (String t : List.of("COMPLETED_ON_TIME", "COMPLETED_LATE", "OVERDUE", "NO_DEADLINE", "CANCELLED")) {
            assertEquals(expected.getOrDefault(t, 0L), figure(json, matrix, t), matrix + " " + t);
        }
        assertEquals(expected.getOrDefault("IN_TIME", 0L), figure(json, matrix, "ON_TRACK") + figure(json, matrix, "DUE_SOON"),
                matrix + " in time");
        assertEquals(expected.getOrDefault("CLOSED_WITH_TASK", 0L), figure(json, matrix, "CLOSED_WITH_TASK"), matrix + " closed");
        assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), json.getLong(matrix + ".total.count"),
                matrix + " total");
    }

    @Test
    @Transactional
    void theDashboardOfThirtiethJuneTwentyTwentyFiveEqualsARecountByBusinessDates() {
        JsonPath stats = as("lanhdao").get("/api/v1/statistics?asOf=" + MID_2025).then().statusCode(200).extract().jsonPath();
        Map<String, Long> tasks = recountTasks(MID_2025, null);
        assertMatrix(tasks, stats, "totals");
        assertTrue(stats.getLong("totals.total.count") > 30);
        assertTrue(figure(stats, "totals", "COMPLETED_ON_TIME") > 0 && figure(stats, "totals", "COMPLETED_LATE") > 0
                && figure(stats, "totals", "OVERDUE") > 0, stats.prettify());
        // By unit: each unit's own shares in force, assigned by the day.
        Map<String, Map<String, Long>> byUnit = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT u.code, " + recountCase("a", true) + " AS tl, COUNT(*) FROM assignment a "
                + "JOIN unit u ON u.id = a.unit_id WHERE a.status <> 'CANCELLED' AND a.assigned_on <= ?1 GROUP BY u.code, tl")
                .setParameter(1, MID_2025).getResultList()) {
            Object[] r = (Object[]) row;
            byUnit.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], ((Number) r[2]).longValue());
        }
        List<Map<String, Object>> rows = stats.getList("byUnit");
        assertEquals(byUnit.size(), rows.size());
        long overdueShares = 0;
        for (int i = 0; i < rows.size(); i++) {
            String code = stats.getString("byUnit[" + i + "].unit.code");
            assertMatrix(byUnit.get(code), stats, "byUnit[" + i + "].counts");
            overdueShares += figure(stats, "byUnit[" + i + "].counts", "OVERDUE");
        }
        assertTrue(overdueShares > 0);
    }

    @Test
    @Transactional
    void theFrozenQuarterThreeOfTwentyTwentySixAndItsConsolidatedReportEqualARecountAtTheCutOff() throws Exception {
        long program = program();
        Map<String, Long> expected = recountTasks(Q3_2026_CUT_OFF, program);
        // Frozen by the demo as the daily job would have done; a frozen period is never frozen again.
        JsonPath snapshot = as("theodoi.sct").get("/api/v1/statistics/snapshots/2026-Q3?directiveId=" + program).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(Q3_2026_CUT_OFF.toString(), snapshot.getString("summary.asOf"));
        assertMatrix(expected, snapshot, "statistics.totals");
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("directiveId", program, "periodKey", "2026-Q3"))
                .post("/api/v1/statistics/snapshots").then().statusCode(409);

        long id = as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("directiveId", program, "periodKey", "2026-Q3"))
                .post("/api/v1/consolidated-reports").then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath job = null;
        for (long deadline = System.currentTimeMillis() + 120_000; System.currentTimeMillis() < deadline; Thread.sleep(300)) {
            job = as("theodoi.sct").get("/api/v1/consolidated-reports/" + id).then().statusCode(200).extract().jsonPath();
            if (List.of("DONE", "FAILED").contains(job.getString("status"))) {
                break;
            }
        }
        assertNotNull(job);
        assertEquals("DONE", job.getString("status"), job.prettify());
        assertEquals("SNAPSHOT", job.getString("figures.source"));
        assertEquals(Q3_2026_CUT_OFF.toString(), job.getString("figures.asOf"));
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(total > 30);
        assertEquals(total, job.getLong("figures.total.total"));
        assertEquals(expected.getOrDefault("COMPLETED_ON_TIME", 0L), job.getLong("figures.total.completedOnTime"));
        assertEquals(expected.getOrDefault("COMPLETED_LATE", 0L), job.getLong("figures.total.completedLate"));
        assertEquals(expected.getOrDefault("IN_TIME", 0L), job.getLong("figures.total.inProgressOnTime"));
        assertEquals(expected.getOrDefault("OVERDUE", 0L), job.getLong("figures.total.overdue"));
        assertEquals(expected.getOrDefault("NO_DEADLINE", 0L), job.getLong("figures.total.noDeadline"));
        assertTrue(job.getLong("figures.total.completedOnTime") > 0 && job.getLong("figures.total.completedLate") > 0);
    }

    @Test
    @Transactional
    void theScorecardHasManyDistinctScoresAndReportsOnTimeDifferBetweenUnits() {
        JsonPath card = as("lanhdao").get("/api/v1/statistics/scorecard?directiveId=" + program()).then().statusCode(200)
                .extract().jsonPath();
        List<Float> scores = card.getList("rows.score", Float.class);
        Set<Float> distinct = new HashSet<>(scores);
        assertTrue(distinct.size() >= 8, "distinct scores " + distinct);
        Set<Double> reportsOnTime = new HashSet<>();
        int rows = scores.size();
        for (int i = 0; i < rows; i++) {
            List<Map<String, Object>> components = card.getList("rows[" + i + "].components");
            for (Map<String, Object> c : components) {
                if ("REPORTS_ON_TIME".equals(c.get("key")) && c.get("value") != null) {
                    reportsOnTime.add(((Number) c.get("value")).doubleValue());
                }
            }
        }
        assertTrue(reportsOnTime.size() >= 3, "REPORTS_ON_TIME values " + reportsOnTime);
        assertTrue(reportsOnTime.stream().anyMatch(v -> v > 0.5), "REPORTS_ON_TIME values " + reportsOnTime);
    }
}
