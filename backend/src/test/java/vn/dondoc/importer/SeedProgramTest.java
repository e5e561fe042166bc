package vn.dondoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.importer.Proposal.ImplementedDirective;
import vn.dondoc.importer.Proposal.ProposedTask;
import vn.dondoc.importer.Proposal.ReportingObligation;
import vn.dondoc.importer.Proposal.UnitMatch;
import vn.dondoc.task.TaskKind;

/**
 * The seed program read as text: every task of section II with its lead and coordinating units,
 * as written by hand from reading the document, must come out exactly; the directive chain and the
 * reporting duties of section III as well.
 */
class SeedProgramTest {

    private static final String BOTH = "@SO_BAN_NGANH @DIA_PHUONG";

    /** code → "lead units | coordinating units" (unit codes; "@" + a unit group's code). */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        // 1. Tuyên truyền
        EXPECTED.put("II.1.a", BOTH + " | ");
        EXPECTED.put("II.1.b", "STTTT | @SO_BAN_NGANH");          // "các sở, ban, ngành liên quan": no localities
        EXPECTED.put("II.1.c", "DPTTH BAOHT | ");                  // "... và các cơ quan thông tin đại chúng": no unit
        // 2. Quy hoạch
        EXPECTED.put("II.2.a", BOTH + " | ");                      // addressed without "chủ trì"
        EXPECTED.put("II.2.b", "SKHDT | " + BOTH);
        EXPECTED.put("II.2.c.1", "SCT | " + BOTH);                 // bullets inherit their item's units
        EXPECTED.put("II.2.c.2", "SCT | " + BOTH);
        EXPECTED.put("II.2.d.1", "STNMT | " + BOTH);               // "các sở, ban, ngành địa phương" (no comma)
        EXPECTED.put("II.2.d.2", "STNMT | " + BOTH);
        EXPECTED.put("II.2.e", "BQLKKT | " + BOTH);                // "X: Chủ trì phối hợp với ..."
        // 3. Cơ chế, chính sách
        EXPECTED.put("II.3.a.1", "SCT | " + BOTH);
        EXPECTED.put("II.3.a.2", "SCT | " + BOTH);
        EXPECTED.put("II.3.b.1", "BQLKKT | " + BOTH);              // "các sở ngành, địa phương"
        EXPECTED.put("II.3.b.2", "BQLKKT | " + BOTH);
        EXPECTED.put("II.3.c", BOTH + " | ");
        // 4. Phát triển bền vững
        EXPECTED.put("II.4.a.1", BOTH + " | ");
        EXPECTED.put("II.4.a.2", BOTH + " | ");
        EXPECTED.put("II.4.a.3", BOTH + " | ");                    // line 38: a paragraph without its dash
        EXPECTED.put("II.4.b.1", "SKHDT | " + BOTH);
        EXPECTED.put("II.4.b.2", "SKHDT | " + BOTH);
        EXPECTED.put("II.4.c.1", "BQLKKT | " + BOTH);
        EXPECTED.put("II.4.c.2", "BQLKKT | " + BOTH);
        EXPECTED.put("II.4.c'.1", "SCT | " + BOTH);                // the second "c)" of group 4
        EXPECTED.put("II.4.c'.2", "SCT | " + BOTH);
        EXPECTED.put("II.4.c'.3", "SCT | " + BOTH);
        EXPECTED.put("II.4.d", "STTTT | " + BOTH);
        EXPECTED.put("II.4.e.1", "SKHCN | " + BOTH);
        EXPECTED.put("II.4.e.2", "SKHCN | " + BOTH);
        EXPECTED.put("II.4.g", "SLDTBXH | " + BOTH);
        EXPECTED.put("II.4.h", "STNMT | " + BOTH);
        EXPECTED.put("II.4.i.1", "DN | ");                         // the indented "i)" names the enterprises
        EXPECTED.put("II.4.i.2", "DN | ");
        EXPECTED.put("II.4.i.3", "DN | ");
        // 5. Cải cách hành chính (after the stray bookmark)
        EXPECTED.put("II.5.a.1", BOTH + " | ");
        EXPECTED.put("II.5.a.2", BOTH + " | ");
        EXPECTED.put("II.5.b", "SCT | " + BOTH);
        EXPECTED.put("II.5.c", "BQLKKT | " + BOTH);
        EXPECTED.put("II.5.d", "@DIA_PHUONG | ");
    }

    static final List<String> HEADINGS = List.of("II", "II.1", "II.2", "II.2.c", "II.2.d", "II.3", "II.3.a", "II.3.b", "II.4",
            "II.4.a", "II.4.b", "II.4.c", "II.4.c'", "II.4.e", "II.4.i", "II.5", "II.5.a");

    static Proposal.Content content;

    @BeforeAll
    static void parse() throws Exception {
        content = Seed.parser().parse(new DocumentReader(ImportPatterns.defaults()).read(Seed.program()));
    }

    static String refs(List<UnitMatch> matches) {
        return matches.stream().map(UnitMatch::ref).collect(Collectors.joining(" "));
    }

    static Map<String, String> actualTable(Proposal.Content c) {
        Map<String, String> actual = new LinkedHashMap<>();
        c.tasks().stream().filter(t -> !t.heading()).forEach(t -> actual.put(t.code(), refs(t.lead()) + " | " + refs(t.coordinating())));
        return actual;
    }

    @Test
    void everyTaskOfSectionTwoHasItsUnits() {
        assertEquals(String.join("\n", EXPECTED.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList()),
                String.join("\n", actualTable(content).entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList()));
        assertEquals(38, content.tasks().stream().filter(t -> !t.heading()).count());
        assertEquals(HEADINGS, content.tasks().stream().filter(ProposedTask::heading).map(ProposedTask::code).toList());
        assertTrue(content.tasks().stream().flatMap(t -> java.util.stream.Stream.concat(t.lead().stream(), t.coordinating().stream()))
                .allMatch(UnitMatch::resolved), "every unit of section II is in the catalogue");
    }

    @Test
    void treeKeepsSourceLinesFieldsAndContent() {
        ProposedTask c2 = task("II.4.c'");
        assertEquals(45, c2.firstLine());
        assertEquals(48, c2.lastLine());
        assertEquals("II.4", c2.parentCode());
        ProposedTask unmarked = task("II.4.a.3");
        assertEquals(38, unmarked.firstLine());
        assertTrue(unmarked.content().startsWith("Đẩy mạnh ứng dụng các nền tảng công nghệ số"));
        assertTrue(unmarked.unitsInherited());
        // "X: Chủ trì ..." keeps the sentence after the colon; a bullet keeps its words without the dash.
        assertTrue(task("II.1.b").content().startsWith("Chủ trì, phối hợp với các sở, ban, ngành liên quan"));
        assertTrue(task("II.2.c.1").content().startsWith("Triển khai thực hiện các phương án phát triển công nghiệp"));
        assertEquals("Công tác quy hoạch và quản lý quy hoạch", task("II.2.c.1").field());
        assertEquals("Cải cách thủ tục hành chính, nâng cao hiệu quả quản lý Nhà nước về công nghiệp, tiểu thủ công nghiệp",
                task("II.5").content()); // the stray [bookmark: _GoBack] is gone
        assertEquals("Các doanh nghiệp, hộ sản xuất công nghiệp, tiểu thủ công nghiệp", task("II.4.i").content());
        // The draft sets no deadline: every task is proposed as ongoing, said once in the warnings.
        assertTrue(content.tasks().stream().filter(t -> !t.heading()).allMatch(t -> t.kind() == TaskKind.ONGOING && t.dueDate() == null));
        assertTrue(warning("NO_DEADLINE").message().startsWith("38 nhiệm vụ"));
        assertEquals(45, warning("DUPLICATE_LABEL").line());
        assertEquals(38, warning("UNMARKED_PARAGRAPH").line());
        assertEquals(59, warning("NOISE_REMOVED").line());
        assertFalse(content.warnings().stream().anyMatch(w -> w.code().startsWith("UNIT_") && w.taskCode().startsWith("II.")));
    }

    @Test
    void outputsAndApprovalLevels() {
        assertEquals("HDND_TINH", task("II.3.a.1").approvalLevel());
        assertEquals("Nghị quyết về chính sách phát triển công nghiệp, tiểu thủ công nghiệp tỉnh Hà Tĩnh", task("II.3.a.1").expectedOutput());
        assertEquals("THU_TUONG", task("II.2.d.2").approvalLevel());
        assertEquals("Kế hoạch sử dụng đất 05 năm 2021-2025 và giai đoạn 2026-2030 cấp tỉnh", task("II.2.d.2").expectedOutput());
        assertEquals("UBND_TINH", task("II.2.b").approvalLevel());
        assertTrue(task("II.2.b").expectedOutput().startsWith("Chương trình hành động thực hiện Quyết định số 1363/QĐ-TTg"));
        assertEquals("HDND_TINH", task("II.4.e.1").approvalLevel());
        assertEquals("UBND_TINH", task("II.5.c").approvalLevel());
        assertNull(task("II.4.c'.2").approvalLevel(), "\"đã được Thủ tướng Chính phủ phê duyệt\" is no submission");
        assertNull(task("II.1.a").expectedOutput());
    }

    @Test
    void directiveAndTheChainItImplements() {
        var d = content.directive();
        assertEquals(DirectiveKind.ACTION_PROGRAM, d.kind());
        assertTrue(d.title().startsWith("Chương trình hành động thực hiện Kết luận số 57-KL/TU ngày 07/10/2022 của Ban Thường vụ Tỉnh ủy"));
        assertEquals("Ủy ban nhân dân tỉnh", d.issuingBody());
        assertTrue(d.draft());
        assertEquals("57-KL/TU", d.implementsNumber());
        assertEquals(3, d.firstLine());
        assertEquals(5, d.lastLine());
        List<ImplementedDirective> chain = content.implementsChain();
        assertEquals(2, chain.size());
        ImplementedDirective kl57 = chain.get(0);
        assertEquals(DirectiveKind.CONCLUSION, kl57.kind());
        assertEquals("57-KL/TU", kl57.numberSymbol());
        assertEquals(LocalDate.of(2022, 10, 7), kl57.issuedOn());
        assertEquals("Ban Thường vụ Tỉnh ủy", kl57.issuingBody());
        assertEquals("08-NQ/TU", kl57.parentNumber());
        assertTrue(kl57.title().startsWith("về tiếp tục thực hiện Nghị quyết số 08-NQ/TU"));
        ImplementedDirective nq08 = chain.get(1);
        assertEquals(DirectiveKind.RESOLUTION, nq08.kind());
        assertEquals("08-NQ/TU", nq08.numberSymbol());
        // Written 18/7/2018 once (the heading) and 18/5/2018 three times: the majority wins, the conflict is reported.
        assertEquals(LocalDate.of(2018, 5, 18), nq08.issuedOn());
        assertEquals("Ban Chấp hành Đảng bộ tỉnh", nq08.issuingBody());
        assertEquals("về đẩy mạnh phát triển công nghiệp, tiểu thủ công nghiệp đến năm 2025 và những năm tiếp theo", nq08.title());
        assertNull(nq08.parentNumber());
        assertTrue(warning("DATE_CONFLICT").message().contains("18/7/2018 (1 lần), 18/5/2018 (3 lần)"));
    }

    @Test
    void progressIsToldParagraphByParagraph() {
        List<Integer> told = new java.util.ArrayList<>();
        Proposal.Content again = Seed.parser().onProgress(told::add).parse(new DocumentReader(ImportPatterns.defaults()).text(
                new String(Seed.program(), java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(content.tasks(), again.tasks());
        assertEquals(100, told.get(told.size() - 1));
        assertTrue(told.stream().distinct().count() > 20, "many steps: " + told.stream().distinct().toList());
        assertTrue(told.stream().anyMatch(p -> p > 20 && p < 100), "matching reports its own percents");
        for (int i = 1; i < told.size(); i++) {
            if (told.get(i) < told.get(i - 1)) {
                throw new AssertionError("progress went backwards at step " + i + ": " + told);
            }
        }
    }

    @Test
    void sectionThreeBecomesReportingDuties() {
        List<ReportingObligation> duties = content.obligations();
        assertEquals(List.of("III.1", "III.2", "III.3", "III.4"), duties.stream().map(ReportingObligation::code).toList());
        assertDuty(duties.get(0), "IMPLEMENTATION_PLAN", BOTH, "UBND", "SCT", "ONCE");
        assertDuty(duties.get(1), "PROGRESS", BOTH, "UBND", "SCT", "PERIODIC");
        assertDuty(duties.get(2), "CONSOLIDATED", "SCT", "UBND null", "", "PERIODIC");
        assertEquals("Ban Thường vụ Tỉnh ủy", duties.get(2).recipients().get(1).text());
        assertEquals(Proposal.MatchStatus.BODY, duties.get(2).recipients().get(1).status());
        assertEquals("Ban Thường vụ Tỉnh ủy", duties.get(2).recipients().get(1).unitName());
        assertTrue(content.warnings().stream().noneMatch(w -> w.message().contains("Ban Thường vụ")));
        assertDuty(duties.get(3), "SUPERVISION", "MTTQ", "", "", "ONGOING");
        assertEquals(67, duties.get(0).firstLine());
        // The organisation section holds no task.
        assertTrue(content.tasks().stream().noneMatch(t -> t.code().startsWith("III") || t.code().startsWith("I.")));
    }

    private static void assertDuty(ReportingObligation o, String kind, String reporters, String recipients, String copyTo, String frequency) {
        assertEquals(kind, o.kind(), o.code());
        assertEquals(reporters, refs(o.reporters()), o.code());
        assertEquals(recipients, refs(o.recipients()), o.code());
        assertEquals(copyTo, refs(o.copyTo()), o.code());
        assertEquals(frequency, o.frequency(), o.code());
    }

    static ProposedTask task(String code) {
        return content.tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    static Proposal.Warning warning(String code) {
        return content.warnings().stream().filter(w -> w.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
    }
}
