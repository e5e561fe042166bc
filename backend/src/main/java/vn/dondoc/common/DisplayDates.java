package vn.dondoc.common;

import java.time.format.DateTimeFormatter;

/** How dates are written for people, in messages, documents and feeds: dd/MM/yyyy. */
public final class DisplayDates {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DisplayDates() {
    }
}
