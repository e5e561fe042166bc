package vn.dondoc.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.directive.Directive;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Recurrence;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskKind;
import vn.dondoc.unit.Unit;

/**
 * The import workflow on the real application: upload, review, correct a unit, accept into one
 * transaction or nothing, re-import with differences. The small programs here address no
 * department group and never Sở TT&TT (other tests count that unit's tasks), and every directive
 * and task a test creates is removed afterwards.
 */
@QuarkusTest
class ImportResourceTest {

    /** Units the test program names: Sở CT, BQL KKT, the localities (a group), UBND huyện Can Lộc, and the unknown "Sở Xây dựng". */
    static final String PROGRAM = String.join("\n",
            "CHƯƠNG TRÌNH HÀNH ĐỘNG",
            "Thực hiện Kết luận số 57-KL/TU ngày 07/10/2022 của Ban Thường vụ Tỉnh ủy (bản thử nhập)",
            "",
            "Thực hiện Kết luận số 57-KL/TU ngày 07/10/2022 của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Nghị quyết số 08-NQ/TU ngày 18/5/2018 "
                    + "của Ban Chấp hành Đảng bộ tỉnh; Ủy ban nhân dân tỉnh ban hành Chương trình hành động thử nhập như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Kiểm tra việc nhập chương trình.",
            "II. NHIỆM VỤ VÀ GIẢI PHÁP",
            "1. Phát triển cụm công nghiệp thử nhập",
            "a) Sở Công Thương chủ trì, phối hợp với UBND các huyện, thị xã, thành phố:",
            "- Tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết về hỗ trợ hạ tầng cụm công nghiệp thử nhập, trước ngày 30/6/2027.",
            "- Rà soát quy hoạch cụm công nghiệp thử nhập, báo cáo hằng quý.",
            "b) Ban Quản lý Khu kinh tế tỉnh chủ trì, phối hợp với Sở Xây dựng hoàn thiện hạ tầng khu công nghiệp thử nhập trong Quý IV/2027.",
            "c) UBND huyện Can Lộc: Thường xuyên kiểm tra môi trường cụm công nghiệp thử nhập.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Các sở, ban, ngành, địa phương định kỳ 6 tháng báo cáo kết quả thực hiện về UBND tỉnh, đồng gửi Sở Công Thương để theo dõi, tổng hợp./.");

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<vn.dondoc.task.TaskCountsCache.TasksChanged> tasksChanged;

    private final List<Long> directives = new ArrayList<>();

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokenTest.userToken(user));
    }

    private static JsonPath upload(String user, String name, byte[] content, Long directiveId) {
        RequestSpecification request = as(user).multiPart("file", name, content, "application/octet-stream");
        if (directiveId != null) {
            request.multiPart("directiveId", directiveId.toString());
        }
        JsonPath queued = request.post("/api/v1/imports").then().statusCode(202).extract().jsonPath();
        assertTrue(List.of("QUEUED", "RUNNING", "READY").contains(queued.getString("status")), queued.getString("status"));
        return await(user, queued.getLong("id"));
    }

    /** Polls the draft until it is read (READY or FAILED), for at most 60 seconds. */
    static JsonPath await(String user, long id) {
        long limit = System.nanoTime() + 60_000_000_000L;
        while (true) {
            JsonPath draft = as(user).get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            String status = draft.getString("status");
            if (!"QUEUED".equals(status) && !"RUNNING".equals(status)) {
                return draft;
            }
            assertTrue(System.nanoTime() < limit, "import " + id + " still " + status + " after 60 s");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void seedUploadProposesTheWholeProgram() {
        JsonPath draft = upload("theodoi.sct", "chuong-trinh-57.txt", Seed.program(), null);
        assertEquals("READY", draft.getString("status"));
        assertEquals(100, draft.getInt("progress"));
        assertEquals("TXT", draft.getString("sourceFormat"));
        assertEquals(104, draft.getList("sourceLines").size());
        assertEquals("II. NHIỆM VỤ VÀ GIẢI PHÁP", draft.getString("sourceLines[10]"));
        assertEquals(0, draft.getInt("unresolved"));
        assertEquals(55, draft.getList("proposal.tasks").size());
        assertEquals(4, draft.getList("proposal.obligations").size());
        // The demo already holds Conclusion 57 and Resolution 08: accepting would reuse them.
        assertEquals(List.of("57-KL/TU", "08-NQ/TU"), draft.getList("proposal.implementsChain.numberSymbol"));
        assertEquals(existingDirective("57-KL/TU"), draft.getLong("proposal.implementsChain[0].existingId"));
        assertEquals(existingDirective("08-NQ/TU"), draft.getLong("proposal.implementsChain[1].existingId"));
        assertEquals("2018-05-18", draft.getString("proposal.implementsChain[1].issuedOn"));
        long id = draft.getLong("id");
        as("quantri").get("/api/v1/imports/" + id).then().statusCode(200).body("proposal.tasks.find { it.code == 'II.4.c\\'.1' }.lead[0].unitCode",
                equalTo("SCT"));
        as("theodoi.sct").get("/api/v1/imports").then().statusCode(200).body("items.id", hasItem((int) id));
        // A DOCX is recognised by its content, whatever its name.
        JsonPath docx = upload("theodoi.sct", "chuong-trinh-57.bin", render(), null);
        assertEquals("DOCX", docx.getString("sourceFormat"));
        assertEquals(draft.getList("proposal.tasks.code"), docx.getList("proposal.tasks.code"));
        // The duties of section III ("định kỳ" without a period) ask for the global schedule's reports.
        assertEquals("Báo cáo kết quả thực hiện (hằng quý, 6 tháng, 9 tháng, hằng năm)", draft.getString("reportingSchedule.name"));
        assertEquals(List.of("QUARTERLY", "HALF_YEARLY", "NINE_MONTHS", "YEARLY"), draft.getList("reportingSchedule.kinds"));
        assertEquals(List.of("III.2", "III.3"), draft.getList("reportingSchedule.sourceCodes"));
        assertEquals(false, draft.getBoolean("reportingSchedule.kindsFromText"));
        // Ban Thường vụ Tỉnh ủy is a body reports go to, not an unknown unit.
        assertEquals("BODY", draft.getString("proposal.obligations[2].recipients[1].status"));
        assertTrue(draft.getList("proposal.warnings.message", String.class).stream().noneMatch(m -> m.contains("Ban Thường vụ")));

        // Accepting the seed without its tasks (other tests count them): the directive gets its schedule.
        long version = as("theodoi.sct").contentType("application/json").body("{\"version\":" + draft.getLong("version")
                + ",\"tasks\":[{\"code\":\"II\",\"remove\":true}]}").patch("/api/v1/imports/" + id).then().statusCode(200).extract()
                .jsonPath().getLong("version");
        JsonPath accepted = as("theodoi.sct").contentType("application/json").body(Map.of("version", version))
                .post("/api/v1/imports/" + id + "/accept").then().statusCode(200).extract().jsonPath();
        long program = accepted.getLong("directiveId");
        directives.add(program);
        assertEquals(0, accepted.getInt("createdTasks"));
        JsonPath schedules = as("theodoi.sct").queryParam("directiveId", program).get("/api/v1/reporting-schedules").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> own = schedules.getMap("items.find { it.directiveId == " + program + " }");
        assertEquals(accepted.getLong("reportingScheduleId"), ((Number) own.get("id")).longValue());
        assertEquals("Báo cáo kết quả thực hiện (hằng quý, 6 tháng, 9 tháng, hằng năm)", own.get("name"));
        assertEquals(List.of("QUARTERLY", "HALF_YEARLY", "NINE_MONTHS", "YEARLY"), own.get("kinds"));
        assertEquals(2, own.get("unitDueWorkingDays"));
        assertEquals(5, own.get("trackerDueWorkingDays"));
        assertEquals(true, own.get("active"));
    }

    @Test
    void corruptDocxFailsWithAReason() {
        JsonPath queued = as("theodoi.sct").multiPart("file", "hong.docx", new byte[] { 'P', 'K', 3, 4, 1, 2 }, "application/octet-stream")
                .post("/api/v1/imports").then().statusCode(202).extract().jsonPath();
        JsonPath failed = await("theodoi.sct", queued.getLong("id"));
        assertEquals("FAILED", failed.getString("status"));
        assertEquals("Không đọc được tệp DOCX: tệp hỏng hoặc không đúng định dạng (.docx, .txt UTF-8).", failed.getString("error"));
        assertEquals(List.of(), failed.getList("sourceLines"));
        // A failed draft cannot be accepted.
        as("theodoi.sct").contentType("application/json").body(Map.of("version", failed.getLong("version")))
                .post("/api/v1/imports/" + queued.getLong("id") + "/accept").then().statusCode(409);
        // An empty file is refused at once.
        as("theodoi.sct").multiPart("file", "rong.txt", new byte[0], "text/plain").post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void reviewPickUnitAcceptCreatesTheProgram() {
        JsonPath draft = upload("theodoi.sct", "thu-nhap.txt", PROGRAM.getBytes(StandardCharsets.UTF_8), null);
        long id = draft.getLong("id");
        long version = draft.getLong("version");
        assertEquals(1, draft.getInt("unresolved"), "Sở Xây dựng is not in the catalogue");
        Map<String, Object> unknown = draft.getMap("proposal.tasks.find { it.code == 'II.1.b' }.coordinating[0]");
        assertEquals("UNKNOWN", unknown.get("status"));
        assertEquals("Sở Xây dựng", unknown.get("text"));
        assertTrue(draft.getList("proposal.warnings.code").contains("UNIT_UNKNOWN"));

        // Accepting with an unknown unit is refused, and a stale version is a conflict.
        as("theodoi.sct").contentType("application/json").body(Map.of("version", version)).post("/api/v1/imports/" + id + "/accept")
                .then().statusCode(400).body("errors[0].field", equalTo("tasks[II.1.b].coordinating"));
        String pick = "{\"version\":" + version + ",\"tasks\":[{\"code\":\"II.1.b\",\"coordinating\":[{\"unitId\":" + unitId("SKHDT")
                + "}]}]}";
        as("theodoi.sct").contentType("application/json").body(pick.replace("\"version\":" + version, "\"version\":" + (version + 7)))
                .patch("/api/v1/imports/" + id).then().statusCode(409);
        JsonPath picked = as("theodoi.sct").contentType("application/json").body(pick).patch("/api/v1/imports/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(0, picked.getInt("unresolved"));
        assertEquals("CHOSEN", picked.getString("proposal.tasks.find { it.code == 'II.1.b' }.coordinating[0].status"));

        long before = counts()[0];
        JsonPath accepted = as("theodoi.sct").contentType("application/json").body(Map.of("version", picked.getLong("version")))
                .post("/api/v1/imports/" + id + "/accept").then().statusCode(200).extract().jsonPath();
        long program = accepted.getLong("directiveId");
        directives.add(program);
        assertEquals(7, accepted.getInt("createdTasks"));
        assertEquals(List.of(), accepted.getList("createdDirectiveIds"), "Conclusion 57 and Resolution 08 exist already");
        assertEquals(before + 1, counts()[0]);
        as("theodoi.sct").get("/api/v1/imports/" + id).then().body("status", equalTo("ACCEPTED")).body("createdDirectiveId", equalTo((int) program));

        checkCreated(program);
        // Section III "định kỳ 6 tháng báo cáo kết quả thực hiện": the program's own half-yearly schedule.
        long scheduleId = accepted.getLong("reportingScheduleId");
        assertEquals("Báo cáo kết quả thực hiện (6 tháng)", schedule(scheduleId).name);
        assertEquals(List.of(vn.dondoc.period.PeriodKind.HALF_YEARLY), schedule(scheduleId).kindList());
        assertEquals(program, schedule(scheduleId).directive.id);
        // The tasks are in the program view like any other.
        as("theodoi.sct").get("/api/v1/directives/" + program + "/tree").then().statusCode(200)
                .body("nodes[0].code", equalTo("II")).body("nodes[0].children[0].children[0].children.code", equalTo(List.of("II.1.a.1", "II.1.a.2")));
        // Accepting twice is refused.
        as("theodoi.sct").contentType("application/json").body(Map.of("version", accepted.getLong("directiveId") * 0))
                .post("/api/v1/imports/" + id + "/accept").then().statusCode(409);

        // Re-import a corrected document: one task changed, one added, one gone.
        String corrected = PROGRAM.replace("báo cáo hằng quý", "báo cáo 6 tháng một lần")
                .replace("định kỳ 6 tháng báo cáo", "hằng quý báo cáo")
                .replace("c) UBND huyện Can Lộc: Thường xuyên kiểm tra môi trường cụm công nghiệp thử nhập.\n", "")
                .replace("III. TỔ CHỨC", "2. Đào tạo nhân lực thử nhập\na) UBND thị xã Hồng Lĩnh chủ trì tổ chức đào tạo nghề trong năm 2027.\nIII. TỔ CHỨC");
        JsonPath again = upload("theodoi.sct", "thu-nhap-sua.txt", corrected.getBytes(StandardCharsets.UTF_8), program);
        assertEquals(program, again.getLong("targetDirectiveId"));
        long againId = again.getLong("id");
        String pickAgain = "{\"version\":" + again.getLong("version") + ",\"tasks\":[{\"code\":\"II.1.b\",\"coordinating\":[{\"unitId\":"
                + unitId("SKHDT") + "}]}]}";
        JsonPath reviewed = as("theodoi.sct").contentType("application/json").body(pickAgain).patch("/api/v1/imports/" + againId).then()
                .statusCode(200).extract().jsonPath();
        long v2 = reviewed.getLong("version");
        assertEquals(List.of("II.2", "II.2.a"), reviewed.getList("diff.added.code"));
        assertEquals(List.of("II.1.a.2"), reviewed.getList("diff.changed.code"));
        assertEquals(List.of("content", "recurrence"), reviewed.getList("diff.changed[0].fields"));
        assertEquals(List.of("II.1.c"), reviewed.getList("diff.removed.code"));
        assertEquals("UPDATE", reviewed.getString("diff.schedule.change"));
        assertEquals(List.of("HALF_YEARLY"), reviewed.getList("diff.schedule.currentKinds"));
        assertEquals(List.of("QUARTERLY"), reviewed.getList("reportingSchedule.kinds"));
        JsonPath reaccepted = as("theodoi.sct").contentType("application/json").body(Map.of("version", v2))
                .post("/api/v1/imports/" + againId + "/accept").then().statusCode(200).extract().jsonPath();
        assertEquals(program, reaccepted.getLong("directiveId"));
        assertEquals(2, reaccepted.getInt("createdTasks"));
        assertEquals(1, reaccepted.getInt("updatedTasks"));
        assertEquals(List.of("II.1.c"), reaccepted.getList("removedTaskCodes"));
        assertEquals(Recurrence.HALF_YEARLY, task(program, "II.1.a.2").recurrence);
        assertEquals(List.of("TXHL"), leadCodes(program, "II.2.a"));
        assertEquals(scheduleId, reaccepted.getLong("reportingScheduleId"), "the program's schedule is updated, not duplicated");
        assertEquals(List.of(vn.dondoc.period.PeriodKind.QUARTERLY), schedule(scheduleId).kindList());
        assertEquals("Báo cáo kết quả thực hiện (hằng quý)", schedule(scheduleId).name);
    }

    @Test
    void nothingIsWrittenWhenAcceptFails() {
        JsonPath draft = upload("quantri", "thu-nhap.txt", PROGRAM.getBytes(StandardCharsets.UTF_8), null);
        long id = draft.getLong("id");
        // The last task becomes a deadline task without a due date: TaskService refuses it after
        // the directive and the other tasks were already created in the same transaction.
        String edit = "{\"version\":" + draft.getLong("version") + ",\"tasks\":["
                + "{\"code\":\"II.1.b\",\"coordinating\":[{\"unitId\":" + unitId("SKHDT") + "}]},"
                + "{\"code\":\"II.1.c\",\"kind\":\"DEADLINE\"}]}";
        long version = as("quantri").contentType("application/json").body(edit).patch("/api/v1/imports/" + id).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        long[] before = counts();
        as("quantri").contentType("application/json").body(Map.of("version", version)).post("/api/v1/imports/" + id + "/accept")
                .then().statusCode(400).body("errors[0].field", equalTo("tasks[II.1.c].dueDate"));
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(counts()), "directives, tasks, assignments, schedules");
        as("quantri").get("/api/v1/imports/" + id).then().body("status", equalTo("READY")).body("version", equalTo((int) version));
        // Unit staff may not import.
        as("giamdoc.sct").multiPart("file", "thu-nhap.txt", PROGRAM.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/imports").then().statusCode(403);
    }

    @Transactional
    void checkCreated(long program) {
        Directive d = Directive.findById(program);
        assertEquals("Ủy ban nhân dân tỉnh", d.issuingBody);
        assertNotNull(d.parent);
        assertEquals("57-KL/TU", d.parent.numberSymbol);
        assertTrue(d.title.startsWith("Chương trình hành động thực hiện Kết luận số 57-KL/TU"));
        Task a1 = task(program, "II.1.a.1");
        assertEquals(TaskKind.DEADLINE, a1.kind);
        assertEquals(LocalDate.of(2027, 6, 30), a1.dueDate);
        assertEquals("HDND_TINH", a1.approvalLevel);
        assertEquals("Nghị quyết về hỗ trợ hạ tầng cụm công nghiệp thử nhập", a1.expectedOutput);
        assertEquals("Phát triển cụm công nghiệp thử nhập", a1.field);
        assertEquals("II.1.a", a1.parent.code);
        assertEquals(List.of("SCT"), leadCodes(program, "II.1.a.1"));
        assertEquals(new TreeSet<>(Unit.<Unit>list("type = ?1 and active = true", vn.dondoc.unit.UnitType.LOCALITY).stream().map(u -> u.code).toList()),
                new TreeSet<>(codes(program, "II.1.a.1", AssignmentRole.COORDINATING)));
        Task a2 = task(program, "II.1.a.2");
        assertEquals(TaskKind.PERIODIC, a2.kind);
        assertEquals(Recurrence.QUARTERLY, a2.recurrence);
        Task b = task(program, "II.1.b");
        assertEquals(LocalDate.of(2027, 12, 31), b.dueDate);
        assertEquals(List.of("BQLKKT"), leadCodes(program, "II.1.b"));
        assertEquals(List.of("SKHDT"), codes(program, "II.1.b", AssignmentRole.COORDINATING));
        Task c = task(program, "II.1.c");
        assertEquals(TaskKind.ONGOING, c.kind);
        assertEquals(List.of("HCL"), leadCodes(program, "II.1.c"));
        assertEquals(null, task(program, "II.1").kind, "a heading has no kind");
        assertEquals(0, Assignment.count("task", task(program, "II.1.a")));
    }

    @Transactional
    long[] counts() {
        return new long[] { Directive.count(), Task.count(), Assignment.count(), vn.dondoc.period.ReportingSchedule.count() };
    }

    @Transactional
    vn.dondoc.period.ReportingSchedule schedule(long id) {
        vn.dondoc.period.ReportingSchedule s = vn.dondoc.period.ReportingSchedule.findById(id);
        s.directive.id.longValue();
        return s;
    }

    @Transactional
    Task task(long program, String code) {
        return Task.<Task>find("directive.id = ?1 and code = ?2", program, code).firstResult();
    }

    @Transactional
    List<String> leadCodes(long program, String code) {
        return codes(program, code, AssignmentRole.LEAD);
    }

    @Transactional
    List<String> codes(long program, String code, AssignmentRole role) {
        return Assignment.<Assignment>list("task.directive.id = ?1 and task.code = ?2 and role = ?3 and status <> ?4", program, code, role,
                ProgressStatus.CANCELLED).stream().map(a -> a.unit.code).sorted().toList();
    }

    @Transactional
    long unitId(String code) {
        return Unit.findByCode(code).orElseThrow().id;
    }

    @Transactional
    Long existingDirective(String number) {
        return Directive.<Directive>find("numberSymbol", number).firstResult().id;
    }

    static byte[] render() {
        try {
            return DocxImportTest.render(new String(Seed.program(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drafts, and the tasks and directives accepted by a test, go: other tests list every task. */
    @AfterEach
    @Transactional
    void cleanUp() {
        ImportDraft.deleteAll();
        for (Long id : directives) {
            em.createNativeQuery("DELETE FROM due_date_change WHERE assignment_id IN (SELECT a.id FROM assignment a JOIN task t ON t.id = a.task_id WHERE t.directive_id = ?1)")
                    .setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM assignment WHERE task_id IN (SELECT id FROM task WHERE directive_id = ?1)").setParameter(1, id)
                    .executeUpdate();
            em.createNativeQuery("UPDATE task SET parent_id = NULL WHERE directive_id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM task WHERE directive_id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM reporting_schedule WHERE directive_id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM directive WHERE id = ?1").setParameter(1, id).executeUpdate();
        }
        directives.clear();
        // Native deletes fire nothing: tell the task counts cache, as every write does.
        tasksChanged.fire(vn.dondoc.task.TaskCountsCache.TasksChanged.INSTANCE);
    }
}
