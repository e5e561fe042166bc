package vn.dondoc.urging;

import static vn.dondoc.common.document.Decree30Docx.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dondoc.common.DisplayDates;
import vn.dondoc.common.document.Decree30Docx;
import vn.dondoc.common.document.Decree30Docx.Closing;
import vn.dondoc.common.document.Decree30Docx.Header;
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

    /** STT, code, content, role, due date, days overdue. */
    private static final int[] TASK_COLUMNS = { 750, 1250, 3505, 1100, 1450, 1300 };
    static final List<String> HEADINGS = List.of("STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Vai trò", "Hạn hoàn thành",
            "Số ngày quá hạn");

    private UrgingLetterWriter() {
    }

    static byte[] write(LetterContent letter) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            defaultFont(doc);
            doc.getProperties().getCoreProperties().setTitle("Công văn đôn đốc thực hiện nhiệm vụ quá hạn – " + letter.addressee());
            doc.getProperties().getCoreProperties().setCreator("Dondoc");
            header(doc, new Header(letter.governingBody(), letter.issuer(), numberLine(letter),
                    "V/v đôn đốc thực hiện các nhiệm vụ quá hạn", letter.place(), letter.date()));
            addressee(doc, letter);
            text(doc, letter);
            closing(doc, closingOf(letter));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String dateLine(String place, LocalDate date) {
        return Decree30Docx.dateLine(place, date);
    }

    static String numberLine(LetterContent letter) {
        // Without a number the office of records (văn thư) writes it in when the letter is registered.
        return "Số: " + (letter.number() == null ? "        " : letter.number()) + "/" + letter.symbol();
    }

    private static void addressee(XWPFDocument doc, LetterContent letter) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(360);
        p.setSpacingAfter(240);
        run(p, "Kính gửi: " + letter.addressee() + ".", 14, false, false);
    }

    private static Closing closingOf(LetterContent letter) {
        List<String> recipients = new java.util.ArrayList<>();
        recipients.add("- Như trên;");
        for (String copy : letter.copyTo()) {
            recipients.add("- " + copy.trim() + ";");
        }
        recipients.add("- Lưu: " + letter.archive().trim() + ".");
        return new Closing(recipients, letter.signerAuthority(), letter.signerTitle(), letter.signerName());
    }

    // --- Text ---

    private static void text(XWPFDocument doc, LetterContent letter) {
        String basis = letter.sources().size() == 1
                ? "Thực hiện " + letter.sources().get(0).citation()
                : "Thực hiện các văn bản chỉ đạo của " + letter.superior();
        paragraph(doc, basis + "; qua theo dõi, đôn đốc của " + letter.tracker() + " (cơ quan được giao theo dõi, tổng hợp), "
                + "tính đến ngày " + letter.date().format(DisplayDates.DAY) + ", " + letter.addressee() + " còn " + letter.taskCount()
                + " nhiệm vụ đã quá thời hạn hoàn thành nhưng chưa hoàn thành, cụ thể như sau:");
        tasks(doc, letter);
        paragraph(doc, "Để bảo đảm tiến độ thực hiện các nhiệm vụ được giao, " + letter.issuer() + " đề nghị "
                + letter.addressee() + " khẩn trương chỉ đạo, tổ chức thực hiện dứt điểm các nhiệm vụ nêu trên; báo cáo kết "
                + "quả thực hiện, nêu rõ khó khăn, vướng mắc và đề xuất giải pháp (trường hợp cần điều chỉnh thời hạn, đề "
                + "nghị có văn bản đề nghị gia hạn, nêu rõ lý do) gửi về " + letter.tracker() + " trước ngày "
                + letter.reportBy().format(DisplayDates.DAY) + " để tổng hợp, báo cáo " + letter.superior() + ".");
        paragraph(doc, "Kết quả thực hiện đề nghị cập nhật đồng thời trên Hệ thống theo dõi, đôn đốc thực hiện nhiệm vụ "
                + "(Dondoc) để theo dõi chung.");
        paragraph(doc, "Đề nghị Quý cơ quan quan tâm, phối hợp thực hiện./.");
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
                cell(r.getCell(4), line.dueDate().format(DisplayDates.DAY), false, false, ParagraphAlignment.CENTER);
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
}
