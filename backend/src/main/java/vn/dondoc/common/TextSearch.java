package vn.dondoc.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for search: no diacritics, đ → d, lower case, single spaces.
 * Stored beside the original text so that "cong nghiep ho tro" finds "công nghiệp hỗ trợ" with the
 * same SQL on MySQL 8 and MariaDB, whose collations treat đ differently.
 */
public final class TextSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextSearch() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The folded query as one phrase to look for, or empty: "Công nghiệp  hỗ trợ" → "cong nghiep ho tro". */
    public static java.util.Optional<String> phrase(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(folded);
    }

    /** A LIKE pattern matching the term anywhere, with LIKE's wildcards escaped. */
    public static String containsPattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
