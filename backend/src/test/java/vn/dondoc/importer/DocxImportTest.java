package vn.dondoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The seed rendered as Word would hold it: roman sections as Heading 1, numbered groups as
 * Heading 2 with automatic numbering (no "1." in the text), lettered items as list paragraphs
 * with uneven indentation, dash bullets as bulleted list paragraphs (no dash in the text), the
 * _GoBack bookmark as a real bookmark. The importer must propose exactly what it proposes from
 * the text.
 */
class DocxImportTest {

    private static final Pattern ROMAN = Pattern.compile("^([IVX]+)\\.\\s+.*");
    private static final Pattern GROUP = Pattern.compile("^\\d+\\.\\s+(.*)");
    private static final Pattern LETTER = Pattern.compile("^\\s*[a-z]\\)\\s*.*");
    private static final Pattern BULLET = Pattern.compile("^-\\s*(.*)");

    @Test
    void docxGivesTheSameProposalAsText() throws Exception {
        byte[] docx = render(new String(Seed.program(), StandardCharsets.UTF_8));
        assertEquals(DocumentReader.Format.DOCX, DocumentReader.detect(docx));
        DocumentReader reader = new DocumentReader(ImportPatterns.defaults());
        List<SourceParagraph> paragraphs = reader.read(docx);
        assertTrue(paragraphs.stream().anyMatch(p -> p.styleHint() == StructureKind.BULLET), "bullets come from the numbering");
        assertTrue(paragraphs.stream().anyMatch(p -> p.styleHint() == StructureKind.GROUP), "groups come from the heading numbering");
        Proposal.Content fromDocx = Seed.parser().parse(paragraphs);
        Proposal.Content fromText = Seed.parser().parse(reader.read(Seed.program()));

        assertEquals(SeedProgramTest.EXPECTED, SeedProgramTest.actualTable(fromDocx));
        assertEquals(fromText.directive(), fromDocx.directive());
        assertEquals(fromText.implementsChain(), fromDocx.implementsChain());
        assertEquals(fromText.tasks(), fromDocx.tasks());
        assertEquals(fromText.obligations(), fromDocx.obligations());
        // Only the text has the bookmark written out to remove.
        assertEquals(fromText.warnings().stream().filter(w -> !w.code().equals("NOISE_REMOVED")).toList(), fromDocx.warnings());
    }

    @Test
    void taskTablesAndCellTextAreReadInDocumentOrder() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // The header block in a table (as Word documents hold it): its cells are read, in order.
            org.apache.poi.xwpf.usermodel.XWPFTable header = doc.createTable(1, 2);
            header.getRow(0).getCell(0).setText("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
            header.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            doc.createParagraph().createRun().setText("CHƯƠNG TRÌNH HÀNH ĐỘNG thử nhập bảng");
            doc.createParagraph().createRun().setText("II. NHIỆM VỤ VÀ GIẢI PHÁP");
            org.apache.poi.xwpf.usermodel.XWPFTable tasks = doc.createTable(3, 5);
            String[][] cells = {
                    { "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn" },
                    { "1", "Xây dựng kế hoạch phát triển cụm công nghiệp", "Sở Công Thương", "Sở Tài nguyên và Môi trường", "Quý II/2025" },
                    { "2", "Rà soát quy hoạch khu công nghiệp", "Ban Quản lý Khu kinh tế tỉnh", "", "31/12/2025" } };
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < 5; c++) {
                    tasks.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            // A second coordinating unit on its own line of the cell.
            tasks.getRow(1).getCell(3).addParagraph().createRun().setText("Sở Kế hoạch và Đầu tư");
            doc.createParagraph().createRun().setText("III. TỔ CHỨC THỰC HIỆN");
            doc.createParagraph().createRun().setText("1. Sở Công Thương theo dõi, tổng hợp.");
            doc.write(out);
            docx = out.toByteArray();
        }
        List<SourceParagraph> paragraphs = new DocumentReader(ImportPatterns.defaults()).read(docx);
        assertEquals(List.of("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CHƯƠNG TRÌNH HÀNH ĐỘNG thử nhập bảng",
                "II. NHIỆM VỤ VÀ GIẢI PHÁP",
                "1. Sở Công Thương chủ trì, phối hợp với Sở Tài nguyên và Môi trường; Sở Kế hoạch và Đầu tư: Xây dựng kế hoạch phát triển cụm công nghiệp. "
                        + "Thời hạn: Quý II/2025.",
                "2. Ban Quản lý Khu kinh tế tỉnh chủ trì: Rà soát quy hoạch khu công nghiệp. Thời hạn: 31/12/2025.",
                "III. TỔ CHỨC THỰC HIỆN", "1. Sở Công Thương theo dõi, tổng hợp."),
                paragraphs.stream().map(SourceParagraph::text).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), paragraphs.stream().map(SourceParagraph::line).toList());

        Proposal.Content content = Seed.parser().parse(paragraphs);
        assertEquals(java.util.Map.of("II.1", "SCT | STNMT SKHDT", "II.2", "BQLKKT | "), SeedProgramTest.actualTable(content));
        Proposal.ProposedTask first = content.tasks().stream().filter(t -> t.code().equals("II.1")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2025, 6, 30), first.dueDate());
        assertTrue(first.content().contains(": Xây dựng kế hoạch phát triển cụm công nghiệp."), first.content());
        Proposal.ProposedTask second = content.tasks().stream().filter(t -> t.code().equals("II.2")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2025, 12, 31), second.dueDate());
    }

    /** One Word paragraph per line of the text, so paragraph numbers are the text's line numbers. */
    static byte[] render(String text) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger bullets = numbering.addNum(numbering.addAbstractNum(abstractNum(1, STNumberFormat.BULLET, "-")));
            BigInteger decimals = numbering.addNum(numbering.addAbstractNum(abstractNum(2, STNumberFormat.DECIMAL, "%1.")));
            int indent = 0;
            for (String raw : text.split("\n", -1)) {
                String line = raw.replace("\r", "");
                XWPFParagraph p = doc.createParagraph();
                if (line.contains("[bookmark: _GoBack]")) {
                    CTBookmark start = p.getCTP().addNewBookmarkStart();
                    start.setId(BigInteger.ZERO);
                    start.setName("_GoBack");
                    p.getCTP().addNewBookmarkEnd().setId(BigInteger.ZERO);
                    line = line.replace("[bookmark: _GoBack]", "");
                }
                String trimmed = line.trim();
                Matcher group = GROUP.matcher(trimmed);
                Matcher bullet = BULLET.matcher(trimmed);
                if (ROMAN.matcher(trimmed).matches()) {
                    p.setStyle("Heading1");
                    p.createRun().setText(trimmed);
                } else if (group.matches()) {
                    p.setStyle("Heading2");
                    p.setNumID(decimals);
                    p.setNumILvl(BigInteger.ZERO);
                    p.createRun().setText(group.group(1));
                } else if (LETTER.matcher(line).matches()) {
                    p.setStyle("ListParagraph");
                    p.setIndentationLeft(360 * (indent++ % 3)); // uneven, as retyped documents are
                    p.createRun().setText(trimmed);
                } else if (bullet.matches()) {
                    p.setStyle("ListParagraph");
                    p.setNumID(bullets);
                    p.setNumILvl(BigInteger.ZERO);
                    p.createRun().setText(bullet.group(1));
                } else if (!line.isEmpty()) {
                    p.createRun().setText(line);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static XWPFAbstractNum abstractNum(int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        level.addNewStart().setVal(BigInteger.ONE);
        return new XWPFAbstractNum(abstractNum);
    }
}
