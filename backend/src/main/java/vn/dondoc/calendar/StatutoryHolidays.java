package vn.dondoc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.dondoc.common.DisplayDates;

/**
 * The days off a year owes by law alone, before the government's yearly decision: Labour Code 2019,
 * Article 112.
 * <ul>
 * <li>Tết Dương lịch: 1/1.</li>
 * <li>Tết Âm lịch: 5 days. By default the last day of the lunar year (30, or 29 tháng Chạp in a short year)
 * and mùng 1 to mùng 4 tháng Giêng; the Prime Minister fixes the exact days every year.</li>
 * <li>Giỗ Tổ Hùng Vương: 10/3 âm lịch (of the ordinary third month when the year has a leap third month).</li>
 * <li>Ngày Chiến thắng 30/4 and Ngày Quốc tế Lao động 1/5.</li>
 * <li>Quốc khánh: 2/9 and one adjacent day, before or after, chosen every year. By default the day that joins
 * the holiday to a weekend: the day after when 2/9 is a Monday, Thursday or Sunday, the day before otherwise
 * (the choices of 2021-2026).</li>
 * <li>Clause 3: a holiday on a Saturday or Sunday gives a compensatory day off on the next working day.</li>
 * </ul>
 * The result is a default: the government's decisions (other Tết days, swapped Saturdays) are stored
 * holidays that replace it for the days they name.
 */
public final class StatutoryHolidays {

    /** One day of the computed schedule. */
    public record Day(LocalDate day, HolidayKind kind, String name) {
    }

    private StatutoryHolidays() {
    }

    /** The computed days of the year, in date order. Only for {@link VietnameseLunarCalendar#supports(int) supported} years. */
    public static List<Day> of(int year) {
        List<Day> holidays = new ArrayList<>();
        holidays.add(new Day(LocalDate.of(year, 1, 1), HolidayKind.PUBLIC_HOLIDAY, "Tết Dương lịch"));

        LocalDate tet = VietnameseLunarCalendar.newYear(year);
        LocalDate eve = tet.minusDays(1);
        int eveDay = VietnameseLunarCalendar.toLunar(eve).day();
        holidays.add(new Day(eve, HolidayKind.PUBLIC_HOLIDAY, "Tết Nguyên đán (" + eveDay + " tháng Chạp)"));
        for (int i = 0; i < 4; i++) {
            holidays.add(new Day(tet.plusDays(i), HolidayKind.PUBLIC_HOLIDAY, "Tết Nguyên đán (mùng " + (i + 1) + " tháng Giêng)"));
        }

        holidays.add(new Day(VietnameseLunarCalendar.toSolar(year, 3, false, 10), HolidayKind.PUBLIC_HOLIDAY,
                "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        holidays.add(new Day(LocalDate.of(year, 4, 30), HolidayKind.PUBLIC_HOLIDAY,
                "Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)"));
        holidays.add(new Day(LocalDate.of(year, 5, 1), HolidayKind.PUBLIC_HOLIDAY, "Ngày Quốc tế Lao động"));

        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        holidays.add(new Day(nationalDay, HolidayKind.PUBLIC_HOLIDAY, "Quốc khánh"));
        holidays.add(new Day(adjacentNationalDay(nationalDay), HolidayKind.PUBLIC_HOLIDAY, "Quốc khánh (ngày liền kề)"));

        holidays.sort(Comparator.comparing(Day::day));
        holidays.addAll(compensatoryDays(holidays));
        holidays.sort(Comparator.comparing(Day::day));
        return List.copyOf(holidays);
    }

    /** The day next to 2/9 that the default schedule gives: the one that joins the holiday to a weekend. */
    static LocalDate adjacentNationalDay(LocalDate nationalDay) {
        DayOfWeek dow = nationalDay.getDayOfWeek();
        boolean after = dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY || dow == DayOfWeek.SUNDAY;
        return after ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
    }

    /**
     * Article 112(3): each holiday on a weekly rest day moves to the next working day that is neither a
     * holiday nor already taken by an earlier compensation.
     */
    private static List<Day> compensatoryDays(List<Day> holidays) {
        Set<LocalDate> taken = new TreeSet<>();
        holidays.forEach(h -> taken.add(h.day()));
        List<Day> compensatory = new ArrayList<>();
        for (Day h : holidays) {
            if (!WorkingDayCalendar.isWeekend(h.day())) {
                continue;
            }
            LocalDate day = h.day().plusDays(1);
            while (WorkingDayCalendar.isWeekend(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            compensatory.add(new Day(day, HolidayKind.COMPENSATORY, "Nghỉ bù " + h.name().replaceFirst(" \\(.*\\)$", "") + " (trùng "
                    + WorkingDayCalendar.weekdayName(h.day().getDayOfWeek()) + " " + h.day().format(DisplayDates.DAY) + ")"));
        }
        return compensatory;
    }
}
