package vn.dondoc.consolidated;

import static vn.dondoc.common.document.Decree30Docx.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import vn.dondoc.common.DisplayDates;
import vn.dondoc.consolidated.ConsolidatedDtos.Counts;
import vn.dondoc.consolidated.ConsolidatedDtos.Figures;
import vn.dondoc.consolidated.ConsolidatedDtos.FiguresSource;
import vn.dondoc.consolidated.ConsolidatedDtos.GroupCounts;
import vn.dondoc.consolidated.ConsolidatedFigures.Standing;
import vn.dondoc.consolidated.ConsolidatedFigures.TaskLine;
import vn.dondoc.consolidated.ReportContent.UnitText;

/**
 * The consolidated report as an administrative report (báo cáo) in the format of Decree 30/2020/NĐ-CP: the
 * shared header, "BÁO CÁO" and its summary, five sections (general results with the figures, results per task
 * group, overdue tasks and reasons, difficulties and proposals, next period's tasks), "Nơi nhận" and the
 * signature; page numbers centred at the top from page 2 (a different, empty first-page header). Narrative
 * parts quote the units' reports; where there is none the document says so rather than inventing text.
 */
final class ConsolidatedWordWriter {

    static final int BODY_SIZE = 14;
    /** Indicator, number of tasks, share. */
    private static final int[] FIGURE_COLUMNS = { 5355, 2000, 2000 };
    /**
     * STT, code, content, lead unit, due date, reason: wide enough for "STT" and a dd/MM/yyyy date at 12 pt on one line
     * (the cell margins take 216 twips).
     */
    private static final int[] OVERDUE_COLUMNS = { 700, 1150, 2650, 1450, 1450, 1955 };

    private ConsolidatedWordWriter() {
    }

    static byte[] write(ReportContent c) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            defaultFont(doc);
            pageNumbers(doc);
            doc.getProperties().getCoreProperties().setTitle("Báo cáo kết quả thực hiện – " + c.periodLabel());
            doc.getProperties().getCoreProperties().setCreator("Dondoc");
            header(doc, c.header());
            title(doc, c);
            paragraph(doc, "Thực hiện nhiệm vụ theo dõi, đôn đốc, tổng hợp tình hình thực hiện " + c.citation() + "; trên cơ sở "
                    + "báo cáo của các cơ quan, đơn vị, " + c.issuer() + " báo cáo kết quả thực hiện " + c.periodLabel()
                    + " (từ ngày " + c.periodFrom().format(DisplayDates.DAY) + " đến ngày " + c.periodTo().format(DisplayDates.DAY) + "; số liệu tính đến ngày "
                    + c.figures().asOf().format(DisplayDates.DAY) + ") như sau:");
            general(doc, c);
            groups(doc, c);
            overdue(doc, c);
            difficulties(doc, c);
            nextPeriod(doc, c);
            paragraph(doc, "Trên đây là báo cáo kết quả thực hiện " + c.periodLabel() + " của " + c.issuer() + ", kính báo cáo "
                    + c.superior() + " xem xét, chỉ đạo./.");
            closing(doc, c.closing());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page numbers centred at the top from page 2: the first page gets its own, empty header. */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFHeader others = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = others.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        CTR r = field.addNewR();
        CTRPr properties = r.addNewRPr();
        CTFonts fonts = properties.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        properties.addNewSz().setVal(java.math.BigInteger.valueOf(BODY_SIZE * 2L));
        r.addNewT().setStringValue("2");
    }

    private static void title(XWPFDocument doc, ReportContent c) {
        XWPFParagraph title = centered(doc.createParagraph());
        title.setSpacingBefore(360);
        run(title, "BÁO CÁO", BODY_SIZE, true, false);
        run(centered(doc.createParagraph()), "Kết quả thực hiện " + c.citation(), BODY_SIZE, true, false);
        run(centered(doc.createParagraph()), c.periodLabel(), BODY_SIZE, true, false);
        XWPFParagraph rule = doc.createParagraph();
        shortRule(rule, TEXT_WIDTH, 1800);
        rule.setSpacingAfter(240);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(FIRST_LINE);
        p.setSpacingBefore(120);
        p.setSpacingAfter(120);
        // Kept with the paragraph after it: a heading alone at the foot of a page looked wrong in the rendered PDF.
        p.getCTPPr().addNewKeepNext();
        run(p, text, BODY_SIZE, true, false);
    }

    /**
     * A quotation paragraph made once with the usual helpers: a report of 2,000 progress reports quotes each of them,
     * and copying this (then setting the two texts) costs a fraction of styling every paragraph and run again.
     */
    private static final CTP QUOTE = quoteTemplate();

    private static CTP quoteTemplate() {
        try (XWPFDocument scratch = new XWPFDocument()) {
            XWPFParagraph p = scratch.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setFirstLineIndent(FIRST_LINE);
            p.setSpacingAfter(60);
            run(p, "", BODY_SIZE, false, false);
            run(p, "", BODY_SIZE, false, true);
            return (CTP) p.getCTP().copy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A unit's text as "- Unit (code): text", in italics: a quotation, not the tracker's words. */
    private static void quote(XWPFDocument doc, UnitText text) {
        CTP p = doc.createParagraph().getCTP();
        synchronized (QUOTE) {
            p.set(QUOTE);
        }
        setText(p.getRArray(0).getTArray(0), "- " + text.unit() + (text.taskCode() == null ? "" : " (nhiệm vụ "
                + text.taskCode() + ")") + ": ");
        setText(p.getRArray(1).getTArray(0), text.text().trim());
    }

    private static void setText(CTText t, String value) {
        t.setStringValue(value == null ? "" : value);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    static String countsSentence(Counts n) {
        return "Tổng số " + n.total() + " nhiệm vụ; đã hoàn thành " + (n.completedOnTime() + n.completedLate())
                + " nhiệm vụ (đúng hạn " + n.completedOnTime() + ", quá hạn " + n.completedLate() + "); đang thực hiện trong hạn "
                + n.inProgressOnTime() + " nhiệm vụ; quá hạn chưa hoàn thành " + n.overdue() + " nhiệm vụ; thường xuyên (không có "
                + "thời hạn) " + n.noDeadline() + " nhiệm vụ" + (n.cancelled() > 0 ? "; đã hủy " + n.cancelled() + " nhiệm vụ" : "")
                + ".";
    }

    private static void general(XWPFDocument doc, ReportContent c) {
        heading(doc, "I. KẾT QUẢ THỰC HIỆN CHUNG");
        Counts n = c.figures().total();
        paragraph(doc, countsSentence(n));
        paragraph(doc, sourceSentence(c.figures()));
        XWPFTable table = table(doc, 1, FIGURE_COLUMNS);
        bordered(table);
        String[] head = { "Chỉ tiêu", "Số nhiệm vụ", "Tỷ lệ (%)" };
        for (int i = 0; i < head.length; i++) {
            cell(table.getRow(0).getCell(i), head[i], true, false, ParagraphAlignment.CENTER);
        }
        figureRow(table, "Tổng số nhiệm vụ", n.total(), n.total());
        figureRow(table, "Hoàn thành đúng hạn", n.completedOnTime(), n.total());
        figureRow(table, "Hoàn thành quá hạn", n.completedLate(), n.total());
        figureRow(table, "Đang thực hiện trong hạn", n.inProgressOnTime(), n.total());
        figureRow(table, "Quá hạn chưa hoàn thành", n.overdue(), n.total());
        figureRow(table, "Thường xuyên (không có thời hạn)", n.noDeadline(), n.total());
        figureRow(table, "Đã hủy", n.cancelled(), n.total());
        gap(doc);
        if (c.periodic().isEmpty()) {
            paragraph(doc, "Trong kỳ chưa có đơn vị gửi báo cáo định kỳ.");
        } else {
            paragraph(doc, "Kết quả nổi bật theo báo cáo định kỳ của các đơn vị:");
            c.periodic().forEach(t -> quote(doc, t));
        }
    }

    /** Says where the figures come from: the period's frozen figures, or counted when the report was made. */
    static String sourceSentence(Figures f) {
        if (f.source() == FiguresSource.SNAPSHOT) {
            return "Số liệu tại Mục I và Mục II là số liệu đã chốt của kỳ tại ngày " + f.asOf().format(DisplayDates.DAY)
                    + ", không thay đổi khi dữ liệu được cập nhật sau đó; danh sách nhiệm vụ tại Mục III, Mục V và Phụ lục "
                    + "theo dữ liệu tại thời điểm lập báo cáo.";
        }
        return "Số liệu tính từ dữ liệu theo dõi tại thời điểm lập báo cáo, đánh giá tại ngày " + f.asOf().format(DisplayDates.DAY) + ".";
    }

    private static void figureRow(XWPFTable table, String label, long value, long total) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < FIGURE_COLUMNS.length; i++) {
            width(row.getCell(i), FIGURE_COLUMNS[i]);
        }
        cell(row.getCell(0), label, false, false, ParagraphAlignment.LEFT);
        cell(row.getCell(1), String.valueOf(value), false, false, ParagraphAlignment.CENTER);
        cell(row.getCell(2), percent(value, total), false, false, ParagraphAlignment.CENTER);
    }

    static String percent(long value, long total) {
        if (total == 0) {
            return "0";
        }
        return String.format(java.util.Locale.ROOT, "%.1f", value * 100.0 / total).replace('.', ',');
    }

    private static void groups(XWPFDocument doc, ReportContent c) {
        heading(doc, "II. KẾT QUẢ THỰC HIỆN THEO NHÓM NHIỆM VỤ");
        int number = 0;
        for (GroupCounts group : c.figures().groups()) {
            heading(doc, (++number) + ". " + group.field());
            paragraph(doc, countsSentence(group.counts()));
            List<UnitText> results = c.tasks().stream().filter(t -> group.field().equals(groupOf(t)))
                    .flatMap(t -> c.progressInPeriod().getOrDefault(t.id(), List.of()).stream()).toList();
            if (results.isEmpty()) {
                paragraph(doc, "Trong kỳ chưa có báo cáo tiến độ của các đơn vị đối với nhóm nhiệm vụ này.");
            } else {
                results.forEach(t -> quote(doc, t));
            }
        }
    }

    static String groupOf(TaskLine t) {
        return t.field() == null || t.field().isBlank() ? ConsolidatedFigures.OTHER_GROUP : t.field();
    }

    private static void overdue(XWPFDocument doc, ReportContent c) {
        heading(doc, "III. NHIỆM VỤ QUÁ HẠN VÀ NGUYÊN NHÂN");
        List<TaskLine> late = c.tasks().stream().filter(t -> t.standing() == Standing.OVERDUE).toList();
        if (late.isEmpty()) {
            paragraph(doc, "Đến ngày " + c.figures().asOf().format(DisplayDates.DAY) + " không có nhiệm vụ quá hạn.");
            return;
        }
        paragraph(doc, "Đến ngày " + c.figures().asOf().format(DisplayDates.DAY) + " còn " + late.size()
                + " nhiệm vụ quá hạn chưa hoàn thành; nguyên nhân theo báo cáo của đơn vị:");
        XWPFTable table = table(doc, 1, OVERDUE_COLUMNS);
        bordered(table);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        String[] headings = { "STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Hạn hoàn thành",
                "Nguyên nhân (theo báo cáo của đơn vị)" };
        for (int i = 0; i < headings.length; i++) {
            cell(head.getCell(i), headings[i], true, false, ParagraphAlignment.CENTER);
        }
        // One styled row made once with the usual helpers, then copied per task with only its texts set: going through
        // XWPF's high-level API for 3,000 rows x 6 cells (widths, alignment, spacing, fonts per run) cost seconds.
        XWPFTableRow model = table.createRow();
        // Left-aligned, not justified: in narrow cells justification spreads the words apart.
        ParagraphAlignment[] align = { ParagraphAlignment.CENTER, ParagraphAlignment.CENTER, ParagraphAlignment.LEFT,
                ParagraphAlignment.CENTER, ParagraphAlignment.CENTER, ParagraphAlignment.LEFT };
        for (int i = 0; i < OVERDUE_COLUMNS.length; i++) {
            width(model.getCell(i), OVERDUE_COLUMNS[i]);
            cell(model.getCell(i), "", false, false, align[i]);
        }
        CTRow template = (CTRow) model.getCtRow().copy();
        // The run properties of a quotation (italic), set once and copied onto the reason cells that quote a unit.
        CTRPr quoted = (CTRPr) run(model.getCell(5).getParagraphs().get(0), "", 12, false, true).getCTR().getRPr().copy();
        table.removeRow(table.getNumberOfRows() - 1);
        CTTbl body = table.getCTTbl();
        int number = 0;
        for (TaskLine t : late) {
            CTRow row = body.addNewTr();
            row.set(template);
            List<UnitText> reasons = c.reasons().getOrDefault(t.id(), List.of());
            text(row, 0, String.valueOf(++number));
            text(row, 1, t.code());
            text(row, 2, t.content());
            text(row, 3, String.join("; ", t.leadUnits()));
            text(row, 4, t.dueDate().format(DisplayDates.DAY));
            text(row, 5, reasons.isEmpty() ? "Đơn vị chưa báo cáo"
                    : String.join("; ", reasons.stream().map(r -> r.unit() + ": " + r.text().trim()).toList()));
            if (!reasons.isEmpty()) {
                // A quotation of the units' words, in italics like the other quotations.
                row.getTcArray(5).getPArray(0).getRArray(0).setRPr(quoted);
            }
        }
        gap(doc);
    }

    /** The text of a copied row's cell: its one run keeps the template's properties. */
    private static void text(CTRow row, int column, String value) {
        setText(row.getTcArray(column).getPArray(0).getRArray(0).getTArray(0), value);
    }

    private static void difficulties(XWPFDocument doc, ReportContent c) {
        heading(doc, "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT");
        heading(doc, "1. Khó khăn, vướng mắc");
        if (c.difficulties().isEmpty()) {
            paragraph(doc, "Trong kỳ các đơn vị không báo cáo khó khăn, vướng mắc.");
        } else {
            c.difficulties().forEach(t -> quote(doc, t));
        }
        heading(doc, "2. Kiến nghị, đề xuất");
        if (c.proposals().isEmpty()) {
            paragraph(doc, "Trong kỳ các đơn vị không có kiến nghị, đề xuất.");
        } else {
            c.proposals().forEach(t -> quote(doc, t));
        }
    }

    private static void nextPeriod(XWPFDocument doc, ReportContent c) {
        heading(doc, "V. NHIỆM VỤ TRỌNG TÂM KỲ TỚI");
        Counts n = c.figures().total();
        paragraph(doc, "Tiếp tục đôn đốc hoàn thành " + n.overdue() + " nhiệm vụ quá hạn nêu tại Mục III và thực hiện "
                + n.noDeadline() + " nhiệm vụ thường xuyên." + (c.nextPeriod().isEmpty() ? ""
                        : " Các nhiệm vụ đến hạn trong kỳ tới:"));
        for (TaskLine t : c.nextPeriod()) {
            // The quotation's paragraph with all the text in its upright run.
            CTP p = doc.createParagraph().getCTP();
            synchronized (QUOTE) {
                p.set(QUOTE);
            }
            setText(p.getRArray(0).getTArray(0), "- " + t.code() + ": " + t.content() + " (chủ trì: "
                    + String.join(", ", t.leadUnits()) + "; hạn " + t.dueDate().format(DisplayDates.DAY) + ").");
            p.removeR(1);
        }
    }

    private static void gap(XWPFDocument doc) {
        XWPFParagraph gap = doc.createParagraph();
        gap.setSpacingAfter(0);
        run(gap, "", 6, false, false);
    }

    /** Used by tests: the standing labels of the annex. */
    static final Map<Standing, String> STANDING_LABELS = Map.of(
            Standing.COMPLETED_ON_TIME, "Hoàn thành đúng hạn",
            Standing.COMPLETED_LATE, "Hoàn thành quá hạn",
            Standing.IN_PROGRESS_ON_TIME, "Đang thực hiện trong hạn",
            Standing.OVERDUE, "Quá hạn",
            Standing.NO_DEADLINE, "Thường xuyên",
            Standing.CANCELLED, "Đã hủy");
}
