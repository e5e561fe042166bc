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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
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
        given().contentType(ContentType.JSON).body(Map.of("action", "DIVIDE"))
                .post("/api/v1/units/" + dissolved + "/reorganization").then().statusCode(400)
                .body("errors[0].field", equalTo("action"));
        given().contentType(ContentType.JSON).body(Map.of("action", "MERGE", "successorId", successor, "effectiveDate",
                "2025-06-30", "shares", List.of(Map.of("assignmentId", 1, "successorId", successor))))
                .post("/api/v1/units/" + dissolved + "/reorganization").then().statusCode(400)
                .body("errors[0].field", equalTo("shares"));
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

    // --- Split, and merges into a unit that already holds the task (issue 13, rule 8) ---

    static long splitUnit;
    static long finance;
    static long home;
    static long agriculture;
    static long agricultureEnv;
    static int onlySplit;
    static int leadOverCoordinating;
    static int coordinatingUnderLead;
    static int mergedLead;
    static int mergedCoordinating;
    static int completedBefore;

    @Test
    @Order(7)
    @TestSecurity(user = "quantri", roles = "admin")
    void anAdminCreatesTheUnitsOfTheSplitAndTheSecondMerge() {
        splitUnit = createUnit("TEST_SKHDT", "Sở Kế hoạch và Đầu tư (thử nghiệm)", null);
        finance = createUnit("TEST_STC", "Sở Tài chính (thử nghiệm)", null);
        home = createUnit("TEST_SNV2", "Sở Nội vụ mới (thử nghiệm)", null);
        agriculture = createUnit("TEST_SNN", "Sở Nông nghiệp và Phát triển nông thôn (thử nghiệm)", null);
        agricultureEnv = createUnit("TEST_SNNMT", "Sở Nông nghiệp và Môi trường (thử nghiệm)", null);
    }

    @Test
    @Order(8)
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void aCoordinatorAssignsTheirTasks() {
        onlySplit = createTask(task("TN.3", "Xúc tiến đầu tư vào các cụm công nghiệp", List.of(splitUnit), List.of()));
        leadOverCoordinating = createTask(task("TN.4", "Bố trí vốn đầu tư hạ tầng cụm công nghiệp",
                List.of(splitUnit), List.of(finance)));
        coordinatingUnderLead = createTask(task("TN.5", "Sắp xếp tổ chức bộ máy quản lý cụm công nghiệp",
                List.of(home), List.of(splitUnit)));
        mergedLead = createTask(task("TN.6", "Phát triển làng nghề tiểu thủ công nghiệp nông thôn",
                List.of(agriculture), List.of(agricultureEnv)));
        mergedCoordinating = createTask(task("TN.7", "Kiểm soát môi trường làng nghề",
                List.of(agricultureEnv), List.of(agriculture)));
        completedBefore = createTask(task("TN.8", "Tổng kết chương trình OCOP giai đoạn trước", List.of(agriculture), List.of()));
        complete(completedBefore, "TEST_SNN");
    }

    @Test
    @Order(9)
    @TestSecurity(user = "giamdoc.snnmt", roles = "unit_head")
    @OidcSecurity(claims = @Claim(key = "unit_code", value = "TEST_SNNMT"))
    void theSuccessorReportsOnItsCoordinatingShareBeforeTheMerge() {
        long share = assignmentId(mergedLead, "TEST_SNNMT");
        int report = given().contentType(ContentType.JSON)
                .body(Map.of("workDone", "Khảo sát 12 làng nghề", "percentComplete", 30))
                .post("/api/v1/assignments/" + share + "/reports").then().statusCode(201).extract().path("id");
        given().post("/api/v1/reports/" + report + "/submit").then().statusCode(200);
        coordinatingReport = report;
    }

    static int coordinatingReport;

    @Test
    @Order(10)
    @TestSecurity(user = "quantri", roles = "admin")
    void aSplitNeedsASuccessorForEveryOpenShare() {
        long a3 = assignmentId(onlySplit, "TEST_SKHDT");
        long a4 = assignmentId(leadOverCoordinating, "TEST_SKHDT");
        long a5 = assignmentId(coordinatingUnderLead, "TEST_SKHDT");
        String path = "/api/v1/units/" + splitUnit + "/reorganization";
        // Malformed lines are 400s, field by field.
        given().contentType(ContentType.JSON).body(split(finance, List.of(Map.of("assignmentId", a3, "successorId", splitUnit),
                Map.of("assignmentId", 987654, "successorId", finance), Map.of("assignmentId", a3, "successorId", 987654L))))
                .post(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("shares[0].successorId", "shares[1].assignmentId",
                        "shares[2].assignmentId", "shares[2].successorId")));
        Map<String, Object> noLine = new HashMap<>();
        noLine.put("assignmentId", null);
        noLine.put("successorId", finance);
        given().contentType(ContentType.JSON).body(split(finance, List.of(noLine))).post(path).then().statusCode(400)
                .body("errors[0].field", containsString("assignmentId"));
        // A share left out: 422 naming it.
        given().contentType(ContentType.JSON).body(split(finance, List.of(Map.of("assignmentId", a3, "successorId", finance))))
                .post(path).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:unmapped-shares"))
                .body("detail", containsString("còn 2 phần việc"))
                .body("detail", containsString(a4 + " (nhiệm vụ TN.4, chủ trì)"))
                .body("detail", containsString(a5 + " (nhiệm vụ TN.5, phối hợp)"))
                .body("errors.field", equalTo(List.of("shares", "shares")));
        given().get("/api/v1/units/" + splitUnit).then().body("active", equalTo(true));

        JsonPath result = given().contentType(ContentType.JSON).body(split(finance, List.of(
                Map.of("assignmentId", a3, "successorId", home), Map.of("assignmentId", a4, "successorId", finance),
                Map.of("assignmentId", a5, "successorId", home))))
                .post(path).then().statusCode(200)
                .body("unit.active", equalTo(false))
                .body("unit.successorId", equalTo((int) finance))
                .body("successor.id", equalTo((int) finance))
                .body("movedAssignments", equalTo(2))
                .body("cancelledDuplicates", equalTo(2))
                .body("absorbed", hasSize(2))
                .extract().jsonPath();

        // TN.3 went to the successor chosen for it.
        given().get("/api/v1/tasks/" + onlySplit).then().body("leadUnits.code", equalTo(List.of("TEST_SNV2")));
        // TN.4: the split unit led, the finance department coordinated: the lead share moved and is kept; the
        // finance department's coordinating share is closed, pointing at it.
        JsonPath t4 = given().get("/api/v1/tasks/" + leadOverCoordinating).then().statusCode(200)
                .body("leadUnits.code", equalTo(List.of("TEST_STC"))).extract().jsonPath();
        assertEquals("NOT_STARTED", t4.getString("assignments.find { it.id == " + a4 + " }.status"));
        assertTrue(t4.getString("assignments.find { it.id == " + a4 + " }.note").contains("Tiếp nhận phần việc"));
        long closed4 = t4.getLong("assignments.find { it.role == 'COORDINATING' }.id");
        assertEquals("CANCELLED", t4.getString("assignments.find { it.role == 'COORDINATING' }.status"));
        assertTrue(t4.getString("assignments.find { it.role == 'COORDINATING' }.note").contains("Gộp vào phần việc " + a4));
        assertTrue(result.getList("absorbed.absorbedId", Long.class).contains(closed4), result.prettify());
        // TN.5: the successor led already: its lead share is kept, the split unit's coordinating one is closed.
        JsonPath t5 = given().get("/api/v1/tasks/" + coordinatingUnderLead).then().statusCode(200).extract().jsonPath();
        assertEquals("CANCELLED", t5.getString("assignments.find { it.id == " + a5 + " }.status"));
        assertEquals("TEST_SKHDT", t5.getString("assignments.find { it.id == " + a5 + " }.unit.code"));
        assertTrue(t5.getString("assignments.find { it.role == 'LEAD' }.note").contains("Tiếp nhận phần việc " + a5));
    }

    @Test
    @Order(11)
    @TestSecurity(user = "quantri", roles = "admin")
    void aMergeOnTheDayAReportIsDuePassesTheObligationToTheSuccessorAndKeepsOneShareWithBothHistories() {
        long program = programId();
        String period = currentQuarterKey();
        String board = "/api/v1/directives/" + program + "/periodic-reports/board";
        JsonPath before = given().queryParam("period", period).get(board).then().statusCode(200).extract().jsonPath();
        String dueDate = before.getString("dueDate");
        assertTrue(before.getList("rows.unit.code").contains("TEST_SNN"), "it owes the report while it exists");

        long lead6 = assignmentId(mergedLead, "TEST_SNN");
        long coord6 = assignmentId(mergedLead, "TEST_SNNMT");
        long coord7 = assignmentId(mergedCoordinating, "TEST_SNN");
        long lead7 = assignmentId(mergedCoordinating, "TEST_SNNMT");
        given().contentType(ContentType.JSON).body(merge(agricultureEnv, dueDate))
                .post("/api/v1/units/" + agriculture + "/reorganization").then().statusCode(200)
                .body("movedAssignments", equalTo(1))
                .body("cancelledDuplicates", equalTo(2))
                .body("absorbed.survivorId", equalTo(List.of((int) lead6, (int) lead7)))
                .body("absorbed.absorbedId", equalTo(List.of((int) coord6, (int) coord7)));

        // Merged on the due date: the successor owes the report, the merged unit no longer does.
        JsonPath after = given().queryParam("period", period).get(board).then().statusCode(200).extract().jsonPath();
        assertFalse(after.getList("rows.unit.code").contains("TEST_SNN"), after.prettify());
        assertTrue(after.getList("rows.unit.code").contains("TEST_SNNMT"), after.prettify());
        Unit gone = new Unit();
        gone.id = -1L;
        gone.validTo = java.time.LocalDate.parse(dueDate);
        gone.successor = new Unit();
        assertSame(gone.successor, vn.dondoc.report.PeriodicReportService.obligedOn(gone, gone.validTo));
        assertSame(gone, vn.dondoc.report.PeriodicReportService.obligedOn(gone, gone.validTo.minusDays(1)),
                "a unit still there the day after the due date owes its own report");

        // TN.6: one lead share at the successor, which says it absorbed the coordinating one; the closed one keeps
        // its report, still reachable.
        JsonPath t6 = given().get("/api/v1/tasks/" + mergedLead).then().statusCode(200)
                .body("leadUnits.code", equalTo(List.of("TEST_SNNMT"))).extract().jsonPath();
        assertTrue(t6.getString("assignments.find { it.id == " + lead6 + " }.note").contains("Tiếp nhận phần việc " + coord6));
        assertEquals("CANCELLED", t6.getString("assignments.find { it.id == " + coord6 + " }.status"));
        assertTrue(t6.getString("assignments.find { it.id == " + coord6 + " }.note").contains("Gộp vào phần việc " + lead6));
        given().get("/api/v1/assignments/" + coord6 + "/reports").then().statusCode(200)
                .body("id", hasItem(coordinatingReport));
        // TN.7: the successor's lead share goes on; the merged unit's coordinating share is closed, not deleted.
        JsonPath t7 = given().get("/api/v1/tasks/" + mergedCoordinating).then().statusCode(200).extract().jsonPath();
        assertEquals("CANCELLED", t7.getString("assignments.find { it.id == " + coord7 + " }.status"));
        assertEquals("NOT_STARTED", t7.getString("assignments.find { it.id == " + lead7 + " }.status"));
        // Envers has both shares' histories.
        assertTrue(auditHistory.history(Assignment.class, coord6).size() >= 2);
        assertTrue(auditHistory.history(Assignment.class, lead6).stream()
                .anyMatch(e -> e.changes().stream().anyMatch(c -> c.field().equals("unit") && "TEST_SNNMT".equals(c.to()))));
    }

    private static Map<String, Object> split(long principal, List<Map<String, Object>> shares) {
        return Map.of("action", "SPLIT", "successorId", principal, "effectiveDate", "2025-02-28", "shares", shares);
    }

    private static int createTask(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/tasks").then().statusCode(201)
                .extract().path("id");
    }

    @Transactional
    void complete(long taskId, String unitCode) {
        Assignment a = Assignment.<Assignment>find("task.id = ?1 and unit.code = ?2", taskId, unitCode).firstResult();
        a.status = vn.dondoc.task.ProgressStatus.COMPLETED;
        a.percentComplete = 100;
        a.completedOn = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Transactional
    long assignmentId(long taskId, String unitCode) {
        return Assignment.<Assignment>find("task.id = ?1 and unit.code = ?2 order by id", taskId, unitCode).firstResult().id;
    }

    /** The quarter whose Decree 09 window holds today (as PeriodicReportTest). */
    private static String currentQuarterKey() {
        java.time.LocalDate shifted = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1).minusDays(14);
        return shifted.getYear() + "-Q" + ((shifted.getMonthValue() - 1) / 3 + 1);
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
