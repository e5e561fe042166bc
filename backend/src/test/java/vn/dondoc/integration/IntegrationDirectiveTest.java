package vn.dondoc.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.security.KeycloakTokenTest;

/**
 * The document system's upsert with its real client-credentials token: create, repeat, modify,
 * refuse bad input without writing, and concurrent identical calls.
 */
@QuarkusTest
class IntegrationDirectiveTest {

    private static final String BASE = "/api/v1/integration/directives/";

    @Inject
    IntegrationFixtures fx;

    private final List<String> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        made.forEach(fx::purge);
        made.clear();
    }

    private String externalId(String name) {
        String id = "QLVB-TEST-" + name + "-" + System.nanoTime();
        made.add(id);
        return id;
    }

    static Map<String, Object> task(String externalId, String parent, String code, String content, String kind, String due,
            List<String> lead, List<String> coordinating) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("externalId", externalId);
        t.put("parentExternalId", parent);
        t.put("code", code);
        t.put("content", content);
        t.put("kind", kind);
        t.put("dueDate", due);
        t.put("leadUnitCodes", lead);
        t.put("coordinatingUnitCodes", coordinating);
        return t;
    }

    static Map<String, Object> directive(List<Map<String, Object>> tasks) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", "PLAN");
        d.put("numberSymbol", "125/KH-UBND");
        d.put("issuingBody", "UBND tỉnh Hà Tĩnh");
        d.put("issuedOn", "2026-03-02");
        d.put("title", "Kế hoạch phát triển công nghiệp hỗ trợ năm 2026");
        d.put("tasks", tasks);
        return d;
    }

    static List<Map<String, Object>> threeTasks() {
        return new ArrayList<>(List.of(
                task("H", null, "I", "Nhiệm vụ trọng tâm", null, null, null, null),
                task("T1", "H", "I.1", "Rà soát quy hoạch cụm công nghiệp", "DEADLINE", "2026-12-31", List.of("SCT"),
                        List.of("SKHDT")),
                task("T2", "H", "I.2", "Tuyên truyền chính sách khuyến công", "ONGOING", null, List.of("SCT"), List.of())));
    }

    private static Response put(String externalId, Object body) {
        return given().auth().oauth2(KeycloakTokenTest.docsysToken()).contentType(ContentType.JSON).body(body)
                .put(BASE + externalId);
    }

    @Test
    void createsThenARepeatChangesNothingAndAnswersTheSame() {
        String id = externalId("CREATE");
        Response first = put(id, directive(threeTasks()));
        first.then().statusCode(201)
                .body("externalId", equalTo(id))
                .body("tasks", hasSize(3))
                .body("tasks.externalId", equalTo(List.of("H", "T1", "T2")))
                .body("tasks[0].kind", nullValue())
                .body("tasks[1].parentExternalId", equalTo("H"))
                .body("tasks[1].units.unitCode", hasItems("SCT", "SKHDT"))
                .body("tasks[1].units.find { it.unitCode == 'SCT' }.role", equalTo("LEAD"))
                .body("tasks[1].timeliness", equalTo("ON_TRACK"));
        long audit = fx.auditRows(id);
        assertEquals(1, fx.directives(id));
        assertEquals(3, fx.tasks(id));
        assertEquals(3, fx.assignments(id));

        Response again = put(id, directive(threeTasks()));
        again.then().statusCode(200);
        assertEquals(first.asString(), again.asString(), "a repeated call answers exactly the same");
        assertEquals(1, fx.directives(id));
        assertEquals(3, fx.tasks(id));
        assertEquals(3, fx.assignments(id));
        assertEquals(audit, fx.auditRows(id), "a repeated call writes no history revision");

        given().auth().oauth2(KeycloakTokenTest.docsysToken()).get(BASE + id).then().statusCode(200)
                .body("tasks.externalId", equalTo(List.of("H", "T1", "T2")));
    }

    @Test
    void aChangedCallUpdatesInPlaceAndCancelsRemovedTasks() {
        String id = externalId("MODIFY");
        JsonPath before = put(id, directive(threeTasks())).then().statusCode(201).extract().jsonPath();
        long t1 = before.getLong("tasks[1].id");
        long t2 = before.getLong("tasks[2].id");

        List<Map<String, Object>> changed = threeTasks();
        changed.remove(2); // T2 withdrawn
        changed.get(1).put("content", "Rà soát, điều chỉnh quy hoạch cụm công nghiệp");
        changed.get(1).put("dueDate", "2027-03-31");
        changed.get(1).put("coordinatingUnitCodes", List.of("SKHCN"));
        changed.add(task("T3", "H", "I.3", "Hỗ trợ doanh nghiệp đổi mới công nghệ", "DEADLINE", "2026-10-15",
                List.of("SKHCN"), List.of()));
        Map<String, Object> body = directive(changed);
        body.put("title", "Kế hoạch phát triển công nghiệp hỗ trợ năm 2026 (điều chỉnh)");
        JsonPath after = put(id, body).then().statusCode(200)
                .body("title", equalTo("Kế hoạch phát triển công nghiệp hỗ trợ năm 2026 (điều chỉnh)"))
                .body("tasks.externalId", equalTo(List.of("H", "T1", "T2", "T3")))
                .extract().jsonPath();
        assertEquals(t1, after.getLong("tasks[1].id"), "T1 updated in place");
        assertEquals("Rà soát, điều chỉnh quy hoạch cụm công nghiệp", after.getString("tasks[1].content"));
        assertEquals("2027-03-31", after.getString("tasks[1].dueDate"));
        List<Map<String, Object>> t1Units = after.getList("tasks[1].units");
        assertTrue(t1Units.stream().anyMatch(u -> "SKHDT".equals(u.get("unitCode")) && "CANCELLED".equals(u.get("status"))),
                "the dropped coordinating unit is cancelled, kept: " + t1Units);
        assertTrue(t1Units.stream().anyMatch(u -> "SKHCN".equals(u.get("unitCode")) && "NOT_STARTED".equals(u.get("status"))));
        assertEquals(t2, after.getLong("tasks[2].id"), "the withdrawn task is kept");
        assertEquals("CANCELLED", after.getString("tasks[2].status"));
        assertEquals("CANCELLED", after.getString("tasks[2].units[0].status"));
        assertEquals(4, fx.tasks(id), "four tasks, none deleted");

        // The same changed call again: nothing more.
        long audit = fx.auditRows(id);
        put(id, body).then().statusCode(200).body("tasks[2].status", equalTo("CANCELLED"));
        assertEquals(audit, fx.auditRows(id));

        // Sent again, the withdrawn task comes back with its unit.
        changed.add(threeTasks().get(2));
        put(id, directive(changed)).then().statusCode(200)
                .body("tasks.find { it.externalId == 'T2' }.status", equalTo("NOT_STARTED"))
                .body("tasks.find { it.externalId == 'T2' }.id", equalTo((int) t2));
    }

    @Test
    void aDeadlineExtendedInDondocIsNotUndoneByTheSystemsLaterCalls() {
        String id = externalId("EXTENDED");
        long t1 = put(id, directive(threeTasks())).then().statusCode(201).extract().jsonPath().getLong("tasks[1].id");
        int sctPart = given().auth().oauth2(KeycloakTokenTest.userToken("theodoi.sct")).get("/api/v1/tasks/" + t1).then()
                .statusCode(200).extract().path("assignments.find { it.unit.code == 'SCT' }.id");
        int request = given().auth().oauth2(KeycloakTokenTest.userToken("chuyenvien.sct")).contentType(ContentType.JSON)
                .body(Map.of("requestedDueDate", "2027-02-26", "reason", "Chờ số liệu của quy hoạch tỉnh"))
                .post("/api/v1/assignments/" + sctPart + "/extension-requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(KeycloakTokenTest.userToken("theodoi.sct")).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", 0))
                .post("/api/v1/extension-requests/" + request + "/decision").then().statusCode(200);

        // The same call again, then a call that changes only the content: the extended date stays.
        put(id, directive(threeTasks())).then().statusCode(200)
                .body("tasks[1].dueDate", equalTo("2027-02-26"))
                .body("tasks[1].units.find { it.unitCode == 'SCT' }.dueDate", equalTo("2027-02-26"));
        List<Map<String, Object>> changed = threeTasks();
        changed.get(1).put("content", "Rà soát quy hoạch các cụm công nghiệp trên địa bàn tỉnh");
        put(id, directive(changed)).then().statusCode(200)
                .body("tasks[1].content", equalTo("Rà soát quy hoạch các cụm công nghiệp trên địa bàn tỉnh"))
                .body("tasks[1].dueDate", equalTo("2027-02-26"));
        // A new date from the system itself is applied.
        changed.get(1).put("dueDate", "2027-06-30");
        put(id, directive(changed)).then().statusCode(200)
                .body("tasks[1].dueDate", equalTo("2027-06-30"))
                .body("tasks[1].units.find { it.unitCode == 'SCT' }.dueDate", equalTo("2027-06-30"));
    }

    @Test
    void aUnitGroupByCodeAssignsEachOfItsUnits() {
        String id = externalId("GROUP");
        String admin = KeycloakTokenTest.userToken("quantri");
        String code = "TEST-NHOM-" + (System.nanoTime() % 100000);
        List<Long> members = List.of(fx.unitId("SKHDT"), fx.unitId("SKHCN"));
        int group = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Nhóm thử nghiệm tích hợp", "memberIds", members))
                .post("/api/v1/unit-groups").then().statusCode(201).extract().path("id");
        try {
            List<Map<String, Object>> tasks = threeTasks();
            tasks.get(2).put("coordinatingGroupCodes", List.of(code));
            put(id, directive(tasks)).then().statusCode(201)
                    .body("tasks[2].units.unitCode", equalTo(List.of("SCT", "SKHCN", "SKHDT")))
                    .body("tasks[2].units.role", equalTo(List.of("LEAD", "COORDINATING", "COORDINATING")));
            tasks.get(2).put("coordinatingGroupCodes", List.of("KHONG-CO-NHOM"));
            put(id, directive(tasks)).then().statusCode(422)
                    .body("errors.field", equalTo(List.of("tasks[2].coordinatingGroupCodes[0]")));
        } finally {
            fx.purge(id);
            given().auth().oauth2(admin).delete("/api/v1/unit-groups/" + group).then().statusCode(204);
        }
    }

    @Test
    void invalidInputListsEveryProblemAndWritesNothing() {
        String id = externalId("INVALID");
        List<Map<String, Object>> tasks = threeTasks();
        tasks.get(1).put("leadUnitCodes", List.of("KHONGCO"));            // unknown unit
        tasks.get(2).put("dueDate", "2026-02-30");                        // not a date
        tasks.get(2).put("kind", "DEADLINE");
        tasks.add(task("T1", "H", "I.4", "Trùng mã", "ONGOING", null, List.of("SCT"), null));   // duplicate id
        tasks.add(task("C1", "C2", "I.5", "Vòng 1", "ONGOING", null, List.of("SCT"), null));    // cycle C1 <-> C2
        tasks.add(task("C2", "C1", "I.6", "Vòng 2", "ONGOING", null, List.of("SCT"), null));
        Map<String, Object> body = directive(tasks);
        body.put("issuedOn", "02/03/2026");                               // wrong format
        put(id, body).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:unprocessable"))
                .body("errors.field", hasItems("issuedOn", "tasks[1].leadUnitCodes[0]", "tasks[2].dueDate",
                        "tasks[3].externalId", "tasks[4].parentExternalId", "tasks[5].parentExternalId"));
        assertEquals(0, fx.directives(id));

        // An existing directive is left as it was.
        put(id, directive(threeTasks())).then().statusCode(201);
        long audit = fx.auditRows(id);
        Map<String, Object> broken = directive(threeTasks());
        broken.put("title", "Tên mới không được ghi");
        ((List<Map<String, Object>>) broken.get("tasks")).get(1).put("coordinatingUnitCodes", List.of("KHONGCO"));
        put(id, broken).then().statusCode(422).body("errors.field", equalTo(List.of("tasks[1].coordinatingUnitCodes[0]")));
        given().auth().oauth2(KeycloakTokenTest.docsysToken()).get(BASE + id).then().statusCode(200)
                .body("title", equalTo("Kế hoạch phát triển công nghiệp hỗ trợ năm 2026"));
        assertEquals(audit, fx.auditRows(id));
    }

    @Test
    void concurrentIdenticalUpsertsMakeOneDirective() throws Exception {
        String id = externalId("CONCURRENT");
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(directive(threeTasks()));
        String token = KeycloakTokenTest.docsysToken();
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + RestAssured.port + BASE + id);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                statuses.add(f.get().statusCode());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one creation: " + statuses);
            assertEquals(5, statuses.stream().filter(s -> s == 200).count(), "the others see it: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, fx.directives(id));
        assertEquals(3, fx.tasks(id));
        assertEquals(3, fx.assignments(id));
    }

    @Test
    void onlyTheDocumentSystemReachesTheIntegrationEndpoints() {
        String id = externalId("AUTH");
        for (String user : List.of("theodoi.sct", "quantri", "lanhdao")) {
            given().auth().oauth2(KeycloakTokenTest.userToken(user)).contentType(ContentType.JSON)
                    .body(directive(threeTasks())).put(BASE + id).then().statusCode(403);
            given().auth().oauth2(KeycloakTokenTest.userToken(user)).get(BASE + id).then().statusCode(403);
        }
        assertEquals(0, fx.directives(id));
        String docsys = KeycloakTokenTest.docsysToken();
        given().auth().oauth2(docsys).get("/api/v1/tasks").then().statusCode(403);
        given().auth().oauth2(docsys).get("/api/v1/directives").then().statusCode(403);
        given().auth().oauth2(docsys).contentType(ContentType.JSON).body("{}").post("/api/v1/tasks").then().statusCode(403);
        given().auth().oauth2(docsys).get("/api/v1/reports").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(403),
                equalTo(404)));
        given().auth().oauth2(docsys).get(BASE + "KHONG-CO").then().statusCode(404)
                .contentType("application/problem+json");
        given().get(BASE + id).then().statusCode(401);
        given().auth().oauth2(docsys).get("/api/v1/me").then().statusCode(200).body("roles", hasItem("integration"));
    }
}
