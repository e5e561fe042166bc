package vn.dondoc.urging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.urging.UrgingDtos.LetterContent;
import vn.dondoc.urging.UrgingDtos.Row;
import vn.dondoc.urging.UrgingDtos.Source;

/** The letter's wording and layout rules that need no database: dates, citations, several directives. */
class UrgingLetterWriterTest {

    @Test
    void datesFollowDecree30() {
        // A zero before days under 10 and before months 1 and 2 only.
        assertEquals("Hà Tĩnh, ngày 05 tháng 01 năm 2027", UrgingLetterWriter.dateLine("Hà Tĩnh", LocalDate.of(2027, 1, 5)));
        assertEquals("Hà Tĩnh, ngày 28 tháng 02 năm 2027", UrgingLetterWriter.dateLine("Hà Tĩnh", LocalDate.of(2027, 2, 28)));
        assertEquals("Hà Tĩnh, ngày 09 tháng 3 năm 2027", UrgingLetterWriter.dateLine("Hà Tĩnh", LocalDate.of(2027, 3, 9)));
        assertEquals("Hà Tĩnh, ngày 24 tháng 11 năm 2026", UrgingLetterWriter.dateLine("Hà Tĩnh", LocalDate.of(2026, 11, 24)));
    }

    @Test
    void directivesAreCitedByKindNumberDateIssuerAndTitle() {
        Directive plan = directive(DirectiveKind.PLAN, "215/KH-UBND", LocalDate.of(2026, 3, 2), "UBND tỉnh Hà Tĩnh",
                "Kế hoạch triển khai các giải pháp thúc đẩy phát triển cụm công nghiệp năm 2026");
        assertEquals("Kế hoạch số 215/KH-UBND ngày 02/03/2026 của UBND tỉnh Hà Tĩnh triển khai các giải pháp thúc đẩy phát "
                + "triển cụm công nghiệp năm 2026", UrgingLetterService.citation(plan));
        Directive resolution = directive(DirectiveKind.RESOLUTION, "08-NQ/TU", LocalDate.of(2018, 5, 18),
                "Ban Chấp hành Đảng bộ tỉnh", "về đẩy mạnh phát triển công nghiệp");
        assertEquals("Nghị quyết số 08-NQ/TU ngày 18/05/2018 của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh phát triển công nghiệp",
                UrgingLetterService.citation(resolution));
        Directive unnumbered = directive(DirectiveKind.ACTION_PROGRAM, null, null, "Ủy ban nhân dân tỉnh Hà Tĩnh",
                "Chương trình hành động thực hiện Kết luận số 57-KL/TU");
        assertEquals("Chương trình hành động của Ủy ban nhân dân tỉnh Hà Tĩnh thực hiện Kết luận số 57-KL/TU",
                UrgingLetterService.citation(unnumbered));
    }

    @Test
    void severalDirectivesGetAGroupRowEachAndOneNumbering() throws IOException {
        LocalDate today = LocalDate.of(2026, 11, 24);
        LetterContent letter = new LetterContent("UBND TỈNH HÀ TĨNH", "Sở Công Thương", "UBND tỉnh", "Hà Tĩnh", "7", "SCT-QLCN",
                today, "UBND thị xã Kỳ Anh",
                List.of(new Source(1, "Kế hoạch số 215/KH-UBND", List.of(
                        new Row("KH.1", "Nội dung một", "Chủ trì", today.minusDays(4), 4),
                        new Row("KH.2", "Nội dung hai", "Phối hợp", today.minusDays(1), 1))),
                        new Source(2, "Quyết định số 1234/QĐ-UBND", List.of(
                                new Row("QĐ.1", "Nội dung ba", "Chủ trì", today.minusDays(30), 30)))),
                today.plusDays(7), List.of("UBND tỉnh (b/c)"), "VT, QLCN", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", null);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(UrgingLetterWriter.write(letter)))) {
            List<List<String>> rows = doc.getTables().get(1).getRows().stream()
                    .map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
            assertEquals(List.of("Kế hoạch số 215/KH-UBND"), rows.get(1));
            assertEquals(List.of("1", "KH.1", "Nội dung một", "Chủ trì", "20/11/2026", "4"), rows.get(2));
            assertEquals(List.of("2", "KH.2", "Nội dung hai", "Phối hợp", "23/11/2026", "1"), rows.get(3));
            assertEquals(List.of("Quyết định số 1234/QĐ-UBND"), rows.get(4));
            assertEquals(List.of("3", "QĐ.1", "Nội dung ba", "Chủ trì", "25/10/2026", "30"), rows.get(5));
            assertEquals(6, rows.size());
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("Thực hiện các văn bản chỉ đạo của UBND tỉnh; qua theo dõi, đôn đốc của Sở Công Thương"), text);
            assertTrue(text.contains("UBND thị xã Kỳ Anh còn 3 nhiệm vụ"), text);
            assertTrue(text.contains("Số: 7/SCT-QLCN"), text);
            assertTrue(text.contains("trước ngày 01/12/2026"), text);
        }
    }

    private static Directive directive(DirectiveKind kind, String number, LocalDate issuedOn, String issuer, String title) {
        Directive d = new Directive();
        d.kind = kind;
        d.numberSymbol = number;
        d.issuedOn = issuedOn;
        d.issuingBody = issuer;
        d.title = title;
        return d;
    }
}
