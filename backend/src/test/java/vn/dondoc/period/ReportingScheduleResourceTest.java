package vn.dondoc.period;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dondoc.common.ProblemException;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.period.PeriodDtos.ReportingScheduleCreate;
import vn.dondoc.period.PeriodDtos.ReportingScheduleView;

/** Reporting schedules, their CRUD and roles, and the due periods with due dates counted in working days. */
@QuarkusTest
class ReportingScheduleResourceTest {

    private static final String GLOBAL = "Báo cáo định kỳ theo Nghị định 09/2019/NĐ-CP";

    @Inject
    ReportingScheduleService schedules;

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void theGlobalScheduleOfDecree09IsSeeded() {
        JsonPath list = given().get("/api/v1/reporting-schedules").then().statusCode(200)
                .body("items.name", hasItem(GLOBAL))
                .extract().jsonPath();
        String seeded = "items.find { it.name == '" + GLOBAL + "' }";
        assertEquals(List.of("QUARTERLY", "HALF_YEARLY", "NINE_MONTHS", "YEARLY"), list.getList(seeded + ".kinds"));
        assertEquals(2, list.getInt(seeded + ".unitDueWorkingDays"));
        assertEquals(5, list.getInt(seeded + ".trackerDueWorkingDays"));
        assertTrue(list.getBoolean(seeded + ".global"));
        assertTrue(list.getBoolean(seeded + ".active"));
        assertEquals(GLOBAL, list.getString("items[0].name"), "global schedules come first");
        int id = list.getInt(seeded + ".id");
        given().get("/api/v1/reporting-schedules/" + id).then().statusCode(200)
                .body("name", equalTo(GLOBAL))
                .body("directiveId", equalTo(null));
        given().get("/api/v1/reporting-schedules/999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "chuyenvien.sct", roles = "unit_officer")
    void theProgramsPeriodsOf2026HaveTheirDueDatesInWorkingDays() {
        long program = programId();
        JsonPath due = given().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .get("/api/v1/directives/" + program + "/reporting-periods").then().statusCode(200)
                .body("directiveId", equalTo((int) program))
                .body("from", equalTo("2026-01-01"))
                .body("to", equalTo("2026-12-31"))
                .extract().jsonPath();
        List<String> keys = due.getList("items.findAll { it.scheduleName == '" + GLOBAL + "' }.period.key");
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-H1", "2026-Q3", "2026-9M", "2026-Q4", "2026-Y"), keys);
        String q1 = "items.find { it.period.key == '2026-Q1' }";
        assertEquals("Quý I/2026", due.getString(q1 + ".period.label"));
        assertEquals("2025-12-15", due.getString(q1 + ".period.from"));
        assertEquals("2026-03-14", due.getString(q1 + ".period.to"));
        // Saturday 14/3: Monday 16/3 is the first working day after the cut-off.
        assertEquals("2026-03-17", due.getString(q1 + ".unitDueDate"));
        assertEquals("2026-03-20", due.getString(q1 + ".trackerDueDate"));
        String h1 = "items.find { it.period.key == '2026-H1' }";
        assertEquals("6 tháng đầu năm 2026", due.getString(h1 + ".period.label"));
        assertEquals("2026-06-16", due.getString(h1 + ".unitDueDate"));
        assertEquals("2026-06-19", due.getString(h1 + ".trackerDueDate"));
        String nine = "items.find { it.period.key == '2026-9M' }";
        assertEquals("2026-09-16", due.getString(nine + ".unitDueDate"));
        assertEquals("2026-09-21", due.getString(nine + ".trackerDueDate"));
        String year = "items.find { it.period.key == '2026-Y' }";
        assertEquals("Năm 2026", due.getString(year + ".period.label"));
        assertEquals("2025-12-15", due.getString(year + ".period.from"));
        assertEquals("2026-12-16", due.getString(year + ".unitDueDate"));
        assertEquals("2026-12-21", due.getString(year + ".trackerDueDate"));

        // Without dates: the cut-offs of the current year in the province.
        int thisYear = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        given().get("/api/v1/directives/" + program + "/reporting-periods").then().statusCode(200)
                .body("from", equalTo(thisYear + "-01-01"))
                .body("to", equalTo(thisYear + "-12-31"))
                .body("items.period.key", hasItem(thisYear + "-Y"));
    }

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void badRangesAndUnknownDirectivesAreRefused() {
        long program = programId();
        given().queryParam("from", "2026-12-31").queryParam("to", "2026-01-01")
                .get("/api/v1/directives/" + program + "/reporting-periods").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
        given().queryParam("from", "2020-01-01").queryParam("to", "2026-01-01")
                .get("/api/v1/directives/" + program + "/reporting-periods").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().queryParam("from", "2026-01-01").queryParam("to", "cuối năm")
                .get("/api/v1/directives/" + program + "/reporting-periods").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().get("/api/v1/directives/999999/reporting-periods").then().statusCode(404)
                .contentType("application/problem+json");
        // The directive's own endpoints are still served beside this one.
        given().get("/api/v1/directives/" + program).then().statusCode(200);
    }

    @Test
    void aDirectivesOwnMonthlyScheduleAddsMonthsAndIsPreferredForItsKinds() {
        long program = programId();
        long other = conclusionId();
        ReportingScheduleView monthly = schedules.create(new ReportingScheduleCreate(program, "Báo cáo tháng của Chương trình",
                List.of(PeriodKind.MONTHLY, PeriodKind.YEARLY), 2, 5, true));
        try {
            // February 2026 ends on Saturday 14/2, at the start of the Tết break (14/2 - 22/2).
            DuePeriod february = schedules.duePeriod(program, "2026-M2").orElseThrow();
            assertEquals(monthly.id(), february.scheduleId());
            assertEquals(d(2026, 1, 15), february.period().from());
            assertEquals(d(2026, 2, 14), february.period().to());
            assertEquals(d(2026, 2, 24), february.unitDueDate());
            assertEquals(d(2026, 2, 27), february.trackerDueDate());
            // January 2026 is cut off on Wednesday 14/1/2026, its window starts in 2025.
            DuePeriod january = schedules.duePeriod(program, "2026-M1").orElseThrow();
            assertEquals(d(2025, 12, 15), january.period().from());
            assertEquals(d(2026, 1, 16), january.unitDueDate());
            assertEquals(d(2026, 1, 21), january.trackerDueDate());
            // Annual: the directive's own schedule wins over the global one.
            assertEquals(monthly.id(), schedules.duePeriod(program, "2026-Y").orElseThrow().scheduleId());
            long global = schedules.duePeriod(program, "2026-Q4").orElseThrow().scheduleId();
            assertTrue(global != monthly.id());
            // Another directive follows the global schedule only.
            assertEquals(Optional.empty(), schedules.duePeriod(other, "2026-M2"));
            assertEquals(global, schedules.duePeriod(other, "2026-Y").orElseThrow().scheduleId());

            List<DuePeriod> due = schedules.duePeriods(program, d(2026, 1, 1), d(2026, 3, 31));
            assertEquals(List.of("2026-M1", "2026-M2", "2026-M3", "2026-Q1"),
                    due.stream().map(p -> p.period().key()).toList());
            List<DuePeriod> december = schedules.duePeriods(program, d(2026, 12, 14), d(2026, 12, 14));
            assertEquals(List.of("2026-M12", "2026-Q4", "2026-Y", "2026-Y"),
                    december.stream().map(p -> p.period().key()).toList(), "one entry per schedule that asks for the period");
            assertEquals(List.of(), schedules.duePeriods(other, d(2026, 1, 1), d(2026, 1, 31)));

            ProblemException bad = assertThrows(ProblemException.class, () -> schedules.duePeriod(program, "2026-M13"));
            assertEquals(400, bad.status());
            assertEquals("periodKey", bad.errors().get(0).field());
            assertEquals(404, assertThrows(ProblemException.class,
                    () -> schedules.duePeriods(999999L, d(2026, 1, 1), d(2026, 12, 31))).status());
        } finally {
            schedules.delete(monthly.id());
        }
        assertEquals(Optional.empty(), schedules.duePeriod(program, "2026-M2"));
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void theCoordinatorManagesSchedulesWithOptimisticLocking() {
        long program = programId();
        Map<String, Object> body = schedule(program, "Báo cáo tháng", List.of("MONTHLY"), 3, 5, null);
        int id = given().contentType(ContentType.JSON).body(body).post("/api/v1/reporting-schedules").then().statusCode(201)
                .header("Location", containsString("/api/v1/reporting-schedules/"))
                .body("directiveId", equalTo((int) program))
                .body("directiveTitle", containsString("Chương trình hành động"))
                .body("global", equalTo(false))
                .body("kinds", equalTo(List.of("MONTHLY")))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .extract().path("id");
        given().queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/v1/directives/" + program + "/reporting-periods").then().statusCode(200)
                .body("items.find { it.scheduleId == " + id + " }.period.key", equalTo("2026-M3"))
                .body("items.find { it.scheduleId == " + id + " }.unitDueDate", equalTo("2026-03-18"));

        Map<String, Object> update = schedule(program, "Báo cáo tháng và quý", List.of("QUARTERLY", "MONTHLY"), 2, 4, 0);
        update.put("active", false);
        given().contentType(ContentType.JSON).body(update).put("/api/v1/reporting-schedules/" + id).then().statusCode(200)
                .body("name", equalTo("Báo cáo tháng và quý"))
                .body("kinds", equalTo(List.of("MONTHLY", "QUARTERLY")))
                .body("active", equalTo(false))
                .body("version", equalTo(1));
        // An inactive schedule gives no periods.
        given().queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/v1/directives/" + program + "/reporting-periods").then().statusCode(200)
                .body("items.scheduleId", not(hasItem(id)));
        update.put("name", "Tên cũ");
        given().contentType(ContentType.JSON).body(update).put("/api/v1/reporting-schedules/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:conflict"));

        given().queryParam("directiveId", program).get("/api/v1/reporting-schedules").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.name", hasItem(GLOBAL));
        given().queryParam("directiveId", conclusionId()).get("/api/v1/reporting-schedules").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        given().delete("/api/v1/reporting-schedules/" + id).then().statusCode(204);
        given().get("/api/v1/reporting-schedules/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "quantri", roles = "admin")
    void invalidSchedulesNameTheirFields() {
        given().contentType(ContentType.JSON)
                .body(schedule(null, "Lịch lỗi", List.of("MONTHLY", "YEARLY", "MONTHLY"), 2, 5, null))
                .post("/api/v1/reporting-schedules").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kinds[2]"));
        given().contentType(ContentType.JSON).body(schedule(null, "Lịch lỗi", List.of("YEARLY"), 5, 2, null))
                .post("/api/v1/reporting-schedules").then().statusCode(400)
                .body("errors[0].field", equalTo("trackerDueWorkingDays"));
        given().contentType(ContentType.JSON).body(schedule(987654L, "Lịch lỗi", List.of("YEARLY"), 2, 5, null))
                .post("/api/v1/reporting-schedules").then().statusCode(400)
                .body("errors[0].field", equalTo("directiveId"));
        given().contentType(ContentType.JSON).body(schedule(null, " ", List.of(), 0, 61, null))
                .post("/api/v1/reporting-schedules").then().statusCode(400)
                .body("errors.field", hasItems("name", "kinds", "unitDueWorkingDays", "trackerDueWorkingDays"));
        given().contentType(ContentType.JSON).body(schedule(null, "Lịch lỗi", List.of("WEEKLY"), 2, 5, null))
                .post("/api/v1/reporting-schedules").then().statusCode(400)
                .body("errors[0].field", containsString("kinds"));
        Map<String, Object> noVersion = schedule(null, "Lịch", List.of("YEARLY"), 2, 5, null);
        given().contentType(ContentType.JSON).body(noVersion).put("/api/v1/reporting-schedules/" + globalId()).then()
                .statusCode(400)
                .body("errors.field", hasItems("version", "active"));
        // A global schedule made by the administrator applies to every directive.
        int id = given().contentType(ContentType.JSON).body(schedule(null, "Báo cáo tháng chung", List.of("MONTHLY"), 1, 1, null))
                .post("/api/v1/reporting-schedules").then().statusCode(201)
                .body("global", equalTo(true))
                .extract().path("id");
        try {
            given().queryParam("from", "2026-01-14").queryParam("to", "2026-01-14")
                    .get("/api/v1/directives/" + conclusionId() + "/reporting-periods").then().statusCode(200)
                    .body("items.find { it.scheduleId == " + id + " }.unitDueDate", equalTo("2026-01-15"))
                    .body("items.find { it.scheduleId == " + id + " }.trackerDueDate", equalTo("2026-01-15"));
        } finally {
            given().delete("/api/v1/reporting-schedules/" + id).then().statusCode(204);
        }
    }

    @Test
    @TestSecurity(user = "chuyenvien.sct", roles = "unit_officer")
    void unitStaffReadSchedulesButDoNotChangeThem() {
        long global = globalId();
        given().get("/api/v1/reporting-schedules").then().statusCode(200);
        given().get("/api/v1/reporting-schedules/" + global).then().statusCode(200);
        given().contentType(ContentType.JSON).body(schedule(null, "Lịch", List.of("YEARLY"), 2, 5, null))
                .post("/api/v1/reporting-schedules").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:forbidden"));
        Map<String, Object> update = schedule(null, GLOBAL, List.of("YEARLY"), 2, 5, 0);
        update.put("active", true);
        given().contentType(ContentType.JSON).body(update).put("/api/v1/reporting-schedules/" + global).then()
                .statusCode(403);
        given().delete("/api/v1/reporting-schedules/" + global).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "giamsat.mttq", roles = "supervisor")
    void supervisorsReadButDoNotChangeSchedules() {
        given().get("/api/v1/reporting-schedules").then().statusCode(200);
        given().get("/api/v1/directives/" + programId() + "/reporting-periods").then().statusCode(200);
        given().contentType(ContentType.JSON).body(schedule(null, "Lịch", List.of("YEARLY"), 2, 5, null))
                .post("/api/v1/reporting-schedules").then().statusCode(403);
    }

    @Test
    void anonymousCallersAreRefused() {
        given().get("/api/v1/reporting-schedules").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/directives/1/reporting-periods").then().statusCode(401);
    }

    private static Map<String, Object> schedule(Long directiveId, String name, List<String> kinds, int unitDays,
            int trackerDays, Integer version) {
        Map<String, Object> body = new HashMap<>();
        body.put("directiveId", directiveId);
        body.put("name", name);
        body.put("kinds", kinds);
        body.put("unitDueWorkingDays", unitDays);
        body.put("trackerDueWorkingDays", trackerDays);
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }

    @Transactional
    long conclusionId() {
        return Directive.<Directive>find("kind", DirectiveKind.CONCLUSION).firstResult().id;
    }

    @Transactional
    long globalId() {
        return ReportingSchedule.<ReportingSchedule>find("directive is null and name = ?1", GLOBAL).firstResult().id;
    }
}
