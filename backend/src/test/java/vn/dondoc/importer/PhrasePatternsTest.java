package vn.dondoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dondoc.importer.DeadlineParser.Deadline;
import vn.dondoc.importer.Proposal.MatchStatus;
import vn.dondoc.importer.Proposal.UnitMatch;
import vn.dondoc.task.Recurrence;
import vn.dondoc.task.TaskKind;

/** Each phrase pattern, each deadline form and the unit matcher, one sentence at a time. */
class PhrasePatternsTest {

    private final ProgramParser parser = Seed.parser();
    private final UnitMatcher matcher = Seed.matcher();
    private final DeadlineParser deadlines = new DeadlineParser(ImportPatterns.defaults());

    private static String refs(List<UnitMatch> matches) {
        return SeedProgramTest.refs(matches);
    }

    // ---- who leads, who coordinates ----

    @Test
    void leadCommaCoordinatingWith() {
        var e = parser.extract("Sở Công Thương chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu UBND tỉnh ban hành Quy chế quản lý cụm công nghiệp.");
        assertEquals("SCT", refs(e.lead()));
        assertEquals("SKHDT", refs(e.coordinating()));
        assertTrue(e.content().startsWith("Sở Công Thương chủ trì"));
    }

    @Test
    void leadCoordinatingWithTheGroups() {
        var e = parser.extract("Sở Công Thương chủ trì phối hợp với các sở, ban, ngành, địa phương xây dựng kế hoạch.");
        assertEquals("SCT", refs(e.lead()));
        assertEquals("@SO_BAN_NGANH @DIA_PHUONG", refs(e.coordinating()));
        var departments = parser.extract("Sở Tài nguyên và Môi trường chủ trì, phối hợp với các sở, ngành liên quan và UBND huyện Can Lộc rà soát.");
        assertEquals("STNMT", refs(departments.lead()));
        assertEquals("@SO_BAN_NGANH HCL", refs(departments.coordinating()));
    }

    @Test
    void unitColonLeadsThenCoordinating() {
        var e = parser.extract("Ban Quản lý Khu kinh tế tỉnh: Chủ trì, phối hợp với Sở Tài nguyên và Môi trường rà soát các khu công nghiệp.");
        assertEquals("BQLKKT", refs(e.lead()));
        assertEquals("STNMT", refs(e.coordinating()));
        assertEquals("Chủ trì, phối hợp với Sở Tài nguyên và Môi trường rà soát các khu công nghiệp.", e.content());
    }

    @Test
    void groupColonAddressesEveryone() {
        var e = parser.extract("Các sở, ban, ngành, địa phương và các đơn vị liên quan: Tăng cường công tác tuyên truyền.");
        assertEquals("@SO_BAN_NGANH @DIA_PHUONG", refs(e.lead()));
        assertTrue(e.coordinating().isEmpty());
        assertEquals("Tăng cường công tác tuyên truyền.", e.content());
    }

    @Test
    void addressedWithoutLeadWord() {
        var localities = parser.extract("UBND các huyện, thị xã, thành phố rà soát quỹ đất phát triển cụm công nghiệp.");
        assertEquals("@DIA_PHUONG", refs(localities.lead()));
        var media = parser.extract("Đài Phát thanh và Truyền hình tỉnh, Báo Hà Tĩnh và các cơ quan thông tin đại chúng trên địa bàn có trách nhiệm: Tăng cường tuyên truyền.");
        assertEquals("DPTTH BAOHT", refs(media.lead()));
        var none = parser.extract("Tăng cường công tác hướng dẫn, kiểm tra việc chấp hành pháp luật về lao động.");
        assertTrue(none.lead().isEmpty(), "a sentence that names no unit inherits its item's units");
    }

    @Test
    void assignedWithGiaoAndLeadOnly() {
        var e = parser.extract("Giao Sở Khoa học và Công nghệ chủ trì triển khai chương trình đổi mới công nghệ.");
        assertEquals("SKHCN", refs(e.lead()));
        assertTrue(e.coordinating().isEmpty());
    }

    @Test
    void bulletsInheritTheirItemsUnitsUnlessTheyNameTheirOwn() {
        String program = String.join("\n", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "Thực hiện Kết luận số 57-KL/TU ngày 07/10/2022 của Ban Thường vụ Tỉnh ủy", "",
                "II. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Nhóm thử", "a) Sở Công Thương chủ trì, phối hợp với Sở Khoa học và Công nghệ:",
                "- Xây dựng đề án.", "- Sở Kế hoạch và Đầu tư chủ trì tham mưu bố trí vốn.");
        var c = parser.parse(new DocumentReader(ImportPatterns.defaults()).text(program));
        var first = c.tasks().stream().filter(t -> t.code().equals("II.1.a.1")).findFirst().orElseThrow();
        assertEquals("SCT", refs(first.lead()));
        assertEquals("SKHCN", refs(first.coordinating()));
        assertTrue(first.unitsInherited());
        var second = c.tasks().stream().filter(t -> t.code().equals("II.1.a.2")).findFirst().orElseThrow();
        assertEquals("SKHDT", refs(second.lead()));
        assertTrue(second.coordinating().isEmpty());
        assertFalse(second.unitsInherited());
    }

    @Test
    void unknownUnitsAreFlaggedNeverGuessed() {
        var e = parser.extract("Sở Xây dựng chủ trì, phối hợp với Sở Giao thông vận tải tham mưu quy hoạch giao thông khu công nghiệp.");
        assertEquals(1, e.lead().size());
        assertEquals(MatchStatus.UNKNOWN, e.lead().get(0).status());
        assertEquals("Sở Xây dựng", e.lead().get(0).text());
        assertNull(e.lead().get(0).unitId());
        assertFalse(e.lead().get(0).candidates().isEmpty(), "the nearest units are offered to choose from");
        assertEquals(1, e.coordinating().size());
        assertEquals("Sở Giao thông vận tải", e.coordinating().get(0).text());
        assertFalse(e.coordinating().get(0).resolved());
    }

    // ---- the unit matcher ----

    @Test
    void namesAbbreviationsDiacriticsAndTypos() {
        assertMatched("Sở Công Thương", "SCT", 1.0);
        assertMatched("Sở CT", "SCT", 1.0);
        assertMatched("BQL KKT", "BQLKKT", 1.0);
        assertMatched("Ban Quản lý khu kinh tế", "BQLKKT", 1.0);
        assertMatched("Sở KH&ĐT", "SKHDT", 1.0);
        assertMatched("UBND H. Can Lộc", "HCL", 1.0);
        assertMatched("UBND huyện Can Lộc", "HCL", 1.0);
        assertMatched("So Cong Thuong", "SCT", 1.0);
        assertMatched("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "STNMT", 1.0);
        assertMatched("Ủy ban Mặt trận Tổ quốc tỉnh", "MTTQ", 1.0);
        UnitMatch typo = matcher.matchName("Sở Công Thươg").get(0);
        assertEquals(MatchStatus.MATCHED, typo.status());
        assertEquals("SCT", typo.unitCode());
        assertTrue(typo.confidence() < 1.0 && typo.confidence() >= 0.9, "a typo matches with less confidence: " + typo.confidence());
        UnitMatch worse = matcher.matchName("Sở Kế hoạch Đầu tư tỉnh Hà").get(0);
        assertFalse(worse.status() == MatchStatus.MATCHED && worse.confidence() == 1.0);
    }

    @Test
    void unknownAndAmbiguousNamesAreNotMatched() {
        UnitMatch unknown = matcher.matchName("Sở Xây dựng").get(0);
        assertEquals(MatchStatus.UNKNOWN, unknown.status());
        assertNull(unknown.unitId());
        assertEquals(3, unknown.candidates().size());
        // "UBND huyện" names no one district: it is offered, not decided.
        UnitMatch district = matcher.matchName("UBND huyện").get(0);
        assertFalse(district.resolved());
        assertTrue(district.candidates().stream().allMatch(c -> c.code().startsWith("H") || c.code().startsWith("T") || c.code().equals("UBND")));
    }

    @Test
    void groupsAndCollectives() {
        assertEquals("@SO_BAN_NGANH @DIA_PHUONG", refs(matcher.matchName("các sở, ban, ngành, địa phương")));
        assertEquals("@SO_BAN_NGANH", refs(matcher.matchName("Các sở, ban, ngành")));
        assertEquals("@DIA_PHUONG", refs(matcher.matchName("UBND các huyện, thị xã, thành phố")));
        assertEquals("@SO_BAN_NGANH", refs(matcher.matchName("Giám đốc các sở; thủ trưởng các ban, ngành cấp tỉnh")));
        assertTrue(matcher.matchName("các đơn vị có liên quan").isEmpty());
    }

    private void assertMatched(String text, String code, double confidence) {
        List<UnitMatch> m = matcher.matchName(text);
        assertEquals(1, m.size(), text);
        assertEquals(MatchStatus.MATCHED, m.get(0).status(), text);
        assertEquals(code, m.get(0).unitCode(), text);
        assertEquals(confidence, m.get(0).confidence(), 0.001, text);
    }

    // ---- deadlines ----

    @Test
    void deadlineForms() {
        assertDue("Hoàn thành trước ngày 30/6/2023.", LocalDate.of(2023, 6, 30));
        assertDue("trình UBND tỉnh trong Quý II/2023", LocalDate.of(2023, 6, 30));
        assertDue("hoàn thành trong quý 4 năm 2025", LocalDate.of(2025, 12, 31));
        assertDue("năm 2024", LocalDate.of(2024, 12, 31));
        assertDue("Thời hạn: năm 2026", LocalDate.of(2026, 12, 31));
        assertDue("ban hành trong năm 2024", LocalDate.of(2024, 12, 31));
        assertDue("trong tháng 9/2025", LocalDate.of(2025, 9, 30));
        assertDue("Thời hạn hoàn thành: 15/3/2027", LocalDate.of(2027, 3, 15));
        assertRecurring("Báo cáo hằng năm", Recurrence.YEARLY);
        assertRecurring("tổng hợp hàng quý", Recurrence.QUARTERLY);
        assertRecurring("định kỳ 6 tháng báo cáo", Recurrence.HALF_YEARLY);
        assertRecurring("báo cáo hằng tháng", Recurrence.MONTHLY);
        Deadline ongoing = deadlines.parse("Thực hiện thường xuyên").orElseThrow();
        assertEquals(TaskKind.ONGOING, ongoing.kind());
        assertNull(ongoing.dueDate());
    }

    @Test
    void datesThatAreNoDeadline() {
        assertEquals(Optional.empty(), deadlines.parse("phát triển công nghiệp đến năm 2025 và những năm tiếp theo"));
        assertEquals(Optional.empty(), deadlines.parse("Nghị quyết số 08-NQ/TU ngày 18/5/2018 của Ban Chấp hành"));
        assertEquals(Optional.empty(), deadlines.parse("thời kỳ 2021-2030, tầm nhìn 2050"));
        assertEquals(Optional.empty(), deadlines.parse("trước ngày 31/02/2024"), "no such day");
    }

    private void assertDue(String text, LocalDate due) {
        Deadline d = deadlines.parse(text).orElseThrow(() -> new AssertionError(text));
        assertEquals(TaskKind.DEADLINE, d.kind(), text);
        assertEquals(due, d.dueDate(), text);
    }

    private void assertRecurring(String text, Recurrence recurrence) {
        Deadline d = deadlines.parse(text).orElseThrow(() -> new AssertionError(text));
        assertEquals(TaskKind.PERIODIC, d.kind(), text);
        assertEquals(recurrence, d.recurrence(), text);
    }

    // ---- outputs and approval levels ----

    @Test
    void approvalLevelsAndOutputs() {
        String hdnd = "Tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết về chính sách khuyến công, thay thế Nghị quyết số 86/2018/NQ-HĐND.";
        assertEquals("HDND_TINH", parser.approvalLevel(hdnd));
        assertEquals("Nghị quyết về chính sách khuyến công", parser.expectedOutput(hdnd));
        assertEquals("THU_TUONG", parser.approvalLevel("Xây dựng kế hoạch sử dụng đất cấp tỉnh trình Thủ tướng Chính phủ phê duyệt"));
        assertEquals("UBND_TINH", parser.approvalLevel("Hoàn thiện Đề án phát triển công nghiệp hỗ trợ, trình UBND tỉnh phê duyệt."));
        assertEquals("Đề án phát triển công nghiệp hỗ trợ", parser.expectedOutput("Hoàn thiện Đề án phát triển công nghiệp hỗ trợ, trình UBND tỉnh phê duyệt."));
        assertNull(parser.approvalLevel("Tăng cường công tác tuyên truyền."));
        assertNull(parser.expectedOutput("Tăng cường công tác tuyên truyền."));
    }
}
