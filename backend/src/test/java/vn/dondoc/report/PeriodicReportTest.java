package vn.dondoc.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.notification.MutableClock;
import vn.dondoc.report.PeriodicReportDtos.BoardState;
import vn.dondoc.report.PeriodicReportDtos.Submission;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.ProgressStatus;

/** Periodic reports on the Decree 09 quarter that contains today, with real tokens. */
@QuarkusTest
class PeriodicReportTest {

    @Inject
    MutableClock clock;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokenTest.userToken(user));
    }

    @Test
    void onTimeLateOrMissingAgainstTheDueDate() {
        LocalDate due = LocalDate.of(2026, 12, 16);
        ProgressReport report = new ProgressReport();
        assertEquals(Submission.NOT_SUBMITTED, PeriodicReportService.submission(null, due));
        assertEquals(Submission.NOT_SUBMITTED, PeriodicReportService.submission(report, due));
        report.status = ReportStatus.SUBMITTED;
        report.submittedOn = due;
        assertEquals(Submission.SUBMITTED_ON_TIME, PeriodicReportService.submission(report, due));
        report.submittedOn = due.plusDays(1);
        assertEquals(Submission.SUBMITTED_LATE, PeriodicReportService.submission(report, due));
        report.status = ReportStatus.RETURNED;
        assertEquals(Submission.NOT_SUBMITTED, PeriodicReportService.submission(report, due));
    }

    @Test
    void aUnitReportsItsQuarterAndTheTrackerSeesWhoHasNot() {
        long program = programId();
        String period = currentQuarterKey();
        // A progress report sent in the window pre-fills the periodic report's line.
        long part = assignmentId("II.1.a", "STTTT");
        int progress = as("chuyenvien.stttt").contentType(ContentType.JSON)
                .body(Map.of("workDone", "Mở chuyên mục công nghiệp trên Cổng thông tin điện tử tỉnh", "percentComplete", 70))
                .post("/api/v1/assignments/" + part + "/reports").then().statusCode(201).extract().path("id");
        as("giamdoc.stttt").post("/api/v1/reports/" + progress + "/submit").then().statusCode(200);

        JsonPath opened = as("chuyenvien.stttt").contentType(ContentType.JSON).body(Map.of("periodKey", period))
                .post("/api/v1/directives/" + program + "/periodic-reports").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("submission", equalTo("NOT_SUBMITTED"))
                .extract().jsonPath();
        int id = opened.getInt("id");
        assertEquals(openAssignments("STTTT"), opened.getList("items").size(), "one line per open assignment of the unit");
        assertEquals("Mở chuyên mục công nghiệp trên Cổng thông tin điện tử tỉnh",
                opened.getString("items.find { it.taskCode == 'II.1.a' }.progress"));
        as("giamdoc.stttt").contentType(ContentType.JSON).body(Map.of("periodKey", period))
                .post("/api/v1/directives/" + program + "/periodic-reports").then().statusCode(200).body("id", equalTo(id));
        as("chuyenvien.stttt").contentType(ContentType.JSON).body(Map.of("periodKey", "2026-X9"))
                .post("/api/v1/directives/" + program + "/periodic-reports").then().statusCode(400);

        // The tracker does not see drafts; the unit edits, the head signs, the board shows it on time.
        as("theodoi.sct").get("/api/v1/periodic-reports/" + id).then().statusCode(403);
        long itemId = opened.getLong("items[0].id");
        as("chuyenvien.stttt").contentType(ContentType.JSON)
                .body(Map.of("summary", "Đơn vị đã triển khai các nhiệm vụ được giao.", "items",
                        List.of(Map.of("id", itemId, "progress", "Đã hoàn thành phần việc", "percentComplete", 100)), "version", 0))
                .put("/api/v1/periodic-reports/" + id).then().statusCode(200)
                .body("items.find { it.id == " + itemId + " }.percentComplete", equalTo(100));
        as("chuyenvien.stttt").contentType(ContentType.JSON).body(Map.of("summary", "cũ", "version", 0))
                .put("/api/v1/periodic-reports/" + id).then().statusCode(409);
        as("chuyenvien.stttt").post("/api/v1/periodic-reports/" + id + "/submit").then().statusCode(403);
        as("giamdoc.stttt").header("Idempotency-Key", "periodic-" + id).post("/api/v1/periodic-reports/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("submission", equalTo("SUBMITTED_ON_TIME"));
        as("giamdoc.stttt").header("Idempotency-Key", "periodic-" + id).post("/api/v1/periodic-reports/" + id + "/submit")
                .then().statusCode(200);

        JsonPath board = as("theodoi.sct").queryParam("period", period)
                .get("/api/v1/directives/" + program + "/periodic-reports/board").then().statusCode(200).extract().jsonPath();
        assertEquals("SUBMITTED_ON_TIME", board.getString("rows.find { it.unit.code == 'STTTT' }.submission"));
        assertEquals("NOT_SUBMITTED", board.getString("rows.find { it.unit.code == 'SCT' }.submission"));
        assertEquals(board.getList("rows").size(), board.getLong("onTime") + board.getLong("late") + board.getLong("notYetDue")
                + board.getLong("missing"));
        assertTrue(board.getList("rows.unit.code").containsAll(List.of("STTTT", "SCT", "TPHT", "DPTTH")));
        as("chuyenvien.stttt").queryParam("period", period)
                .get("/api/v1/directives/" + program + "/periodic-reports/board").then().statusCode(403);

        // Returned: no longer counted as sent; the unit's history lists the period.
        int version = as("theodoi.sct").get("/api/v1/periodic-reports/" + id).then().statusCode(200).extract().path("version");
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("comment", "Bổ sung số liệu", "version", version))
                .post("/api/v1/periodic-reports/" + id + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
        as("theodoi.sct").queryParam("period", period).get("/api/v1/directives/" + program + "/periodic-reports/board")
                .then().body("rows.find { it.unit.code == 'STTTT' }.submission", equalTo("NOT_SUBMITTED"));
        // "My unit": the returned report, the period still to send, and what has no report yet this quarter.
        JsonPath mine = as("chuyenvien.stttt").get("/api/v1/me/obligations").then().statusCode(200).extract().jsonPath();
        assertEquals(period, mine.getString("currentPeriod.key"));
        assertTrue(mine.getList("returnedReports.reportId").contains(id), mine.prettify());
        assertEquals("RETURNED", mine.getString("periodicDue.find { it.periodKey == '" + period + "' }.reportStatus"));
        List<String> unreported = mine.getList("assignmentsWithoutReport.taskCode");
        assertTrue(unreported.contains("II.4.d") && !unreported.contains("II.1.a"), unreported.toString());
        as("theodoi.sct").get("/api/v1/me/obligations").then().statusCode(403);
        long unit = unitIdOf(part);
        as("chuyenvien.stttt").queryParam("unitId", unit).get("/api/v1/directives/" + program + "/periodic-reports/history")
                .then().statusCode(200).body("periods.periodKey", hasItem(period));
        as("chuyenvien.sct").queryParam("unitId", unit).get("/api/v1/directives/" + program + "/periodic-reports/history")
                .then().statusCode(403);
    }

    @Test
    void aUnitThatHasNotSentIsNotYetDueUpToTheDeadlineAndMissingOnlyAfter() {
        LocalDate due = LocalDate.of(2026, 12, 16);
        assertEquals(BoardState.NOT_YET_DUE, PeriodicReportService.state(Submission.NOT_SUBMITTED, due, due.minusDays(30)));
        assertEquals(BoardState.NOT_YET_DUE, PeriodicReportService.state(Submission.NOT_SUBMITTED, due, due));
        assertEquals(BoardState.MISSING, PeriodicReportService.state(Submission.NOT_SUBMITTED, due, due.plusDays(1)));
        assertEquals(BoardState.SUBMITTED_LATE, PeriodicReportService.state(Submission.SUBMITTED_LATE, due, due.plusDays(1)));

        // On the board, judged on the application's clock in the province's time zone.
        long program = programId();
        String period = currentQuarterKey();
        String path = "/api/v1/directives/" + program + "/periodic-reports/board";
        LocalDate dueDate = LocalDate.parse(as("theodoi.sct").queryParam("period", period).get(path).then().statusCode(200)
                .extract().path("dueDate"));
        try {
            clock.setDay(dueDate);
            JsonPath onTheDay = as("theodoi.sct").queryParam("period", period).get(path).then().statusCode(200)
                    .body("asOf", equalTo(dueDate.toString())).extract().jsonPath();
            assertEquals("NOT_SUBMITTED", onTheDay.getString("rows.find { it.unit.code == 'SCT' }.submission"));
            assertEquals("NOT_YET_DUE", onTheDay.getString("rows.find { it.unit.code == 'SCT' }.state"));
            assertEquals(0, onTheDay.getLong("missing"));
            assertTrue(onTheDay.getLong("notYetDue") > 0);
            // 23:30 on the due day, province time, is 16:30 UTC: still the due day.
            clock.set(dueDate.atTime(23, 30).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
            as("theodoi.sct").queryParam("period", period).get(path).then()
                    .body("rows.find { it.unit.code == 'SCT' }.state", equalTo("NOT_YET_DUE"));

            clock.setDay(dueDate.plusDays(1));
            JsonPath after = as("theodoi.sct").queryParam("period", period).get(path).then().statusCode(200).extract().jsonPath();
            assertEquals("MISSING", after.getString("rows.find { it.unit.code == 'SCT' }.state"));
            assertEquals(0, after.getLong("notYetDue"));
            assertEquals(after.getList("rows").size(), after.getLong("onTime") + after.getLong("late") + after.getLong("missing"));
        } finally {
            clock.reset();
        }
    }

    /** The quarter whose Decree 09 window (15th of the month before the quarter to the 14th of its last month) holds today. */
    private static String currentQuarterKey() {
        LocalDate shifted = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1).minusDays(14);
        return shifted.getYear() + "-Q" + ((shifted.getMonthValue() - 1) / 3 + 1);
    }

    @Transactional
    long openAssignments(String unitCode) {
        return Assignment.count("unit.code = ?1 and status <> ?2 and task.kind is not null and task.directive.kind = ?3",
                unitCode, ProgressStatus.CANCELLED, DirectiveKind.ACTION_PROGRAM);
    }

    @Transactional
    long assignmentId(String taskCode, String unitCode) {
        return Assignment.<Assignment>find("task.code = ?1 and unit.code = ?2", taskCode, unitCode).firstResult().id;
    }

    @Transactional
    long unitIdOf(long assignmentId) {
        return Assignment.<Assignment>findById(assignmentId).unit.id;
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }
}
