package vn.dondoc.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Real tokens from the real Keycloak that scripts/test.sh starts with the project's realm: the
 * password grant of the test-only client for people, client credentials for the document system.
 */
@QuarkusTest
public class KeycloakTokenTest {

    private static final String KEYCLOAK = System.getenv().getOrDefault("DONDOC_KC_URL", "http://localhost:18090");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record Cached(String token, long expiresAtMillis) {
    }

    /*
     * Tokens are reused until a minute before they expire: a login per request would make
     * hundreds of logins a minute for the same users, and Keycloak 26's brute-force detector then
     * locks a user out now and then ("user_temporarily_disabled") although no login failed.
     */
    private static final Map<String, Cached> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static synchronized String token(Map<String, String> form) {
        String key = new java.util.TreeMap<>(form).toString();
        Cached cached = CACHE.get(key);
        if (cached != null && cached.expiresAtMillis() > System.currentTimeMillis()) {
            return cached.token();
        }
        try {
            JsonPath answer = request(form);
            String token = answer.getString("access_token");
            CACHE.put(key, new Cached(token, System.currentTimeMillis() + (answer.getLong("expires_in") - 60) * 1000));
            return token;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Keycloak at " + KEYCLOAK + " is unreachable: start it with scripts/test.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath request(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder()
                .uri(URI.create(KEYCLOAK + "/realms/dondoc/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "Keycloak refused the token request: " + response.body());
        return JsonPath.from(response.body());
    }

    /** A real access token of a demo user, through the test-only client that allows the password grant. */
    public static String userToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", "dondoc-tests", "username", username,
                "password", "dondoc", "scope", "openid"));
    }

    /** A real access token of the document-management system (client credentials, role integration). */
    public static String docsysToken() {
        return token(Map.of("grant_type", "client_credentials", "client_id", "dondoc-docsys",
                "client_secret", System.getenv().getOrDefault("DONDOC_DOCSYS_SECRET", "docsys-dev-secret")));
    }

    @Test
    void anOfficersRealTokenCarriesTheirUnitAndConfinesThemToIt() throws Exception {
        String token = userToken("chuyenvien.stttt");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("chuyenvien.stttt"))
                .body("roles", hasItem("unit_officer"))
                .body("unit.code", equalTo("STTTT"));
        List<String> codes = given().auth().oauth2(token).queryParam("size", 200).get("/api/v1/tasks").then()
                .statusCode(200).extract().jsonPath().getList("items.code");
        assertEquals(33, codes.size());
        assertTrue(!codes.contains("II.1.c"));
        given().auth().oauth2(token).get("/api/v1/tasks?unitId=1&size=1").then().statusCode(403);
    }

    @Test
    void aCoordinatorsRealTokenSeesTheWholeProgram() throws Exception {
        String token = userToken("theodoi.sct");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("roles", hasItem("coordinator")).body("unit.code", equalTo("SCT"));
        given().auth().oauth2(token).queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("items.code", hasItem("II.1.c"));
    }

    @Test
    void theDocumentSystemAuthenticatesWithClientCredentialsAndOnlyReachesWhatItMay() throws Exception {
        String token = docsysToken();
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("roles", hasItem("integration")).body("roles", not(hasItem("coordinator")));
        given().auth().oauth2(token).get("/api/v1/units").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/tasks").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aForgedOrBrokenTokenIsRejected() throws Exception {
        String token = userToken("chuyenvien.stttt");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().auth().oauth2(tampered).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2("not-a-token").get("/api/v1/tasks").then().statusCode(401);
    }
}
