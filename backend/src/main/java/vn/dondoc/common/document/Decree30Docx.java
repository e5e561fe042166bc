package vn.dondoc.common.document;

import java.math.BigInteger;
import java.time.LocalDate;
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

/**
 * Building blocks of an administrative document in the format of Decree 30/2020/NĐ-CP (Appendix I), shared by the
 * urging letter and the consolidated report: A4 portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm,
 * Times New Roman; the header with the issuing body beside the national title and motto, the number and symbol,
 * the place and date; the recipients ("Nơi nhận") beside the signature block.
 */
public final class Decree30Docx {

    public static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point (twips), and the margins of Decree 30: 1 mm = 56.7 twips. */
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    public static final int MARGIN_TOP = 1134;
    public static final int MARGIN_BOTTOM = 1134;
    public static final int MARGIN_LEFT = 1701;
    public static final int MARGIN_RIGHT = 850;
    public static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** The issuing body's column of the header and of the closing, and the national title's. */
    public static final int LEFT_COLUMN = 3700;
    public static final int RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
    /** First-line indent of the text: 1 cm to 1.27 cm. */
    public static final int FIRST_LINE = 567;
    public static final Locale VI = Locale.forLanguageTag("vi-VN");
    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** The document's header: who issues it and its number and symbol, and where and when. */
    public record Header(String governingBody, String issuer, String numberLine, String summaryLine, String place,
            LocalDate date) {
    }

    /** The closing: the recipients after "Nơi nhận:" and the signature block. */
    public record Closing(List<String> recipients, String signerAuthority, String signerTitle, String signerName) {
    }

    private Decree30Docx() {
    }

    /** "ngày 05 tháng 01 năm 2026", "ngày 24 tháng 11 năm 2026": a zero before days under 10 and months 1 and 2. */
    public static String dateLine(String place, LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return place + ", ngày " + (day < 10 ? "0" : "") + day + " tháng " + (month < 3 ? "0" : "") + month + " năm "
                + date.getYear();
    }

    public static CTSectPr page(XWPFDocument doc) {
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
        return section;
    }

    public static void defaultFont(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    /** Issuing body | national title and motto; number and symbol (and summary) | place and date in italics. */
    public static void header(XWPFDocument doc, Header header) {
        XWPFTable table = table(doc, 2, LEFT_COLUMN, RIGHT_COLUMN);
        borderless(table);
        XWPFTableCell body = table.getRow(0).getCell(0);
        XWPFTableCell nation = table.getRow(0).getCell(1);
        XWPFTableCell number = table.getRow(1).getCell(0);
        XWPFTableCell date = table.getRow(1).getCell(1);

        // A body with nothing above it (the UBND tỉnh itself, a locality's People's Committee) has the one line.
        boolean governed = header.governingBody() != null && !header.governingBody().isBlank();
        if (governed) {
            run(centered(first(body)), header.governingBody().toUpperCase(VI), 13, false, false);
        }
        run(centered(governed ? body.addParagraph() : first(body)), header.issuer().toUpperCase(VI), 13, true, false);
        shortRule(body.addParagraph(), LEFT_COLUMN, 1300);

        run(centered(first(nation)), NATIONAL_TITLE, 12, true, false);
        XWPFRun motto = run(centered(nation.addParagraph()), MOTTO, 14, true, false);
        motto.setUnderline(UnderlinePatterns.SINGLE);

        XWPFParagraph numberLine = centered(first(number));
        numberLine.setSpacingBefore(120);
        run(numberLine, header.numberLine(), 13, false, false);
        if (header.summaryLine() != null) {
            run(centered(number.addParagraph()), header.summaryLine(), 12, false, false);
        }

        XWPFParagraph dateLine = centered(first(date));
        dateLine.setSpacingBefore(120);
        run(dateLine, dateLine(header.place(), header.date()), 14, false, true);
    }

    /** "Nơi nhận:" (bold italic, 12) and its list (11) | the signature block (14, bold). */
    public static void closing(XWPFDocument doc, Closing closing) {
        XWPFTable table = table(doc, 1, LEFT_COLUMN, RIGHT_COLUMN);
        borderless(table);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFTableCell signature = table.getRow(0).getCell(1);

        XWPFParagraph title = first(recipients);
        title.setSpacingBefore(120);
        run(title, "Nơi nhận:", 12, true, true);
        for (String recipient : closing.recipients()) {
            XWPFParagraph p = recipients.addParagraph();
            p.setSpacingAfter(0);
            p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
            run(p, recipient, 11, false, false);
        }

        XWPFParagraph authority = centered(first(signature));
        authority.setSpacingBefore(120);
        run(authority, closing.signerAuthority().toUpperCase(VI), 14, true, false);
        run(centered(signature.addParagraph()), closing.signerTitle().toUpperCase(VI), 14, true, false);
        for (int i = 0; i < 4; i++) {
            run(centered(signature.addParagraph()), "", 14, false, false);
        }
        if (closing.signerName() != null) {
            run(centered(signature.addParagraph()), closing.signerName(), 14, true, false);
        }
    }

    /** A paragraph of body text: justified, first-line indent, 14 pt. */
    public static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(FIRST_LINE);
        p.setSpacingBefore(0);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        run(p, text, 14, false, false);
        return p;
    }

    public static XWPFTable table(XWPFDocument doc, int rows, int... columns) {
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

    public static void width(XWPFTableCell cell, int twips) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(twips));
    }

    public static int sum(int... values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    public static void borderless(XWPFTable table) {
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    }

    public static void bordered(XWPFTable table) {
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    }

    /** The short solid line under the issuing body: a bottom border on an empty, indented, 2-point paragraph. */
    public static void shortRule(XWPFParagraph p, int columnWidth, int length) {
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

    /** A table cell's text: 12 pt, vertically centred. */
    public static void cell(XWPFTableCell cell, String text, boolean bold, boolean italic, ParagraphAlignment alignment) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = first(cell);
        p.setAlignment(alignment);
        p.setSpacingBefore(40);
        p.setSpacingAfter(40);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        run(p, text, 12, bold, italic);
    }

    public static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    public static XWPFParagraph centered(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    public static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}
