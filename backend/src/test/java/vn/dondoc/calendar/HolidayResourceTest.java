package vn.dondoc.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The holiday calendar over HTTP: reading for every person, editing for the administrator, working-day questions. */
@QuarkusTest
class HolidayResourceTest {

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void everyoneReadsTheYearsCalendar() {
        given().queryParam("year", 2026).get("/api/v1/holidays").then().statusCode(200)
                .body("year", equalTo(2026))
                .body("items.day", hasItems("2026-01-01", "2026-01-02", "2026-01-10", "2026-02-16", "2026-02-20",
                        "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-22", "2026-08-31", "2026-09-01",
                        "2026-09-02"))
                .body("items.find { it.day == '2026-02-17' }.name", equalTo("Tết Nguyên đán (mùng 1 tháng Giêng)"))
                .body("items.find { it.day == '2026-02-17' }.weekday", equalTo("thứ Ba"))
                .body("items.find { it.day == '2026-04-27' }.kind", equalTo("COMPENSATORY"))
                .body("items.find { it.day == '2026-01-10' }.kind", equalTo("SWAPPED_WORKING_DAY"))
                .body("items.find { it.day == '2026-01-10' }.workingDay", equalTo(true))
                .body("items.find { it.day == '2026-01-02' }.kind", equalTo("SWAPPED_DAY_OFF"));
        List<String> days = given().queryParam("year", 2025).get("/api/v1/holidays").then().statusCode(200)
                .extract().jsonPath().getList("items.day");
        assertEquals(List.of("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
                "2025-04-07", "2025-04-26", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"), days);
        given().queryParam("year", 1999).get("/api/v1/holidays").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    @TestSecurity(user = "chuyenvien.sct", roles = "unit_officer")
    void workingDaysAreCountedOverTetAndChecked() {
        given().queryParam("from", "2026-02-13").queryParam("add", 2).get("/api/v1/calendar/working-days").then()
                .statusCode(200)
                .body("from", equalTo("2026-02-13"))
                .body("add", equalTo(2))
                .body("result", equalTo("2026-02-24"));
        given().queryParam("date", "2026-04-27").get("/api/v1/calendar/working-days/check").then().statusCode(200)
                .body("date", equalTo("2026-04-27"))
                .body("workingDay", equalTo(false))
                .body("holidayKind", equalTo("COMPENSATORY"))
                .body("reason", containsString("Giỗ Tổ Hùng Vương"));
        given().queryParam("date", "2026-01-10").get("/api/v1/calendar/working-days/check").then().statusCode(200)
                .body("workingDay", equalTo(true))
                .body("holidayKind", equalTo("SWAPPED_WORKING_DAY"));
        given().queryParam("date", "2026-03-07").get("/api/v1/calendar/working-days/check").then().statusCode(200)
                .body("workingDay", equalTo(false))
                .body("holidayKind", nullValue())
                .body("reason", equalTo("Ngày nghỉ hằng tuần (thứ Bảy)"));
    }

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void badWorkingDayQuestionsNameTheParameter() {
        given().queryParam("from", "2026-02-13").get("/api/v1/calendar/working-days").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("add"));
        given().queryParam("from", "2026-02-13").queryParam("add", 0).get("/api/v1/calendar/working-days").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("add"));
        given().queryParam("from", "2026-02-13").queryParam("add", 1001).get("/api/v1/calendar/working-days").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("add"));
        given().queryParam("add", 1).get("/api/v1/calendar/working-days").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().get("/api/v1/calendar/working-days/check").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        given().queryParam("date", "2026-02-30").get("/api/v1/calendar/working-days/check").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", containsString("yyyy-MM-dd"));
        given().queryParam("from", "13/02/2026").queryParam("add", 1).get("/api/v1/calendar/working-days").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    @TestSecurity(user = "quantri", roles = "admin")
    void anAdministratorEditsTheCalendarWithOptimisticLocking() {
        // An ordinary Wednesday of a year nobody confirmed (1/1/2031 itself is now a computed holiday).
        LocalDate day = LocalDate.of(2031, 3, 5);
        assertEquals(DayOfWeek.WEDNESDAY, day.getDayOfWeek());
        given().queryParam("date", day.toString()).get("/api/v1/calendar/working-days/check").then().statusCode(200)
                .body("workingDay", equalTo(true));

        int id = given().contentType(ContentType.JSON).body(holiday(day, "Ngày nghỉ thử nghiệm", "PUBLIC_HOLIDAY", null))
                .post("/api/v1/holidays").then().statusCode(201)
                .header("Location", containsString("/api/v1/holidays/"))
                .body("day", equalTo("2031-03-05"))
                .body("weekday", equalTo("thứ Tư"))
                .body("version", equalTo(0))
                .extract().path("id");
        given().get("/api/v1/holidays/" + id).then().statusCode(200).body("name", equalTo("Ngày nghỉ thử nghiệm"));
        given().queryParam("date", day.toString()).get("/api/v1/calendar/working-days/check").then().statusCode(200)
                .body("workingDay", equalTo(false))
                .body("reason", equalTo("Ngày nghỉ lễ, tết: Ngày nghỉ thử nghiệm"))
                .body("source", equalTo("DECIDED"))
                .body("provisional", equalTo(true));
        given().queryParam("from", "2031-03-04").queryParam("add", 1).get("/api/v1/calendar/working-days").then()
                .statusCode(200).body("result", equalTo("2031-03-06"));

        // One entry per day.
        given().contentType(ContentType.JSON).body(holiday(day, "Trùng ngày", "PUBLIC_HOLIDAY", null))
                .post("/api/v1/holidays").then().statusCode(400)
                .body("errors[0].field", equalTo("day"))
                .body("errors[0].message", containsString("đã có trong lịch nghỉ"));

        Map<String, Object> update = holiday(day, "Ngày nghỉ thử nghiệm 2031", "PUBLIC_HOLIDAY", 0);
        given().contentType(ContentType.JSON).body(update).put("/api/v1/holidays/" + id).then().statusCode(200)
                .body("name", equalTo("Ngày nghỉ thử nghiệm 2031"))
                .body("version", equalTo(1));
        update.put("name", "Tên cũ");
        given().contentType(ContentType.JSON).body(update).put("/api/v1/holidays/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:conflict"));

        given().delete("/api/v1/holidays/" + id).then().statusCode(204);
        given().get("/api/v1/holidays/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/holidays/" + id).then().statusCode(404);
        given().queryParam("date", day.toString()).get("/api/v1/calendar/working-days/check").then().statusCode(200)
                .body("workingDay", equalTo(true));
    }

    @Test
    @TestSecurity(user = "quantri", roles = "admin")
    void kindsMustFitTheWeekday() {
        // 2031-01-04 is a Saturday, 2031-01-06 a Monday.
        given().contentType(ContentType.JSON).body(holiday(LocalDate.of(2031, 1, 6), "Làm bù", "SWAPPED_WORKING_DAY", null))
                .post("/api/v1/holidays").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("thứ Bảy hoặc Chủ nhật"));
        given().contentType(ContentType.JSON).body(holiday(LocalDate.of(2031, 1, 4), "Nghỉ bù", "COMPENSATORY", null))
                .post("/api/v1/holidays").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON).body(holiday(LocalDate.of(2031, 1, 4), "Nghỉ", "SWAPPED_DAY_OFF", null))
                .post("/api/v1/holidays").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON).body(holiday(LocalDate.of(2101, 1, 3), "Xa quá", "PUBLIC_HOLIDAY", null))
                .post("/api/v1/holidays").then().statusCode(400)
                .body("errors[0].field", equalTo("day"));
        given().contentType(ContentType.JSON).body(Map.of("name", " "))
                .post("/api/v1/holidays").then().statusCode(400)
                .body("errors.field", hasItems("day", "name", "kind"));
        given().contentType(ContentType.JSON).body(holiday(LocalDate.of(2031, 1, 6), "Ngày lạ", "FESTIVAL", null))
                .post("/api/v1/holidays").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    @TestSecurity(user = "chuyenvien.sct", roles = "unit_officer")
    void onlyTheAdministratorChangesTheCalendar() {
        given().queryParam("year", 2026).get("/api/v1/holidays").then().statusCode(200);
        given().contentType(ContentType.JSON).body(holiday(LocalDate.of(2031, 1, 1), "Tết", "PUBLIC_HOLIDAY", null))
                .post("/api/v1/holidays").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:forbidden"));
        given().contentType(ContentType.JSON).body(holiday(LocalDate.of(2031, 1, 1), "Tết", "PUBLIC_HOLIDAY", 0))
                .put("/api/v1/holidays/1").then().statusCode(403);
        given().delete("/api/v1/holidays/1").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void coordinatorsReadButDoNotChangeTheCalendar() {
        given().get("/api/v1/holidays").then().statusCode(200);
        given().contentType(ContentType.JSON).body(holiday(LocalDate.of(2031, 1, 1), "Tết", "PUBLIC_HOLIDAY", null))
                .post("/api/v1/holidays").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "docsys", roles = "integration")
    void theDocumentSystemDoesNotReadTheCalendar() {
        given().get("/api/v1/holidays").then().statusCode(403);
        given().queryParam("date", "2026-01-01").get("/api/v1/calendar/working-days/check").then().statusCode(403);
    }

    @Test
    void anonymousCallersAreRefused() {
        given().get("/api/v1/holidays").then().statusCode(401).contentType("application/problem+json");
        given().queryParam("date", "2026-01-01").get("/api/v1/calendar/working-days/check").then().statusCode(401);
    }

    private static Map<String, Object> holiday(LocalDate day, String name, String kind, Integer version) {
        Map<String, Object> body = new HashMap<>();
        body.put("day", day.toString());
        body.put("name", name);
        body.put("kind", kind);
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }
}
