package vn.dondoc.consolidated;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dondoc.consolidated.ConsolidatedFigures.TaskLine;
import vn.dondoc.consolidated.ReportContent.UnitText;
import vn.dondoc.remark.RemarkDtos.AnnexLine;

/**
 * The spreadsheet annex (Phụ lục) of the consolidated report: every task of the directive with its units,
 * due date, status, percent and the latest report the units sent. Title rows, then a bold header row that is
 * frozen and filtered, columns sized for reading.
 */
final class ConsolidatedAnnexWriter {

    static final List<String> HEADINGS = List.of("STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Đơn vị chủ trì",
            "Đơn vị phối hợp", "Hạn hoàn thành", "Trạng thái", "Tình hình thực hiện", "Tiến độ (%)", "Báo cáo gần nhất");
    /** Column widths in characters. */
    private static final int[] WIDTHS = { 6, 14, 60, 30, 30, 14, 16, 24, 10, 60 };
    /** The header row (0-based): after the title, the subtitle and an empty row. */
    static final int HEADER_ROW = 3;

    private ConsolidatedAnnexWriter() {
    }

    static byte[] write(ReportContent c) {
        return write(c, List.of());
    }

    /** The annex, and a second sheet "Ý kiến giám sát" with the supervision remarks on its tasks and the units' answers. */
    static byte[] write(ReportContent c, List<AnnexLine> remarks) {
        // Streaming: rows go to a temporary file as they are written, so 5,000 tasks stay cheap.
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = book.createSheet("Phụ lục");
            Font bold = book.createFont();
            bold.setBold(true);
            bold.setFontName("Times New Roman");
            bold.setFontHeightInPoints((short) 12);
            Font plain = book.createFont();
            plain.setFontName("Times New Roman");
            plain.setFontHeightInPoints((short) 12);
            CellStyle title = book.createCellStyle();
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle head = bordered(book.createCellStyle());
            head.setFont(bold);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            head.setWrapText(true);
            CellStyle text = bordered(book.createCellStyle());
            text.setFont(plain);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle center = bordered(book.createCellStyle());
            center.cloneStyleFrom(text);
            center.setAlignment(HorizontalAlignment.CENTER);

            int last = HEADINGS.size() - 1;
            Row r0 = sheet.createRow(0);
            r0.createCell(0).setCellValue("PHỤ LỤC: DANH MỤC NHIỆM VỤ VÀ TÌNH HÌNH THỰC HIỆN");
            r0.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue("(Kèm theo Báo cáo kết quả thực hiện " + c.periodLabel() + "; số liệu tính đến ngày "
                    + c.figures().asOf().format(vn.dondoc.common.DisplayDates.DAY) + ")");
            CellStyle italic = book.createCellStyle();
            Font italicFont = book.createFont();
            italicFont.setItalic(true);
            italicFont.setFontName("Times New Roman");
            italic.setFont(italicFont);
            italic.setAlignment(HorizontalAlignment.CENTER);
            r1.getCell(0).setCellStyle(italic);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));

            Row header = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < HEADINGS.size(); i++) {
                header.createCell(i).setCellValue(HEADINGS.get(i));
                header.getCell(i).setCellStyle(head);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int row = HEADER_ROW;
            int number = 0;
            for (TaskLine t : c.tasks()) {
                Row r = sheet.createRow(++row);
                UnitText latest = c.latestReport().get(t.id());
                set(r, 0, String.valueOf(++number), center);
                set(r, 1, t.code(), center);
                set(r, 2, t.content(), text);
                set(r, 3, String.join("; ", t.leadUnits()), text);
                set(r, 4, String.join("; ", t.coordinatingUnits()), text);
                set(r, 5, t.dueDate() == null ? "" : t.dueDate().format(vn.dondoc.common.DisplayDates.DAY), center);
                set(r, 6, status(t), center);
                set(r, 7, ConsolidatedWordWriter.STANDING_LABELS.get(t.standing()), center);
                r.createCell(8).setCellValue(t.percentComplete());
                r.getCell(8).setCellStyle(center);
                set(r, 9, latest == null ? "" : latest.unit() + ": " + latest.text().trim(), text);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(row, HEADER_ROW), 0, last));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            remarksSheet(book, c, remarks, title, head, text, center);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    static final List<String> REMARK_HEADINGS = List.of("STT", "Mã nhiệm vụ", "Phần việc của đơn vị", "Tổ chức giám sát", "Ngày",
            "Ý kiến giám sát", "Trả lời của đơn vị");
    private static final int[] REMARK_WIDTHS = { 6, 14, 30, 30, 12, 70, 70 };

    /** Sheet "Ý kiến giám sát": one row per remark, its answers in the last column, one per line. */
    private static void remarksSheet(SXSSFWorkbook book, ReportContent c, List<AnnexLine> remarks, CellStyle title,
            CellStyle head, CellStyle text, CellStyle center) {
        SXSSFSheet sheet = book.createSheet("Ý kiến giám sát");
        int last = REMARK_HEADINGS.size() - 1;
        Row r0 = sheet.createRow(0);
        r0.createCell(0).setCellValue("Ý KIẾN GIÁM SÁT VÀ TRẢ LỜI CỦA ĐƠN VỊ");
        r0.getCell(0).setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row r1 = sheet.createRow(1);
        r1.createCell(0).setCellValue(remarks.isEmpty() ? "(Không có ý kiến giám sát đến ngày "
                + c.figures().asOf().format(vn.dondoc.common.DisplayDates.DAY) + ")"
                : "(" + remarks.size() + " ý kiến, tính đến ngày " + c.figures().asOf().format(vn.dondoc.common.DisplayDates.DAY) + ")");
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < REMARK_HEADINGS.size(); i++) {
            header.createCell(i).setCellValue(REMARK_HEADINGS.get(i));
            header.getCell(i).setCellStyle(head);
            sheet.setColumnWidth(i, REMARK_WIDTHS[i] * 256);
        }
        int row = HEADER_ROW;
        int number = 0;
        for (AnnexLine line : remarks) {
            Row r = sheet.createRow(++row);
            set(r, 0, String.valueOf(++number), center);
            set(r, 1, line.taskCode(), center);
            set(r, 2, line.unit(), text);
            set(r, 3, line.organisation(), text);
            set(r, 4, line.date().format(vn.dondoc.common.DisplayDates.DAY), center);
            set(r, 5, line.text(), text);
            set(r, 6, String.join("\n", line.answers()), text);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    }

    static String status(TaskLine t) {
        return t.status().label();
    }

    private static void set(Row row, int column, String value, CellStyle style) {
        row.createCell(column).setCellValue(value == null ? "" : value);
        row.getCell(column).setCellStyle(style);
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
