package vn.dondoc.consolidated;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.dondoc.common.document.Decree30Docx;
import vn.dondoc.consolidated.ConsolidatedDtos.Counts;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.notification.MutableClock;
import vn.dondoc.report.ProgressReport;
import vn.dondoc.report.ReportStatus;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.task.Assignment;

/**
 * The consolidated report of the demo program for Quarter IV/2026, on a fixed day (20/11/2026), with two tasks of a
 * unit made for this test (one overdue, one due next quarter) and the unit's accepted progress reports. The job is
 * followed from QUEUED to DONE; the .docx and .xlsx are opened with Apache POI; the figures must equal the task
 * counts the API gives for the same directive on the same day.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolidatedReportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final String RESULT = "Đã san lấp 60% mặt bằng cụm công nghiệp Kỳ Tân";
    private static final String DIFFICULTY = "Vướng mắc giải phóng mặt bằng tại xã Kỳ Lợi do chưa thống nhất giá bồi thường";
    private static final String PROPOSAL = "Đề nghị UBND tỉnh bố trí bổ sung vốn đầu tư công năm 2027";
    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    MutableClock clock;

    @Inject
    ProgressLog log;

    @Inject
    ConsolidatedReportWorker worker;

    private long program;
    private long unit;
    private long overdueTask;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TOKENS.computeIfAbsent(user, KeycloakTokenTest::userToken));
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    void data() {
        clock.setDay(DAY);
        if (unit != 0) {
            return;
        }
        program = programId();
        unit = as("quantri").contentType(ContentType.JSON)
                .body(Map.of("code", "BQL-KKT", "name", "Ban Quản lý Khu kinh tế tỉnh", "shortName", "BQL KKT", "type", "OTHER"))
                .post("/api/v1/units").then().statusCode(201).extract().jsonPath().getLong("id");
        overdueTask = task("TH.1", "Hoàn thành giải phóng mặt bằng cụm công nghiệp Kỳ Tân", DAY.minusDays(10));
        long nextQuarter = task("TH.2", "Đưa cụm công nghiệp Kỳ Tân vào hoạt động", DAY.plusDays(40));
        report(overdueTask, DAY.minusDays(3), null, DIFFICULTY, null);
        report(nextQuarter, DAY.minusDays(2), RESULT, null, PROPOSAL);
    }

    @Test
    void aJobGoesFromQueuedThroughRunningToDoneAndItsDocumentsFollowDecree30() throws Exception {
        data();
        JsonPath created = as("theodoi.sct").contentType(ContentType.JSON)
                .body(Map.of("directiveId", program, "periodKey", "2026-Q4", "number", "215"))
                .post("/api/v1/consolidated-reports").then().statusCode(202).extract().jsonPath();
        long id = created.getLong("id");
        assertEquals("QUEUED", created.getString("status"));
        assertEquals(0, created.getInt("progress"));
        assertEquals("Quý IV/2026", created.getString("periodLabel"));
        assertEquals(DAY.toString(), created.getString("asOf"));

        JsonPath done = waitUntilFinished(id);
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(100, done.getInt("progress"));
        List<ConsolidatedReportWorker.Progress> steps = log.of(id);
        assertEquals(ConsolidatedReport.Status.RUNNING, steps.get(0).status());
        assertEquals(ConsolidatedReport.Status.DONE, steps.get(steps.size() - 1).status());
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i).progress() > steps.get(i - 1).progress(), "progress rises: " + steps);
        }
        assertTrue(steps.stream().filter(s -> s.status() == ConsolidatedReport.Status.RUNNING).count() >= 3, steps.toString());

        // The figures are the task counts of the same directive on the same day.
        JsonPath counts = as("theodoi.sct").queryParam("directiveId", program).get("/api/v1/tasks/counts").then()
                .statusCode(200).extract().jsonPath();
        Counts expected = new Counts(counts.getLong("total"), counts.getLong("byTimeliness.COMPLETED_ON_TIME"),
                counts.getLong("byTimeliness.COMPLETED_LATE"),
                counts.getLong("byTimeliness.ON_TRACK") + counts.getLong("byTimeliness.DUE_SOON"),
                counts.getLong("byTimeliness.OVERDUE"), counts.getLong("byTimeliness.NO_DEADLINE"),
                counts.getLong("byTimeliness.CANCELLED"));
        assertTrue(expected.overdue() >= 1);
        assertEquals(expected, done.getObject("figures.total", Counts.class));
        assertTrue(as("lanhdao").get("/api/v1/consolidated-reports?directiveId=" + program).then().statusCode(200).extract()
                .jsonPath().getList("id", Long.class).contains(id));

        byte[] docx = as("lanhdao").get("/api/v1/consolidated-reports/" + id + "/docx").then().statusCode(200)
                .contentType(ConsolidatedReportResource.DOCX).extract().asByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "consolidated-report-sample.docx"), docx);
        checkWord(docx, expected);
        byte[] xlsx = as("giamsat.mttq").get("/api/v1/consolidated-reports/" + id + "/xlsx").then().statusCode(200)
                .contentType(ConsolidatedReportResource.XLSX).extract().asByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "consolidated-annex-sample.xlsx"), xlsx);
        checkAnnex(xlsx, expected);
    }

    /**
     * A closed period with frozen figures: the report takes them from the snapshot, says so, and made again after a
     * later change (a task due within the period added afterwards, which a live count would show as overdue) it has the
     * same figures and the same figures section in the Word document.
     */
    @Test
    void aClosedPeriodsReportTakesItsFrozenFiguresAndIsTheSameAfterLaterChanges() throws Exception {
        data();
        int frozen = as("theodoi.sct").contentType(ContentType.JSON)
                .body(Map.of("directiveId", program, "periodKey", "2026-Q3")).post("/api/v1/statistics/snapshots").then()
                .extract().statusCode();
        assertTrue(frozen == 201 || frozen == 409, "frozen now or before: " + frozen);
        JsonPath first = generate("2026-Q3");
        assertEquals("SNAPSHOT", first.getString("figures.source"), first.prettify());
        assertNotNull(first.getString("figures.frozenAt"));
        assertEquals(LocalDate.of(2026, 9, 14).toString(), first.getString("figures.asOf"));
        JsonPath snapshot = as("theodoi.sct").get("/api/v1/statistics/snapshots/2026-Q3?directiveId=" + program).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(snapshot.getLong("statistics.totals.total.count"), first.getLong("figures.total.total"));
        assertEquals(snapshot.getLong("statistics.totals.byTimeliness.OVERDUE.count"), first.getLong("figures.total.overdue"));

        // Later: a task due within Q3 appears; counted live at the cut-off it would be one more overdue task.
        LocalDate cutOff = LocalDate.of(2026, 9, 14);
        Counts before = consolidatedFigures.figures(consolidatedFigures.tasks(program, cutOff), cutOff).total();
        // (Assigned on 1/9, within Q3: a task assigned after the cut-off would not count at it anyway.)
        clock.setDay(LocalDate.of(2026, 9, 1));
        task("TH.3", "Lập quy hoạch chi tiết cụm công nghiệp Kỳ Tân", LocalDate.of(2026, 8, 31));
        clock.setDay(DAY);
        Counts after = consolidatedFigures.figures(consolidatedFigures.tasks(program, cutOff), cutOff).total();
        assertEquals(before.overdue() + 1, after.overdue(), "the change would show in a live count");

        JsonPath second = generate("2026-Q3");
        assertEquals("SNAPSHOT", second.getString("figures.source"));
        assertEquals(first.getMap("figures"), second.getMap("figures"));
        assertEquals(figuresSection(first.getLong("id")), figuresSection(second.getLong("id")));
        assertTrue(figuresSection(second.getLong("id")).contains("số liệu đã chốt của kỳ tại ngày 14/09/2026"));

        // The current period is still counted live.
        assertEquals("LIVE", generate("2026-Q4").getString("figures.source"));
    }

    @Inject
    ConsolidatedFigures consolidatedFigures;

    private JsonPath generate(String periodKey) throws InterruptedException {
        long id = as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("directiveId", program, "periodKey", periodKey))
                .post("/api/v1/consolidated-reports").then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath done = waitUntilFinished(id);
        assertEquals("DONE", done.getString("status"), done.prettify());
        return done;
    }

    /** The Word text from section I up to section III: the figures, in words and in the table, per group. */
    private String figuresSection(long id) throws Exception {
        byte[] docx = as("theodoi.sct").get("/api/v1/consolidated-reports/" + id + "/docx").then().statusCode(200).extract()
                .asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            int from = all.indexOf("I. KẾT QUẢ THỰC HIỆN CHUNG");
            int to = all.indexOf("III. NHIỆM VỤ QUÁ HẠN");
            assertTrue(from >= 0 && to > from, all);
            return all.substring(from, to);
        }
    }

    private void checkWord(byte[] file, Counts expected) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertEquals(List.of(11906L, 16838L), List.of(twips(section.getPgSz().getW()), twips(section.getPgSz().getH())));
            CTPageMar m = section.getPgMar();
            // Decree 30: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm (1 mm = 56.7 twips).
            assertBetween(twips(m.getTop()), 1134, 1418);
            assertBetween(twips(m.getBottom()), 1134, 1418);
            assertBetween(twips(m.getLeft()), 1701, 1985);
            assertBetween(twips(m.getRight()), 850, 1134);

            List<XWPFRun> runs = runs(doc);
            for (XWPFRun run : runs) {
                assertEquals(Decree30Docx.FONT, run.getFontFamily(), "font of '" + run.text() + "'");
            }
            XWPFRun nation = find(runs, Decree30Docx.NATIONAL_TITLE);
            assertTrue(nation.isBold());
            XWPFRun motto = find(runs, Decree30Docx.MOTTO);
            assertTrue(motto.isBold());
            assertEquals(UnderlinePatterns.SINGLE, motto.getUnderline());
            assertEquals("Số: 215/BC-SCT", find(runs, "Số: ").text());
            XWPFRun date = find(runs, "Hà Tĩnh, ngày ");
            assertEquals("Hà Tĩnh, ngày 20 tháng 11 năm 2026", date.text());
            assertTrue(date.isItalic());
            XWPFRun title = find(runs, "BÁO CÁO");
            assertTrue(title.isBold());
            assertEquals(14, title.getFontSizeAsDouble().intValue());
            XWPFRun recipients = find(runs, "Nơi nhận:");
            assertTrue(recipients.isBold() && recipients.isItalic());
            assertEquals(12, recipients.getFontSizeAsDouble().intValue());
            assertEquals(14, find(runs, "Thực hiện nhiệm vụ theo dõi").getFontSizeAsDouble().intValue());

            XWPFParagraph section1 = doc.getParagraphs().stream().filter(p -> p.getText().equals("I. KẾT QUẢ THỰC HIỆN CHUNG"))
                    .findFirst().orElseThrow();
            assertTrue(section1.getCTP().getPPr().isSetKeepNext(), "a heading stays with its text");
            String text = new XWPFWordExtractor(doc).getText();
            for (String heading : List.of("I. KẾT QUẢ THỰC HIỆN CHUNG", "II. KẾT QUẢ THỰC HIỆN THEO NHÓM NHIỆM VỤ",
                    "III. NHIỆM VỤ QUÁ HẠN VÀ NGUYÊN NHÂN", "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT",
                    "V. NHIỆM VỤ TRỌNG TÂM KỲ TỚI", "Kết quả thực hiện Chương trình hành động", "Quý IV/2026",
                    "KT. GIÁM ĐỐC", "- Các sở, ban, ngành, địa phương;", "- Lưu: VT, QLCN.")) {
                assertTrue(text.contains(heading), "missing: " + heading);
            }
            assertTrue(text.contains(ConsolidatedWordWriter.countsSentence(expected)), "figures sentence");
            // The units' own words: results in the group, the difficulty as the overdue task's reason, the proposal.
            assertTrue(text.contains("Ban Quản lý Khu kinh tế tỉnh (nhiệm vụ TH.2): " + RESULT), "result quoted");
            assertTrue(text.contains("Ban Quản lý Khu kinh tế tỉnh (nhiệm vụ TH.1): " + DIFFICULTY), "difficulty quoted");
            assertTrue(text.contains(PROPOSAL), "proposal quoted");
            assertTrue(text.contains("- TH.2: Đưa cụm công nghiệp Kỳ Tân vào hoạt động"), "next period's task");

            // The figures table and the overdue table.
            XWPFTable figures = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Chỉ tiêu"))
                    .findFirst().orElseThrow();
            assertEquals(String.valueOf(expected.total()), cellText(figures, "Tổng số nhiệm vụ"));
            assertEquals(String.valueOf(expected.overdue()), cellText(figures, "Quá hạn chưa hoàn thành"));
            assertEquals(String.valueOf(expected.completedOnTime()), cellText(figures, "Hoàn thành đúng hạn"));
            assertEquals(String.valueOf(expected.inProgressOnTime()), cellText(figures, "Đang thực hiện trong hạn"));
            assertEquals(String.valueOf(expected.noDeadline()), cellText(figures, "Thường xuyên (không có thời hạn)"));
            XWPFTable overdue = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("STT")).findFirst()
                    .orElseThrow();
            assertEquals(expected.overdue() + 1, overdue.getNumberOfRows());
            XWPFTableRow ours = overdue.getRows().stream().filter(r -> r.getCell(1).getText().equals("TH.1")).findFirst().orElseThrow();
            assertEquals("Ban Quản lý Khu kinh tế tỉnh: " + DIFFICULTY, ours.getCell(5).getText());
            XWPFRun reason = ours.getCell(5).getParagraphs().get(0).getRuns().get(0);
            assertTrue(reason.isItalic(), "the unit's words quoted in italics");
            assertEquals(12, reason.getFontSizeAsDouble().intValue());
            XWPFRun plainCode = ours.getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertFalse(plainCode.isItalic());

            // Page numbers: a PAGE field centred in the header of pages 2+, an empty first-page header.
            assertTrue(section.isSetTitlePg());
            XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
            assertEquals("", policy.getFirstPageHeader().getText().trim());
            XWPFParagraph number = policy.getDefaultHeader().getParagraphs().get(0);
            assertEquals(ParagraphAlignment.CENTER, number.getAlignment());
            assertEquals(1, number.getCTP().sizeOfFldSimpleArray());
            assertEquals("PAGE", number.getCTP().getFldSimpleArray(0).getInstr().trim());
        }
    }

    private void checkAnnex(byte[] file, Counts expected) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(ConsolidatedAnnexWriter.HEADER_ROW);
            List<String> headings = new ArrayList<>();
            header.forEach(c -> headings.add(c.getStringCellValue()));
            assertEquals(List.of("STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Hạn hoàn thành",
                    "Trạng thái", "Tình hình thực hiện", "Tiến độ (%)", "Báo cáo gần nhất"), headings);
            assertTrue(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(ConsolidatedAnnexWriter.HEADER_ROW + 1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertTrue(sheet.getColumnWidth(2) > 40 * 256);
            assertEquals(expected.total(), sheet.getLastRowNum() - ConsolidatedAnnexWriter.HEADER_ROW);
            Row ours = null;
            long overdue = 0;
            for (int i = ConsolidatedAnnexWriter.HEADER_ROW + 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if (r.getCell(1).getStringCellValue().equals("TH.2")) {
                    ours = r;
                }
                if (r.getCell(7).getStringCellValue().equals("Quá hạn")) {
                    overdue++;
                }
            }
            assertEquals(expected.overdue(), overdue);
            assertNotNull(ours);
            assertEquals("Ban Quản lý Khu kinh tế tỉnh", ours.getCell(3).getStringCellValue());
            assertEquals(DAY.plusDays(40).format(vn.dondoc.common.DisplayDates.DAY), ours.getCell(5).getStringCellValue());
            assertEquals("Ban Quản lý Khu kinh tế tỉnh: " + RESULT, ours.getCell(9).getStringCellValue());
        }
    }

    @Test
    void aJobThatCannotBeBuiltEndsFailedWithItsReason() {
        data();
        long id = badJob();
        worker.run(id);
        JsonPath failed = as("theodoi.sct").get("/api/v1/consolidated-reports/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("FAILED", failed.getString("status"));
        assertTrue(failed.getString("failureReason").startsWith("Lỗi khi lập báo cáo: "), failed.getString("failureReason"));
        as("theodoi.sct").get("/api/v1/consolidated-reports/" + id + "/docx").then().statusCode(409);
    }

    @Test
    void aJobLeftRunningByAStoppedInstanceIsMarkedFailedAtStartup() {
        data();
        long stale = badJob();
        age(stale, ConsolidatedReport.Status.RUNNING, clock.instant().minusSeconds(3600));
        long recent = badJob();
        age(recent, ConsolidatedReport.Status.QUEUED, clock.instant());
        worker.onStart(null);
        JsonPath failed = as("theodoi.sct").get("/api/v1/consolidated-reports/" + stale).then().statusCode(200).extract().jsonPath();
        assertEquals("FAILED", failed.getString("status"));
        assertEquals("Máy chủ đã khởi động lại trong khi lập báo cáo; hãy lập lại.", failed.getString("failureReason"));
        as("theodoi.sct").get("/api/v1/consolidated-reports/" + recent).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("QUEUED"));
    }

    @Transactional
    void age(long id, ConsolidatedReport.Status status, Instant createdAt) {
        ConsolidatedReport job = ConsolidatedReport.findById(id);
        job.status = status;
        job.createdAt = createdAt;
    }

    @Test
    void aPeriodNotYetStartedOrAnUnknownDirectiveIsRefused() {
        data();
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("directiveId", program, "periodKey", "2027-Q2"))
                .post("/api/v1/consolidated-reports").then().statusCode(400);
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("directiveId", program, "periodKey", "2026-Q9"))
                .post("/api/v1/consolidated-reports").then().statusCode(400);
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("directiveId", 999999, "periodKey", "2026-Q4"))
                .post("/api/v1/consolidated-reports").then().statusCode(400);
    }

    private JsonPath waitUntilFinished(long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath job = as("theodoi.sct").get("/api/v1/consolidated-reports/" + id).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("DONE") || status.equals("FAILED") || System.currentTimeMillis() > deadline) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    private long task(String code, String content, LocalDate due) {
        return as("theodoi.sct").contentType(ContentType.JSON)
                .body(Map.of("directiveId", program, "code", code, "content", content, "kind", "DEADLINE", "dueDate",
                        due.toString(), "leadUnitIds", List.of(unit)))
                .post("/api/v1/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An accepted progress report (accepted: it waits for nobody's review, so no other test sees a new item). */
    @Transactional
    void report(long taskId, LocalDate sentOn, String results, String difficulties, String proposals) {
        Assignment a = Assignment.<Assignment>find("task.id = ?1 and unit.id = ?2", taskId, unit).firstResult();
        ProgressReport r = new ProgressReport();
        r.assignment = a;
        r.results = results;
        r.difficulties = difficulties;
        r.proposals = proposals;
        r.percentComplete = 60;
        r.status = ReportStatus.ACCEPTED;
        r.createdBy = "test";
        r.submittedBy = "test";
        r.submittedOn = sentOn;
        r.submittedAt = Instant.now();
        r.reviewedBy = "test";
        r.reviewedAt = Instant.now();
        r.persist();
    }

    @Transactional
    long badJob() {
        ConsolidatedReport job = new ConsolidatedReport();
        job.directiveId = program;
        job.periodKey = "2026-X";
        job.periodLabel = "?";
        job.periodFrom = DAY;
        job.periodTo = DAY;
        job.asOf = DAY;
        job.requestedBy = "test";
        job.createdAt = Instant.now();
        job.persist();
        return job.id;
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }

    private static String cellText(XWPFTable table, String label) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(label)).findFirst().orElseThrow()
                .getCell(1).getText();
    }

    private static XWPFRun find(List<XWPFRun> runs, String prefix) {
        return runs.stream().filter(r -> r.text() != null && r.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no run starting with " + prefix));
    }

    private static List<XWPFRun> runs(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow r : t.getRows()) {
                for (XWPFTableCell c : r.getTableCells()) {
                    c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                }
            }
        }
        assertFalse(runs.isEmpty());
        return runs;
    }

    private static long twips(Object value) {
        return ((BigInteger) value).longValue();
    }

    private static void assertBetween(long value, long min, long max) {
        assertTrue(value >= min && value <= max, value + " not in [" + min + ", " + max + "]");
    }
}
