package vn.dondoc.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;

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
     * Body paragraphs in order (tables skipped: the header block and "Nơi nhận" usually sit in
     * tables). Bookmarks and fields are not text to POI, so they vanish here by themselves.
     */
    public List<SourceParagraph> docx(byte[] content) throws IOException {
        List<SourceParagraph> result = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            int line = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    line++;
                    result.add(new SourceParagraph(line, TextFold.clean(p.getText()), hint(doc, p)));
                }
            }
        }
        return result;
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
