package vn.dondoc.importer;

/**
 * One paragraph of the source: its line (text) or paragraph number (DOCX), counted from 1 as the
 * review screen shows them, its text, and the structural level a DOCX says through its style or
 * numbering (a heading, a bulleted list paragraph), or null.
 */
public record SourceParagraph(int line, String text, StructureKind styleHint) {
}
