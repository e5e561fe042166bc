package vn.dondoc.common.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.directive.Directive;
import vn.dondoc.security.KeycloakTokenTest;

/** Idempotency-Key on POST with real tokens: replay, misuse, in flight, concurrency, per caller, expiry. */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String PATH = "/api/v1/directives";

    @Inject
    IdempotencyStore store;

    private final List<String> titles = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        QuarkusTransaction.requiringNew().run(() -> titles.forEach(t -> Directive.delete("title", t)));
        titles.clear();
    }

    private String body() {
        String title = "Công văn đôn đốc thử nghiệm " + UUID.randomUUID();
        titles.add(title);
        return "{\"kind\":\"OFFICIAL_LETTER\",\"issuingBody\":\"UBND tỉnh Hà Tĩnh\",\"title\":\"" + title + "\"}";
    }

    private static long count(String body) {
        String title = body.replaceAll(".*\"title\":\"([^\"]*)\".*", "$1");
        return QuarkusTransaction.requiringNew().call(() -> Directive.count("title", title));
    }

    private static Response post(String user, String key, String body) {
        return given().auth().oauth2(KeycloakTokenTest.userToken(user)).contentType(ContentType.JSON)
                .header(IdempotencyFilter.HEADER, key).body(body).post(PATH);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        String body = body();
        Response first = post("theodoi.sct", key, body);
        first.then().statusCode(201);
        assertNull(first.getHeader(IdempotencyFilter.REPLAYED));
        Response again = post("theodoi.sct", key, body);
        again.then().statusCode(201).header(IdempotencyFilter.REPLAYED, "true").contentType(ContentType.JSON);
        assertEquals(first.asString(), again.asString());
        assertEquals(first.getHeader("Location"), again.getHeader("Location"));
        assertEquals(1, count(body));

        // Without a key the same request is a new one (what the key protects against).
        given().auth().oauth2(KeycloakTokenTest.userToken("theodoi.sct")).contentType(ContentType.JSON).body(body)
                .post(PATH).then().statusCode(201);
        assertEquals(2, count(body));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndKeysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String body = body();
        post("theodoi.sct", key, body).then().statusCode(201);
        String other = body();
        post("theodoi.sct", key, other).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:idempotency-key-reused"));
        assertEquals(0, count(other));
        // Another caller's key of the same name is theirs: it runs.
        post("quantri", key, other).then().statusCode(201).header(IdempotencyFilter.REPLAYED, (String) null);
        assertEquals(1, count(other));
        post("theodoi.sct", "khóa có dấu cách", body()).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aRetryWhileTheFirstStillRunsGets409() {
        String key = UUID.randomUUID().toString();
        String body = body();
        IdempotencyStore.Outcome outcome = store.begin("theodoi.sct", key, "POST", PATH,
                IdempotencyFilter.sha256("POST", PATH, body.getBytes(StandardCharsets.UTF_8)));
        assertTrue(outcome instanceof IdempotencyStore.Proceed, "the test holds the first request: " + outcome);
        post("theodoi.sct", key, body).then().statusCode(409)
                .body("type", equalTo("urn:dondoc:problem:idempotency-key-in-flight"));
        assertEquals(0, count(body));
        store.abandon(((IdempotencyStore.Proceed) outcome).recordId());
        post("theodoi.sct", key, body).then().statusCode(201);
    }

    @Test
    void concurrentRequestsWithOneKeyMakeOneChange() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = body();
        String token = KeycloakTokenTest.userToken("theodoi.sct");
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + RestAssured.port + PATH);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(() -> http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").header(IdempotencyFilter.HEADER, key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                HttpResponse<String> r = f.get();
                outcomes.add(r.statusCode() + (r.headers().firstValue(IdempotencyFilter.REPLAYED).isPresent() ? "R" : ""));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, outcomes.stream().filter("201"::equals).count(), "one request ran: " + outcomes);
        assertTrue(outcomes.stream().allMatch(o -> o.equals("201") || o.equals("201R") || o.equals("409")), outcomes.toString());
        assertEquals(1, count(body));
    }

    @Test
    void aRetriedUploadStoresOneAttachmentAndAnotherFileWithTheKeyIsRefused() {
        byte[] pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        long part = QuarkusTransaction.requiringNew().call(() -> vn.dondoc.task.Assignment.<vn.dondoc.task.Assignment>find(
                "unit.code = 'STTTT' and task.code not in ('II.5.a.1', 'II.4.a.3', 'II.1.b') order by id desc").firstResult().id);
        String officer = KeycloakTokenTest.userToken("chuyenvien.stttt");
        int report = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"workDone\":\"Thử tải tệp đính kèm\",\"percentComplete\":10,\"claimsCompletion\":false}")
                .post("/api/v1/assignments/" + part + "/reports").then().statusCode(201).extract().path("id");
        try {
            String key = UUID.randomUUID().toString();
            int first = given().auth().oauth2(officer).header(IdempotencyFilter.HEADER, key)
                    .multiPart("file", "bao-cao.pdf", pdf, "application/pdf")
                    .post("/api/v1/reports/" + report + "/attachments").then().statusCode(201).extract().path("id");
            given().auth().oauth2(officer).header(IdempotencyFilter.HEADER, key)
                    .multiPart("file", "bao-cao.pdf", pdf, "application/pdf")
                    .post("/api/v1/reports/" + report + "/attachments").then().statusCode(201)
                    .header(IdempotencyFilter.REPLAYED, "true").body("id", equalTo(first));
            byte[] other = java.util.Arrays.copyOf(pdf, pdf.length + 1);
            given().auth().oauth2(officer).header(IdempotencyFilter.HEADER, key)
                    .multiPart("file", "bao-cao.pdf", other, "application/pdf")
                    .post("/api/v1/reports/" + report + "/attachments").then().statusCode(422);
            assertEquals(1L, QuarkusTransaction.requiringNew().call(
                    () -> vn.dondoc.report.ReportAttachment.count("report.id", (long) report)));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                vn.dondoc.report.ReportAttachment.delete("report.id", (long) report);
                vn.dondoc.report.ProgressReport.deleteById((long) report);
            });
        }
    }

    @Test
    void aRefusedCallerLeavesNoKeyBehind() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(KeycloakTokenTest.docsysToken()).contentType(ContentType.JSON)
                .header(IdempotencyFilter.HEADER, key).body(body()).post(PATH).then().statusCode(403);
        given().contentType(ContentType.JSON).header(IdempotencyFilter.HEADER, key).body(body()).post(PATH).then()
                .statusCode(401);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.count("key", key)));
    }

    @Test
    void expiredKeysAreDeletedAndMayBeUsedAgain() {
        String key = UUID.randomUUID().toString();
        String body = body();
        post("theodoi.sct", key, body).then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord r = IdempotencyRecord.find("caller = ?1 and key = ?2", "theodoi.sct", key).firstResult();
            assertNotNull(r, "the first request was recorded under the caller's name");
            r.expiresAt = Instant.now().minusSeconds(1);
        });
        assertTrue(store.purgeExpired() >= 1);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(
                () -> IdempotencyRecord.count("caller = ?1 and key = ?2", "theodoi.sct", key)));
        post("theodoi.sct", key, body).then().statusCode(201).header(IdempotencyFilter.REPLAYED, (String) null);
        assertEquals(2, count(body));
    }
}
