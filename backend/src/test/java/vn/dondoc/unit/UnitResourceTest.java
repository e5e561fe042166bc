package vn.dondoc.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void listsTheSeedUnitsAndFindsThemWithoutDiacritics() {
        given().queryParam("size", 200).get("/api/v1/units").then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(25))
                .body("items.code", hasItems("SCT", "STTTT", "BQLKKT", "MTTQ", "TPHT", "HVQ"));
        given().queryParam("q", "cong thuong").get("/api/v1/units").then().statusCode(200)
                .body("items.code", hasItem("SCT"))
                .body("items.code", not(hasItem("STTTT")));
        given().queryParam("type", "LOCALITY").queryParam("size", 200).get("/api/v1/units").then().statusCode(200)
                .body("totalItems", equalTo(13))
                .body("items.type", everyItem(equalTo("LOCALITY")));
    }

    @Test
    @TestSecurity(user = "quantri", roles = "admin")
    void adminCreatesAndUpdatesAUnitWithOptimisticLocking() {
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("code", "SXD", "name", "Sở Xây dựng", "shortName", "Sở XD", "type", "DEPARTMENT"))
                .post("/api/v1/units").then().statusCode(201)
                .header("Location", containsString("/api/v1/units/"))
                .body("code", equalTo("SXD")).body("version", equalTo(0))
                .extract().path("id");

        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Sở Xây dựng tỉnh Hà Tĩnh", "type", "DEPARTMENT", "active", true, "version", 0))
                .put("/api/v1/units/" + id).then().statusCode(200)
                .body("name", equalTo("Sở Xây dựng tỉnh Hà Tĩnh")).body("version", equalTo(1));

        // A second editor still holding version 0 must not overwrite the first one's change.
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Tên cũ", "type", "DEPARTMENT", "active", true, "version", 0))
                .put("/api/v1/units/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:conflict"))
                .body("detail", containsString("người khác"));
        given().get("/api/v1/units/" + id).then().statusCode(200).body("name", equalTo("Sở Xây dựng tỉnh Hà Tĩnh"));

        given().contentType(ContentType.JSON)
                .body(Map.of("code", "SXD", "name", "Trùng mã", "type", "DEPARTMENT"))
                .post("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", containsString("đã tồn tại"));
    }

    @Test
    @TestSecurity(user = "quantri", roles = "admin")
    void invalidUnitsAreRejectedWithEveryFieldError() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "sở xd", "name", " "))
                .post("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItems("code", "name", "type"))
                .body("detail", containsString("3 trường"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "X1", "name", "Đơn vị X", "type", "PLANET"))
                .post("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("DEPARTMENT"));
        given().get("/api/v1/units/999999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:not-found"))
                .body("instance", equalTo("/api/v1/units/999999"));
        given().queryParam("size", 1000).get("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "chuyenvien.sct", roles = "unit_officer")
    void onlyAdminsChangeUnits() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "SYT", "name", "Sở Y tế", "type", "DEPARTMENT"))
                .post("/api/v1/units").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:forbidden"))
                .body("detail", notNullValue());
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Đổi tên", "type", "DEPARTMENT", "active", true, "version", 0))
                .put("/api/v1/units/1").then().statusCode(403);
        given().get("/api/v1/units").then().statusCode(200);
    }

    @Test
    void anonymousCallersGetAProblemNotAPage() {
        given().get("/api/v1/units").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:dondoc:problem:unauthorized"));
    }
}
