package vn.dondoc.urging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import vn.dondoc.calendar.WorkingDayCalendar;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.unit.Unit;

/**
 * The urging letter of a unit made for this test (so the demo's counts stay as they are): two overdue tasks (one
 * led, one coordinated), one not yet due, one whose unit had its deadline extended, one the unit completed. The
 * .docx is opened with Apache POI and read back. Several directives in one letter: {@link UrgingLetterWriterTest}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UrgingLetterTest {

    private static final String UNIT_NAME = "Ban Quản lý dự án đầu tư xây dựng công trình công nghiệp tỉnh";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    WorkingDayCalendar calendar;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private long unit;
    private long program;

    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A real Keycloak token of the demo user, fetched once per test class (a password grant is slow). */
    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TOKENS.computeIfAbsent(user, KeycloakTokenTest::userToken));
    }

    /** Made on the first test: RestAssured knows the application's port only once a test runs. */
    void data() {
        if (unit != 0) {
            return;
        }
        unit = as("quantri").contentType(ContentType.JSON)
                .body(Map.of("code", "BQLDA-CN", "name", UNIT_NAME, "shortName", "BQLDA CN", "type", "OTHER"))
                .post("/api/v1/units").then().statusCode(201).extract().jsonPath().getLong("id");
        // Top-level tasks of the demo program: they come after its section II in document order, which other
        // tests rely on (a directive of our own would put its first task before II.1.a).
        program = programId();
        long skhcn = unitId("SKHCN");
        task(program, "DD.1", "Hoàn thành thủ tục đầu tư hạ tầng cụm công nghiệp Nam Hồng Lĩnh", today.minusDays(10),
                List.of(unit), List.of());
        task(program, "DD.2", "Thẩm định công nghệ các dự án đầu tư vào cụm công nghiệp", today.minusDays(3),
                List.of(skhcn), List.of(unit));
        task(program, "DD.3", "Lập báo cáo đánh giá tác động môi trường cụm công nghiệp Thạch Bằng", today.plusDays(5),
                List.of(unit), List.of());
        long extended = task(program, "DD.4", "Giải phóng mặt bằng cụm công nghiệp Phù Việt", today.minusDays(20),
                List.of(unit), List.of());
        long completed = task(program, "DD.5", "Bàn giao mặt bằng sạch cho nhà đầu tư hạ tầng", today.minusDays(8),
                List.of(unit), List.of());
        // The unit's own due date decides: an approved extension moved DD.4 past today; DD.5 is completed.
        extendAssignment(extended, unit, today.plusDays(15));
        completeAssignment(completed, unit, today.minusDays(9));
    }

    @Test
    void theLetterOpensWithPoiInTheDecree30FormatAndListsExactlyTheOverdueTasks() throws IOException {
        data();
        Response response = as("theodoi.sct").queryParam("number", "125").queryParam("signerName", "Nguyễn Văn An")
                .get("/api/v1/units/" + unit + "/urging-letter");
        response.then().statusCode(200)
                .contentType(UrgingLetterResource.DOCX)
                .header("Content-Disposition", equalTo("attachment; filename=\"cong-van-don-doc-bqlda-cn-"
                        + today.format(DateTimeFormatter.BASIC_ISO_DATE) + ".docx\""));

        // Kept for a person to open (target/ is not committed).
        java.nio.file.Files.write(java.nio.file.Path.of("target", "urging-letter-sample.docx"), response.asByteArray());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.asByteArray()))) {
            // A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm (twips).
            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(List.of(11906L, 16838L), List.of(twips(size.getW()), twips(size.getH())));
            CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(List.of(1134L, 1134L, 1701L, 850L), List.of(twips(margins.getTop()), twips(margins.getBottom()),
                    twips(margins.getLeft()), twips(margins.getRight())));

            List<XWPFRun> runs = allRuns(doc);
            assertFalse(runs.isEmpty());
            for (XWPFRun run : runs) {
                assertEquals("Times New Roman", run.getFontFamily(), "font of \"" + run.text() + "\"");
            }

            List<XWPFTable> tables = doc.getTables();
            assertEquals(3, tables.size(), "header, overdue tasks, recipients and signature");
            XWPFTable header = tables.get(0);
            assertEquals(List.of("UBND TỈNH HÀ TĨNH", "SỞ CÔNG THƯƠNG", ""), lines(header.getRow(0).getCell(0)));
            assertTrue(run(header, "SỞ CÔNG THƯƠNG").isBold(), "the issuing body is bold");
            assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
                    lines(header.getRow(0).getCell(1)));
            XWPFRun nation = run(header, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertTrue(nation.isBold());
            assertEquals(12.0, nation.getFontSizeAsDouble());
            XWPFRun motto = run(header, "Độc lập - Tự do - Hạnh phúc");
            assertTrue(motto.isBold());
            assertEquals(14.0, motto.getFontSizeAsDouble());
            assertEquals(UnderlinePatterns.SINGLE, motto.getUnderline());
            assertEquals(List.of("Số: 125/SCT-QLCN", "V/v đôn đốc thực hiện các nhiệm vụ quá hạn"),
                    lines(header.getRow(1).getCell(0)));
            String dateLine = "Hà Tĩnh, ngày " + (today.getDayOfMonth() < 10 ? "0" : "") + today.getDayOfMonth() + " tháng "
                    + (today.getMonthValue() < 3 ? "0" : "") + today.getMonthValue() + " năm " + today.getYear();
            assertEquals(List.of(dateLine), lines(header.getRow(1).getCell(1)));
            assertTrue(run(header, dateLine).isItalic(), "place and date in italics");

            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("Kính gửi: " + UNIT_NAME + "."), text);
            assertTrue(text.contains("Thực hiện Chương trình hành động ngày 16/12/2022 của Ủy ban nhân dân tỉnh Hà Tĩnh thực hiện Kết luận "
                    + "số 57-KL/TU ngày 07/10/2022"), text);
            assertTrue(text.contains(UNIT_NAME + " còn 2 nhiệm vụ đã quá thời hạn hoàn thành"), text);
            assertTrue(text.contains("trước ngày " + calendar.addWorkingDays(today, 5).format(DMY)), text);
            assertTrue(text.contains("phối hợp thực hiện./."), text);

            // Number, code, content, role, due date, days overdue (one directive: no group rows).
            List<List<String>> rows = rows(tables.get(1));
            assertEquals(List.of("STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Vai trò", "Hạn hoàn thành", "Số ngày quá hạn"),
                    rows.get(0));
            assertEquals(List.of("1", "DD.1", "Hoàn thành thủ tục đầu tư hạ tầng cụm công nghiệp Nam Hồng Lĩnh", "Chủ trì",
                    today.minusDays(10).format(DMY), "10"), rows.get(1));
            assertEquals(List.of("2", "DD.2", "Thẩm định công nghệ các dự án đầu tư vào cụm công nghiệp", "Phối hợp",
                    today.minusDays(3).format(DMY), "3"), rows.get(2));
            assertEquals(3, rows.size(), rows.toString());
            for (String absent : List.of("DD.3", "DD.4", "DD.5")) {
                assertFalse(text.contains(absent), absent + " is not overdue for the unit");
            }

            XWPFTable closing = tables.get(2);
            assertEquals(List.of("Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);", "- Lưu: VT, QLCN."),
                    lines(closing.getRow(0).getCell(0)));
            XWPFRun recipients = run(closing, "Nơi nhận:");
            assertTrue(recipients.isBold() && recipients.isItalic());
            assertEquals(12.0, recipients.getFontSizeAsDouble());
            List<String> signature = lines(closing.getRow(0).getCell(1)).stream().filter(s -> !s.isEmpty()).toList();
            assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"), signature);
            assertTrue(run(closing, "Nguyễn Văn An").isBold());
        }
    }

    @Test
    void aLeadersLetterIsIssuedByTheProvincesPeoplesCommitteeAndTheSignerCanBeChosen() throws IOException {
        data();
        Response response = as("lanhdao").queryParam("directiveId", program).queryParam("signerAuthority", "TM. ỦY BAN NHÂN DÂN")
                .queryParam("signerTitle", " ").queryParam("symbol", "UBND-CN").queryParam("responseWorkingDays", 10)
                .get("/api/v1/units/" + unit + "/urging-letter");
        response.then().statusCode(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.asByteArray()))) {
            String text = new XWPFWordExtractor(doc).getText();
            // The leader's unit issues it: the UBND tỉnh, with no governing body above it.
            assertEquals(List.of("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", ""), lines(doc.getTables().get(0).getRow(0).getCell(0)));
            assertFalse(text.contains("SỞ CÔNG THƯƠNG"), text);
            assertTrue(text.contains("Thực hiện Chương trình hành động"), text);
            assertTrue(text.contains("qua theo dõi, đôn đốc của Sở Công Thương (cơ quan được giao theo dõi, tổng hợp)"), text);
            assertTrue(text.contains(UNIT_NAME + " còn 2 nhiệm vụ"), text);
            assertTrue(text.contains("Ủy ban nhân dân tỉnh Hà Tĩnh đề nghị " + UNIT_NAME), text);
            assertTrue(text.contains("gửi về Sở Công Thương trước ngày " + calendar.addWorkingDays(today, 10).format(DMY)), text);
            List<List<String>> rows = rows(doc.getTables().get(1));
            assertEquals(3, rows.size(), rows.toString());
            assertEquals(List.of("10", "3"), List.of(rows.get(1).get(5), rows.get(2).get(5)), "days late to the letter's date");
            assertEquals(List.of("Số: " + " ".repeat(8) + "/UBND-CN", "V/v đôn đốc thực hiện các nhiệm vụ quá hạn"),
                    lines(doc.getTables().get(0).getRow(1).getCell(0)), "the number is left for the office of records");
            assertTrue(lines(doc.getTables().get(2).getRow(0).getCell(0)).contains("- Sở Công Thương (theo dõi);"));
            List<String> signature = lines(doc.getTables().get(2).getRow(0).getCell(1)).stream()
                    .filter(s -> !s.isEmpty()).toList();
            assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"), signature, "blank options keep the issuer's defaults");
        }
    }

    @Test
    void noUnitUrgesItself() {
        data();
        // "Sở Công Thương đề nghị Sở Công Thương": refused, although the demo's SCT has overdue tasks.
        as("theodoi.sct").get("/api/v1/units/" + unitId("SCT") + "/urging-letter").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:urging-own-unit"))
                .body("detail", containsString("chính Sở Công Thương"));
        as("lanhdao").get("/api/v1/units/" + unitId("UBND") + "/urging-letter").then().statusCode(422)
                .body("type", equalTo("urn:dondoc:problem:urging-own-unit"));
    }

    @Test
    void nothingOverdueUnknownUnitsAndMalformedOptionsAreProblems() {
        data();
        as("theodoi.sct").queryParam("directiveId", conclusionId()).get("/api/v1/units/" + unit + "/urging-letter").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:dondoc:problem:no-overdue-tasks"))
                .body("detail", containsString("không có nhiệm vụ quá hạn"));
        as("theodoi.sct").get("/api/v1/units/999999/urging-letter").then().statusCode(404)
                .contentType("application/problem+json");
        as("theodoi.sct").queryParam("number", "12a").queryParam("responseWorkingDays", 0).queryParam("directiveId", 999999)
                .queryParam("symbol", "SCT QLCN").get("/api/v1/units/" + unit + "/urging-letter").then().statusCode(400)
                .body("errors.field", equalTo(List.of("number", "symbol", "directiveId", "responseWorkingDays")));
        as("theodoi.sct").queryParam("responseWorkingDays", "năm").queryParam("directiveId", "KH-215")
                .get("/api/v1/units/" + unit + "/urging-letter").then().statusCode(400)
                .body("errors.field", equalTo(List.of("directiveId", "responseWorkingDays")));
        // Unit staff and the Fatherland Front do not issue letters.
        as("giamdoc.sct").get("/api/v1/units/" + unit + "/urging-letter").then().statusCode(403);
        as("giamsat.mttq").get("/api/v1/units/" + unit + "/urging-letter").then().statusCode(403);
        // A demo unit with overdue tasks of the program gets its letter too.
        as("quantri").get("/api/v1/units/" + unitId("SCT") + "/urging-letter").then().statusCode(200)
                .header("Content-Disposition", containsString("cong-van-don-doc-sct-"));
    }

    // --- reading the document ---

    private static long twips(Object measure) {
        return ((BigInteger) measure).longValue();
    }

    private static List<XWPFRun> allRuns(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable table : doc.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                }
            }
        }
        return runs;
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
    }

    private static XWPFRun run(XWPFTable table, String text) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    for (XWPFRun run : p.getRuns()) {
                        if (text.equals(run.text())) {
                            return run;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no run \"" + text + "\"");
    }

    // --- data ---

    private long task(long directive, String code, String content, LocalDate due, List<Long> leads, List<Long> coordinating) {
        long id = as("theodoi.sct").contentType(ContentType.JSON)
                .body(Map.of("directiveId", directive, "code", code, "content", content, "kind", "DEADLINE",
                        "dueDate", due.toString(), "leadUnitIds", leads, "coordinatingUnitIds", coordinating))
                .post("/api/v1/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        assertNotNull(id);
        return id;
    }

    @Transactional
    void extendAssignment(long taskId, long unitId, LocalDate due) {
        Assignment a = Assignment.find("task.id = ?1 and unit.id = ?2", taskId, unitId).firstResult();
        a.dueDate = due;
    }

    @Transactional
    void completeAssignment(long taskId, long unitId, LocalDate on) {
        Assignment a = Assignment.find("task.id = ?1 and unit.id = ?2", taskId, unitId).firstResult();
        a.status = ProgressStatus.COMPLETED;
        a.percentComplete = 100;
        a.completedOn = on;
    }

    @Transactional
    long unitId(String code) {
        return Unit.findByCode(code).orElseThrow().id;
    }

    @Transactional
    long conclusionId() {
        return Directive.<Directive>find("kind", DirectiveKind.CONCLUSION).firstResult().id;
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }
}
