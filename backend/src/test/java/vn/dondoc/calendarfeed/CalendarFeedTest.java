package vn.dondoc.calendarfeed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.period.DuePeriod;
import vn.dondoc.period.ReportingScheduleService;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.task.Assignment;
import vn.dondoc.unit.Unit;

/**
 * Calendar feeds with real tokens: a unit head and a coordinator create feeds, a calendar client fetches them
 * without any bearer token, and ical4j parses what it got. Tasks are made for this test, for Sở Công Thương and
 * a unit made here (never Sở TT&TT, whose counts other tests check).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedTest {

    private static final String UNIT_NAME = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp";

    @Inject
    ReportingScheduleService schedules;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private long centre;
    private long program;
    private final Map<String, Long> tasks = new HashMap<>();

    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A real Keycloak token of the demo user, fetched once per test class (a password grant is slow). */
    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TOKENS.computeIfAbsent(user, KeycloakTokenTest::userToken));
    }

    /** Made on the first test: RestAssured knows the application's port only once a test runs. */
    void data() {
        if (centre != 0) {
            return;
        }
        centre = as("quantri").contentType(ContentType.JSON)
                .body(Map.of("code", "TTKC", "name", UNIT_NAME, "shortName", "TT Khuyến công", "type", "OTHER"))
                .post("/api/v1/units").then().statusCode(201).extract().jsonPath().getLong("id");
        // Top-level tasks of the demo program: they come after its section II in document order, which other
        // tests rely on (a directive of our own would put its first task before II.1.a).
        program = programId();
        long sct = unitId("SCT");
        task("LF.1", "Tổ chức hội chợ hàng công nghiệp nông thôn tiêu biểu khu vực Bắc Trung Bộ năm 2027 tại thành phố Hà Tĩnh",
                "DEADLINE", today.plusDays(10), List.of(sct), List.of());
        task("LF.2", "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến cho cơ sở công nghiệp nông thôn", "DEADLINE",
                today.plusDays(20), List.of(centre), List.of(sct));
        task("LF.3", "Đào tạo nghề, truyền nghề cho lao động các làng nghề", "DEADLINE", today.plusDays(7), List.of(centre),
                List.of());
        task("LF.4", "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh", "DEADLINE", today.minusDays(2),
                List.of(sct), List.of());
        task("LF.5", "Theo dõi, hướng dẫn các đề án khuyến công", "ONGOING", null, List.of(sct), List.of());
    }

    @Test
    void aUnitHeadSubscribesAndTheFeedParsesWithIcal4j() throws Exception {
        data();
        JsonPath created = as("giamdoc.sct").contentType(ContentType.JSON).body("{}").post("/api/v1/me/calendar-feed").then()
                .statusCode(201).body("unit.code", equalTo("SCT")).extract().jsonPath();
        String url = created.getString("url");
        assertTrue(url.matches("http://localhost:\\d+/api/v1/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics"), url);
        assertEquals(url.replaceFirst("^http://", "webcal://"), created.getString("webcalUrl"));
        String secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertEquals(secret.substring(0, 8), created.getString("tokenHint"));
        as("giamdoc.sct").get("/api/v1/me/calendar-feed").then().statusCode(200).body("active", equalTo(true))
                .body("unit.code", equalTo("SCT")).body("tokenHint", equalTo(secret.substring(0, 8)))
                .body("useCount", equalTo(0));

        // A calendar app: no bearer token, just the URL.
        Response response = given().get(url);
        response.then().statusCode(200).header("Content-Type", startsWith("text/calendar"))
                .header("Content-Type", org.hamcrest.Matchers.containsStringIgnoringCase("charset=utf-8"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.asString()));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        assertEquals("Dondoc – Hạn nhiệm vụ – Sở Công Thương", value(calendar.getProperty("X-WR-CALNAME")));
        assertEquals("2.0", value(calendar.getProperty(Property.VERSION)));

        Map<String, VEvent> events = events(calendar);
        VEvent lead = events.get(uid("LF.1", "SCT"));
        assertEquals(today.plusDays(10), date(lead.getStartDate()));
        assertEquals(today.plusDays(11), date(lead.getEndDate()));
        assertEquals("[Hạn] LF.1 – Tổ chức hội chợ hàng công nghiệp nông thôn tiêu biểu khu vực Bắc Trung Bộ năm…",
                value(lead.getProperty(Property.SUMMARY)));
        String description = value(lead.getProperty(Property.DESCRIPTION));
        assertTrue(description.contains("Vai trò của Sở CT: chủ trì"), description);
        assertTrue(description.contains("http://localhost:5173/tasks/" + tasks.get("LF.1")), description);
        assertEquals("http://localhost:5173/tasks/" + tasks.get("LF.1"), value(lead.getProperty(Property.URL)));
        List<VAlarm> alarms = lead.getAlarms();
        assertEquals(1, alarms.size());
        assertEquals(Duration.ofHours(-15), alarms.get(0).getTrigger().orElseThrow().getDuration());
        assertTrue(value(events.get(uid("LF.2", "SCT")).getProperty(Property.DESCRIPTION)).contains("phối hợp"));
        assertTrue(value(events.get(uid("LF.4", "SCT")).getProperty(Property.DESCRIPTION)).contains("quá hạn 2 ngày"));
        assertFalse(events.containsKey(uid("LF.3", "TTKC")), "another unit's assignment is not in Sở Công Thương's feed");
        assertFalse(events.containsKey(uid("LF.2", "TTKC")));
        assertTrue(events.keySet().stream().noneMatch(k -> k.equals("assignment-" + assignmentId("LF.5", "SCT") + "@dondoc")),
                "an ongoing task has no due date, so no event");
        // The demo program's dated assignments of Sở Công Thương are there too, and nothing else.
        assertEquals(datedOpenAssignments("SCT"), events.keySet().stream().filter(k -> k.startsWith("assignment-")).count());

        // Periodic reports: the due dates of the program's reporting schedules.
        List<DuePeriod> due = schedules.duePeriods(program, today.minusMonths(1), today.plusMonths(6));
        DuePeriod next = due.get(0);
        VEvent report = events.get("periodic-" + program + "-" + next.period().key() + "@dondoc");
        assertEquals(next.unitDueDate(), date(report.getStartDate()));
        assertEquals("[Báo cáo] " + next.period().label() + " – " + CalendarFeedWriter.shorten(programTitle(), 60),
                value(report.getProperty(Property.SUMMARY)));
        assertTrue(value(report.getProperty(Property.DESCRIPTION)).contains("http://localhost:5173/my-unit"));
        assertEquals(due.stream().map(d -> d.period().key()).distinct().count(),
                events.keySet().stream().filter(k -> k.startsWith("periodic-" + program + "-")).count(),
                events.keySet().toString());

        as("giamdoc.sct").get("/api/v1/me/calendar-feed").then().statusCode(200).body("useCount", equalTo(1))
                .body("lastUsedAt", notNullValue());
        // Only the hash is stored.
        CalendarFeedToken stored = stored("giamdoc.sct");
        assertEquals(CalendarFeedService.hash(secret), stored.tokenHash);
        assertNotEquals(secret, stored.tokenHash);
        assertEquals(64, stored.tokenHash.length());
    }

    @Test
    void aCoordinatorChoosesTheUnitUnitStaffCannot() throws Exception {
        data();
        String url = as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("unitId", centre))
                .post("/api/v1/me/calendar-feed").then().statusCode(201).body("unit.code", equalTo("TTKC"))
                .extract().path("url");
        Calendar calendar = new CalendarBuilder().build(new StringReader(given().get(url).then().statusCode(200)
                .extract().asString()));
        assertEquals("Dondoc – Hạn nhiệm vụ – " + UNIT_NAME, value(calendar.getProperty("X-WR-CALNAME")));
        Map<String, VEvent> events = events(calendar);
        List<String> assignments = events.keySet().stream().filter(k -> k.startsWith("assignment-")).sorted().toList();
        assertEquals(List.of(uid("LF.2", "TTKC"), uid("LF.3", "TTKC")).stream().sorted().toList(), assignments);
        VEvent report = events.values().stream().filter(e -> value(e.getProperty(Property.UID)).startsWith("periodic-" + program))
                .findFirst().orElseThrow();
        assertTrue(value(report.getProperty(Property.DESCRIPTION)).contains("/directives/" + program + "/periodic-board"));
        // A coordinator without a chosen unit follows their own; an unknown unit is refused.
        as("theodoi.sct").contentType(ContentType.JSON).body("{}").post("/api/v1/me/calendar-feed").then().statusCode(201)
                .body("unit.code", equalTo("SCT"));
        as("giamsat.mttq").contentType(ContentType.JSON).body(Map.of("unitId", 999999)).post("/api/v1/me/calendar-feed")
                .then().statusCode(400).body("errors[0].field", equalTo("unitId"));

        // Unit staff: their own unit only.
        as("chuyenvien.stttt").contentType(ContentType.JSON).body(Map.of("unitId", unitId("SCT")))
                .post("/api/v1/me/calendar-feed").then().statusCode(403).contentType("application/problem+json");
        as("chuyenvien.stttt").contentType(ContentType.JSON).body(Map.of("unitId", unitId("STTTT")))
                .post("/api/v1/me/calendar-feed").then().statusCode(201).body("unit.code", equalTo("STTTT"));
        // No body at all: the defaults.
        as("chuyenvien.stttt").contentType(ContentType.JSON).post("/api/v1/me/calendar-feed").then().statusCode(201)
                .body("unit.code", equalTo("STTTT"));
        as("chuyenvien.stttt").delete("/api/v1/me/calendar-feed").then().statusCode(204);
        // The document system has no calendar.
        given().auth().oauth2(KeycloakTokenTest.docsysToken()).contentType(ContentType.JSON).post("/api/v1/me/calendar-feed").then().statusCode(403);
    }

    @Test
    void aNewUrlOrARevocationEndsTheOldOneAtOnce() {
        data();
        String first = as("lanhdao").contentType(ContentType.JSON).body("{}").post("/api/v1/me/calendar-feed").then()
                .statusCode(201).extract().path("url");
        given().get(first).then().statusCode(200);
        String second = as("lanhdao").contentType(ContentType.JSON).body("{}").post("/api/v1/me/calendar-feed").then()
                .statusCode(201).extract().path("url");
        assertNotEquals(first, second);
        given().get(first).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:not-found"));
        given().get(second).then().statusCode(200);

        as("lanhdao").delete("/api/v1/me/calendar-feed").then().statusCode(204);
        given().get(second).then().statusCode(404);
        as("lanhdao").get("/api/v1/me/calendar-feed").then().statusCode(200).body("active", equalTo(false));
        as("lanhdao").delete("/api/v1/me/calendar-feed").then().statusCode(204);

        // A URL older than dondoc.calendar-feed.valid-days (365) has expired.
        String old = as("lanhdao").contentType(ContentType.JSON).body("{}").post("/api/v1/me/calendar-feed").then()
                .statusCode(201).extract().path("url");
        as("lanhdao").get("/api/v1/me/calendar-feed").then().body("expiresAt", notNullValue());
        age("lanhdao", 366);
        given().get(old).then().statusCode(404);
        as("lanhdao").get("/api/v1/me/calendar-feed").then().statusCode(200).body("active", equalTo(false));

        // Unknown or malformed secrets, with or without a bearer token.
        given().get("/api/v1/calendar-feeds/" + "A".repeat(43) + ".ics").then().statusCode(404);
        given().get("/api/v1/calendar-feeds/abc.ics").then().statusCode(404);
        as("lanhdao").get("/api/v1/calendar-feeds/" + "B".repeat(43) + ".ics").then().statusCode(404);
        given().get("/api/v1/me/calendar-feed").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "chuyenvien.moi", roles = "unit_officer")
    @OidcSecurity(claims = @Claim(key = "unit_code", value = "STTTT"))
    void aFeedOfAUnitTheOwnerLeftIsRevokedWhenTheyNextLookAtIt() {
        String secret = feedFor("chuyenvien.moi", "SCT");
        given().get("/api/v1/calendar-feeds/" + secret + ".ics").then().statusCode(200);
        // The officer now belongs to Sở TT&TT (the token says so): the Sở Công Thương feed ends.
        given().get("/api/v1/me/calendar-feed").then().statusCode(200).body("active", equalTo(false));
        given().get("/api/v1/calendar-feeds/" + secret + ".ics").then().statusCode(404);
    }

    // --- helpers ---

    /** A feed made as it was when the user still belonged to the unit. */
    @Transactional
    String feedFor(String username, String unitCode) {
        String secret = "S".repeat(20) + Long.toString(System.nanoTime(), 36);
        secret = (secret + "0".repeat(43)).substring(0, 43);
        CalendarFeedToken token = new CalendarFeedToken();
        token.username = username;
        token.unit = Unit.findByCode(unitCode).orElseThrow();
        token.unitStaff = true;
        token.tokenHash = CalendarFeedService.hash(secret);
        token.tokenHint = secret.substring(0, 8);
        token.createdAt = java.time.Instant.now();
        token.persist();
        return secret;
    }

    @Transactional
    void age(String username, int days) {
        CalendarFeedToken.update("createdAt = ?1 where username = ?2 and revokedAt is null",
                java.time.Instant.now().minus(Duration.ofDays(days)), username);
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().collect(Collectors.toMap(e -> value(e.getProperty(Property.UID)), e -> e));
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }

    private static LocalDate date(java.util.Optional<? extends net.fortuna.ical4j.model.property.DateProperty<? extends Temporal>> p) {
        Temporal value = p.orElseThrow().getDate();
        assertTrue(value instanceof LocalDate, "an all-day event has DATE values, got " + value);
        return (LocalDate) value;
    }

    private String uid(String code, String unitCode) {
        return "assignment-" + assignmentId(code, unitCode) + "@dondoc";
    }

    private void task(String code, String content, String kind, LocalDate due, List<Long> leads, List<Long> coordinating) {
        Map<String, Object> body = new HashMap<>(Map.of("directiveId", program, "code", code, "content", content, "kind", kind,
                "leadUnitIds", leads, "coordinatingUnitIds", coordinating));
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        tasks.put(code, as("theodoi.sct").contentType(ContentType.JSON).body(body).post("/api/v1/tasks").then()
                .statusCode(201).extract().jsonPath().getLong("id"));
    }

    @Transactional
    long assignmentId(String taskCode, String unitCode) {
        Assignment a = Assignment.find("task.directive.id = ?1 and task.code = ?2 and unit.code = ?3", program, taskCode, unitCode)
                .firstResult();
        return a == null ? -1 : a.id;
    }

    @Transactional
    long datedOpenAssignments(String unitCode) {
        return Assignment.count("unit.code = ?1 and status in ?2 and dueDate is not null and task.kind is not null", unitCode,
                List.of(vn.dondoc.task.ProgressStatus.NOT_STARTED, vn.dondoc.task.ProgressStatus.IN_PROGRESS));
    }

    @Transactional
    CalendarFeedToken stored(String username) {
        return CalendarFeedToken.find("username = ?1 and revokedAt is null", username).firstResult();
    }

    @Transactional
    long unitId(String code) {
        return Unit.findByCode(code).orElseThrow().id;
    }

    @Transactional
    String programTitle() {
        return Directive.<Directive>findById(program).title;
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }
}
