package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.unit.Unit;

/**
 * The unit-scoped list and counts read the copies of the task's state on the assignments (V7):
 * they must give exactly what the task-rooted queries give, restricted to the unit's tasks, in the
 * same order, and the cached counts must follow every write at once.
 */
@QuarkusTest
class TaskUnitQueriesTest {

    private static final List<String> SORTS = List.of("code,asc", "dueDate,desc", "status,asc", "percentComplete,desc",
            "priority,asc", "updatedAt,desc");

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void aUnitsListIsTheProvinceListRestrictedToItsTasksInTheSameOrder() {
        long sct = unitId("SCT");
        Set<Long> ofUnit = taskIdsOf(sct);
        assertTrue(ofUnit.size() > 10, "the demo program gives Sở Công Thương many tasks");
        for (String sort : SORTS) {
            List<Long> province = ids(Map.of("sort", sort));
            List<Long> expected = province.stream().filter(ofUnit::contains).toList();
            assertEquals(expected, ids(Map.of("sort", sort, "unitId", sct)), "unit list for sort " + sort);
        }
        // Filtered by timeliness, a unit's list judges the unit's own share (issue 13 rule 3): the tasks whose share,
        // judged in Java by the same rule, has that timeliness, in the province list's order.
        Map<Long, Timeliness> shares = shareTimeliness(sct);
        List<Long> everything = ids(Map.of());
        for (Timeliness value : Timeliness.values()) {
            List<Long> expected = everything.stream().filter(id -> shares.get(id) == value).toList();
            assertEquals(expected, ids(Map.of("timeliness", value.name(), "unitId", sct)), "unit list for " + value);
        }
        assertTrue(shares.containsValue(Timeliness.CLOSED_WITH_TASK), "some SCT shares closed with their task");
        // Task-level filters combined with the unit join the task.
        List<Long> expected = ids(Map.of("q", "cong nghiep")).stream().filter(ofUnit::contains).toList();
        assertEquals(expected, ids(Map.of("q", "cong nghiep", "unitId", sct)));
        assertTrue(!expected.isEmpty(), "Sở Công Thương has tasks about công nghiệp");
        List<Long> due2026 = ids(Map.of("dueFrom", "2026-01-01", "dueTo", "2026-12-31", "sort", "dueDate,asc")).stream()
                .filter(ofUnit::contains).toList();
        assertEquals(due2026, ids(Map.of("dueFrom", "2026-01-01", "dueTo", "2026-12-31", "sort", "dueDate,asc", "unitId", sct)));
    }

    @Test
    @TestSecurity(user = "lanhdao", roles = "leader")
    void aUnitsCountsAgreeWithItsLists() {
        long sct = unitId("SCT");
        JsonPath counts = given().queryParam("unitId", sct).get("/api/v1/tasks/counts").then().statusCode(200).extract()
                .jsonPath();
        long sum = 0;
        for (Timeliness value : Timeliness.values()) {
            long listed = total(Map.of("timeliness", value.name(), "unitId", sct));
            assertEquals(listed, counts.getLong("byTimeliness." + value.name()), "count of " + value);
            sum += listed;
        }
        assertEquals(counts.getLong("total"), sum);
        assertEquals(taskIdsOf(sct).size(), counts.getLong("total"));
        for (ProgressStatus value : ProgressStatus.values()) {
            assertEquals(total(Map.of("status", value.name(), "unitId", sct)), counts.getLong("byStatus." + value.name()),
                    "count of " + value);
        }
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void cachedCountsFollowEveryWriteAtOnce() {
        long unit = unitId("SLDTBXH");
        JsonPath before = given().queryParam("unitId", unit).get("/api/v1/tasks/counts").then().statusCode(200).extract()
                .jsonPath();
        JsonPath byUnitBefore = given().queryParam("unitId", unit).get("/api/v1/tasks/counts/by-unit").then()
                .statusCode(200).extract().jsonPath();
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("directiveId", programId(), "code", "II.9.q", "content", "Kiểm tra bộ đếm sau khi giao việc",
                        "kind", "DEADLINE", "dueDate", yesterday.toString(), "leadUnitIds", List.of(unit)))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        JsonPath after = given().queryParam("unitId", unit).get("/api/v1/tasks/counts").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(before.getLong("total") + 1, after.getLong("total"));
        assertEquals(before.getLong("byTimeliness.OVERDUE") + 1, after.getLong("byTimeliness.OVERDUE"));
        long overdueByUnit = given().queryParam("unitId", unit).get("/api/v1/tasks/counts/by-unit").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].byTimeliness.OVERDUE");
        long overdueByUnitBefore = byUnitBefore.getList("items").isEmpty() ? 0
                : byUnitBefore.getLong("items[0].byTimeliness.OVERDUE");
        assertEquals(overdueByUnitBefore + 1, overdueByUnit);
        // A new due date moves the task out of the overdue count, in the list and the counts alike.
        Map<String, Object> task = given().get("/api/v1/tasks/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        given().contentType(ContentType.JSON).body(Map.of("code", "II.9.q", "content", task.get("content"), "kind", "DEADLINE",
                "dueDate", yesterday.plusDays(30).toString(), "version", task.get("version")))
                .put("/api/v1/tasks/" + id).then().statusCode(200);
        JsonPath moved = given().queryParam("unitId", unit).get("/api/v1/tasks/counts").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(before.getLong("byTimeliness.OVERDUE"), moved.getLong("byTimeliness.OVERDUE"));
        assertEquals(before.getLong("byTimeliness.ON_TRACK") + 1, moved.getLong("byTimeliness.ON_TRACK"));
        assertTrue(!ids(Map.of("unitId", unit, "timeliness", "ON_TRACK")).isEmpty());
        assertTrue(ids(Map.of("unitId", unit, "timeliness", "ON_TRACK")).contains((long) id));
    }

    @Test
    @TestSecurity(user = "theodoi.sct", roles = "coordinator")
    void countsChangedByAnotherInstanceAppearAfterTheBackgroundRefresh() throws InterruptedException {
        long unit = unitId("SKHCN");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("directiveId", programId(), "code", "II.9.r", "content", "Kiểm tra làm mới bộ đếm",
                        "kind", "DEADLINE", "dueDate", today.plusDays(20).toString(), "leadUnitIds", List.of(unit)))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        long overdue = overdueOf(unit);
        // Another backend instance makes the task overdue: this instance hears nothing of it.
        makeOverdueBehindTheCachesBack(id, today.minusDays(1));
        long deadline = System.currentTimeMillis() + 20_000;
        long seen = overdueOf(unit);
        while (seen == overdue && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            seen = overdueOf(unit);
        }
        assertEquals(overdue + 1, seen, "the refresh (every 2 s in tests) brings the other instance's change");
    }

    private long overdueOf(long unit) {
        return given().queryParam("unitId", unit).get("/api/v1/tasks/counts").then().statusCode(200).extract().jsonPath()
                .getLong("byTimeliness.OVERDUE");
    }

    @Transactional
    void makeOverdueBehindTheCachesBack(long taskId, LocalDate due) {
        Task task = Task.findById(taskId);
        task.dueDate = due;
        Assignment.<Assignment>list("task", task).forEach(a -> {
            a.dueDate = due;
            a.followTask();
        });
    }

    private List<Long> ids(Map<String, Object> params) {
        return given().queryParams(params).queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200).extract()
                .jsonPath().getList("items.id", Long.class);
    }

    private long total(Map<String, Object> params) {
        return given().queryParams(params).get("/api/v1/tasks").then().statusCode(200).extract().jsonPath()
                .getLong("totalItems");
    }

    @Transactional
    Set<Long> taskIdsOf(long unitId) {
        // The unit's tasks: those it holds a share in force of (a cancelled share is no longer its task).
        return new HashSet<>(Assignment.find("select distinct a.task.id from Assignment a where a.unit.id = ?1 and a.status <> ?2",
                unitId, ProgressStatus.CANCELLED).project(Long.class).list());
    }

    @jakarta.inject.Inject
    TimelinessRule rule;

    @Transactional
    Map<Long, Timeliness> shareTimeliness(long unitId) {
        Map<Long, Timeliness> byTask = new java.util.HashMap<>();
        Assignment.<Assignment>list("unit.id = ?1 and status <> ?2", unitId, ProgressStatus.CANCELLED)
                .forEach(a -> byTask.put(a.task.id, rule.ofShare(a)));
        return byTask;
    }

    @Transactional
    long unitId(String code) {
        return Unit.findByCode(code).orElseThrow().id;
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }
}
