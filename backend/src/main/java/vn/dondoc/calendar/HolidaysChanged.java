package vn.dondoc.calendar;

import java.time.LocalDate;

/** Fired when a holiday is created, changed or removed; the calendar forgets what it cached once the change commits. */
record HolidaysChanged(LocalDate day) {
}
