package vn.dondoc.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi.yaml is the API contract the frontend's types are generated from: it
 * must be exactly what the backend serves. Run with -Ddondoc.openapi.update=true to rewrite it.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedSpecIsWhatTheBackendServes() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Path committed = Path.of(System.getProperty("dondoc.openapi.committed", "../openapi.yaml"));
        if (Boolean.getBoolean("dondoc.openapi.update")) {
            Files.writeString(committed, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(committed), "missing " + committed + ": run the tests with -Ddondoc.openapi.update=true");
        assertEquals(Files.readString(committed, StandardCharsets.UTF_8), served,
                "openapi.yaml differs from the served spec: run the tests with -Ddondoc.openapi.update=true and commit it");
    }

    @Test
    void everyOperationDocumentsItsProblemsAndSecurity() {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        io.restassured.path.json.JsonPath spec = io.restassured.path.json.JsonPath.from(served);
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = spec.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            assertTrue(operation.get("summary") != null, where + " has no summary");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> responses = (java.util.Map<String, Object>) operation.get("responses");
            assertTrue(responses.containsKey("401") && responses.containsKey("403"), where + " lacks 401/403");
            assertTrue(operation.get("security") != null, where + " has no security requirement");
        }));
        assertTrue(spec.getMap("components.schemas").containsKey("Problem"), "Problem schema missing");
    }
}
