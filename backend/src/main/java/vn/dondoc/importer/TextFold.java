package vn.dondoc.importer;

import java.text.Normalizer;

/**
 * Vietnamese text folded character by character (no diacritics, đ → d, lower case) so that the
 * folded text has exactly the length of the original: a pattern found in the folded text cuts the
 * same span out of the original, diacritics and capitals kept.
 */
final class TextFold {

    private TextFold() {
    }

    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i)));
        }
        return out.toString();
    }

    static char foldChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (Character.isWhitespace(c) || c == '\u00a0') {
            return ' ';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(decomposed.charAt(0));
    }

    /** NFC (a DOCX may carry decomposed diacritics), no control characters, single spaces, trimmed. */
    static String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replace('\t', ' ');
        return nfc.replaceAll("[\\p{Cntrl}&&[^\n]]", "").replaceAll(" {2,}", " ").trim();
    }
}
