package vn.dondoc.urging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.dondoc.urging.UrgingDtos.LetterContent;
import vn.dondoc.urging.UrgingDtos.Row;
import vn.dondoc.urging.UrgingDtos.Source;

/**
 * Lays out an urging letter as an administrative letter (công văn) in the format of Decree 30/2020/NĐ-CP,
 * Appendix I: A4 portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman; the
 * issuing body and the national title side by side over the number and symbol, the summary ("V/v") and the
 * place and date; the addressee, the text, then the recipients ("Nơi nhận") beside the signature block.
 */
final class UrgingLetterWriter {

    static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point (twips), and the margins of Decree 30: 1 mm = 56.7 twips. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** The issuing body's column of the header and of the closing, and the national title's. */
    private static final int LEFT_COLUMN = 3700;
    private static final int RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
    /** STT, code, content, role, due date, days overdue. */
    private static final int[] TASK_COLUMNS = { 750, 1250, 3505, 1100, 1450, 1300 };
    static final List<String> HEADINGS = List.of("STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Vai trò", "Hạn hoàn thành",
            "Số ngày quá hạn");
    /** First-line indent of the text: 1 cm to 1.27 cm. */
    private static final int FIRST_LINE = 567;
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private UrgingLetterWriter() {
    }

    static byte[] write(LetterContent letter) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            defaultFont(doc);
            doc.getProperties().getCoreProperties().setTitle("Công văn đôn đốc thực hiện nhiệm vụ quá hạn – " + letter.addressee());
            doc.getProperties().getCoreProperties().setCreator("Dondoc");
            header(doc, letter);
            addressee(doc, letter);
            text(doc, letter);
            closing(doc, letter);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "ngày 05 tháng 01 năm 2026", "ngày 24 tháng 11 năm 2026": a zero before days under 10 and months 1 and 2. */
    static String dateLine(String place, LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return place + ", ngày " + (day < 10 ? "0" : "") + day + " tháng " + (month < 3 ? "0" : "") + month + " năm "
                + date.getYear();
    }

    static String numberLine(LetterContent letter) {
        // Without a number the office of records (văn thư) writes it in when the letter is registered.
        return "Số: " + (letter.number() == null ? "        " : letter.number()) + "/" + letter.symbol();
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void defaultFont(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    // --- Header: issuing body | national title; number and summary | place and date ---

    private static void header(XWPFDocument doc, LetterContent letter) {
        XWPFTable table = table(doc, 2, LEFT_COLUMN, RIGHT_COLUMN);
        borderless(table);
        XWPFTableCell body = table.getRow(0).getCell(0);
        XWPFTableCell nation = table.getRow(0).getCell(1);
        XWPFTableCell number = table.getRow(1).getCell(0);
        XWPFTableCell date = table.getRow(1).getCell(1);

        run(centered(first(body)), letter.governingBody().toUpperCase(VI), 13, false, false);
        run(centered(body.addParagraph()), letter.issuer().toUpperCase(VI), 13, true, false);
        shortRule(body.addParagraph(), LEFT_COLUMN, 1300);

        run(centered(first(nation)), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        XWPFRun motto = run(centered(nation.addParagraph()), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        motto.setUnderline(UnderlinePatterns.SINGLE);

        XWPFParagraph numberLine = centered(first(number));
        numberLine.setSpacingBefore(120);
        run(numberLine, numberLine(letter), 13, false, false);
        run(centered(number.addParagraph()), "V/v đôn đốc thực hiện các nhiệm vụ quá hạn", 12, false, false);

        XWPFParagraph dateLine = centered(first(date));
        dateLine.setSpacingBefore(120);
        run(dateLine, dateLine(letter.place(), letter.date()), 14, false, true);
    }

    private static void addressee(XWPFDocument doc, LetterContent letter) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(360);
        p.setSpacingAfter(240);
        run(p, "Kính gửi: " + letter.addressee() + ".", 14, false, false);
    }

    // --- Text ---

    private static void text(XWPFDocument doc, LetterContent letter) {
        String basis = letter.sources().size() == 1
                ? "Thực hiện " + letter.sources().get(0).citation()
                : "Thực hiện các văn bản chỉ đạo của " + letter.superior();
        paragraph(doc, basis + "; qua theo dõi, đôn đốc của " + letter.issuer() + " (cơ quan được giao theo dõi, tổng hợp), "
                + "tính đến ngày " + letter.date().format(DATE) + ", " + letter.addressee() + " còn " + letter.taskCount()
                + " nhiệm vụ đã quá thời hạn hoàn thành nhưng chưa hoàn thành, cụ thể như sau:");
        tasks(doc, letter);
        paragraph(doc, "Để bảo đảm tiến độ thực hiện các nhiệm vụ được giao, " + letter.issuer() + " đề nghị "
                + letter.addressee() + " khẩn trương chỉ đạo, tổ chức thực hiện dứt điểm các nhiệm vụ nêu trên; báo cáo kết "
                + "quả thực hiện, nêu rõ khó khăn, vướng mắc và đề xuất giải pháp (trường hợp cần điều chỉnh thời hạn, đề "
                + "nghị có văn bản đề nghị gia hạn, nêu rõ lý do) gửi về " + letter.issuer() + " trước ngày "
                + letter.reportBy().format(DATE) + " để tổng hợp, báo cáo " + letter.superior() + ".");
        paragraph(doc, "Kết quả thực hiện đề nghị cập nhật đồng thời trên Hệ thống theo dõi, đôn đốc thực hiện nhiệm vụ "
                + "(Dondoc) để theo dõi chung.");
        paragraph(doc, "Đề nghị Quý cơ quan quan tâm, phối hợp thực hiện./.");
    }

    private static void paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(FIRST_LINE);
        p.setSpacingBefore(0);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        run(p, text, 14, false, false);
    }

    private static void tasks(XWPFDocument doc, LetterContent letter) {
        XWPFTable table = table(doc, 1, TASK_COLUMNS);
        bordered(table);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < HEADINGS.size(); i++) {
            cell(head.getCell(i), HEADINGS.get(i), true, false, ParagraphAlignment.CENTER);
        }
        boolean grouped = letter.sources().size() > 1;
        int number = 0;
        for (Source source : letter.sources()) {
            if (grouped) {
                XWPFTableRow group = row(table);
                XWPFTableCell cell = group.getCell(0);
                for (int i = TASK_COLUMNS.length - 1; i > 0; i--) {
                    group.removeCell(i);
                }
                cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(TASK_COLUMNS.length));
                cell.setWidth(String.valueOf(TEXT_WIDTH));
                cell(cell, source.citation(), true, true, ParagraphAlignment.BOTH);
            }
            for (Row line : source.rows()) {
                XWPFTableRow r = row(table);
                r.setCantSplitRow(true);
                cell(r.getCell(0), String.valueOf(++number), false, false, ParagraphAlignment.CENTER);
                cell(r.getCell(1), line.code(), false, false, ParagraphAlignment.CENTER);
                cell(r.getCell(2), line.content(), false, false, ParagraphAlignment.BOTH);
                cell(r.getCell(3), line.role(), false, false, ParagraphAlignment.CENTER);
                cell(r.getCell(4), line.dueDate().format(DATE), false, false, ParagraphAlignment.CENTER);
                cell(r.getCell(5), String.valueOf(line.daysOverdue()), false, false, ParagraphAlignment.CENTER);
            }
        }
        // Word needs a paragraph between the table and the text that follows.
        XWPFParagraph gap = doc.createParagraph();
        gap.setSpacingAfter(0);
        run(gap, "", 6, false, false);
    }

    private static XWPFTableRow row(XWPFTable table) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < TASK_COLUMNS.length; i++) {
            width(row.getCell(i), TASK_COLUMNS[i]);
        }
        return row;
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean italic, ParagraphAlignment alignment) {
        cell.setVerticalAlignment(XWPFVertAlign.CENTER);
        XWPFParagraph p = first(cell);
        p.setAlignment(alignment);
        p.setSpacingBefore(40);
        p.setSpacingAfter(40);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        run(p, text, 12, bold, italic);
    }

    // --- Closing: recipients | signature ---

    private static void closing(XWPFDocument doc, LetterContent letter) {
        XWPFTable table = table(doc, 1, LEFT_COLUMN, RIGHT_COLUMN);
        borderless(table);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFTableCell signature = table.getRow(0).getCell(1);

        XWPFParagraph title = first(recipients);
        title.setSpacingBefore(120);
        run(title, "Nơi nhận:", 12, true, true);
        recipient(recipients, "- Như trên;");
        for (String copy : letter.copyTo()) {
            recipient(recipients, "- " + copy.trim() + ";");
        }
        recipient(recipients, "- Lưu: " + letter.archive().trim() + ".");

        XWPFParagraph authority = centered(first(signature));
        authority.setSpacingBefore(120);
        run(authority, letter.signerAuthority().toUpperCase(VI), 14, true, false);
        run(centered(signature.addParagraph()), letter.signerTitle().toUpperCase(VI), 14, true, false);
        for (int i = 0; i < 4; i++) {
            run(centered(signature.addParagraph()), "", 14, false, false);
        }
        if (letter.signerName() != null) {
            run(centered(signature.addParagraph()), letter.signerName(), 14, true, false);
        }
    }

    private static void recipient(XWPFTableCell cell, String text) {
        XWPFParagraph p = cell.addParagraph();
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        run(p, text, 11, false, false);
    }

    // --- Building blocks ---

    private static XWPFTable table(XWPFDocument doc, int rows, int... columns) {
        XWPFTable table = doc.createTable(rows, columns.length);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(sum(columns)));
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < columns.length; i++) {
                width(row.getCell(i), columns[i]);
            }
        }
        return table;
    }

    private static void width(XWPFTableCell cell, int twips) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(twips));
    }

    private static int sum(int... values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    private static void borderless(XWPFTable table) {
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    }

    private static void bordered(XWPFTable table) {
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    }

    /** The short solid line under the issuing body: a bottom border on an empty, indented, 2-point paragraph. */
    private static void shortRule(XWPFParagraph p, int columnWidth, int length) {
        int indent = (columnWidth - length) / 2;
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(2, LineSpacingRule.EXACT);
        var borders = p.getCTPPr().isSetPBdr() ? p.getCTPPr().getPBdr() : p.getCTPPr().addNewPBdr();
        CTBorder bottom = borders.addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(6));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor("000000");
        run(p, "", 2, false, false);
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    private static XWPFParagraph centered(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}
