package vn.dondoc.occurrence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.security.KeycloakTokenTest;

/**
 * A quarterly task whose first deliverable was due two quarters ago: three occurrences, each with its own due date
 * and timeliness; the share's due date is the current occurrence's, and moves on when a report is accepted.
 */
@QuarkusTest
class TaskOccurrenceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokenTest.userToken(user));
    }

    @Test
    void eachPeriodHasItsOccurrenceAndTheShareIsDueOnTheCurrentOne() {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate sixMonthsAgo = today.minusMonths(6);
        LocalDate anchor = sixMonthsAgo.withDayOfMonth(sixMonthsAgo.lengthOfMonth());
        long program = ownDirective();
        int task = as("theodoi.sct").contentType(ContentType.JSON)
                .body(Map.of("directiveId", program, "code", "ĐK.1", "content",
                        "Báo cáo chỉ số sản xuất công nghiệp hằng quý", "kind", "PERIODIC", "recurrence", "QUARTERLY",
                        "dueDate", anchor.toString(), "leadUnitIds", List.of(unitId("STTTT")), "coordinatingUnitIds",
                        List.of(unitId("SCT"))))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        String path = "/api/v1/tasks/" + task + "/occurrences";

        JsonPath first = as("theodoi.sct").get(path).then().statusCode(200)
                .body("recurrence", equalTo("QUARTERLY"))
                .body("currentDueDate", equalTo(anchor.toString()))
                .extract().jsonPath();
        List<String> dues = first.getList("occurrences.dueDate");
        assertEquals(anchor.toString(), dues.get(0));
        assertEquals(OccurrenceSchedule.plusMonths(anchor, 3).toString(), dues.get(1));
        assertEquals(OccurrenceSchedule.plusMonths(anchor, 6).toString(), dues.get(2));
        assertEquals(3, dues.size(), "the periods that have begun: " + dues);
        assertEquals(List.of(true, false, false), first.getList("occurrences.current"));
        assertEquals(List.of("OVERDUE", "OVERDUE"), first.getList("occurrences.timeliness").subList(0, 2));
        assertEquals("ON_TRACK", first.getString("occurrences[2].timeliness"));
        assertEquals(List.of("STTTT"), first.getList("occurrences[0].shares.unit.code"));
        // The shares are due on the current occurrence: deadline views see it.
        as("theodoi.sct").get("/api/v1/tasks/" + task).then().statusCode(200)
                .body("assignments.find { it.unit.code == 'STTTT' }.dueDate", equalTo(anchor.toString()))
                .body("assignments.find { it.unit.code == 'SCT' }.dueDate", equalTo(anchor.toString()));

        // The lead unit reports, the tracker accepts: the first occurrence is delivered (late), the next is current.
        long share = first.getLong("occurrences[0].shares[0].assignmentId");
        int report = as("chuyenvien.stttt").contentType(ContentType.JSON)
                .body(Map.of("workDone", "Gửi báo cáo chỉ số sản xuất công nghiệp", "percentComplete", 30))
                .post("/api/v1/assignments/" + share + "/reports").then().statusCode(201).extract().path("id");
        as("giamdoc.stttt").post("/api/v1/reports/" + report + "/submit").then().statusCode(200);
        int version = as("theodoi.sct").get("/api/v1/reports/" + report).then().extract().path("version");
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("comment", "Tiếp nhận", "version", version))
                .post("/api/v1/reports/" + report + "/accept").then().statusCode(200);
        String second = OccurrenceSchedule.plusMonths(anchor, 3).toString();
        as("theodoi.sct").get("/api/v1/tasks/" + task).then().statusCode(200)
                .body("assignments.find { it.unit.code == 'STTTT' }.dueDate", equalTo(second));
        JsonPath after = as("chuyenvien.stttt").get(path).then().statusCode(200)
                .body("currentDueDate", equalTo(second)).extract().jsonPath();
        assertEquals(today.toString(), after.getString("occurrences[0].deliveredOn"));
        assertEquals("COMPLETED_LATE", after.getString("occurrences[0].timeliness"));
        assertEquals(List.of(false, true, false), after.getList("occurrences.current"));

        // Who may not see the task may not see its occurrences; a task that is not periodic has none.
        as("chuyenvien.sct").get("/api/v1/tasks/999999/occurrences").then().statusCode(404)
                .contentType("application/problem+json");
        int deadline = as("theodoi.sct").contentType(ContentType.JSON)
                .body(Map.of("directiveId", program, "code", "ĐK.2", "content", "Nhiệm vụ có thời hạn", "kind", "DEADLINE",
                        "dueDate", today.plusDays(30).toString(), "leadUnitIds", List.of(unitId("SCT"))))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        as("theodoi.sct").get("/api/v1/tasks/" + deadline + "/occurrences").then().statusCode(200)
                .body("occurrences", empty());
        as("chuyenvien.stttt").get("/api/v1/tasks/" + deadline + "/occurrences").then().statusCode(403);

        // Other tests count Sở TT&TT's and Sở CT's tasks exactly: withdraw both tasks (coordinating shares first, so
        // that none stays as "closed with the task" in a unit's list).
        withdraw(task);
        withdraw(deadline);
    }

    private void withdraw(long taskId) {
        JsonPath detail = as("theodoi.sct").get("/api/v1/tasks/" + taskId).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> shares = new java.util.ArrayList<>(detail.getList("assignments"));
        shares.sort(java.util.Comparator.comparing(a -> "LEAD".equals(a.get("role"))));
        for (Map<String, Object> a : shares) {
            as("theodoi.sct").contentType(ContentType.JSON)
                    .body(Map.of("status", "CANCELLED", "percentComplete", 0, "note", "Kết thúc kiểm thử",
                            "version", ((Number) a.get("version")).longValue()))
                    .put("/api/v1/assignments/" + a.get("id")).then().statusCode(200);
        }
    }

    @Transactional
    long unitId(String code) {
        return vn.dondoc.unit.Unit.findByCode(code).orElseThrow().id;
    }

    @Transactional
    /** A directive of this test's own: other tests count the demo program's and its units' tasks exactly. */
    long ownDirective() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("kind", "PLAN");
        body.put("issuingBody", "Ủy ban nhân dân tỉnh Hà Tĩnh");
        body.put("issuedOn", "2026-01-15");
        body.put("title", "Kế hoạch báo cáo định kỳ chỉ số sản xuất công nghiệp (kiểm thử nhiệm vụ định kỳ)");
        return as("theodoi.sct").contentType(ContentType.JSON).body(body).post("/api/v1/directives").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }
}
