package vn.dondoc.directive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Directive endpoints: the demo chain 08-NQ/TU → 57-KL/TU → action program, and directives made by the tests. */
@QuarkusTest
class DirectiveResourceTest {

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void theChainRunsFromTheResolutionToTheProgram() {
        given().get("/api/v1/directives/" + programId() + "/chain").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.numberSymbol", equalTo(java.util.Arrays.asList("08-NQ/TU", "57-KL/TU", null)))
                .body("items.kind", equalTo(List.of("RESOLUTION", "CONCLUSION", "ACTION_PROGRAM")))
                .body("items[2].id", equalTo((int) programId()));
        given().get("/api/v1/directives/999999/chain").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void aCoordinatorCreatesUpdatesAndDeletesADirective() {
        long conclusion = conclusionId();
        int id = given().contentType(ContentType.JSON)
                .body(directive("PLAN", "Kế hoạch triển khai Kết luận số 57-KL/TU năm 2026", conclusion,
                        "QLVB-TEST-KH-2026"))
                .post("/api/v1/directives").then().statusCode(201)
                .header("Location", containsString("/api/v1/directives/"))
                .body("kind", equalTo("PLAN"))
                .body("parentId", equalTo((int) conclusion))
                .body("externalId", equalTo("QLVB-TEST-KH-2026"))
                .body("version", equalTo(0))
                .extract().path("id");

        Map<String, Object> update = directive("PLAN", "Kế hoạch triển khai Kết luận số 57-KL/TU giai đoạn 2026-2027",
                conclusion, "QLVB-TEST-KH-2026");
        update.put("version", 0);
        given().contentType(ContentType.JSON).body(update).put("/api/v1/directives/" + id).then().statusCode(200)
                .body("title", equalTo("Kế hoạch triển khai Kết luận số 57-KL/TU giai đoạn 2026-2027"))
                .body("version", equalTo(1));

        // A second editor still holding version 0 must not overwrite the first one's change.
        update.put("title", "Tên cũ");
        given().contentType(ContentType.JSON).body(update).put("/api/v1/directives/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:conflict"))
                .body("detail", containsString("người khác"));

        given().get("/api/v1/directives/" + id + "/chain").then().statusCode(200)
                .body("items.numberSymbol", hasItems("08-NQ/TU", "57-KL/TU"))
                .body("items", hasSize(3));

        given().delete("/api/v1/directives/" + id).then().statusCode(204);
        given().get("/api/v1/directives/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void historyShowsWhoCreatedAndChangedADirective() {
        int id = given().contentType(ContentType.JSON)
                .body(directive("DIRECTIVE", "Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính", null, null))
                .post("/api/v1/directives").then().statusCode(201).extract().path("id");
        Map<String, Object> update = directive("DIRECTIVE", "Chỉ thị về tăng cường kỷ luật, kỷ cương trong thực thi công vụ",
                null, null);
        update.put("version", 0);
        given().contentType(ContentType.JSON).body(update).put("/api/v1/directives/" + id).then().statusCode(200);

        given().get("/api/v1/directives/" + id + "/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", equalTo("CREATED"))
                .body("[0].by", equalTo("theodoi.sct"))
                .body("[0].entity", equalTo("Directive"))
                .body("[0].entityId", equalTo(id))
                .body("[0].at", notNullValue())
                .body("[0].changes.field", hasItems("kind", "title", "issuingBody"))
                .body("[1].action", equalTo("UPDATED"))
                .body("[1].by", equalTo("theodoi.sct"))
                .body("[1].changes", hasSize(1))
                .body("[1].changes[0].field", equalTo("title"))
                .body("[1].changes[0].from", equalTo("Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính"))
                .body("[1].changes[0].to", equalTo("Chỉ thị về tăng cường kỷ luật, kỷ cương trong thực thi công vụ"));
        given().get("/api/v1/directives/999999/history").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "quantri", roles = "admin")
    void aDirectiveWithTasksOrImplementingDirectivesIsNotDeleted() {
        given().delete("/api/v1/directives/" + programId()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:conflict"))
                .body("detail", containsString("nhiệm vụ"));
        given().delete("/api/v1/directives/" + conclusionId()).then().statusCode(409)
                .body("detail", containsString("văn bản khác"));
        given().get("/api/v1/directives/" + conclusionId()).then().statusCode(200);
        given().delete("/api/v1/directives/999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void invalidDirectivesAreRejectedWithFieldErrors() {
        given().contentType(ContentType.JSON).body(Map.of("numberSymbol", "01/KH-UBND", "title", " "))
                .post("/api/v1/directives").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:validation"))
                .body("errors.field", hasItems("kind", "issuingBody", "title"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "LAW", "issuingBody", "Quốc hội", "title", "Luật"))
                .post("/api/v1/directives").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("ACTION_PROGRAM"));
        given().contentType(ContentType.JSON).body(directive("PLAN", "Kế hoạch có văn bản gốc không tồn tại", 999999L, null))
                .post("/api/v1/directives").then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));

        given().contentType(ContentType.JSON).body(directive("PLAN", "Kế hoạch A", null, "QLVB-TEST-TRUNG"))
                .post("/api/v1/directives").then().statusCode(201);
        given().contentType(ContentType.JSON).body(directive("PLAN", "Kế hoạch B", null, "QLVB-TEST-TRUNG"))
                .post("/api/v1/directives").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("externalId"))
                .body("errors[0].message", containsString("đã được dùng"));
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void aDirectiveCannotImplementItselfOrOneImplementingIt() {
        int root = given().contentType(ContentType.JSON)
                .body(directive("RESOLUTION", "Nghị quyết thử nghiệm về chuyển đổi số", null, null))
                .post("/api/v1/directives").then().statusCode(201).extract().path("id");
        int child = given().contentType(ContentType.JSON)
                .body(directive("PLAN", "Kế hoạch thực hiện Nghị quyết thử nghiệm", (long) root, null))
                .post("/api/v1/directives").then().statusCode(201).extract().path("id");

        Map<String, Object> cycle = directive("RESOLUTION", "Nghị quyết thử nghiệm về chuyển đổi số", (long) child, null);
        cycle.put("version", 0);
        given().contentType(ContentType.JSON).body(cycle).put("/api/v1/directives/" + root).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("parentId"))
                .body("errors[0].message", containsString("chính văn bản này"));
        cycle.put("parentId", root);
        given().contentType(ContentType.JSON).body(cycle).put("/api/v1/directives/" + root).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        given().get("/api/v1/directives/" + root).then().statusCode(200)
                .body("parentId", nullValue()).body("version", equalTo(0));
        given().get("/api/v1/directives/" + child + "/chain").then().statusCode(200)
                .body("items.id", equalTo(List.of(root, child)));
    }

    @Test
    @TestSecurity(user = "chuyenvien.stttt", roles = "unit_officer")
    void unitStaffReadDirectivesButCannotChangeThem() {
        given().get("/api/v1/directives").then().statusCode(200)
                .body("items.numberSymbol", hasItem("57-KL/TU"));
        given().get("/api/v1/directives/" + programId() + "/history").then().statusCode(200);
        given().contentType(ContentType.JSON).body(directive("PLAN", "Kế hoạch", null, null))
                .post("/api/v1/directives").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:forbidden"));
        Map<String, Object> update = directive("PLAN", "Kế hoạch", null, null);
        update.put("version", 0);
        given().contentType(ContentType.JSON).body(update).put("/api/v1/directives/" + programId()).then().statusCode(403);
        given().delete("/api/v1/directives/" + programId()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void leadersReadButDoNotWrite() {
        given().contentType(ContentType.JSON).body(directive("PLAN", "Kế hoạch", null, null))
                .post("/api/v1/directives").then().statusCode(403);
        given().delete("/api/v1/directives/" + programId()).then().statusCode(403);
    }

    private static Map<String, Object> directive(String kind, String title, Long parentId, String externalId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("numberSymbol", "01/KH-UBND");
        body.put("issuingBody", "Ủy ban nhân dân tỉnh Hà Tĩnh");
        body.put("issuedOn", "2026-01-15");
        body.put("title", title);
        body.put("summary", "Triển khai thực hiện có hiệu quả các nhiệm vụ, giải pháp phát triển công nghiệp.");
        body.put("parentId", parentId);
        body.put("externalId", externalId);
        return body;
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }

    @Transactional
    long conclusionId() {
        return Directive.<Directive>find("numberSymbol", "57-KL/TU").firstResult().id;
    }
}
