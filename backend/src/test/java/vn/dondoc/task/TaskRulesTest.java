package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.directive.Directive;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.unit.Unit;

/** The rules of the task tree: timeliness filters, derived status, locking, group expansion, history. */
@QuarkusTest
class TaskRulesTest {

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void timelinessFiltersAndCountsAgreeWithTheListedValues() {
        JsonPath counts = given().get("/api/v1/tasks/counts").then().statusCode(200).extract().jsonPath();
        long total = counts.getLong("total");
        long sum = 0;
        for (Timeliness value : Timeliness.values()) {
            long expected = counts.getLong("byTimeliness." + value.name());
            sum += expected;
            JsonPath page = given().queryParam("timeliness", value.name()).queryParam("size", 200).get("/api/v1/tasks")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(expected, page.getLong("totalItems"), "count and list disagree for " + value);
            List<String> listed = page.getList("items.timeliness");
            assertTrue(listed.stream().allMatch(value.name()::equals), value + " list contains " + listed);
        }
        assertEquals(total, sum, "every task has exactly one timeliness");
        assertTrue(counts.getLong("byTimeliness.OVERDUE") > 0, "the demo program has overdue tasks");
        given().queryParam("dueFrom", "2027-01-01").queryParam("dueTo", "2027-12-31").queryParam("size", 200)
                .get("/api/v1/tasks").then().statusCode(200)
                .body("items.dueDate", everyItem(org.hamcrest.Matchers.startsWith("2027-")));
        given().queryParam("dueFrom", "2027-01-01").queryParam("dueTo", "2026-01-01").get("/api/v1/tasks").then()
                .statusCode(400).body("errors[0].field", equalTo("dueTo"));
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void subtreeRoleAndFieldFilters() {
        long group4 = taskId("II.4");
        given().queryParam("subtreeOf", group4).queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("items.code", everyItem(org.hamcrest.Matchers.startsWith("II.4.")))
                .body("items.code", hasItems("II.4.a.1", "II.4.i.3"));
        given().queryParam("unitId", unitId("STTTT")).queryParam("role", "LEAD").queryParam("size", 200)
                .get("/api/v1/tasks").then().statusCode(200)
                .body("items.code", hasItems("II.1.b", "II.4.d"))
                .body("items.code", not(hasItem("II.2.b")));
        given().queryParam("role", "LEAD").get("/api/v1/tasks").then().statusCode(400);
        String field = given().get("/api/v1/tasks/" + taskId("II.2.b")).then().statusCode(200).extract().path("field");
        assertTrue(field.startsWith("Công tác quy hoạch"), field);
        given().queryParam("field", field).queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("items.code", everyItem(org.hamcrest.Matchers.startsWith("II.2.")));
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void aStaleTaskUpdateIsAConflictNotAnOverwrite() {
        int id = createTask("II.7.a", "Rà soát danh mục dự án công nghiệp ưu tiên", List.of(unitId("SCT")), List.of(), List.of());
        Map<String, Object> edit = Map.of("code", "II.7.a", "content", "Rà soát, cập nhật danh mục dự án công nghiệp ưu tiên",
                "kind", "DEADLINE", "dueDate", "2027-06-30", "version", 0);
        given().contentType(ContentType.JSON).body(edit).put("/api/v1/tasks/" + id).then().statusCode(200)
                .body("version", equalTo(1)).body("dueDate", equalTo("2027-06-30"));
        given().contentType(ContentType.JSON).body(Map.of("code", "II.7.a", "content", "Bản sửa cũ", "kind", "ONGOING",
                "version", 0)).put("/api/v1/tasks/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("II.7.a"));
        given().get("/api/v1/tasks/" + id).then().body("content", containsString("cập nhật danh mục"));
        given().contentType(ContentType.JSON).body(Map.of("code", "II.7.a", "content", "x", "kind", "PERIODIC",
                "version", 1)).put("/api/v1/tasks/" + id).then().statusCode(400)
                .body("errors.field", hasItem("recurrence"));
        // The history says who changed what.
        given().get("/api/v1/tasks/" + id + "/history").then().statusCode(200)
                .body("action", hasItems("CREATED", "UPDATED"))
                .body("by", everyItem(equalTo("theodoi.sct")))
                .body("find { it.action == 'UPDATED' && it.entity == 'Task' }.changes.field", hasItems("content", "dueDate"));
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void assigningToAGroupCreatesOneAssignmentPerMember() {
        long localities = groupId("DIA_PHUONG");
        int id = createTask("II.7.b", "Tổ chức hội nghị đối thoại với doanh nghiệp công nghiệp", List.of(unitId("SCT")),
                List.of(), List.of(localities));
        JsonPath task = given().get("/api/v1/tasks/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("SCT"), task.getList("leadUnits.code"));
        assertEquals(13, task.getList("coordinatingUnits").size());
        // Reassign: the localities are dropped (cancelled, not deleted), Sở KH&CN coordinates.
        given().contentType(ContentType.JSON).body(Map.of("leadUnitIds", List.of(unitId("SCT")),
                "coordinatingUnitIds", List.of(unitId("SKHCN")), "version", task.getLong("version")))
                .put("/api/v1/tasks/" + id + "/assignments").then().statusCode(200)
                .body("coordinatingUnits.code", equalTo(List.of("SKHCN")))
                .body("assignments.findAll { it.status == 'CANCELLED' }", hasSize(13));
        given().contentType(ContentType.JSON).body(Map.of("leadUnitIds", List.of(), "version", 0))
                .put("/api/v1/tasks/" + id + "/assignments").then().statusCode(409);
    }

    @Test
    void unitsUpdateOnlyTheirOwnPartAndHeadingsFollowTheirChildren() {
        long stttt = unitId("STTTT");
        long sct = unitId("SCT");
        long taskId = taskId("II.1.b");
        JsonPath before = asCoordinator().get("/api/v1/tasks/" + taskId("II.1")).then().statusCode(200).extract().jsonPath();
        Map<String, Object> own = assignment("II.1.b", stttt);
        asOfficer("STTTT").contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "percentComplete", 90, "version", own.get("version")))
                .put("/api/v1/assignments/" + own.get("id")).then().statusCode(200)
                .body("percentComplete", equalTo(90)).body("startedOn", org.hamcrest.Matchers.notNullValue());
        asOfficer("STTTT").contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "percentComplete", 10, "version", own.get("version")))
                .put("/api/v1/assignments/" + own.get("id")).then().statusCode(409);
        asOfficer("STTTT").contentType(ContentType.JSON)
                .body(Map.of("status", "COMPLETED", "percentComplete", 100, "version", ((Number) own.get("version")).longValue() + 1))
                .put("/api/v1/assignments/" + own.get("id")).then().statusCode(400).body("errors[0].field", equalTo("status"));
        Map<String, Object> other = assignment("II.3.a.2", sct);
        asOfficer("STTTT").contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "percentComplete", 10, "version", other.get("version")))
                .put("/api/v1/assignments/" + other.get("id")).then().statusCode(403);
        // The task follows its lead, the group heading follows its tasks.
        asCoordinator().get("/api/v1/tasks/" + taskId).then().body("percentComplete", equalTo(90));
        JsonPath after = asCoordinator().get("/api/v1/tasks/" + taskId("II.1")).then().statusCode(200).extract().jsonPath();
        assertTrue(after.getInt("percentComplete") > before.getInt("percentComplete"),
                "II.1 " + before.getInt("percentComplete") + " -> " + after.getInt("percentComplete"));
        assertEquals("IN_PROGRESS", after.getString("status"));
    }

    @Test
    @TestSecurity(user = "chuyenvien.stttt", roles = "unit_officer")
    @OidcSecurity(claims = @Claim(key = "unit_code", value = "STTTT"))
    void theTreeShowsAUnitOnlyItsBranchesWithCounts() {
        JsonPath tree = given().get("/api/v1/directives/" + programId() + "/tree").then().statusCode(200).extract().jsonPath();
        assertEquals("II", tree.getString("nodes[0].code"));
        long total = tree.getLong("nodes[0].counts.total");
        long officerTotal = given().get("/api/v1/tasks/counts").then().extract().jsonPath().getLong("total");
        assertEquals(officerTotal, total, "tree counts and task counts agree for the unit");
        List<String> groups = tree.getList("nodes[0].children.code");
        assertTrue(groups.containsAll(List.of("II.1", "II.5")), groups.toString());
        String json = given().get("/api/v1/directives/" + programId() + "/tree").asString();
        assertTrue(!json.contains("\"II.1.c\""), "II.1.c (Đài PT-TH, Báo Hà Tĩnh) must not be shown to Sở TT&TT");
    }

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void countsByUnitMatchEachUnitsList() {
        JsonPath rows = given().get("/api/v1/tasks/counts/by-unit").then().statusCode(200).extract().jsonPath();
        List<String> codes = rows.getList("items.unit.code");
        assertTrue(codes.containsAll(List.of("SCT", "STTTT", "TPHT", "DN")), codes.toString());
        int i = codes.indexOf("STTTT");
        long listed = given().queryParam("unitId", unitId("STTTT")).get("/api/v1/tasks").then().extract().jsonPath()
                .getLong("totalItems");
        assertEquals(listed, rows.getLong("items[" + i + "].total"));
        long overdue = given().queryParam("unitId", unitId("SCT")).queryParam("timeliness", "OVERDUE")
                .get("/api/v1/tasks").then().extract().jsonPath().getLong("totalItems");
        given().queryParam("unitId", unitId("SCT")).get("/api/v1/tasks/counts/by-unit").then().statusCode(200)
                .body("items.unit.code", equalTo(List.of("SCT")))
                .body("items[0].byTimeliness.OVERDUE", equalTo((int) overdue));
    }

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void leadersReadTheTreeButCannotAssign() {
        given().get("/api/v1/directives/" + programId() + "/tree").then().statusCode(200)
                .body("nodes[0].counts.total", greaterThan(37));
        given().contentType(ContentType.JSON).body(Map.of("leadUnitIds", List.of(1), "version", 0))
                .put("/api/v1/tasks/" + taskId("II.1.b") + "/assignments").then().statusCode(403);
        given().get("/api/v1/directives/999999/tree").then().statusCode(404);
    }

    private static io.restassured.specification.RequestSpecification asCoordinator() {
        return given().auth().oauth2(KeycloakTokenTest.userToken("theodoi.sct"));
    }

    /** A real Keycloak token of the demo officer of Sở TT&TT (the only unit officer this test needs). */
    private static io.restassured.specification.RequestSpecification asOfficer(String unit) {
        assertEquals("STTTT", unit);
        return given().auth().oauth2(KeycloakTokenTest.userToken("chuyenvien.stttt"));
    }

    private int createTask(String code, String content, List<Long> leads, List<Long> coordinating, List<Long> coordinatingGroups) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("directiveId", programId(), "code", code, "content", content, "kind", "ONGOING",
                        "leadUnitIds", leads, "coordinatingUnitIds", coordinating, "coordinatingGroupIds", coordinatingGroups))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    @Transactional
    Map<String, Object> assignment(String taskCode, long unitId) {
        Assignment a = Assignment.<Assignment>find("task.code = ?1 and unit.id = ?2", taskCode, unitId).firstResult();
        return Map.of("id", a.id, "version", a.version);
    }

    @Transactional
    long unitId(String code) {
        return Unit.findByCode(code).orElseThrow().id;
    }

    @Transactional
    long groupId(String code) {
        return vn.dondoc.unit.UnitGroup.<vn.dondoc.unit.UnitGroup>find("code", code).firstResult().id;
    }

    @Transactional
    long taskId(String code) {
        return Task.<Task>find("code", code).firstResult().id;
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }
}
