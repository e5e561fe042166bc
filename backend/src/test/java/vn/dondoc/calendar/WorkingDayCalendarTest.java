package vn.dondoc.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dondoc.calendar.CalendarDtos.HolidayCreate;
import vn.dondoc.calendar.CalendarDtos.HolidayView;
import vn.dondoc.common.audit.AuditHistory;

/** Working days over weekends, Tết, a holiday on a Sunday with its compensatory day, and swapped days, on the seeded calendar. */
@QuarkusTest
class WorkingDayCalendarTest {

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    HolidayService holidays;

    @Inject
    AuditHistory auditHistory;

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void weekendsAreSkipped() {
        assertTrue(calendar.isWorkingDay(d(2026, 3, 6)));
        assertFalse(calendar.isWorkingDay(d(2026, 3, 7)));
        assertFalse(calendar.isWorkingDay(d(2026, 3, 8)));
        assertTrue(calendar.isWorkingDay(d(2026, 3, 9)));
        assertEquals(d(2026, 3, 9), calendar.addWorkingDays(d(2026, 3, 6), 1));
        assertEquals(d(2026, 3, 13), calendar.addWorkingDays(d(2026, 3, 6), 5));
        assertEquals(d(2026, 3, 9), calendar.addWorkingDays(d(2026, 3, 7), 1), "counting from a Saturday");
        assertEquals(d(2026, 3, 10), calendar.addWorkingDays(d(2026, 3, 9), 1), "the start day itself never counts");
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(d(2026, 3, 6), 0));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(null, 1));
    }

    @Test
    void countingCrossesTheYearBoundaryOverNewYearAndItsSwappedDays() {
        // 31/12/2025 (Wed) + 1: Thursday 1/1 is New Year, Friday 2/1 swapped off, then the weekend.
        assertEquals(d(2026, 1, 5), calendar.addWorkingDays(d(2025, 12, 31), 1));
        assertEquals(d(2026, 1, 9), calendar.addWorkingDays(d(2025, 12, 31), 5));
        // Saturday 10/1/2026 is worked in exchange, so it counts.
        assertEquals(d(2026, 1, 10), calendar.addWorkingDays(d(2025, 12, 31), 6));
        assertEquals(d(2026, 1, 12), calendar.addWorkingDays(d(2025, 12, 31), 7));
    }

    @Test
    void tetIsSkippedWholeIn2025And2026() {
        for (LocalDate day = d(2026, 2, 14); !day.isAfter(d(2026, 2, 22)); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day.toString());
        }
        assertEquals(d(2026, 2, 23), calendar.addWorkingDays(d(2026, 2, 13), 1));
        assertEquals(d(2026, 2, 23), calendar.addWorkingDays(d(2026, 2, 12), 2));
        assertEquals(d(2026, 2, 24), calendar.addWorkingDays(d(2026, 2, 13), 2));
        for (LocalDate day = d(2025, 1, 25); !day.isAfter(d(2025, 2, 2)); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day.toString());
        }
        assertEquals(d(2025, 2, 3), calendar.addWorkingDays(d(2025, 1, 24), 1));
        WorkingDayCalendar.DayStatus firstDay = calendar.describe(d(2026, 2, 17));
        assertEquals(HolidayKind.PUBLIC_HOLIDAY, firstDay.kind());
        assertTrue(firstDay.reason().contains("Tết Nguyên đán"), firstDay.reason());
    }

    @Test
    void aHolidayOnASundayGivesTheNextWorkingDayOff() {
        // Giỗ Tổ Hùng Vương 2026 is Sunday 26/4: Monday 27/4 is off instead; then 30/4 and 1/5.
        assertFalse(calendar.isWorkingDay(d(2026, 4, 26)));
        assertFalse(calendar.isWorkingDay(d(2026, 4, 27)));
        assertEquals(HolidayKind.COMPENSATORY, calendar.describe(d(2026, 4, 27)).kind());
        assertEquals(d(2026, 4, 28), calendar.addWorkingDays(d(2026, 4, 24), 1));
        assertEquals(d(2026, 4, 29), calendar.addWorkingDays(d(2026, 4, 24), 2));
        assertEquals(d(2026, 5, 4), calendar.addWorkingDays(d(2026, 4, 24), 3));
    }

    @Test
    void aSwappedSaturdayIsWorkedAndTheSwappedWeekdayIsNot() {
        // Tết Dương lịch 2026: Friday 2/1 off, worked back on Saturday 10/1.
        assertFalse(calendar.isWorkingDay(d(2026, 1, 1)));
        assertFalse(calendar.isWorkingDay(d(2026, 1, 2)));
        assertTrue(calendar.isWorkingDay(d(2026, 1, 10)));
        assertEquals(d(2026, 1, 5), calendar.addWorkingDays(d(2025, 12, 31), 1), "across the year boundary");
        assertEquals(d(2026, 1, 10), calendar.addWorkingDays(d(2026, 1, 9), 1));
        assertEquals(d(2026, 1, 12), calendar.addWorkingDays(d(2026, 1, 9), 2));
        WorkingDayCalendar.DayStatus saturday = calendar.describe(d(2026, 1, 10));
        assertTrue(saturday.workingDay());
        assertEquals(HolidayKind.SWAPPED_WORKING_DAY, saturday.kind());
        assertTrue(saturday.reason().startsWith("Ngày làm việc bù (thứ Bảy)"), saturday.reason());
        // 30/4 - 1/5/2025: Friday 2/5 swapped with Saturday 26/4.
        assertTrue(calendar.isWorkingDay(d(2025, 4, 26)));
        assertEquals(d(2025, 5, 5), calendar.addWorkingDays(d(2025, 4, 29), 1));
        // Quốc khánh 2026: Monday 31/8 swapped with Saturday 22/8; 1/9 and 2/9 are the holiday.
        assertTrue(calendar.isWorkingDay(d(2026, 8, 22)));
        assertEquals(d(2026, 9, 3), calendar.addWorkingDays(d(2026, 8, 28), 1));
        // Quốc khánh 2025: Monday 1/9 and Tuesday 2/9.
        assertEquals(d(2025, 9, 3), calendar.addWorkingDays(d(2025, 8, 29), 1));
    }

    @Test
    void ordinaryDaysAreDescribedByTheirWeekday() {
        WorkingDayCalendar.DayStatus monday = calendar.describe(d(2026, 3, 9));
        assertTrue(monday.workingDay());
        assertEquals("Ngày làm việc (thứ Hai)", monday.reason());
        assertEquals("Ngày nghỉ hằng tuần (Chủ nhật)", calendar.describe(d(2026, 3, 8)).reason());
    }

    @Test
    @Transactional
    void theSeededYearsAreConsistent() {
        for (int year : new int[] { 2025, 2026 }) {
            List<Holiday> days = Holiday.list("select h from Holiday h where h.day >= ?1 and h.day <= ?2",
                    d(year, 1, 1), d(year, 12, 31));
            Map<HolidayKind, Long> byKind = days.stream().collect(Collectors.groupingBy(h -> h.kind, Collectors.counting()));
            // Article 112: 11 days a year (1 + 5 Tết + Hùng Kings + 30/4 + 1/5 + 2 for National Day).
            assertEquals(11L, byKind.get(HolidayKind.PUBLIC_HOLIDAY), year + " public holidays");
            // Every weekday taken off by a swap is worked back on a weekend day.
            assertEquals(byKind.getOrDefault(HolidayKind.SWAPPED_DAY_OFF, 0L),
                    byKind.getOrDefault(HolidayKind.SWAPPED_WORKING_DAY, 0L), year + " swaps");
            for (Holiday h : days) {
                boolean weekend = h.day.getDayOfWeek() == DayOfWeek.SATURDAY || h.day.getDayOfWeek() == DayOfWeek.SUNDAY;
                switch (h.kind) {
                    case SWAPPED_WORKING_DAY -> assertTrue(weekend, h.day + " " + h.name);
                    case COMPENSATORY, SWAPPED_DAY_OFF -> assertFalse(weekend, h.day + " " + h.name);
                    case PUBLIC_HOLIDAY -> assertNotNull(h.name);
                }
            }
        }
    }

    @Test
    void aNewHolidayIsUsedAsSoonAsItIsSaved() {
        LocalDate day = d(2032, 3, 3);
        assertEquals(DayOfWeek.WEDNESDAY, day.getDayOfWeek());
        assertTrue(calendar.isWorkingDay(day), "cached as a working day first");
        assertEquals(day, calendar.addWorkingDays(d(2032, 3, 2), 1));

        HolidayView created = holidays.create(new HolidayCreate(day, "Ngày nghỉ thử nghiệm", HolidayKind.PUBLIC_HOLIDAY));
        try {
            assertFalse(calendar.isWorkingDay(day), "the cache is dropped when the change commits");
            assertEquals(d(2032, 3, 4), calendar.addWorkingDays(d(2032, 3, 2), 1));
            holidays.update(created.id(), new CalendarDtos.HolidayUpdate(day, "Ngày nghỉ thử nghiệm (đổi tên)",
                    HolidayKind.PUBLIC_HOLIDAY, 0L));
            assertEquals(List.of("CREATED", "UPDATED", "name"), history(created.id()));
        } finally {
            holidays.delete(created.id());
        }
        assertTrue(calendar.isWorkingDay(day), "and again when it is removed");
    }

    /** The audit actions of a holiday, then the fields its last revision changed. */
    @Transactional
    List<String> history(long id) {
        List<AuditHistory.HistoryEntry> entries = auditHistory.history(Holiday.class, id);
        List<String> result = new java.util.ArrayList<>(entries.stream().map(AuditHistory.HistoryEntry::action).toList());
        entries.get(entries.size() - 1).changes().forEach(c -> result.add(c.field()));
        return result;
    }
}
