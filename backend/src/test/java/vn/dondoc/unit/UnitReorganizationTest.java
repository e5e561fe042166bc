package vn.dondoc.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.dondoc.common.audit.AuditHistory;
import vn.dondoc.common.audit.AuditHistory.HistoryEntry;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.task.Assignment;

/**
 * A department is renamed, then merged into another one: its open assignments follow it to the
 * successor, and the history keeps the old name and who was responsible before. The steps run in
 * order because each needs another role; the units are the test's own, the demo's stay untouched.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitReorganizationTest {

    static long dissolved;
    static long successor;
    static long bystander;
    static long group;
    static int movedTask;
    static int sharedTask;

    @Inject
    AuditHistory auditHistory;

    @Test
    @Order(1)
    @TestSecurity(user = "quantri", roles = "admin")
    void anAdminCreatesTwoDepartmentsAndRenamesOne() {
        dissolved = createUnit("TEST_SGTVT", "Sở Giao thông vận tải (thử nghiệm)", "2008-04-01");
        successor = createUnit("TEST_SXD", "Sở Xây dựng (thử nghiệm)", null);
        bystander = createUnit("TEST_SNV", "Sở Nội vụ (thử nghiệm)", null);
        given().contentType(ContentType.JSON)
                .body(Map.of("action", "RENAME", "newName", "Sở Giao thông vận tải tỉnh Hà Tĩnh (thử nghiệm)",
                        "newShortName", "Sở GTVT"))
                .post("/api/v1/units/" + dissolved + "/reorganization").then().statusCode(200)
                .body("unit.name", equalTo("Sở Giao thông vận tải tỉnh Hà Tĩnh (thử nghiệm)"))
                .body("unit.shortName", equalTo("Sở GTVT"))
                .body("unit.active", equalTo(true))
                .body("successor", nullValue())
                .body("movedAssignments", equalTo(0));
        group = ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("code", "TEST_HA_TANG", "name", "Các sở khối hạ tầng (thử nghiệm)",
                        "memberIds", List.of(dissolved, bystander)))
                .post("/api/v1/unit-groups").then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    @Order(2)
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void aCoordinatorAssignsTasksToTheFirstDepartment() {
        movedTask = given().contentType(ContentType.JSON)
                .body(task("TN.1", "Rà soát quy hoạch hạ tầng giao thông kết nối các khu, cụm công nghiệp",
                        List.of(dissolved), List.of(bystander)))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        sharedTask = given().contentType(ContentType.JSON)
                .body(task("TN.2", "Đầu tư hạ tầng kỹ thuật ngoài hàng rào khu kinh tế Vũng Áng",
                        List.of(dissolved, successor), List.of()))
                .post("/api/v1/tasks").then().statusCode(201)
                .body("leadUnits", hasSize(2))
                .extract().path("id");
    }

    @Test
    @Order(3)
    @TestSecurity(user = "quantri", roles = "admin")
    void aBadMergeIsRefusedFieldByField() {
        given().contentType(ContentType.JSON).body(Map.of("action", "MERGE"))
                .post("/api/v1/units/" + dissolved + "/reorganization").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("successorId", "effectiveDate"));
        given().contentType(ContentType.JSON).body(merge(dissolved, "2025-06-30"))
                .post("/api/v1/units/" + dissolved + "/reorganization").then().statusCode(400)
                .body("errors[0].field", equalTo("successorId"))
                .body("errors[0].message", containsString("khác"));
        given().contentType(ContentType.JSON).body(merge(987654L, "2025-06-30"))
                .post("/api/v1/units/" + dissolved + "/reorganization").then().statusCode(400)
                .body("errors[0].field", equalTo("successorId"))
                .body("errors[0].message", containsString("không tồn tại"));
        given().contentType(ContentType.JSON).body(merge(successor, "2001-01-01"))
                .post("/api/v1/units/" + dissolved + "/reorganization").then().statusCode(400)
                .body("errors[0].field", equalTo("effectiveDate"));
        given().contentType(ContentType.JSON).body(Map.of("action", "RENAME", "newName", " "))
                .post("/api/v1/units/" + dissolved + "/reorganization").then().statusCode(400)
                .body("errors[0].field", equalTo("newName"));
        given().contentType(ContentType.JSON).body(Map.of("action", "SPLIT"))
                .post("/api/v1/units/" + dissolved + "/reorganization").then().statusCode(400)
                .body("errors[0].field", equalTo("action"));
        given().contentType(ContentType.JSON).body(merge(successor, "2025-06-30"))
                .post("/api/v1/units/999999/reorganization").then().statusCode(404);
        given().get("/api/v1/units/" + dissolved).then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "chuyenvien.sct", roles = "unit_officer")
    void unitStaffCannotReorganize() {
        given().contentType(ContentType.JSON).body(merge(successor, "2025-06-30"))
                .post("/api/v1/units/" + dissolved + "/reorganization").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:forbidden"));
        given().get("/api/v1/units/" + dissolved + "/history").then().statusCode(200);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "quantri", roles = "admin")
    void anAdminMergesTheFirstDepartmentIntoTheSecond() {
        given().contentType(ContentType.JSON).body(merge(successor, "2025-06-30"))
                .post("/api/v1/units/" + dissolved + "/reorganization").then().statusCode(200)
                .body("unit.id", equalTo((int) dissolved))
                .body("unit.active", equalTo(false))
                .body("unit.validFrom", equalTo("2008-04-01"))
                .body("unit.validTo", equalTo("2025-06-30"))
                .body("unit.successorId", equalTo((int) successor))
                .body("successor.id", equalTo((int) successor))
                .body("successor.active", equalTo(true))
                .body("movedAssignments", equalTo(1))
                .body("cancelledDuplicates", equalTo(1))
                .body("updatedGroups", equalTo(1));

        // Once merged, it is neither reorganised again, nor a successor, nor revived by an edit.
        given().contentType(ContentType.JSON).body(merge(successor, "2025-07-31"))
                .post("/api/v1/units/" + dissolved + "/reorganization").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("ngừng hoạt động"));
        given().contentType(ContentType.JSON).body(merge(dissolved, "2025-07-31"))
                .post("/api/v1/units/" + bystander + "/reorganization").then().statusCode(400)
                .body("errors[0].field", equalTo("successorId"))
                .body("errors[0].message", containsString("ngừng hoạt động"));
        long version = ((Number) given().get("/api/v1/units/" + dissolved).then().extract().path("version")).longValue();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Sở Giao thông vận tải", "type", "DEPARTMENT", "active", true, "version", version))
                .put("/api/v1/units/" + dissolved).then().statusCode(400)
                .body("errors[0].field", equalTo("active"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "lanhdao", roles = "leader")
    void theOpenWorkNowBelongsToTheSuccessorAndTheHistoryKeepsThePast() {
        given().get("/api/v1/units/" + dissolved).then().statusCode(200)
                .body("active", equalTo(false))
                .body("validTo", equalTo("2025-06-30"))
                .body("successorId", equalTo((int) successor));

        // The moved assignment is the successor's now; the coordinating unit is untouched.
        given().get("/api/v1/tasks/" + movedTask).then().statusCode(200)
                .body("leadUnits.code", equalTo(List.of("TEST_SXD")))
                .body("coordinatingUnits.code", equalTo(List.of("TEST_SNV")))
                .body("assignments.find { it.role == 'LEAD' }.status", equalTo("NOT_STARTED"))
                .body("assignments.find { it.role == 'LEAD' }.note", containsString("sáp nhập"));
        // The successor already led the shared task: its own assignment goes on, the merged unit's is cancelled.
        JsonPath shared = given().get("/api/v1/tasks/" + sharedTask).then().statusCode(200).extract().jsonPath();
        assertEquals("NOT_STARTED", shared.getString("assignments.find { it.unit.code == 'TEST_SXD' }.status"));
        assertEquals("CANCELLED", shared.getString("assignments.find { it.unit.code == 'TEST_SGTVT' }.status"));
        assertEquals("NOT_STARTED", shared.getString("status"));

        // Groups with a fixed list now name the successor instead.
        given().get("/api/v1/unit-groups/" + group).then().statusCode(200)
                .body("members.code", hasItems("TEST_SXD", "TEST_SNV"))
                .body("members.code", not(hasItem("TEST_SGTVT")));
        // A merged unit is no longer one of the departments.
        given().get("/api/v1/unit-groups/" + groupId("SO_BAN_NGANH")).then().statusCode(200)
                .body("members.code", hasItem("TEST_SXD"))
                .body("members.code", not(hasItem("TEST_SGTVT")));

        JsonPath history = given().get("/api/v1/units/" + dissolved + "/history").then().statusCode(200)
                .body("", hasSize(3))
                .body("action", equalTo(List.of("CREATED", "UPDATED", "UPDATED")))
                .body("by", equalTo(List.of("quantri", "quantri", "quantri")))
                .extract().jsonPath();
        assertEquals("Sở Giao thông vận tải (thử nghiệm)", history.getString("[1].changes.find { it.field == 'name' }.from"));
        assertEquals("Sở Giao thông vận tải tỉnh Hà Tĩnh (thử nghiệm)",
                history.getString("[1].changes.find { it.field == 'name' }.to"));
        assertEquals("true", history.getString("[2].changes.find { it.field == 'active' }.from"));
        assertEquals("false", history.getString("[2].changes.find { it.field == 'active' }.to"));
        assertEquals("2025-06-30", history.getString("[2].changes.find { it.field == 'validTo' }.to"));
        assertEquals("TEST_SXD", history.getString("[2].changes.find { it.field == 'successor' }.to"));

        // Envers kept who led the moved task before the merge.
        List<HistoryEntry> moves = assignmentHistory(movedTask, "TEST_SXD");
        HistoryEntry last = moves.get(moves.size() - 1);
        assertEquals("quantri", last.by());
        AuditHistory.Change unit = last.changes().stream().filter(c -> c.field().equals("unit")).findFirst().orElseThrow();
        assertEquals("TEST_SGTVT", unit.from());
        assertEquals("TEST_SXD", unit.to());
        assertTrue(moves.get(0).changes().stream().anyMatch(c -> c.field().equals("unit") && "TEST_SGTVT".equals(c.to())),
                moves.toString());
        given().get("/api/v1/units/999999/history").then().statusCode(404);
    }

    private static long createUnit(String code, String name, String validFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("type", "DEPARTMENT");
        body.put("validFrom", validFrom);
        return ((Number) given().contentType(ContentType.JSON).body(body).post("/api/v1/units").then().statusCode(201)
                .body("validFrom", equalTo(validFrom))
                .body("validTo", nullValue())
                .body("successorId", nullValue())
                .extract().path("id")).longValue();
    }

    private Map<String, Object> task(String code, String content, List<Long> leads, List<Long> coordinating) {
        Map<String, Object> body = new HashMap<>();
        body.put("directiveId", programId());
        body.put("code", code);
        body.put("content", content);
        body.put("kind", "DEADLINE");
        body.put("dueDate", "2026-12-31");
        body.put("leadUnitIds", leads);
        body.put("coordinatingUnitIds", coordinating);
        return body;
    }

    private static Map<String, Object> merge(long successorId, String effectiveDate) {
        return Map.of("action", "MERGE", "successorId", successorId, "effectiveDate", effectiveDate);
    }

    @Transactional
    List<HistoryEntry> assignmentHistory(long taskId, String unitCode) {
        Assignment assignment = Assignment.<Assignment>find("task.id = ?1 and unit.code = ?2", taskId, unitCode)
                .firstResult();
        return auditHistory.history(Assignment.class, assignment.id);
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }

    @Transactional
    long groupId(String code) {
        return UnitGroup.findByCode(code).orElseThrow().id;
    }
}
