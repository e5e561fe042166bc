package vn.dondoc.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void foldsVietnameseIncludingDStroke() {
        assertEquals("cong nghiep ho tro", TextSearch.fold("Công   nghiệp HỖ TRỢ"));
        assertEquals("dien luc dak lak", TextSearch.fold("Điện lực Đắk Lắk"));
        assertEquals(java.util.Optional.of("so tt&tt"), TextSearch.phrase("  Sở TT&TT "));
        assertEquals(java.util.Optional.empty(), TextSearch.phrase(" \t"));
        assertEquals("%50\\%\\_x%", TextSearch.containsPattern("50%_x"));
    }
}
