package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
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
import vn.dondoc.unit.Unit;

/** Task endpoints against the demo program (section II of the 57-KL/TU action program). */
@QuarkusTest
class TaskResourceTest {

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void coordinatorsSeeEveryTaskOfTheProgramInDocumentOrder() {
        // Within the program: other tests add directives of their own.
        JsonPath page = given().queryParam("directiveId", programId()).queryParam("size", 200).get("/api/v1/tasks").then()
                .statusCode(200).extract().jsonPath();
        List<String> codes = page.getList("items.code");
        assertTrue(codes.size() >= 38, "the seed's section II has 38 tasks, got " + codes.size());
        // Document order, not string order: II.1.a comes before II.4.c'.1 and II.5.d is last of the seed.
        assertEquals("II.1.a", codes.get(0));
        assertTrue(codes.indexOf("II.4.c.2") < codes.indexOf("II.4.c'.1"));
        assertTrue(codes.indexOf("II.4.i.3") < codes.indexOf("II.5.a.1"));
        // Lead and coordinating units of a typical "X chủ trì, phối hợp với ..." item.
        given().queryParam("q", "Dự án Nhiệt điện Vũng Áng 2").get("/api/v1/tasks").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].code", equalTo("II.4.c.2"))
                .body("items[0].leadUnits.code", equalTo(List.of("BQLKKT")))
                .body("items[0].coordinatingUnits.code", hasItems("SCT", "TPHT"))
                .body("items[0].coordinatingUnits.code", not(hasItem("BQLKKT")));
    }

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void searchIgnoresVietnameseDiacriticsAndFiltersByUnitAndStatus() {
        given().queryParam("q", "cong nghiep ho tro").get("/api/v1/tasks").then().statusCode(200)
                .body("items.code", hasItem("II.3.a.2"))
                .body("items.content", everyItem(containsString("công nghiệp hỗ trợ")));
        given().queryParam("q", "dien luc").get("/api/v1/tasks").then().statusCode(200)
                .body("items.code", equalTo(List.of("II.2.c.2")));
        long sct = unitId("SCT");
        given().queryParam("unitId", sct).queryParam("status", "COMPLETED").queryParam("size", 200)
                .get("/api/v1/tasks").then().statusCode(200)
                .body("items.status", everyItem(equalTo("COMPLETED")))
                .body("items.code", hasItems("II.3.a.1", "II.2.c.2"));
        // Latest first (other tests add tasks of their own, so the seed's latest date need not be the first).
        List<String> dueDates = given().queryParam("directiveId", programId()).queryParam("sort", "dueDate,desc")
                .queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200).extract().jsonPath()
                .getList("items.dueDate");
        List<String> dated = dueDates.stream().filter(java.util.Objects::nonNull).toList();
        assertEquals(dated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dated);
        assertTrue(dated.contains("2027-06-30"), dated.toString());
        given().queryParam("sort", "content;drop table").get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("status", "DONE").get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("IN_PROGRESS"));
    }

    @Test
    @TestSecurity(user = "chuyenvien.stttt", roles = "unit_officer")
    @OidcSecurity(claims = @Claim(key = "unit_code", value = "STTTT"))
    void anOfficerSeesExactlyTheTasksOfTheirUnit() {
        // Within the program: other tests add directives of their own.
        JsonPath page = given().queryParam("directiveId", programId()).queryParam("size", 200).get("/api/v1/tasks").then()
                .statusCode(200).extract().jsonPath();
        List<String> codes = page.getList("items.code");
        assertEquals(33, codes.size(), "Sở TT&TT leads or coordinates 33 tasks of section II: " + codes);
        assertTrue(codes.containsAll(List.of("II.1.b", "II.4.d", "II.1.a", "II.2.b")));
        assertTrue(codes.stream().noneMatch(List.of("II.1.c", "II.4.i.1", "II.5.d")::contains), codes.toString());
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            String units = String.valueOf(item.get("leadUnits")) + item.get("coordinatingUnits");
            assertTrue(units.contains("code=STTTT"), item.get("code") + " is not assigned to STTTT: " + units);
        }
    }

    @Test
    @TestSecurity(user = "chuyenvien.stttt", roles = "unit_officer")
    @OidcSecurity(claims = @Claim(key = "unit_code", value = "STTTT"))
    void anOfficerCannotReadAnotherUnitsTasks() {
        long media = taskId("II.1.c");
        given().get("/api/v1/tasks/" + media).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("II.1.c"));
        given().queryParam("unitId", unitId("SCT")).get("/api/v1/tasks").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/tasks/" + taskId("II.1.b")).then().statusCode(200)
                .body("leadUnits.code", equalTo(List.of("STTTT")))
                .body("assignments.unit.code", hasItem("STTTT"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/tasks").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "giamdoc.sct", roles = "unit_head")
    void anAccountWithoutAUnitSeesNothing() {
        given().get("/api/v1/tasks").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("chưa được gắn với một đơn vị"));
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void aCoordinatorAssignsATaskAndItsStatusIsDerived() {
        long directive = programId();
        long sct = unitId("SCT");
        // Not Sở TT&TT: other tests count exactly the demo tasks of that unit.
        long skhcn = unitId("SKHCN");
        long hvq = unitId("HVQ");
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("directiveId", directive, "code", "II.6.a", "content",
                        "Xây dựng cơ sở dữ liệu số về cụm công nghiệp", "kind", "DEADLINE", "dueDate", "2027-03-31",
                        "leadUnitIds", List.of(sct), "coordinatingUnitIds", List.of(skhcn, hvq)))
                .post("/api/v1/tasks").then().statusCode(201)
                .header("Location", containsString("/api/v1/tasks/"))
                .body("status", equalTo("NOT_STARTED"))
                .body("leadUnits.code", equalTo(List.of("SCT")))
                .body("assignments", hasSize(3))
                .extract().path("id");
        given().queryParam("q", "co so du lieu so").get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void invalidTasksListEveryProblemAndWriteNothing() {
        long before = countTasks();
        long sct = unitId("SCT");
        given().contentType(ContentType.JSON)
                .body(Map.of("directiveId", programId(), "code", "II.9", "content", "Nhiệm vụ thử", "kind", "DEADLINE",
                        "leadUnitIds", List.of(sct, 987654), "coordinatingUnitIds", List.of(sct)))
                .post("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("dueDate", "leadUnitIds[1]", "coordinatingUnitIds[0]"));
        given().contentType(ContentType.JSON)
                .body(Map.of("directiveId", programId(), "code", "", "content", "x", "kind", "ONGOING",
                        "leadUnitIds", List.of()))
                .post("/api/v1/tasks").then().statusCode(400)
                .body("errors.field", hasItem("code"));
        given().contentType(ContentType.JSON)
                .body(Map.of("directiveId", programId(), "code", "II.9", "content", "Nhiệm vụ không có đơn vị chủ trì",
                        "kind", "ONGOING", "leadUnitIds", List.of(), "coordinatingUnitIds", List.of(sct)))
                .post("/api/v1/tasks").then().statusCode(400)
                .body("errors.field", equalTo(List.of("leadUnitIds")));
        given().contentType(ContentType.JSON).body("{\"directiveId\": ").post("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:malformed-request"))
                .body("detail", not(containsString("Exception")));
        given().contentType(ContentType.JSON).body("{\"directiveId\": \"ba\"}").post("/api/v1/tasks").then()
                .statusCode(400).body("errors[0].field", equalTo("directiveId"));
        assertEquals(before, countTasks(), "a rejected request must not write anything");
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
    long programId() {
        return Directive.<Directive>find("kind", vn.dondoc.directive.DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }

    @Transactional
    long countTasks() {
        return Task.count();
    }
}
