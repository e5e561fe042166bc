package vn.dondoc.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Task;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitGroup;

/**
 * Every endpoint × every role × own or other unit, with real Keycloak tokens of the demo users,
 * asserting the exact status. Writes send a body that passes authorization and then fails
 * validation (400) or the version check (409), so the matrix changes no data. The served OpenAPI
 * document lists the endpoints: one without an entry here fails the test.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    enum Actor { ADMIN, LEADER, COORDINATOR, SUPERVISOR, HEAD_SCT, OFFICER_STTTT, INTEGRATION, ANONYMOUS }

    private static final Actor[] HUMANS = { Actor.ADMIN, Actor.LEADER, Actor.COORDINATOR, Actor.SUPERVISOR,
            Actor.HEAD_SCT, Actor.OFFICER_STTTT };
    private static final Actor[] READ_ALL = { Actor.ADMIN, Actor.LEADER, Actor.COORDINATOR, Actor.SUPERVISOR };
    private static final Actor[] MANAGERS = { Actor.ADMIN, Actor.COORDINATOR };

    record Case(String method, String template, String path, String body, Map<Actor, Integer> expected) {
    }

    private final Map<Actor, String> tokens = new EnumMap<>(Actor.class);
    private final List<Case> cases = new ArrayList<>();

    @BeforeAll
    void tokens() {
        tokens.put(Actor.ADMIN, KeycloakTokenTest.userToken("quantri"));
        tokens.put(Actor.LEADER, KeycloakTokenTest.userToken("lanhdao"));
        tokens.put(Actor.COORDINATOR, KeycloakTokenTest.userToken("theodoi.sct"));
        tokens.put(Actor.SUPERVISOR, KeycloakTokenTest.userToken("giamsat.mttq"));
        tokens.put(Actor.HEAD_SCT, KeycloakTokenTest.userToken("giamdoc.sct"));
        tokens.put(Actor.OFFICER_STTTT, KeycloakTokenTest.userToken("chuyenvien.stttt"));
        tokens.put(Actor.INTEGRATION, KeycloakTokenTest.docsysToken());
    }

    /** Expected statuses: {@code ok} for the listed actors, {@code denied} (403) for the other signed-in ones, 401 anonymous. */
    private static Map<Actor, Integer> allow(int ok, Actor... allowed) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        for (Actor actor : Actor.values()) {
            expected.put(actor, actor == Actor.ANONYMOUS ? 401 : 403);
        }
        for (Actor actor : allowed) {
            expected.put(actor, ok);
        }
        return expected;
    }

    private static Actor[] plus(Actor[] base, Actor... more) {
        Actor[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private void add(String method, String template, String path, String body, Map<Actor, Integer> expected) {
        cases.add(new Case(method, template, path, body, expected));
    }

    @Test
    void everyEndpointAnswersEveryRoleExactly() {
        long sctUnit = unitId("SCT");
        long program = programId();
        long ownTask = taskId("II.1.b");      // Sở TT&TT leads, Sở Công Thương coordinates
        long otherTask = taskId("II.1.c");    // Đài PT-TH and Báo Hà Tĩnh only
        long sttttPart = assignmentId("II.1.b", "STTTT");
        long sctPart = assignmentId("II.1.b", "SCT");
        long group = groupId();
        String stale = "{\"status\":\"IN_PROGRESS\",\"percentComplete\":10,\"version\":999999}";

        add("GET", "/api/v1/me", "/api/v1/me", null, allow(200, plus(HUMANS, Actor.INTEGRATION)));
        add("GET", "/api/v1/units", "/api/v1/units", null, allow(200, plus(HUMANS, Actor.INTEGRATION)));
        add("GET", "/api/v1/units/{id}", "/api/v1/units/" + sctUnit, null, allow(200, plus(HUMANS, Actor.INTEGRATION)));
        add("POST", "/api/v1/units", "/api/v1/units", "{}", allow(400, Actor.ADMIN));
        add("PUT", "/api/v1/units/{id}", "/api/v1/units/" + sctUnit, "{}", allow(400, Actor.ADMIN));
        add("GET", "/api/v1/directives", "/api/v1/directives", null, allow(200, HUMANS));
        add("GET", "/api/v1/directives/{id}", "/api/v1/directives/" + program, null, allow(200, HUMANS));
        add("GET", "/api/v1/directives/{id}/tree", "/api/v1/directives/" + program + "/tree", null, allow(200, HUMANS));
        add("GET", "/api/v1/tasks", "/api/v1/tasks", null, allow(200, HUMANS));
        add("GET", "/api/v1/tasks/counts", "/api/v1/tasks/counts", null, allow(200, HUMANS));
        add("GET", "/api/v1/tasks/counts/by-unit", "/api/v1/tasks/counts/by-unit", null, allow(200, HUMANS));
        add("GET", "/api/v1/tasks/{id}", "/api/v1/tasks/" + ownTask, null, allow(200, HUMANS));
        add("GET", "/api/v1/tasks/{id}", "/api/v1/tasks/" + otherTask, null, allow(200, READ_ALL));
        add("GET", "/api/v1/tasks/{id}/history", "/api/v1/tasks/" + ownTask + "/history", null, allow(200, HUMANS));
        add("GET", "/api/v1/tasks/{id}/history", "/api/v1/tasks/" + otherTask + "/history", null, allow(200, READ_ALL));
        add("POST", "/api/v1/tasks", "/api/v1/tasks", "{}", allow(400, MANAGERS));
        add("PUT", "/api/v1/tasks/{id}", "/api/v1/tasks/" + ownTask, "{}", allow(400, MANAGERS));
        add("PUT", "/api/v1/tasks/{id}/assignments", "/api/v1/tasks/" + ownTask + "/assignments", "{}", allow(400, MANAGERS));
        // A unit changes only its own part: the officer of Sở TT&TT reaches the version check on its own
        // assignment (409) and is refused on Sở Công Thương's (403), and the other way round for the head of Sở CT.
        add("PUT", "/api/v1/assignments/{id}", "/api/v1/assignments/" + sttttPart, stale,
                allow(409, Actor.ADMIN, Actor.COORDINATOR, Actor.OFFICER_STTTT));
        add("PUT", "/api/v1/assignments/{id}", "/api/v1/assignments/" + sctPart, stale,
                allow(409, Actor.ADMIN, Actor.COORDINATOR, Actor.HEAD_SCT));
        add("GET", "/api/v1/unit-groups", "/api/v1/unit-groups", null, allow(200, plus(HUMANS, Actor.INTEGRATION)));
        add("GET", "/api/v1/unit-groups/{id}", "/api/v1/unit-groups/" + group, null, allow(200, plus(HUMANS, Actor.INTEGRATION)));
        additionalCases(program, sctUnit, group);
        reportCases(ownTask, otherTask, sttttPart);
        periodicCases(program);
        calendarCases(program);
        deadlineCases(ownTask, otherTask, sttttPart, sctUnit);
        urgingAndFeedCases(sctUnit);
        notificationCases();
        importCases();
        integrationCases();
        eventCases();
        statisticsCases(sctUnit);
        consolidatedCases();
        // --- Issue 13, rule 8 ("smaller truths"): see truthsCases ---
        truthsCases(ownTask, otherTask, sctUnit);

        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            for (Map.Entry<Actor, Integer> e : c.expected().entrySet()) {
                RequestSpecification request = given();
                if (c.path().endsWith("/attachments") || c.path().endsWith("/task-import")
                        || (c.method().equals("POST") && c.path().endsWith("/imports"))) {
                    request.multiPart("note", "không có tệp"); // a multipart form without the file
                } else {
                    request.contentType("application/json");
                }
                if (e.getKey() != Actor.ANONYMOUS) {
                    request.auth().oauth2(tokens.get(e.getKey()));
                }
                if (c.body() != null) {
                    request.body(c.body());
                }
                int status = request.request(c.method(), c.path()).then().extract().statusCode();
                if (status != e.getValue()) {
                    failures.add(c.method() + " " + c.path() + " as " + e.getKey() + ": expected " + e.getValue() + ", got " + status);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " mismatches:\n" + String.join("\n", failures));

        Set<String> covered = new TreeSet<>();
        cases.forEach(c -> covered.add(c.method() + " " + c.template()));
        Set<String> missing = new TreeSet<>(servedEndpoints());
        missing.removeAll(covered);
        assertTrue(missing.isEmpty(), "endpoints without an entry in the authorization matrix: " + missing);
    }

    /** Endpoints of the directive and unit administration features. */
    private void additionalCases(long program, long sctUnit, long group) {
        String any = "{}";
        Map<String, Map<Actor, Integer>> extra = new LinkedHashMap<>();
        extra.put("POST /api/v1/directives", allow(400, MANAGERS));
        extra.put("PUT /api/v1/directives/{id}", allow(400, MANAGERS));
        extra.put("GET /api/v1/directives/{id}/chain", allow(200, HUMANS));
        extra.put("GET /api/v1/directives/{id}/history", allow(200, HUMANS));
        extra.put("GET /api/v1/units/{id}/history", allow(200, HUMANS));
        extra.put("POST /api/v1/units/{id}/reorganization", allow(400, Actor.ADMIN));
        extra.put("POST /api/v1/unit-groups", allow(400, Actor.ADMIN));
        extra.put("PUT /api/v1/unit-groups/{id}", allow(400, Actor.ADMIN));
        for (Map.Entry<String, Map<Actor, Integer>> e : extra.entrySet()) {
            String[] parts = e.getKey().split(" ");
            String path = parts[1].replace("/directives/{id}", "/directives/" + program)
                    .replace("/units/{id}", "/units/" + sctUnit).replace("/unit-groups/{id}", "/unit-groups/" + group);
            add(parts[0], parts[1], path, parts[0].equals("GET") ? null : any, e.getValue());
        }
        // Deleting: a directive with tasks is refused (409) to managers; a built-in group (409) to admins.
        add("DELETE", "/api/v1/directives/{id}", "/api/v1/directives/" + program, null, allow(409, MANAGERS));
        add("DELETE", "/api/v1/unit-groups/{id}", "/api/v1/unit-groups/" + group, null, allow(409, Actor.ADMIN));
    }

    /**
     * Deadlines and extensions: units ask for their own assignments only, coordinators and leaders
     * decide. Bodies pass validation so that the unit check or the lookup decides the status.
     */
    private void deadlineCases(long ownTask, long otherTask, long sttttPart, long sctUnit) {
        Actor[] unitStaff = { Actor.HEAD_SCT, Actor.OFFICER_STTTT };
        String past = "{\"requestedDueDate\":\"2000-01-01\",\"reason\":\"Kiểm tra quyền\"}";
        // The officer of Sở TT&TT reaches the rules on its own assignment (400: not after the current due
        // date); the head of Sở CT is refused another unit's assignment.
        add("POST", "/api/v1/assignments/{id}/extension-requests", "/api/v1/assignments/" + sttttPart + "/extension-requests",
                past, allow(400, Actor.OFFICER_STTTT));
        add("GET", "/api/v1/assignments/{id}/extension-requests", "/api/v1/assignments/" + sttttPart + "/extension-requests",
                null, allow(200, plus(READ_ALL, Actor.OFFICER_STTTT)));
        add("GET", "/api/v1/extension-requests", "/api/v1/extension-requests", null, allow(200, HUMANS));
        add("GET", "/api/v1/extension-requests/{id}", "/api/v1/extension-requests/999999", null, allow(404, HUMANS));
        add("POST", "/api/v1/extension-requests/{id}/decision", "/api/v1/extension-requests/999999/decision",
                "{\"decision\":\"APPROVE\",\"version\":0}", allow(404, Actor.COORDINATOR, Actor.LEADER));
        add("POST", "/api/v1/extension-requests/{id}/withdrawal", "/api/v1/extension-requests/999999/withdrawal",
                "{\"version\":0}", allow(404, unitStaff));
        add("GET", "/api/v1/tasks/{id}/due-dates", "/api/v1/tasks/" + ownTask + "/due-dates", null, allow(200, HUMANS));
        add("GET", "/api/v1/tasks/{id}/due-dates", "/api/v1/tasks/" + otherTask + "/due-dates", null, allow(200, READ_ALL));
        add("GET", "/api/v1/deadlines", "/api/v1/deadlines", null, allow(200, HUMANS));
        add("GET", "/api/v1/deadlines", "/api/v1/deadlines?unitId=" + sctUnit, null, allow(200, plus(READ_ALL, Actor.HEAD_SCT)));
        add("GET", "/api/v1/deadlines/counts", "/api/v1/deadlines/counts", null, allow(200, HUMANS));
    }

    /** Reports: unit staff write their own unit's, the tracker reviews; a missing report is 404 to those who may ask. */
    private void reportCases(long ownTask, long otherTask, long sttttPart) {
        Actor[] unitStaff = { Actor.HEAD_SCT, Actor.OFFICER_STTTT };
        String missing = "/api/v1/reports/999999";
        add("GET", "/api/v1/assignments/{id}/reports", "/api/v1/assignments/" + sttttPart + "/reports", null,
                allow(200, plus(READ_ALL, Actor.OFFICER_STTTT)));
        add("POST", "/api/v1/assignments/{id}/reports", "/api/v1/assignments/" + sttttPart + "/reports", "{}", allow(400, unitStaff));
        add("GET", "/api/v1/reports", "/api/v1/reports", null, allow(200, HUMANS));
        add("GET", "/api/v1/reports/{id}", missing, null, allow(404, HUMANS));
        add("PUT", "/api/v1/reports/{id}", missing, "{}", allow(400, unitStaff));
        add("POST", "/api/v1/reports/{id}/submit", missing + "/submit", null, allow(404, unitStaff));
        add("POST", "/api/v1/reports/{id}/accept", missing + "/accept", "{}", allow(400, Actor.COORDINATOR));
        add("POST", "/api/v1/reports/{id}/return", missing + "/return", "{}", allow(400, Actor.COORDINATOR));
        add("POST", "/api/v1/reports/{id}/attachments", missing + "/attachments", null, allow(400, unitStaff));
        add("GET", "/api/v1/reports/{id}/attachments/{attachmentId}", missing + "/attachments/1", null, allow(404, HUMANS));
        add("DELETE", "/api/v1/reports/{id}/attachments/{attachmentId}", missing + "/attachments/1", null, allow(404, unitStaff));
        add("GET", "/api/v1/tasks/{id}/reports", "/api/v1/tasks/" + ownTask + "/reports", null, allow(200, HUMANS));
        add("GET", "/api/v1/tasks/{id}/reports", "/api/v1/tasks/" + otherTask + "/reports", null, allow(200, READ_ALL));
    }

    /** Periodic reports: units open and write their own, the tracker reviews and watches the board. */
    private void periodicCases(long program) {
        Actor[] unitStaff = { Actor.HEAD_SCT, Actor.OFFICER_STTTT };
        String base = "/api/v1/directives/" + program + "/periodic-reports";
        String missing = "/api/v1/periodic-reports/999999";
        add("POST", "/api/v1/directives/{id}/periodic-reports", base, "{}", allow(400, unitStaff));
        add("GET", "/api/v1/me/obligations", "/api/v1/me/obligations", null, allow(200, unitStaff));
        add("GET", "/api/v1/directives/{id}/periodic-reports/board", base + "/board", null, allow(400, READ_ALL));
        add("GET", "/api/v1/directives/{id}/periodic-reports/history", base + "/history", null, allow(400, HUMANS));
        add("GET", "/api/v1/periodic-reports/{id}", missing, null, allow(404, HUMANS));
        add("PUT", "/api/v1/periodic-reports/{id}", missing, "{}", allow(400, unitStaff));
        add("POST", "/api/v1/periodic-reports/{id}/submit", missing + "/submit", null, allow(404, unitStaff));
        add("POST", "/api/v1/periodic-reports/{id}/accept", missing + "/accept", "{}", allow(400, Actor.COORDINATOR));
        add("POST", "/api/v1/periodic-reports/{id}/return", missing + "/return", "{}", allow(400, Actor.COORDINATOR));
    }

    /** The working-day calendar and reporting schedules: read by everyone, kept by admins (and coordinators for schedules). */
    private void calendarCases(long program) {
        long holiday = holidayId();
        long schedule = scheduleId();
        add("GET", "/api/v1/holidays", "/api/v1/holidays?year=2026", null, allow(200, HUMANS));
        add("GET", "/api/v1/holidays/{id}", "/api/v1/holidays/" + holiday, null, allow(200, HUMANS));
        add("POST", "/api/v1/holidays", "/api/v1/holidays", "{}", allow(400, Actor.ADMIN));
        add("PUT", "/api/v1/holidays/{id}", "/api/v1/holidays/" + holiday, "{}", allow(400, Actor.ADMIN));
        add("DELETE", "/api/v1/holidays/{id}", "/api/v1/holidays/999999999", null, allow(404, Actor.ADMIN));
        add("GET", "/api/v1/calendar/working-days", "/api/v1/calendar/working-days?from=2026-02-13&add=2", null, allow(200, HUMANS));
        add("GET", "/api/v1/calendar/working-days/check", "/api/v1/calendar/working-days/check?date=2026-04-27", null,
                allow(200, HUMANS));
        add("GET", "/api/v1/reporting-schedules", "/api/v1/reporting-schedules", null, allow(200, HUMANS));
        add("GET", "/api/v1/reporting-schedules/{id}", "/api/v1/reporting-schedules/" + schedule, null, allow(200, HUMANS));
        add("POST", "/api/v1/reporting-schedules", "/api/v1/reporting-schedules", "{}", allow(400, MANAGERS));
        add("PUT", "/api/v1/reporting-schedules/{id}", "/api/v1/reporting-schedules/" + schedule, "{}", allow(400, MANAGERS));
        add("DELETE", "/api/v1/reporting-schedules/{id}", "/api/v1/reporting-schedules/999999999", null, allow(404, MANAGERS));
        add("GET", "/api/v1/directives/{id}/reporting-periods",
                "/api/v1/directives/" + program + "/reporting-periods?from=2026-01-01&to=2026-12-31", null, allow(200, HUMANS));
    }

    /**
     * Urging letters are issued by the tracker, leaders and admins (a malformed option: 400, nothing generated);
     * everyone signed in keeps their own calendar feed; the feed itself needs no token, an unknown secret is 404
     * to anyone.
     */
    private void urgingAndFeedCases(long sctUnit) {
        add("GET", "/api/v1/units/{id}/urging-letter", "/api/v1/units/" + sctUnit + "/urging-letter?responseWorkingDays=0",
                null, allow(400, Actor.ADMIN, Actor.LEADER, Actor.COORDINATOR));
        add("GET", "/api/v1/me/calendar-feed", "/api/v1/me/calendar-feed", null, allow(200, HUMANS));
        // Readers of the whole province may choose a unit (an unknown one: 400); unit staff only their own (403).
        add("POST", "/api/v1/me/calendar-feed", "/api/v1/me/calendar-feed", "{\"unitId\":999999}", allow(400, READ_ALL));
        add("DELETE", "/api/v1/me/calendar-feed", "/api/v1/me/calendar-feed", null, allow(204, HUMANS));
        Map<Actor, Integer> unknown = new EnumMap<>(Actor.class);
        for (Actor actor : Actor.values()) {
            unknown.put(actor, 404);
        }
        add("GET", "/api/v1/calendar-feeds/{token}.ics", "/api/v1/calendar-feeds/" + "x".repeat(43) + ".ics", null, unknown);
    }

    /** Notifications and settings: every person reads and changes only their own; the document system has none. */
    /** The event feed is for the document system and admins; webhook subscriptions for admins only. */
    private void eventCases() {
        String hooks = "/api/v1/webhook-subscriptions";
        add("GET", "/api/v1/events", "/api/v1/events?limit=1", null, allow(200, Actor.ADMIN, Actor.INTEGRATION));
        add("GET", hooks, hooks, null, allow(200, Actor.ADMIN));
        add("POST", hooks, hooks, "{}", allow(400, Actor.ADMIN));
        add("GET", hooks + "/{id}", hooks + "/999999999", null, allow(404, Actor.ADMIN));
        add("PUT", hooks + "/{id}", hooks + "/999999999", "{}", allow(400, Actor.ADMIN));
        add("DELETE", hooks + "/{id}", hooks + "/999999999", null, allow(404, Actor.ADMIN));
        add("GET", hooks + "/{id}/deliveries", hooks + "/999999999/deliveries", null, allow(404, Actor.ADMIN));
        add("GET", hooks + "/{id}/deliveries/{deliveryId}", hooks + "/999999999/deliveries/1", null, allow(404, Actor.ADMIN));
        add("POST", hooks + "/{id}/deliveries/{deliveryId}/replay", hooks + "/999999999/deliveries/1/replay", null,
                allow(404, Actor.ADMIN));
    }

    private void notificationCases() {
        add("GET", "/api/v1/notifications", "/api/v1/notifications", null, allow(200, HUMANS));
        add("GET", "/api/v1/notifications/unread-count", "/api/v1/notifications/unread-count", null, allow(200, HUMANS));
        add("POST", "/api/v1/notifications/{id}/read", "/api/v1/notifications/999999999/read", null, allow(404, HUMANS));
        add("POST", "/api/v1/notifications/read-all", "/api/v1/notifications/read-all", null, allow(200, HUMANS));
        add("GET", "/api/v1/me/settings", "/api/v1/me/settings", null, allow(200, HUMANS));
        add("PUT", "/api/v1/me/settings", "/api/v1/me/settings", "{}", allow(400, HUMANS));
    }

    /** Program import: coordinators and admins only; bodies fail validation (400) or name no draft (404), so nothing is written. */
    private void importCases() {
        add("POST", "/api/v1/imports", "/api/v1/imports", null, allow(400, MANAGERS));
        add("GET", "/api/v1/imports", "/api/v1/imports", null, allow(200, MANAGERS));
        add("GET", "/api/v1/imports/{id}", "/api/v1/imports/999999999", null, allow(404, MANAGERS));
        add("PATCH", "/api/v1/imports/{id}", "/api/v1/imports/999999999", "{}", allow(400, MANAGERS));
        add("POST", "/api/v1/imports/{id}/accept", "/api/v1/imports/999999999/accept", "{}", allow(400, MANAGERS));
    }

    /**
     * The document system's endpoints: only its role (a body that fails the checks, 422, so nothing
     * is written; an unknown directive, 404); no person's role reaches them.
     */
    private void integrationCases() {
        String unknown = "/api/v1/integration/directives/KHONG-CO-TRONG-MA-TRAN";
        add("PUT", "/api/v1/integration/directives/{externalId}", unknown, "{}", allow(422, Actor.INTEGRATION));
        add("GET", "/api/v1/integration/directives/{externalId}", unknown, null, allow(404, Actor.INTEGRATION));
    }

    /**
     * Statistics and the scorecard: everyone reads them, unit staff their own unit's only (another unit: 403);
     * frozen periods are the province's figures: readers of every unit; coordinators and admins freeze them.
     */
    private void statisticsCases(long sctUnit) {
        add("GET", "/api/v1/statistics", "/api/v1/statistics", null, allow(200, HUMANS));
        add("GET", "/api/v1/statistics", "/api/v1/statistics?unitId=" + sctUnit, null, allow(200, plus(READ_ALL, Actor.HEAD_SCT)));
        add("GET", "/api/v1/statistics/scorecard", "/api/v1/statistics/scorecard", null, allow(200, HUMANS));
        add("GET", "/api/v1/statistics/snapshots", "/api/v1/statistics/snapshots", null, allow(200, READ_ALL));
        add("GET", "/api/v1/statistics/snapshots/{periodKey}", "/api/v1/statistics/snapshots/2099-Q4", null, allow(404, READ_ALL));
        add("POST", "/api/v1/statistics/snapshots", "/api/v1/statistics/snapshots", "{}", allow(400, MANAGERS));
    }

    /** Consolidated reports: the tracker and admins generate; leaders, the tracker, supervisors and admins read. */
    // ===================================================================================================
    // Issue 13, rule 8 ("smaller truths"): the occurrences of a task, an urging letter to one's own unit,
    // a split that leaves shares unmapped.
    // ===================================================================================================

    /**
     * The occurrences of a task are read by whoever reads the task; the tracker does not urge its own unit (422)
     * while the UBND tỉnh (leader, and the admin of the UBND) does; a split of Sở Công Thương naming none of its open
     * shares is a 422 to the admin, changing nothing.
     */
    private void truthsCases(long ownTask, long otherTask, long sctUnit) {
        add("GET", "/api/v1/tasks/{id}/occurrences", "/api/v1/tasks/" + ownTask + "/occurrences", null, allow(200, HUMANS));
        add("GET", "/api/v1/tasks/{id}/occurrences", "/api/v1/tasks/" + otherTask + "/occurrences", null, allow(200, READ_ALL));
        Map<Actor, Integer> ownUnit = allow(200, Actor.ADMIN, Actor.LEADER);
        ownUnit.put(Actor.COORDINATOR, 422);
        add("GET", "/api/v1/units/{id}/urging-letter", "/api/v1/units/" + sctUnit + "/urging-letter", null, ownUnit);
        add("POST", "/api/v1/units/{id}/reorganization", "/api/v1/units/" + sctUnit + "/reorganization",
                "{\"action\":\"SPLIT\",\"successorId\":" + unitId("STTTT") + ",\"effectiveDate\":\"2030-01-01\",\"shares\":[]}",
                allow(422, Actor.ADMIN));
    }
    // ============================ end of issue 13, rule 8 ============================

    private void consolidatedCases() {
        String missing = "/api/v1/consolidated-reports/999999";
        add("POST", "/api/v1/consolidated-reports", "/api/v1/consolidated-reports", "{}", allow(400, MANAGERS));
        add("GET", "/api/v1/consolidated-reports", "/api/v1/consolidated-reports", null, allow(200, READ_ALL));
        add("GET", "/api/v1/consolidated-reports/{id}", missing, null, allow(404, READ_ALL));
        add("GET", "/api/v1/consolidated-reports/{id}/docx", missing + "/docx", null, allow(404, READ_ALL));
        add("GET", "/api/v1/consolidated-reports/{id}/xlsx", missing + "/xlsx", null, allow(404, READ_ALL));
        add("GET", "/api/v1/tasks/export", "/api/v1/tasks/export?format=csv", null, allow(200, HUMANS));
        // A multipart form without the file: 400 for the tracker and admins, after the role check.
        add("POST", "/api/v1/directives/{id}/task-import", "/api/v1/directives/" + programId() + "/task-import", null,
                allow(400, MANAGERS));
    }

    @Transactional
    long holidayId() {
        return vn.dondoc.calendar.Holiday.findByDay(java.time.LocalDate.of(2026, 1, 1)).orElseThrow().id;
    }

    @Transactional
    long scheduleId() {
        return vn.dondoc.period.ReportingSchedule.<vn.dondoc.period.ReportingSchedule>find("directive is null order by id")
                .firstResult().id;
    }

    private static Set<String> servedEndpoints() {
        JsonPath spec = JsonPath.from(given().queryParam("format", "json").get("/q/openapi").asString());
        Map<String, Map<String, Object>> paths = spec.getMap("paths");
        Set<String> endpoints = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                endpoints.add(method.toUpperCase() + " " + path);
            }
        }));
        return endpoints;
    }

    @Transactional
    long unitId(String code) {
        return Unit.findByCode(code).orElseThrow().id;
    }

    @Transactional
    long taskId(String code) {
        return Task.<Task>find("code", code).firstResult().id;
    }

    @Transactional
    long assignmentId(String taskCode, String unitCode) {
        return Assignment.<Assignment>find("task.code = ?1 and unit.code = ?2", taskCode, unitCode).firstResult().id;
    }

    @Transactional
    long groupId() {
        return UnitGroup.<UnitGroup>find("code", "SO_BAN_NGANH").firstResult().id;
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }
}
