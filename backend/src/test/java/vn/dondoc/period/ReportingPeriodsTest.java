package vn.dondoc.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decree 09/2019/NĐ-CP, Article 12: the data cut-off windows, on concrete dates and across year boundaries. */
class ReportingPeriodsTest {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static void assertPeriod(ReportingPeriod p, PeriodKind kind, int year, int number, LocalDate from, LocalDate to,
            String label, String key) {
        assertEquals(kind, p.kind(), key);
        assertEquals(year, p.year(), key);
        assertEquals(number, p.number(), key);
        assertEquals(from, p.from(), key + " from");
        assertEquals(to, p.to(), key + " to");
        assertEquals(label, p.label());
        assertEquals(key, p.key());
    }

    @Test
    void monthlyRunsFromThe15thOfThePreviousMonthToThe14th() {
        assertPeriod(ReportingPeriods.period(PeriodKind.MONTHLY, 2026, 1), PeriodKind.MONTHLY, 2026, 1,
                d(2025, 12, 15), d(2026, 1, 14), "Tháng 1/2026", "2026-M1");
        assertPeriod(ReportingPeriods.period(PeriodKind.MONTHLY, 2026, 3), PeriodKind.MONTHLY, 2026, 3,
                d(2026, 2, 15), d(2026, 3, 14), "Tháng 3/2026", "2026-M3");
        assertPeriod(ReportingPeriods.period(PeriodKind.MONTHLY, 2026, 11), PeriodKind.MONTHLY, 2026, 11,
                d(2026, 10, 15), d(2026, 11, 14), "Tháng 11/2026", "2026-M11");
        assertPeriod(ReportingPeriods.period(PeriodKind.MONTHLY, 2026, 12), PeriodKind.MONTHLY, 2026, 12,
                d(2026, 11, 15), d(2026, 12, 14), "Tháng 12/2026", "2026-M12");
        // A leap February does not move the window.
        assertPeriod(ReportingPeriods.period(PeriodKind.MONTHLY, 2028, 3), PeriodKind.MONTHLY, 2028, 3,
                d(2028, 2, 15), d(2028, 3, 14), "Tháng 3/2028", "2028-M3");
    }

    @Test
    void quarterlyRunsFromThe15thOfTheMonthBeforeTheQuarterToThe14thOfItsLastMonth() {
        assertPeriod(ReportingPeriods.period(PeriodKind.QUARTERLY, 2026, 1), PeriodKind.QUARTERLY, 2026, 1,
                d(2025, 12, 15), d(2026, 3, 14), "Quý I/2026", "2026-Q1");
        assertPeriod(ReportingPeriods.period(PeriodKind.QUARTERLY, 2026, 2), PeriodKind.QUARTERLY, 2026, 2,
                d(2026, 3, 15), d(2026, 6, 14), "Quý II/2026", "2026-Q2");
        assertPeriod(ReportingPeriods.period(PeriodKind.QUARTERLY, 2026, 3), PeriodKind.QUARTERLY, 2026, 3,
                d(2026, 6, 15), d(2026, 9, 14), "Quý III/2026", "2026-Q3");
        assertPeriod(ReportingPeriods.period(PeriodKind.QUARTERLY, 2026, 4), PeriodKind.QUARTERLY, 2026, 4,
                d(2026, 9, 15), d(2026, 12, 14), "Quý IV/2026", "2026-Q4");
    }

    @Test
    void cumulativePeriodsStartOn15DecemberOfThePreviousYear() {
        assertPeriod(ReportingPeriods.period(PeriodKind.HALF_YEARLY, 2026, 1), PeriodKind.HALF_YEARLY, 2026, 1,
                d(2025, 12, 15), d(2026, 6, 14), "6 tháng đầu năm 2026", "2026-H1");
        assertPeriod(ReportingPeriods.period(PeriodKind.NINE_MONTHS, 2026, 1), PeriodKind.NINE_MONTHS, 2026, 1,
                d(2025, 12, 15), d(2026, 9, 14), "9 tháng năm 2026", "2026-9M");
        assertPeriod(ReportingPeriods.period(PeriodKind.YEARLY, 2026, 1), PeriodKind.YEARLY, 2026, 1,
                d(2025, 12, 15), d(2026, 12, 14), "Năm 2026", "2026-Y");
        assertPeriod(ReportingPeriods.period(PeriodKind.YEARLY, 2025, 1), PeriodKind.YEARLY, 2025, 1,
                d(2024, 12, 15), d(2025, 12, 14), "Năm 2025", "2025-Y");
    }

    @Test
    void numbersOutsideTheKindAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriods.period(PeriodKind.MONTHLY, 2026, 0));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriods.period(PeriodKind.MONTHLY, 2026, 13));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriods.period(PeriodKind.QUARTERLY, 2026, 5));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriods.period(PeriodKind.HALF_YEARLY, 2026, 2));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriods.period(PeriodKind.YEARLY, 2026, 0));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriods.period(PeriodKind.YEARLY, 99, 1));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriods.period(null, 2026, 1));
    }

    @Test
    void keysParseBackToTheSamePeriod() {
        for (PeriodKind kind : PeriodKind.values()) {
            for (int number = 1; number <= ReportingPeriods.maxNumber(kind); number++) {
                ReportingPeriod p = ReportingPeriods.period(kind, 2026, number);
                assertEquals(p, ReportingPeriods.parse(p.key()));
            }
        }
        assertEquals("2026-M1", ReportingPeriods.parse("2026-M01").key());
        assertEquals("2026-Q4", ReportingPeriods.parse(" 2026-q4 ").key());
        assertEquals("2026-9M", ReportingPeriods.parse("2026-9m").key());
        assertEquals("2026-H1", ReportingPeriods.parse("2026-h1").key());
        for (String bad : new String[] { "2026-M13", "2026-M0", "2026-Q5", "2026-Q0", "2026-H2", "26-Y", "2026", "2026-X",
                "2026-M", "", "Quý IV/2026" }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingPeriods.parse(bad), bad);
            assertFalse(e.getMessage().isBlank());
        }
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriods.parse(null));
    }

    @Test
    void currentChangesOnThe15th() {
        assertEquals("2026-M1", ReportingPeriods.current(PeriodKind.MONTHLY, d(2026, 1, 14)).key());
        assertEquals("2026-M2", ReportingPeriods.current(PeriodKind.MONTHLY, d(2026, 1, 15)).key());
        assertEquals("2026-M3", ReportingPeriods.current(PeriodKind.MONTHLY, d(2026, 2, 28)).key());
        // Across the year boundary: from 15 December the data belong to January of the next year.
        assertEquals("2025-M12", ReportingPeriods.current(PeriodKind.MONTHLY, d(2025, 12, 14)).key());
        assertEquals("2026-M1", ReportingPeriods.current(PeriodKind.MONTHLY, d(2025, 12, 15)).key());
        assertEquals("2026-M1", ReportingPeriods.current(PeriodKind.MONTHLY, d(2025, 12, 31)).key());
        assertEquals("2026-M1", ReportingPeriods.current(PeriodKind.MONTHLY, d(2026, 1, 1)).key());

        assertEquals("2025-Q4", ReportingPeriods.current(PeriodKind.QUARTERLY, d(2025, 12, 14)).key());
        assertEquals("2026-Q1", ReportingPeriods.current(PeriodKind.QUARTERLY, d(2025, 12, 15)).key());
        assertEquals("2026-Q1", ReportingPeriods.current(PeriodKind.QUARTERLY, d(2026, 3, 14)).key());
        assertEquals("2026-Q2", ReportingPeriods.current(PeriodKind.QUARTERLY, d(2026, 3, 15)).key());
        assertEquals("2026-Q3", ReportingPeriods.current(PeriodKind.QUARTERLY, d(2026, 6, 15)).key());
        assertEquals("2026-Q4", ReportingPeriods.current(PeriodKind.QUARTERLY, d(2026, 12, 14)).key());

        assertEquals("2026-Y", ReportingPeriods.current(PeriodKind.YEARLY, d(2026, 12, 14)).key());
        assertEquals("2027-Y", ReportingPeriods.current(PeriodKind.YEARLY, d(2026, 12, 15)).key());
        assertEquals("2026-Y", ReportingPeriods.current(PeriodKind.YEARLY, d(2025, 12, 15)).key());
    }

    @Test
    void currentOfTheCumulativePeriodsAfterTheirCutOffIsTheOneJustEnded() {
        ReportingPeriod h1 = ReportingPeriods.current(PeriodKind.HALF_YEARLY, d(2026, 6, 14));
        assertEquals("2026-H1", h1.key());
        assertTrue(h1.contains(d(2026, 6, 14)));
        ReportingPeriod after = ReportingPeriods.current(PeriodKind.HALF_YEARLY, d(2026, 6, 15));
        assertEquals("2026-H1", after.key());
        assertFalse(after.contains(d(2026, 6, 15)));
        assertEquals("2026-H1", ReportingPeriods.current(PeriodKind.HALF_YEARLY, d(2026, 12, 14)).key());
        ReportingPeriod next = ReportingPeriods.current(PeriodKind.HALF_YEARLY, d(2026, 12, 15));
        assertEquals("2027-H1", next.key());
        assertTrue(next.contains(d(2026, 12, 15)));

        assertEquals("2026-9M", ReportingPeriods.current(PeriodKind.NINE_MONTHS, d(2026, 9, 14)).key());
        assertTrue(ReportingPeriods.current(PeriodKind.NINE_MONTHS, d(2026, 9, 14)).contains(d(2026, 9, 14)));
        assertEquals("2026-9M", ReportingPeriods.current(PeriodKind.NINE_MONTHS, d(2026, 9, 15)).key());
        assertEquals("2027-9M", ReportingPeriods.current(PeriodKind.NINE_MONTHS, d(2026, 12, 15)).key());
    }

    @Test
    void monthlyQuarterlyAndAnnualWindowsTileTheCalendar() {
        for (PeriodKind kind : List.of(PeriodKind.MONTHLY, PeriodKind.QUARTERLY, PeriodKind.YEARLY)) {
            List<ReportingPeriod> periods = ReportingPeriods.periodsEndingBetween(kind, d(2024, 1, 1), d(2028, 12, 31));
            for (int i = 1; i < periods.size(); i++) {
                assertEquals(periods.get(i - 1).to().plusDays(1), periods.get(i).from(), periods.get(i).key());
            }
            for (LocalDate day = d(2025, 1, 1); day.isBefore(d(2028, 1, 1)); day = day.plusDays(1)) {
                ReportingPeriod current = ReportingPeriods.current(kind, day);
                assertTrue(current.contains(day), kind + " " + day + " in " + current.key());
                LocalDate today = day;
                assertEquals(1, periods.stream().filter(p -> p.contains(today)).count(), kind + " " + day);
            }
        }
    }

    @Test
    void periodsEndingBetweenIncludesBothEndsAndCrossesYears() {
        assertEquals(List.of("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"),
                keys(ReportingPeriods.periodsEndingBetween(PeriodKind.QUARTERLY, d(2025, 12, 1), d(2026, 12, 31))));
        assertEquals(List.of("2026-M1", "2026-M2"),
                keys(ReportingPeriods.periodsEndingBetween(PeriodKind.MONTHLY, d(2026, 1, 14), d(2026, 2, 14))));
        assertEquals(List.of(),
                keys(ReportingPeriods.periodsEndingBetween(PeriodKind.MONTHLY, d(2026, 1, 15), d(2026, 2, 13))));
        assertEquals(List.of("2025-Y", "2026-Y"),
                keys(ReportingPeriods.periodsEndingBetween(PeriodKind.YEARLY, d(2025, 1, 1), d(2026, 12, 14))));
        assertEquals(List.of("2026-H1"),
                keys(ReportingPeriods.periodsEndingBetween(PeriodKind.HALF_YEARLY, d(2026, 1, 1), d(2026, 12, 31))));
        assertEquals(List.of("2026-9M", "2027-9M"),
                keys(ReportingPeriods.periodsEndingBetween(PeriodKind.NINE_MONTHS, d(2026, 9, 14), d(2027, 9, 14))));
        assertEquals(12, ReportingPeriods.periodsEndingBetween(PeriodKind.MONTHLY, d(2026, 1, 1), d(2026, 12, 31)).size());
        assertEquals(List.of(), ReportingPeriods.periodsEndingBetween(PeriodKind.MONTHLY, d(2026, 12, 31), d(2026, 1, 1)));
    }

    private static List<String> keys(List<ReportingPeriod> periods) {
        return periods.stream().map(ReportingPeriod::key).toList();
    }
}
