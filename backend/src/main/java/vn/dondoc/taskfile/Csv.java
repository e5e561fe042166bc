package vn.dondoc.taskfile;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as Excel reads and writes it: comma-separated, fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled; CRLF between records. Small enough not to need a library.
 */
final class Csv {

    /** Excel opens a UTF-8 file correctly only when it starts with the byte order mark. */
    static final String BOM = "\uFEFF";

    private Csv() {
    }

    static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String v = row.get(i) == null ? "" : row.get(i);
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    out.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(v);
                }
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** The records of a CSV text (a leading BOM is skipped); a separator ';' is accepted when the header uses it. */
    static List<List<String>> read(String text) {
        String s = text.startsWith(BOM) ? text.substring(1) : text;
        int firstLine = s.indexOf('\n');
        String header = firstLine < 0 ? s : s.substring(0, firstLine);
        char separator = header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
            }
        }
        if (any || field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
