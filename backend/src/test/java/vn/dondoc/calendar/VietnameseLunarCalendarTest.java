package vn.dondoc.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Vietnamese lunar calendar and the statutory schedule computed from it, checked against published
 * dates, never against the code under test.
 */
class VietnameseLunarCalendarTest {

    /**
     * Mùng 1 Tết Nguyên đán in Viet Nam, 2000-2035, as printed in the Vietnamese almanacs (lịch vạn niên,
     * lịch Việt Nam of Hồ Ngọc Đức, which computes at UTC+7) and announced in the press every year; for the
     * years already past, the day the country celebrated. Cross-checked where sources were found:
     * <ul>
     * <li>the Chinese new years of english.china.org.cn (2004-2015, complete list), encyclopedia.kids.net.au
     * (1993-2007, complete list) and 101kidz.com (1996-2019, complete table): equal to the Vietnamese dates
     * except 2007;</li>
     * <li>ntdvn.net, "Tết 2027 vào ngày nào?" (stored only in part): Tết Đinh Mùi is Saturday 6/2/2027, 29 tháng
     * Chạp Friday 5/2/2027;</li>
     * <li>the holiday notices of 2025 and 2026 (seeded in V5): 29/1/2025 and 17/2/2026.</li>
     * </ul>
     * Years that differ from China (UTC+8) because the new moon falls between 23:00 and 24:00 Beijing time:
     * 2007 (VN 17/2, CN 18/2) and 2030 (VN 2/2, CN 3/2). The Chinese dates of 2027 and 2030 were not used
     * (sources disagree on 2027).
     */
    static final Map<Integer, LocalDate> PUBLISHED_TET = Map.ofEntries(
            Map.entry(2000, LocalDate.of(2000, 2, 5)),
            Map.entry(2001, LocalDate.of(2001, 1, 24)),
            Map.entry(2002, LocalDate.of(2002, 2, 12)),
            Map.entry(2003, LocalDate.of(2003, 2, 1)),
            Map.entry(2004, LocalDate.of(2004, 1, 22)),
            Map.entry(2005, LocalDate.of(2005, 2, 9)),
            Map.entry(2006, LocalDate.of(2006, 1, 29)),
            Map.entry(2007, LocalDate.of(2007, 2, 17)),
            Map.entry(2008, LocalDate.of(2008, 2, 7)),
            Map.entry(2009, LocalDate.of(2009, 1, 26)),
            Map.entry(2010, LocalDate.of(2010, 2, 14)),
            Map.entry(2011, LocalDate.of(2011, 2, 3)),
            Map.entry(2012, LocalDate.of(2012, 1, 23)),
            Map.entry(2013, LocalDate.of(2013, 2, 10)),
            Map.entry(2014, LocalDate.of(2014, 1, 31)),
            Map.entry(2015, LocalDate.of(2015, 2, 19)),
            Map.entry(2016, LocalDate.of(2016, 2, 8)),
            Map.entry(2017, LocalDate.of(2017, 1, 28)),
            Map.entry(2018, LocalDate.of(2018, 2, 16)),
            Map.entry(2019, LocalDate.of(2019, 2, 5)),
            Map.entry(2020, LocalDate.of(2020, 1, 25)),
            Map.entry(2021, LocalDate.of(2021, 2, 12)),
            Map.entry(2022, LocalDate.of(2022, 2, 1)),
            Map.entry(2023, LocalDate.of(2023, 1, 22)),
            Map.entry(2024, LocalDate.of(2024, 2, 10)),
            Map.entry(2025, LocalDate.of(2025, 1, 29)),
            Map.entry(2026, LocalDate.of(2026, 2, 17)),
            Map.entry(2027, LocalDate.of(2027, 2, 6)),
            Map.entry(2028, LocalDate.of(2028, 1, 26)),
            Map.entry(2029, LocalDate.of(2029, 2, 13)),
            Map.entry(2030, LocalDate.of(2030, 2, 2)),
            Map.entry(2031, LocalDate.of(2031, 1, 23)),
            Map.entry(2032, LocalDate.of(2032, 2, 11)),
            Map.entry(2033, LocalDate.of(2033, 1, 31)),
            Map.entry(2034, LocalDate.of(2034, 2, 19)),
            Map.entry(2035, LocalDate.of(2035, 2, 8)));

    /**
     * Giỗ Tổ Hùng Vương (10/3 âm lịch) as given in the government's yearly holiday notices of 2019-2026 (2019 and
     * 2022 on a Sunday, with the Monday off in compensation; 2026 from V5).
     */
    static final Map<Integer, LocalDate> PUBLISHED_HUNG_KINGS = Map.of(
            2019, LocalDate.of(2019, 4, 14),
            2020, LocalDate.of(2020, 4, 2),
            2021, LocalDate.of(2021, 4, 21),
            2022, LocalDate.of(2022, 4, 10),
            2023, LocalDate.of(2023, 4, 29),
            2024, LocalDate.of(2024, 4, 18),
            2025, LocalDate.of(2025, 4, 7),
            2026, LocalDate.of(2026, 4, 26));

    @Test
    void tetFallsOnThePublishedDayEveryYearFrom2000To2035() {
        assertEquals(36, PUBLISHED_TET.size());
        PUBLISHED_TET.forEach((year, tet) -> {
            assertEquals(tet, VietnameseLunarCalendar.newYear(year), "Tết " + year);
            assertEquals(new VietnameseLunarCalendar.LunarDate(year, 1, false, 1), VietnameseLunarCalendar.toLunar(tet));
            // The eve is the last day of the previous lunar year: 29 or 30 of the twelfth month.
            VietnameseLunarCalendar.LunarDate eve = VietnameseLunarCalendar.toLunar(tet.minusDays(1));
            assertEquals(12, eve.month(), "eve of " + year);
            assertTrue(eve.day() == 29 || eve.day() == 30, "eve of " + year + ": " + eve);
        });
    }

    @Test
    void vietNamDiffersFromChinaWhereTheNewMoonIsBetween23And24BeijingTime() {
        // ICU's Chinese calendar reckons at UTC+8: the same astronomy one hour east.
        ChineseCalendar china = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        china.setTimeInMillis(LocalDate.of(2007, 2, 18).toEpochDay() * 86_400_000L);
        assertEquals(0, china.get(Calendar.MONTH));
        assertEquals(1, china.get(Calendar.DAY_OF_MONTH), "Chinese new year 2007: 18 February");
        assertEquals(LocalDate.of(2007, 2, 17), VietnameseLunarCalendar.newYear(2007));
        assertEquals(new VietnameseLunarCalendar.LunarDate(2007, 1, false, 2),
                VietnameseLunarCalendar.toLunar(LocalDate.of(2007, 2, 18)));
    }

    @Test
    void tet2027IsSaturdaySixthOfFebruaryAfterA29DayTwelfthMonth() {
        assertEquals(LocalDate.of(2027, 2, 6), VietnameseLunarCalendar.newYear(2027));
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2027, 2, 6).getDayOfWeek());
        assertEquals(LocalDate.of(2027, 2, 5), VietnameseLunarCalendar.newYearsEve(2027));
        assertEquals(29, VietnameseLunarCalendar.toLunar(LocalDate.of(2027, 2, 5)).day());
    }

    @Test
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth() {
        PUBLISHED_HUNG_KINGS.forEach((year, day) -> assertEquals(day, VietnameseLunarCalendar.toSolar(year, 3, false, 10),
                "Giỗ Tổ " + year));
        // 2031 has a leap third month (from 21/4/2031): the anniversary is in the ordinary one, 1/4/2031.
        assertEquals(new VietnameseLunarCalendar.LunarDate(2031, 3, true, 1),
                VietnameseLunarCalendar.toLunar(LocalDate.of(2031, 4, 21)));
        assertEquals(LocalDate.of(2031, 4, 1), VietnameseLunarCalendar.toSolar(2031, 3, false, 10));
        assertEquals(LocalDate.of(2031, 4, 30), VietnameseLunarCalendar.toSolar(2031, 3, true, 10));
    }

    @Test
    void yearsOutsideTheSupportedRangeAreRefused() {
        assertTrue(VietnameseLunarCalendar.supports(2000));
        assertTrue(VietnameseLunarCalendar.supports(2100));
        assertFalse(VietnameseLunarCalendar.supports(1999));
        assertFalse(VietnameseLunarCalendar.supports(2101));
        VietnameseLunarCalendar.UnsupportedYearException e = assertThrows(VietnameseLunarCalendar.UnsupportedYearException.class,
                () -> VietnameseLunarCalendar.newYear(2101));
        assertEquals(2101, e.year());
        assertThrows(VietnameseLunarCalendar.UnsupportedYearException.class,
                () -> VietnameseLunarCalendar.toLunar(LocalDate.of(1999, 12, 31)));
    }

    @Test
    void theComputedScheduleOf2026MatchesTheGovernmentsExceptTheDecidedChoices() {
        Map<LocalDate, StatutoryHolidays.Day> days = byDay(StatutoryHolidays.of(2026));
        // Tết: 29 tháng Chạp (the last day of Ất Tỵ) and mùng 1-4, Monday to Friday: no compensation.
        for (LocalDate d = LocalDate.of(2026, 2, 16); !d.isAfter(LocalDate.of(2026, 2, 20)); d = d.plusDays(1)) {
            assertEquals(HolidayKind.PUBLIC_HOLIDAY, days.get(d).kind(), d.toString());
        }
        assertEquals("Tết Nguyên đán (29 tháng Chạp)", days.get(LocalDate.of(2026, 2, 16)).name());
        assertEquals("Tết Nguyên đán (mùng 1 tháng Giêng)", days.get(LocalDate.of(2026, 2, 17)).name());
        // Giỗ Tổ on Sunday 26/4: Monday 27/4 off in compensation, as the notice said.
        assertEquals(HolidayKind.PUBLIC_HOLIDAY, days.get(LocalDate.of(2026, 4, 26)).kind());
        assertEquals(HolidayKind.COMPENSATORY, days.get(LocalDate.of(2026, 4, 27)).kind());
        assertEquals("Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/04/2026)", days.get(LocalDate.of(2026, 4, 27)).name());
        // Quốc khánh on a Wednesday: the day before, as decided for 2026.
        assertEquals(HolidayKind.PUBLIC_HOLIDAY, days.get(LocalDate.of(2026, 9, 1)).kind());
        assertEquals(11, days.values().stream().filter(d -> d.kind() == HolidayKind.PUBLIC_HOLIDAY).count());
        assertEquals(12, days.size(), "11 holidays and one compensatory day");
    }

    @Test
    void tet2027OnAWeekendGivesTwoCompensatoryDaysAfterTheBreak() {
        Map<LocalDate, StatutoryHolidays.Day> days = byDay(StatutoryHolidays.of(2027));
        // 29 Chạp Friday 5/2, mùng 1-4 Saturday 6/2 to Tuesday 9/2; Saturday and Sunday move to Wednesday and Thursday.
        List<LocalDate> tet = List.of(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
                LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9));
        tet.forEach(d -> assertEquals(HolidayKind.PUBLIC_HOLIDAY, days.get(d).kind(), d.toString()));
        assertEquals(HolidayKind.COMPENSATORY, days.get(LocalDate.of(2027, 2, 10)).kind());
        assertEquals(HolidayKind.COMPENSATORY, days.get(LocalDate.of(2027, 2, 11)).kind());
        assertFalse(days.containsKey(LocalDate.of(2027, 2, 12)));
        assertEquals("Nghỉ bù Tết Nguyên đán (trùng thứ Bảy 06/02/2027)", days.get(LocalDate.of(2027, 2, 10)).name());
        // 1/1/2027 is a Friday; 30/4 Friday, 1/5 Saturday: Monday 3/5 off.
        assertEquals(HolidayKind.COMPENSATORY, days.get(LocalDate.of(2027, 5, 3)).kind());
        // 2/9/2027 is a Thursday: Friday 3/9 is the adjacent day.
        assertEquals(HolidayKind.PUBLIC_HOLIDAY, days.get(LocalDate.of(2027, 9, 3)).kind());
    }

    @Test
    void theAdjacentNationalDayJoinsTheHolidayToAWeekendAsDecidedIn2021To2026() {
        // 2021 Thu -> 3/9; 2022 Fri -> 1/9; 2023 Sat -> 1/9; 2024 Mon -> 3/9; 2025 Tue -> 1/9; 2026 Wed -> 1/9.
        assertEquals(LocalDate.of(2021, 9, 3), StatutoryHolidays.adjacentNationalDay(LocalDate.of(2021, 9, 2)));
        assertEquals(LocalDate.of(2022, 9, 1), StatutoryHolidays.adjacentNationalDay(LocalDate.of(2022, 9, 2)));
        assertEquals(LocalDate.of(2023, 9, 1), StatutoryHolidays.adjacentNationalDay(LocalDate.of(2023, 9, 2)));
        assertEquals(LocalDate.of(2024, 9, 3), StatutoryHolidays.adjacentNationalDay(LocalDate.of(2024, 9, 2)));
        assertEquals(LocalDate.of(2025, 9, 1), StatutoryHolidays.adjacentNationalDay(LocalDate.of(2025, 9, 2)));
        assertEquals(LocalDate.of(2026, 9, 1), StatutoryHolidays.adjacentNationalDay(LocalDate.of(2026, 9, 2)));
        // 2023: 2/9 on Saturday, 1/9 Friday; Monday 4/9 off in compensation (as the 2023 notice said).
        Map<LocalDate, StatutoryHolidays.Day> days = byDay(StatutoryHolidays.of(2023));
        assertEquals(HolidayKind.COMPENSATORY, days.get(LocalDate.of(2023, 9, 4)).kind());
    }

    @Test
    void everyYearOfTheRangeHasElevenHolidaysAndCompensationOnWeekdaysOnly() {
        for (int year = VietnameseLunarCalendar.MIN_YEAR; year <= VietnameseLunarCalendar.MAX_YEAR; year++) {
            List<StatutoryHolidays.Day> days = StatutoryHolidays.of(year);
            Map<HolidayKind, Long> byKind = days.stream().collect(Collectors.groupingBy(StatutoryHolidays.Day::kind,
                    Collectors.counting()));
            assertEquals(11L, byKind.get(HolidayKind.PUBLIC_HOLIDAY), year + " public holidays");
            long weekendHolidays = days.stream().filter(d -> d.kind() == HolidayKind.PUBLIC_HOLIDAY)
                    .filter(d -> WorkingDayCalendar.isWeekend(d.day())).count();
            assertEquals(weekendHolidays, byKind.getOrDefault(HolidayKind.COMPENSATORY, 0L), year + " compensatory days");
            for (StatutoryHolidays.Day d : days) {
                assertEquals(year, d.day().getYear(), d.toString());
                if (d.kind() == HolidayKind.COMPENSATORY) {
                    assertFalse(WorkingDayCalendar.isWeekend(d.day()), d.toString());
                }
            }
            assertEquals(days.size(), byDay(days).size(), year + ": one entry per day");
        }
    }

    @Test
    void aLeapYearsTwentyNinthOfFebruaryIsAnOrdinaryDay() {
        // Tết never reaches 29 February (mùng 4 is at the latest 24 February): 29/2/2028 is a Tuesday like any other.
        assertFalse(byDay(StatutoryHolidays.of(2028)).containsKey(LocalDate.of(2028, 2, 29)));
        VietnameseLunarCalendar.LunarDate lunar = VietnameseLunarCalendar.toLunar(LocalDate.of(2028, 2, 29));
        assertEquals(2028, lunar.year());
        assertEquals(2, lunar.month(), lunar.toString());
        assertFalse(lunar.leapMonth());
    }

    private static Map<LocalDate, StatutoryHolidays.Day> byDay(List<StatutoryHolidays.Day> days) {
        return days.stream().collect(Collectors.toMap(StatutoryHolidays.Day::day, d -> d));
    }
}
