package vn.dondoc.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.notification.MutableClock;

/**
 * Holidays for every year (issue 13, rule 5): a year nobody entered gets the statutory schedule computed
 * from the Labour Code and the Vietnamese lunar calendar, the government's decisions stay editable rows on
 * top, the administrator confirms each year and is warned from 1 October, and every due date counted
 * across an unconfirmed year says it is provisional.
 */
@QuarkusTest
class HolidayYearsTest {

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    MutableClock clock;

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        removeYear(2027);
    }

    @Test
    void tet2027IsSkippedWithoutAnyoneEnteringIt() {
        // 29 tháng Chạp Friday 5/2, mùng 1-4 Saturday 6/2 to Tuesday 9/2, compensation Wednesday 10/2 and Thursday 11/2.
        for (LocalDate day = d(2027, 2, 5); !day.isAfter(d(2027, 2, 11)); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day.toString());
        }
        assertEquals(d(2027, 2, 12), calendar.addWorkingDays(d(2027, 2, 4), 1));
        assertEquals(d(2027, 2, 15), calendar.addWorkingDays(d(2027, 2, 4), 2));
        WorkingDayCalendar.DayStatus tet = calendar.describe(d(2027, 2, 6));
        assertEquals(HolidayKind.PUBLIC_HOLIDAY, tet.kind());
        assertEquals(HolidaySource.COMPUTED, tet.source());
        assertTrue(tet.provisional());
        assertTrue(tet.reason().contains("mùng 1 tháng Giêng"), tet.reason());
        assertFalse(calendar.isConfirmed(2027));
        assertTrue(calendar.isConfirmed(2026));
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAdding() {
        LocalDate[] starts = { d(2026, 12, 30), d(2027, 2, 4), d(2026, 4, 24), d(2027, 4, 29), d(2028, 2, 27) };
        for (LocalDate from : starts) {
            for (int n = 1; n <= 40; n++) {
                LocalDate to = calendar.addWorkingDays(from, n);
                assertEquals(n, calendar.workingDaysBetween(from, to), from + " + " + n);
                assertEquals(-n, calendar.workingDaysBetween(to, from), to + " back to " + from);
            }
            assertEquals(0, calendar.workingDaysBetween(from, from));
        }
        // Friday 5/2/2027 to Friday 12/2/2027: the whole Tết break, then one working day.
        assertEquals(1, calendar.workingDaysBetween(d(2027, 2, 4), d(2027, 2, 12)));
        assertEquals(d(2028, 3, 1), calendar.addWorkingDays(d(2028, 2, 28), 2), "29/2/2028 is a Tuesday worked as any");
        assertEquals(2, calendar.workingDaysBetween(d(2028, 2, 28), d(2028, 3, 1)));
    }

    @Test
    @TestSecurity(user = "chuyenvien.sct", roles = "unit_officer")
    void aDueDateCountedAcrossAnUnconfirmedYearSaysItIsProvisional() {
        given().queryParam("from", "2027-02-04").queryParam("add", 1).get("/api/v1/calendar/working-days").then()
                .statusCode(200)
                .body("result", equalTo("2027-02-12"))
                .body("provisional", equalTo(true))
                .body("unconfirmedYears", equalTo(List.of(2027)));
        // Inside the confirmed 2026: final.
        given().queryParam("from", "2026-12-29").queryParam("add", 2).get("/api/v1/calendar/working-days").then()
                .statusCode(200)
                .body("result", equalTo("2026-12-31"))
                .body("provisional", equalTo(false))
                .body("unconfirmedYears", equalTo(List.of()));
        // From the last day of 2026 into 2027: 1/1/2027 (Friday) is New Year.
        given().queryParam("from", "2026-12-31").queryParam("add", 1).get("/api/v1/calendar/working-days").then()
                .statusCode(200)
                .body("result", equalTo("2027-01-04"))
                .body("provisional", equalTo(true))
                .body("unconfirmedYears", equalTo(List.of(2027)));
        given().queryParam("date", "2027-02-10").get("/api/v1/calendar/working-days/check").then().statusCode(200)
                .body("workingDay", equalTo(false))
                .body("holidayKind", equalTo("COMPENSATORY"))
                .body("source", equalTo("COMPUTED"))
                .body("provisional", equalTo(true))
                .body("reason", containsString("chưa được xác nhận"));
        given().queryParam("date", "2026-02-17").get("/api/v1/calendar/working-days/check").then().statusCode(200)
                .body("source", equalTo("DECIDED"))
                .body("provisional", equalTo(false));

        // The reporting periods of 2027: their due dates are provisional too.
        long program = programId();
        JsonPath due = given().queryParam("from", "2026-07-01").queryParam("to", "2027-06-30")
                .get("/api/v1/directives/" + program + "/reporting-periods").then().statusCode(200)
                .extract().jsonPath();
        String q4 = "items.find { it.period.key == '2026-Q4' }";
        assertFalse(due.getBoolean(q4 + ".provisional"));
        String q1 = "items.find { it.period.key == '2027-Q1' }";
        assertTrue(due.getBoolean(q1 + ".provisional"));
        assertEquals(List.of(2027), due.getList(q1 + ".unconfirmedYears"));
    }

    @Test
    @TestSecurity(user = "chuyenvien.sct", roles = "unit_officer")
    void datesWithoutLunarDataAreRefusedWith422AndBadDatesWith400() {
        given().queryParam("from", "2100-12-20").queryParam("add", 30).get("/api/v1/calendar/working-days").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(WorkingDayCalendar.NO_HOLIDAY_DATA))
                .body("status", equalTo(422))
                .body("detail", containsString("2101"))
                .body("detail", containsString("từ 2000 đến 2100"));
        given().queryParam("date", "1999-12-31").get("/api/v1/calendar/working-days/check").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(WorkingDayCalendar.NO_HOLIDAY_DATA));
        given().queryParam("date", "2101-01-01").get("/api/v1/calendar/working-days/check").then().statusCode(422);
        // The last supported day still answers.
        given().queryParam("date", "2100-12-31").get("/api/v1/calendar/working-days/check").then().statusCode(200);
        // A year parameter outside the documented range is a validation error, as for the list of a year.
        given().get("/api/v1/holidays/years/2101").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", containsString("year"));
        given().get("/api/v1/holidays/years/1999").then().statusCode(400);
        // 29 February exists only in leap years.
        given().queryParam("date", "2028-02-29").get("/api/v1/calendar/working-days/check").then().statusCode(200)
                .body("workingDay", equalTo(true))
                .body("reason", equalTo("Ngày làm việc (thứ Ba)"))
                .body("provisional", equalTo(true));
        given().queryParam("from", "2028-02-28").queryParam("add", 1).get("/api/v1/calendar/working-days").then()
                .statusCode(200).body("result", equalTo("2028-02-29"));
        given().queryParam("date", "2027-02-29").get("/api/v1/calendar/working-days/check").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void everyoneReadsTheComputedYearWithItsSources() {
        JsonPath year = given().get("/api/v1/holidays/years/2027").then().statusCode(200)
                .body("year", equalTo(2027))
                .body("confirmed", equalTo(false))
                .body("confirmedBy", nullValue())
                .body("lunarNewYear", equalTo("2027-02-06"))
                .body("days.source", everyItem(equalTo("COMPUTED")))
                .body("days.id", everyItem(nullValue()))
                .body("days.day", hasItems("2027-01-01", "2027-02-05", "2027-02-06", "2027-02-09", "2027-02-10", "2027-02-11",
                        "2027-04-30", "2027-05-01", "2027-05-03", "2027-09-02", "2027-09-03"))
                .extract().jsonPath();
        assertEquals("Tết Nguyên đán (29 tháng Chạp)", year.getString("days.find { it.day == '2027-02-05' }.name"));
        assertEquals("thứ Sáu", year.getString("days.find { it.day == '2027-02-05' }.weekday"));
        assertEquals("COMPENSATORY", year.getString("days.find { it.day == '2027-02-10' }.kind"));

        given().get("/api/v1/holidays/years/2026").then().statusCode(200)
                .body("confirmed", equalTo(true))
                .body("confirmedBy", equalTo("Dữ liệu ban đầu (V5)"))
                .body("confirmedAt", notNullValue())
                .body("days.source", everyItem(equalTo("DECIDED")))
                .body("days.id", everyItem(notNullValue()))
                .body("days.find { it.day == '2026-01-10' }.workingDay", equalTo(true));
        // Leaders may read but not confirm.
        given().put("/api/v1/holidays/years/2027/confirmation").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "quantri", roles = "admin")
    void theGovernmentsDecisionIsEnteredOnTopAndThenTheYearIsConfirmed() {
        // Say the decision for 2027 gives Thursday 4/2 (28 tháng Chạp) off, worked back on Saturday 30/1, and keeps
        // Wednesday 10/2 as a swapped day rather than a compensatory one.
        long swappedOff = create(d(2027, 2, 4), "Nghỉ hoán đổi dịp Tết (làm bù thứ Bảy 30/01/2027)", "SWAPPED_DAY_OFF");
        long worked = create(d(2027, 1, 30), "Làm bù cho thứ Năm 04/02/2027", "SWAPPED_WORKING_DAY");
        long replaced = create(d(2027, 2, 10), "Nghỉ hoán đổi dịp Tết (theo quyết định)", "SWAPPED_DAY_OFF");
        JsonPath year = given().get("/api/v1/holidays/years/2027").then().statusCode(200)
                .body("confirmed", equalTo(false))
                .extract().jsonPath();
        assertEquals("DECIDED", year.getString("days.find { it.day == '2027-02-04' }.source"));
        assertEquals(swappedOff, year.getLong("days.find { it.day == '2027-02-04' }.id"));
        assertEquals("DECIDED", year.getString("days.find { it.day == '2027-02-10' }.source"));
        assertEquals("SWAPPED_DAY_OFF", year.getString("days.find { it.day == '2027-02-10' }.kind"));
        assertEquals("COMPUTED", year.getString("days.find { it.day == '2027-02-11' }.source"));
        assertTrue(year.getBoolean("days.find { it.day == '2027-01-30' }.workingDay"));
        assertTrue(calendar.isWorkingDay(d(2027, 1, 30)));
        assertEquals(d(2027, 2, 12), calendar.addWorkingDays(d(2027, 2, 3), 1));
        // The list of stored days shows only what was entered.
        given().queryParam("year", 2027).get("/api/v1/holidays").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) worked, (int) swappedOff, (int) replaced)));

        int computedDays = year.getList("days").size();
        JsonPath confirmed = given().put("/api/v1/holidays/years/2027/confirmation").then().statusCode(200)
                .body("confirmed", equalTo(true))
                .body("confirmedBy", equalTo("quantri"))
                .body("confirmedAt", notNullValue())
                .body("days.source", everyItem(equalTo("DECIDED")))
                .body("days.id", everyItem(notNullValue()))
                .extract().jsonPath();
        assertEquals(computedDays, confirmed.getList("days").size(), "the schedule is stored as it was shown");
        String confirmedAt = confirmed.getString("confirmedAt");
        // Confirming again changes nothing.
        given().put("/api/v1/holidays/years/2027/confirmation").then().statusCode(200)
                .body("confirmedAt", equalTo(confirmedAt))
                .body("days.size()", equalTo(computedDays));
        assertTrue(calendar.isConfirmed(2027));
        given().queryParam("from", "2027-02-03").queryParam("add", 1).get("/api/v1/calendar/working-days").then()
                .statusCode(200)
                .body("result", equalTo("2027-02-12"))
                .body("provisional", equalTo(false));

        // Once confirmed, the stored days are the whole schedule: deleting mùng 4 makes it a working day.
        long fourth = confirmed.getLong("days.find { it.day == '2027-02-09' }.id");
        given().delete("/api/v1/holidays/" + fourth).then().statusCode(204);
        assertTrue(calendar.isWorkingDay(d(2027, 2, 9)));
        given().get("/api/v1/holidays/years/2027").then().statusCode(200)
                .body("days.size()", equalTo(computedDays - 1));

        // Withdrawing the confirmation brings the computed days back under the stored ones.
        given().delete("/api/v1/holidays/years/2027/confirmation").then().statusCode(204);
        given().delete("/api/v1/holidays/years/2027/confirmation").then().statusCode(204);
        assertFalse(calendar.isConfirmed(2027));
        assertFalse(calendar.isWorkingDay(d(2027, 2, 9)));
        assertEquals(HolidaySource.COMPUTED, calendar.describe(d(2027, 2, 9)).source());
        given().put("/api/v1/holidays/years/2101/confirmation").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "quantri", roles = "admin")
    void theAdministratorIsWarnedFromTheFirstOfOctober() {
        clock.setDay(d(2026, 9, 30));
        given().get("/api/v1/holidays/confirmation-status").then().statusCode(200)
                .body("today", equalTo("2026-09-30"))
                .body("year", equalTo(2027))
                .body("confirmed", equalTo(false))
                .body("warnFrom", equalTo("2026-10-01"))
                .body("warning", nullValue());
        clock.setDay(d(2026, 10, 1));
        given().get("/api/v1/holidays/confirmation-status").then().statusCode(200)
                .body("confirmed", equalTo(false))
                .body("warning", containsString("Lịch nghỉ lễ, tết năm 2027 chưa được xác nhận"))
                .body("warning", containsString("tạm tính"));
        given().put("/api/v1/holidays/years/2027/confirmation").then().statusCode(200);
        given().get("/api/v1/holidays/confirmation-status").then().statusCode(200)
                .body("confirmed", equalTo(true))
                .body("warning", nullValue());
        // On 29 February 2028 next year is 2029, and the warning waits for October.
        clock.setDay(d(2028, 2, 29));
        given().get("/api/v1/holidays/confirmation-status").then().statusCode(200)
                .body("today", equalTo("2028-02-29"))
                .body("year", equalTo(2029))
                .body("warnFrom", equalTo("2028-10-01"))
                .body("warning", nullValue());
        clock.setDay(d(2028, 12, 31));
        given().get("/api/v1/holidays/confirmation-status").then().statusCode(200)
                .body("warning", containsString("2029"));
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void onlyTheAdministratorConfirmsAndSeesTheWarning() {
        given().get("/api/v1/holidays/years/2027").then().statusCode(200);
        given().put("/api/v1/holidays/years/2027/confirmation").then().statusCode(403)
                .contentType("application/problem+json");
        given().delete("/api/v1/holidays/years/2027/confirmation").then().statusCode(403);
        given().get("/api/v1/holidays/confirmation-status").then().statusCode(403);
    }

    private static long create(LocalDate day, String name, String kind) {
        return given().contentType(ContentType.JSON).body(Map.of("day", day.toString(), "name", name, "kind", kind))
                .post("/api/v1/holidays").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Leaves the year as the seed has it: not confirmed, nothing stored. */
    @Transactional
    void removeYear(int year) {
        HolidayYear.delete("delete from HolidayYear h where h.year = ?1", year);
        Holiday.delete("day >= ?1 and day <= ?2", d(year, 1, 1), d(year, 12, 31));
        calendar.invalidate();
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }
}
