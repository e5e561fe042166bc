package vn.dondoc.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.common.ProblemException;

/** Groups of units: the two built-in dynamic groups of every program, and explicit groups made by an admin. */
@QuarkusTest
class UnitGroupResourceTest {

    @Inject
    UnitGroupService groups;

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void theBuiltInDepartmentsGroupHoldsEveryActiveDepartmentByName() {
        JsonPath list = given().get("/api/v1/unit-groups").then().statusCode(200)
                .body("items.code", hasItems("SO_BAN_NGANH", "DIA_PHUONG"))
                .extract().jsonPath();
        int departments = list.getInt("items.find { it.code == 'SO_BAN_NGANH' }.id");
        assertTrue(list.getBoolean("items.find { it.code == 'SO_BAN_NGANH' }.dynamic"));
        assertTrue(list.getBoolean("items.find { it.code == 'SO_BAN_NGANH' }.builtIn"));
        assertEquals("Các sở, ban, ngành", list.getString("items.find { it.code == 'SO_BAN_NGANH' }.name"));
        assertEquals("UBND các huyện, thị xã, thành phố", list.getString("items.find { it.code == 'DIA_PHUONG' }.name"));

        List<String> active = given().queryParam("type", "DEPARTMENT").queryParam("active", true).queryParam("size", 200)
                .get("/api/v1/units").then().statusCode(200).extract().jsonPath().getList("items.code");
        JsonPath detail = given().get("/api/v1/unit-groups/" + departments).then().statusCode(200)
                .body("unitType", equalTo("DEPARTMENT"))
                .extract().jsonPath();
        List<String> members = detail.getList("members.code");
        assertEquals(new java.util.TreeSet<>(active), new java.util.TreeSet<>(members));
        assertTrue(members.containsAll(List.of("SCT", "STTTT", "SKHDT", "BQLKKT")), members.toString());
        assertFalse(members.contains("TPHT"), "a locality is not a department");
        assertEquals(members.size(), list.getInt("items.find { it.code == 'SO_BAN_NGANH' }.memberCount"));
        given().get("/api/v1/unit-groups/999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @Transactional
    void theServiceGivesActiveMembersAndNamesTheFieldOfAnUnknownGroup() {
        UnitGroup localities = UnitGroup.findByCode("DIA_PHUONG").orElseThrow();
        List<Unit> members = groups.members("leadGroupIds[0]", localities.id);
        assertTrue(members.size() >= 13, "the demo has 13 localities, got " + members.size());
        assertTrue(members.stream().allMatch(u -> u.type == UnitType.LOCALITY && u.active));
        assertTrue(members.stream().anyMatch(u -> u.code.equals("HVQ")));
        ProblemException e = assertThrows(ProblemException.class, () -> groups.members("leadGroupIds[1]", 999999L));
        assertEquals(400, e.status());
        assertEquals("leadGroupIds[1]", e.errors().get(0).field());
    }

    @Test
    @TestSecurity(user = "quantri", roles = "admin")
    void anAdminManagesAnExplicitGroupWithOptimisticLocking() {
        long sct = unitId("SCT");
        long skhdt = unitId("SKHDT");
        long stttt = unitId("STTTT");
        int id = given().contentType(ContentType.JSON)
                .body(group("KHOI_KINH_TE", "Các sở khối kinh tế", null, List.of(sct, skhdt)))
                .post("/api/v1/unit-groups").then().statusCode(201)
                .header("Location", containsString("/api/v1/unit-groups/"))
                .body("dynamic", equalTo(false))
                .body("builtIn", equalTo(false))
                .body("members.code", hasItems("SCT", "SKHDT"))
                .body("members", hasSize(2))
                .body("version", equalTo(0))
                .extract().path("id");

        Map<String, Object> update = group(null, "Các sở khối kinh tế và hạ tầng số", null, List.of(sct, stttt));
        update.put("version", 0);
        given().contentType(ContentType.JSON).body(update).put("/api/v1/unit-groups/" + id).then().statusCode(200)
                .body("name", equalTo("Các sở khối kinh tế và hạ tầng số"))
                .body("members.code", hasItems("SCT", "STTTT"))
                .body("members", hasSize(2))
                .body("version", equalTo(1));
        update.put("name", "Tên cũ");
        given().contentType(ContentType.JSON).body(update).put("/api/v1/unit-groups/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:conflict"));
        given().get("/api/v1/unit-groups").then().statusCode(200)
                .body("items.find { it.code == 'KHOI_KINH_TE' }.memberCount", equalTo(2));

        given().contentType(ContentType.JSON)
                .body(group("KHOI_KINH_TE", "Trùng mã", null, List.of(sct)))
                .post("/api/v1/unit-groups").then().statusCode(400)
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", containsString("đã tồn tại"));

        given().delete("/api/v1/unit-groups/" + id).then().statusCode(204);
        given().get("/api/v1/unit-groups/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "quantri", roles = "admin")
    void invalidGroupsAndBuiltInGroupsAreProtected() {
        long sct = unitId("SCT");
        given().contentType(ContentType.JSON)
                .body(group("NHOM_LOI", "Nhóm lỗi", null, java.util.Arrays.asList(sct, 987654L, sct)))
                .post("/api/v1/unit-groups").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("memberIds[1]", "memberIds[2]")));
        given().contentType(ContentType.JSON)
                .body(group("NHOM_LOI", "Nhóm lỗi", "MEDIA", List.of(sct)))
                .post("/api/v1/unit-groups").then().statusCode(400)
                .body("errors[0].field", equalTo("memberIds"));
        given().contentType(ContentType.JSON)
                .body(group("nhóm lỗi", " ", null, List.of()))
                .post("/api/v1/unit-groups").then().statusCode(400)
                .body("errors.field", hasItems("code", "name"));

        // A dynamic group of the admin's own is allowed.
        given().contentType(ContentType.JSON)
                .body(group("CO_QUAN_BAO_CHI", "Các cơ quan báo chí", "MEDIA", null))
                .post("/api/v1/unit-groups").then().statusCode(201)
                .body("dynamic", equalTo(true))
                .body("members.code", hasItems("DPTTH", "BAOHT"));

        long builtIn = groupId("SO_BAN_NGANH");
        given().delete("/api/v1/unit-groups/" + builtIn).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("có sẵn"));
        Map<String, Object> retype = group(null, "Các sở, ban, ngành", "LOCALITY", null);
        retype.put("version", 0);
        given().contentType(ContentType.JSON).body(retype).put("/api/v1/unit-groups/" + builtIn).then().statusCode(400)
                .body("errors[0].field", equalTo("unitType"));
        given().get("/api/v1/unit-groups/" + builtIn).then().statusCode(200).body("unitType", equalTo("DEPARTMENT"));
    }

    @Test
    @TestSecurity(user = "chuyenvien.sct", roles = "unit_officer")
    void onlyAdminsChangeGroups() {
        given().get("/api/v1/unit-groups").then().statusCode(200);
        long builtIn = groupId("DIA_PHUONG");
        given().get("/api/v1/unit-groups/" + builtIn).then().statusCode(200).body("members.code", hasItems("TPHT", "HVQ"));
        given().contentType(ContentType.JSON).body(group("NHOM_X", "Nhóm X", "MEDIA", null))
                .post("/api/v1/unit-groups").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:forbidden"));
        Map<String, Object> update = group(null, "Đổi tên", "LOCALITY", null);
        update.put("version", 0);
        given().contentType(ContentType.JSON).body(update).put("/api/v1/unit-groups/" + builtIn).then().statusCode(403);
        given().delete("/api/v1/unit-groups/" + builtIn).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void coordinatorsReadGroupsButDoNotChangeThem() {
        given().get("/api/v1/unit-groups").then().statusCode(200);
        given().contentType(ContentType.JSON).body(group("NHOM_Y", "Nhóm Y", "MEDIA", null))
                .post("/api/v1/unit-groups").then().statusCode(403);
    }

    @Test
    void anonymousCallersAreRefused() {
        given().get("/api/v1/unit-groups").then().statusCode(401)
                .contentType("application/problem+json");
    }

    private static Map<String, Object> group(String code, String name, String unitType, List<Long> memberIds) {
        Map<String, Object> body = new HashMap<>();
        if (code != null) {
            body.put("code", code);
        }
        body.put("name", name);
        body.put("description", "Nhóm dùng để giao nhiệm vụ chung");
        body.put("unitType", unitType);
        body.put("memberIds", memberIds);
        return body;
    }

    @Transactional
    long unitId(String code) {
        return Unit.findByCode(code).orElseThrow().id;
    }

    @Transactional
    long groupId(String code) {
        return UnitGroup.findByCode(code).orElseThrow().id;
    }
}
