package vn.dondoc.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Turns an uploaded document (plain text or DOCX) into the sequence of its paragraphs. */
public final class DocumentReader {

    public enum Format { TXT, DOCX }

    private final ImportPatterns patterns;

    public DocumentReader(ImportPatterns patterns) {
        this.patterns = patterns;
    }

    /** DOCX by its content (a ZIP: "PK"), text otherwise; the file name is not trusted. */
    public static Format detect(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4
                ? Format.DOCX : Format.TXT;
    }

    public List<SourceParagraph> read(byte[] content) throws IOException {
        return detect(content) == Format.DOCX ? docx(content) : text(new String(stripBom(content), StandardCharsets.UTF_8));
    }

    public List<SourceParagraph> text(String text) {
        List<SourceParagraph> result = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        // The newline that ends the last line opens no line of its own.
        int count = lines.length > 1 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            result.add(new SourceParagraph(i + 1, TextFold.clean(lines[i]), null));
        }
        return result;
    }

    /**
     * Body paragraphs in document order, the paragraphs of table cells included (row by row, cell by
     * cell). A task table (STT / Nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời hạn, see
     * "taskTable" in the patterns) gives one paragraph per row, written as the phrase the parser reads
     * in running text. Bookmarks and fields are not text to POI, so they vanish here by themselves.
     */
    public List<SourceParagraph> docx(byte[] content) throws IOException {
        List<SourceParagraph> result = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            elements(doc, doc.getBodyElements(), result);
        }
        return result;
    }

    private void elements(XWPFDocument doc, List<IBodyElement> elements, List<SourceParagraph> out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                out.add(new SourceParagraph(out.size() + 1, TextFold.clean(p.getText()), hint(doc, p)));
            } else if (element instanceof XWPFTable table) {
                table(doc, table, out);
            }
        }
    }

    private void table(XWPFDocument doc, XWPFTable table, List<SourceParagraph> out) {
        List<XWPFTableRow> rows = table.getRows();
        Map<String, Integer> columns = rows.isEmpty() ? Map.of() : taskColumns(rows.get(0));
        if (columns.containsKey("content") && columns.containsKey("lead")) {
            for (int r = 1; r < rows.size(); r++) {
                String row = taskRow(rows.get(r), columns);
                if (row != null) {
                    out.add(new SourceParagraph(out.size() + 1, row, null));
                }
            }
            return;
        }
        for (XWPFTableRow row : rows) {
            for (XWPFTableCell cell : row.getTableCells()) {
                elements(doc, cell.getBodyElements(), out);
            }
        }
    }

    /** Which column holds what, from the header row; empty when the table is not a task table. */
    private Map<String, Integer> taskColumns(XWPFTableRow header) {
        Map<String, Integer> columns = new HashMap<>();
        List<XWPFTableCell> cells = header.getTableCells();
        for (int i = 0; i < cells.size(); i++) {
            String folded = TextFold.fold(TextFold.clean(cells.get(i).getText())).trim();
            for (Map.Entry<String, java.util.regex.Pattern> e : patterns.taskTable.entrySet()) {
                if (!columns.containsKey(e.getKey()) && e.getValue().matcher(folded).find()) {
                    columns.put(e.getKey(), i);
                    break;
                }
            }
        }
        return columns;
    }

    /** "1. Sở X chủ trì, phối hợp với Sở Y: Nhiệm vụ. Thời hạn: Quý II/2025." or null for an empty row. */
    private static String taskRow(XWPFTableRow row, Map<String, Integer> columns) {
        String number = cell(row, columns.get("number"));
        String content = cell(row, columns.get("content"));
        String lead = cell(row, columns.get("lead"));
        String coordinating = cell(row, columns.get("coordinating"));
        String deadline = cell(row, columns.get("deadline"));
        if (content.isEmpty()) {
            return null;
        }
        if (lead.isEmpty()) {
            // A group row ("I", "1" with a field name and no unit) stays a heading.
            return marker(number) + content;
        }
        StringBuilder s = new StringBuilder(marker(number)).append(lead).append(coordinating.isEmpty() ? " chủ trì" : " chủ trì, phối hợp với ")
                .append(coordinating).append(": ").append(content);
        if (!s.toString().endsWith(".")) {
            s.append('.');
        }
        if (!deadline.isEmpty()) {
            s.append(" Thời hạn: ").append(deadline.replaceAll("\\.$", "")).append('.');
        }
        return s.toString();
    }

    private static String marker(String number) {
        String n = number.replaceAll("[.)]+$", "").trim();
        if (n.matches("\\d{1,2}")) {
            return n + ". ";
        }
        if (n.matches("\\d{1,2}\\.\\d{1,2}")) {
            return n + ". ";
        }
        if (n.matches("[a-zđ]")) {
            return n + ") ";
        }
        if (n.matches("[IVXivx]{1,5}")) {
            return n.toUpperCase(java.util.Locale.ROOT) + ". ";
        }
        return "- ";
    }

    private static String cell(XWPFTableRow row, Integer index) {
        if (index == null || index >= row.getTableCells().size()) {
            return "";
        }
        // Lines inside a cell join with "; " (several units, one per line).
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : row.getCell(index).getParagraphs()) {
            String t = TextFold.clean(p.getText()).trim();
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return String.join("; ", parts).trim();
    }

    private StructureKind hint(XWPFDocument doc, XWPFParagraph p) {
        if (p.getNumID() != null) {
            String format = p.getNumFmt();
            if (format != null && patterns.numberFormats.containsKey(format)) {
                StructureKind kind = patterns.numberFormats.get(format);
                // A nested bullet (level 1 and below) is a sub-bullet.
                if (kind == StructureKind.BULLET && p.getNumIlvl() != null && p.getNumIlvl().intValue() > 0) {
                    return StructureKind.SUBBULLET;
                }
                return kind;
            }
        }
        String style = p.getStyle();
        if (style == null) {
            return null;
        }
        String name = style;
        XWPFStyle s = doc.getStyles() == null ? null : doc.getStyles().getStyle(style);
        if (s != null && s.getName() != null) {
            name = s.getName();
        }
        String folded = TextFold.fold(name);
        String foldedId = TextFold.fold(style);
        for (ImportPatterns.StyleHint h : patterns.headingStyles) {
            if (h.regex().matcher(folded).matches() || h.regex().matcher(foldedId).matches()) {
                return h.kind();
            }
        }
        return null;
    }

    private static byte[] stripBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return java.util.Arrays.copyOfRange(b, 3, b.length);
        }
        return b;
    }
}
