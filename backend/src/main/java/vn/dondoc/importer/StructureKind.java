package vn.dondoc.importer;

/** The structural levels of a program, outermost first: the order is the nesting rank. */
public enum StructureKind {
    ROMAN, GROUP, SUBGROUP, LETTER, BULLET, SUBBULLET, TEXT
}
