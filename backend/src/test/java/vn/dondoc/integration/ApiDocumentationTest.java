package vn.dondoc.integration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the served API document promises integrators and people: OAuth2 schemes against Keycloak,
 * the document system's scheme on its endpoints, Idempotency-Key on every POST, and a Swagger UI
 * that logs a person in with PKCE through a client whose redirect URIs allow it.
 */
@QuarkusTest
class ApiDocumentationTest {

    @SuppressWarnings("unchecked")
    @Test
    void theDocumentDeclaresTheSchemesAndTheIdempotencyKey() {
        JsonPath spec = JsonPath.from(given().queryParam("format", "json").get("/q/openapi").asString());
        assertEquals("authorizationCode", spec.getMap("components.securitySchemes.keycloak-people.flows").keySet()
                .iterator().next());
        assertTrue(spec.getString("components.securitySchemes.keycloak-people.flows.authorizationCode.authorizationUrl")
                .endsWith("/realms/dondoc/protocol/openid-connect/auth"));
        assertTrue(spec.getString("components.securitySchemes.keycloak-systems.flows.clientCredentials.tokenUrl")
                .endsWith("/realms/dondoc/protocol/openid-connect/token"));

        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        List<String> problems = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            List<Map<String, Object>> params = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            long keys = params.stream().filter(p -> "Idempotency-Key".equals(p.get("name")) && "header".equals(p.get("in"))).count();
            if (method.equals("post") && keys != 1) {
                problems.add(where + " documents Idempotency-Key " + keys + " times");
            }
            String security = String.valueOf(operation.get("security"));
            boolean integration = path.startsWith("/api/v1/integration/");
            if (integration && (!security.contains("keycloak-systems") || security.contains("keycloak-people"))) {
                problems.add(where + " must name the systems' scheme only: " + security);
            }
            if (!integration && path.startsWith("/api/") && !path.endsWith(".ics") && !security.contains("keycloak-people")) {
                problems.add(where + " must name the people's scheme: " + security);
            }
            if (operation.get("description") == null || String.valueOf(operation.get("description")).isBlank()) {
                problems.add(where + " has no description");
            }
            if (operation.get("operationId") == null) {
                problems.add(where + " has no operationId");
            }
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void swaggerUiLogsInThroughKeycloakWithPkce() throws Exception {
        String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("dondoc-web"), "Swagger UI's OAuth client");
        assertTrue(page.replace(" ", "").contains("usePkceWithAuthorizationCodeGrant:true"), "PKCE");

        // The public client must accept Swagger UI's redirect on the backend's ports (dev 8080, test 8090, compose 8081).
        JsonPath realm = JsonPath.from(Files.readString(Path.of("../keycloak/dondoc-realm.json")));
        Map<String, Object> web = realm.getMap("clients.find { it.clientId == 'dondoc-web' }");
        assertEquals(Boolean.TRUE, web.get("publicClient"));
        assertEquals("S256", realm.getString("clients.find { it.clientId == 'dondoc-web' }.attributes.'pkce.code.challenge.method'"));
        List<String> redirects = realm.getList("clients.find { it.clientId == 'dondoc-web' }.redirectUris");
        for (String port : List.of("8080", "8090", "8081")) {
            String redirect = "http://localhost:" + port + "/q/swagger-ui/oauth2-redirect.html";
            assertTrue(redirects.stream().anyMatch(r -> r.endsWith("*") ? redirect.startsWith(r.substring(0, r.length() - 1))
                    : redirect.equals(r)), redirect + " not allowed by " + redirects);
        }
    }
}
