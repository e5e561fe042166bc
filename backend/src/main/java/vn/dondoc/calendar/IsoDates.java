package vn.dondoc.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.dondoc.common.ProblemException;

/**
 * Dates in query parameters (yyyy-MM-dd). Taken as text and read here because JAX-RS answers a query
 * parameter it cannot convert with a bare 404; a caller who typed 2026-02-30 deserves a 400 naming the
 * parameter.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /** The date, or null for a missing or blank value. */
    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "Ngày '" + value + "' không hợp lệ; dạng đúng: yyyy-MM-dd, ví dụ 2026-12-31");
        }
    }
}
