package vn.dondoc.deadline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import vn.dondoc.task.Assignment;
import vn.dondoc.unit.Unit;

/**
 * An overdue task of Sở Công Thương: its officer asks for an extension, the coordinator decides;
 * timeliness follows the current due date, the original stays, and every due date is kept. Real
 * Keycloak tokens of the demo users throughout.
 */
@QuarkusTest
class ExtensionLifecycleTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void anApprovedExtensionMovesTheDueDateAndTheTimelinessAndKeepsTheOriginal() {
        LocalDate original = TODAY.minusDays(5);
        long taskId = createTask("II.9.x1", original);
        long assignmentId = assignmentOf(taskId, "SCT");
        as("theodoi.sct").get("/api/v1/tasks/" + taskId).then().statusCode(200)
                .body("timeliness", equalTo("OVERDUE")).body("originalDueDate", equalTo(original.toString()));

        // Asking for a date that is not later than the current one, or without a reason: 400 on the field.
        as("chuyenvien.sct").contentType(ContentType.JSON)
                .body(Map.of("requestedDueDate", original.minusDays(1).toString(), "reason", "Chờ thẩm định"))
                .post("/api/v1/assignments/" + assignmentId + "/extension-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("requestedDueDate"));
        as("chuyenvien.sct").contentType(ContentType.JSON)
                .body(Map.of("requestedDueDate", TODAY.plusDays(40).toString(), "reason", " "))
                .post("/api/v1/assignments/" + assignmentId + "/extension-requests").then().statusCode(400);
        // Another unit's officer may not ask for it, nor see it.
        as("chuyenvien.stttt").contentType(ContentType.JSON)
                .body(Map.of("requestedDueDate", TODAY.plusDays(40).toString(), "reason", "Không phải việc của tôi"))
                .post("/api/v1/assignments/" + assignmentId + "/extension-requests").then().statusCode(403);

        JsonPath request = as("chuyenvien.sct").contentType(ContentType.JSON)
                .body(Map.of("requestedDueDate", TODAY.plusDays(40).toString(),
                        "reason", "Chờ ý kiến thẩm định của Bộ Công Thương"))
                .post("/api/v1/assignments/" + assignmentId + "/extension-requests").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("previousDueDate", equalTo(original.toString()))
                .body("unit.code", equalTo("SCT")).extract().jsonPath();
        long id = request.getLong("id");
        // One pending request per assignment.
        as("giamdoc.sct").contentType(ContentType.JSON)
                .body(Map.of("requestedDueDate", TODAY.plusDays(60).toString(), "reason", "Đề nghị thêm"))
                .post("/api/v1/assignments/" + assignmentId + "/extension-requests").then().statusCode(409);
        as("chuyenvien.stttt").get("/api/v1/extension-requests/" + id).then().statusCode(403);
        as("theodoi.sct").queryParam("status", "PENDING").queryParam("size", 200).get("/api/v1/extension-requests").then()
                .statusCode(200).body("items.id", hasItem((int) id));
        as("chuyenvien.stttt").queryParam("status", "PENDING").queryParam("size", 200).get("/api/v1/extension-requests")
                .then().statusCode(200).body("items.id", not(hasItem((int) id)));
        long pending = as("theodoi.sct").get("/api/v1/deadlines/counts").then().statusCode(200).extract().jsonPath()
                .getLong("pendingExtensions");
        assertTrue(pending >= 1);

        // Deciders only; a stale version is a conflict.
        as("giamsat.mttq").contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", 0))
                .post("/api/v1/extension-requests/" + id + "/decision").then().statusCode(403);
        as("chuyenvien.sct").contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", 0))
                .post("/api/v1/extension-requests/" + id + "/decision").then().statusCode(403);
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "version", 7))
                .post("/api/v1/extension-requests/" + id + "/decision").then().statusCode(409);

        LocalDate granted = TODAY.plusDays(30);
        as("theodoi.sct").contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "approvedDueDate", granted.toString(),
                        "note", "Đồng ý gia hạn 30 ngày", "version", 0))
                .post("/api/v1/extension-requests/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedDueDate", equalTo(granted.toString()))
                .body("decidedBy", equalTo("theodoi.sct"));
        assertEquals(pending - 1, as("theodoi.sct").get("/api/v1/deadlines/counts").then().statusCode(200).extract()
                .jsonPath().getLong("pendingExtensions"));
        // Deciding twice: 409.
        as("lanhdao").contentType(ContentType.JSON).body(Map.of("decision", "REJECT", "note", "Muộn", "version", 1))
                .post("/api/v1/extension-requests/" + id + "/decision").then().statusCode(409);

        // The tracker was told of the request, the unit of the decision, in the app (and by e-mail).
        as("theodoi.sct").queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.kind == 'EXTENSION_REQUESTED' && it.taskId == " + taskId + " }.title",
                        equalTo("Sở Công Thương đề nghị gia hạn nhiệm vụ II.9.x1"));
        as("chuyenvien.sct").queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.kind == 'EXTENSION_DECIDED' && it.taskId == " + taskId + " }.title",
                        equalTo("Đã chấp thuận gia hạn nhiệm vụ II.9.x1"));
        as("chuyenvien.sct").get("/api/v1/tasks/" + taskId).then().statusCode(200)
                .body("dueDate", equalTo(granted.toString())).body("originalDueDate", equalTo(original.toString()))
                .body("timeliness", equalTo("ON_TRACK"))
                .body("assignments.find { it.unit.code == 'SCT' }.dueDate", equalTo(granted.toString()));
        JsonPath history = as("chuyenvien.sct").get("/api/v1/tasks/" + taskId + "/due-dates").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(original.toString(), history.getString("originalDueDate"));
        Map<String, Object> change = history.getMap("assignments.find { it.unit.code == 'SCT' }.changes[0]");
        assertEquals("EXTENSION", change.get("kind"));
        assertEquals(original.toString(), change.get("previousDueDate"));
        assertEquals(granted.toString(), change.get("newDueDate"));
        assertEquals("theodoi.sct", change.get("changedBy"));
        assertEquals((int) id, change.get("extensionRequestId"));
        // The coordinating unit's own due date did not move.
        as("theodoi.sct").get("/api/v1/tasks/" + taskId).then()
                .body("assignments.find { it.unit.code == 'SKHDT' }.dueDate", equalTo(original.toString()));
        as("chuyenvien.sct").queryParam("from", TODAY.toString()).queryParam("to", TODAY.plusDays(60).toString())
                .queryParam("size", 500).get("/api/v1/deadlines").then().statusCode(200)
                .body("items.find { it.assignmentId == " + assignmentId + " }.date", equalTo(granted.toString()))
                .body("items.find { it.assignmentId == " + assignmentId + " }.originalDueDate", equalTo(original.toString()));
        as("chuyenvien.stttt").queryParam("unitId", unitId("SCT")).get("/api/v1/deadlines").then().statusCode(403);
    }

    @Test
    void aRejectionNeedsAReasonAndChangesNothingAndAUnitMayWithdraw() {
        LocalDate due = TODAY.plusDays(2);
        long taskId = createTask("II.9.x2", due);
        long assignmentId = assignmentOf(taskId, "SCT");
        long first = as("giamdoc.sct").contentType(ContentType.JSON)
                .body(Map.of("requestedDueDate", TODAY.plusDays(20).toString(), "reason", "Thiếu kinh phí"))
                .post("/api/v1/assignments/" + assignmentId + "/extension-requests").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as("lanhdao").contentType(ContentType.JSON).body(Map.of("decision", "REJECT", "version", 0))
                .post("/api/v1/extension-requests/" + first + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        as("lanhdao").contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECT", "note", "Nhiệm vụ cấp bách, không gia hạn", "version", 0))
                .post("/api/v1/extension-requests/" + first + "/decision").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("approvedDueDate", nullValue());
        as("theodoi.sct").get("/api/v1/tasks/" + taskId).then().body("dueDate", equalTo(due.toString()))
                .body("timeliness", equalTo("DUE_SOON"));
        long second = as("chuyenvien.sct").contentType(ContentType.JSON)
                .body(Map.of("requestedDueDate", TODAY.plusDays(10).toString(), "reason", "Đề nghị lại"))
                .post("/api/v1/assignments/" + assignmentId + "/extension-requests").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as("chuyenvien.stttt").contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/v1/extension-requests/" + second + "/withdrawal").then().statusCode(403);
        as("chuyenvien.sct").contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/v1/extension-requests/" + second + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        List<String> statuses = as("chuyenvien.sct").get("/api/v1/assignments/" + assignmentId + "/extension-requests")
                .then().statusCode(200).extract().jsonPath().getList("status");
        assertEquals(List.of("WITHDRAWN", "REJECTED"), statuses);
        assertTrue(as("theodoi.sct").get("/api/v1/tasks/" + taskId + "/due-dates").then().statusCode(200).extract()
                .jsonPath().getList("assignments[0].changes").isEmpty());
    }

    @Test
    void aCoordinatorsNewTaskDateReplansEveryOpenShareAndIsKeptInTheHistory() {
        LocalDate due = TODAY.plusDays(15);
        long taskId = createTask("II.9.x3", due);
        JsonPath task = as("theodoi.sct").get("/api/v1/tasks/" + taskId).then().extract().jsonPath();
        LocalDate moved = due.plusDays(10);
        as("theodoi.sct").contentType(ContentType.JSON)
                .body(Map.of("code", "II.9.x3", "content", task.getString("content"), "kind", "DEADLINE",
                        "dueDate", moved.toString(), "version", task.getLong("version")))
                .put("/api/v1/tasks/" + taskId).then().statusCode(200)
                .body("assignments.dueDate", org.hamcrest.Matchers.everyItem(equalTo(moved.toString())))
                .body("originalDueDate", equalTo(due.toString()));
        as("theodoi.sct").get("/api/v1/tasks/" + taskId + "/due-dates").then().statusCode(200)
                .body("assignments[0].changes[0].kind", equalTo("REPLAN"))
                .body("assignments[0].changes[0].previousDueDate", equalTo(due.toString()))
                .body("assignments[0].changes[0].newDueDate", equalTo(moved.toString()));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokenTest.userToken(user));
    }

    private long createTask(String code, LocalDate due) {
        return as("theodoi.sct").contentType(ContentType.JSON)
                .body(Map.of("directiveId", programId(), "code", code, "content", "Xây dựng đề án phát triển cụm công nghiệp " + code,
                        "kind", "DEADLINE", "dueDate", due.toString(), "leadUnitIds", List.of(unitId("SCT")),
                        "coordinatingUnitIds", List.of(unitId("SKHDT"))))
                .post("/api/v1/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Transactional
    long assignmentOf(long taskId, String unitCode) {
        return Assignment.<Assignment>find("task.id = ?1 and unit.code = ?2", taskId, unitCode).firstResult().id;
    }

    @Transactional
    long unitId(String code) {
        return Unit.findByCode(code).orElseThrow().id;
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }
}
