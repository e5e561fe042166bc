package vn.dondoc.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar (âm lịch): the Chinese lunisolar rules with new moons and solar terms
 * reckoned at UTC+7, the meridian Viet Nam has used for its calendar since 1968, instead of UTC+8. The two
 * differ when a new moon falls between 23:00 and 24:00 Beijing time: Tết 1985 was 21 January in Viet Nam
 * (20 February in China), Tết 2007 17 February (18 February in China).
 * <p>
 * ICU's {@link ChineseCalendar} does the astronomy; its protected constructor takes the zone of the
 * astronomical computation (ICU's own {@code DangiCalendar} uses it for Korea at UTC+9). Dates are read
 * and written at UTC midnight so that only the astronomical zone decides which day a month begins on.
 * <p>
 * Verified against the published Tết dates of 2000-2035 (see the test); Dondoc answers for
 * {@link #MIN_YEAR}-{@link #MAX_YEAR} only.
 */
public final class VietnameseLunarCalendar {

    /** The first and last Gregorian years whose lunar holidays Dondoc computes. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private static final long DAY_MILLIS = 86_400_000L;
    private static final TimeZone VIET_NAM = new SimpleTimeZone(7 * 3_600_000, "UTC+07:00");

    /** A day of the lunar calendar. {@code year} is the Gregorian year in which that lunar year begins (Tết). */
    public record LunarDate(int year, int month, boolean leapMonth, int day) {
    }

    /** The Chinese calendar, astronomy at UTC+7. Not thread-safe: one per computation. */
    private static final class Calculator extends ChineseCalendar {
        private static final long serialVersionUID = 1L;

        Calculator() {
            super(TimeZone.GMT_ZONE, ULocale.ROOT, VIET_NAM);
        }
    }

    private VietnameseLunarCalendar() {
    }

    public static boolean supports(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Mùng 1 tháng Giêng of the lunar year that begins in the given Gregorian year. */
    public static LocalDate newYear(int year) {
        return toSolar(year, 1, false, 1);
    }

    /** The last day of the lunar year that ends in the given Gregorian year (30 or 29 tháng Chạp), the eve of Tết. */
    public static LocalDate newYearsEve(int year) {
        return newYear(year).minusDays(1);
    }

    /**
     * The solar date of a lunar day. {@code year} is the Gregorian year in which the lunar year begins;
     * {@code month} 1-12; {@code leapMonth} for the intercalary month that follows month {@code month}.
     */
    public static LocalDate toSolar(int year, int month, boolean leapMonth, int day) {
        check(year);
        Calculator c = new Calculator();
        c.setTimeInMillis(LocalDate.of(year, 7, 1).toEpochDay() * DAY_MILLIS);
        // 1 July always falls in the lunar year that began in the same Gregorian year (Tết is 21/1 to 20/2).
        int extendedYear = c.get(Calendar.EXTENDED_YEAR);
        c.clear();
        c.set(Calendar.EXTENDED_YEAR, extendedYear);
        c.set(Calendar.MONTH, month - 1);
        c.set(Calendar.IS_LEAP_MONTH, leapMonth ? 1 : 0);
        c.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), DAY_MILLIS));
    }

    /** The lunar date of a solar day. */
    public static LunarDate toLunar(LocalDate date) {
        check(date.getYear());
        Calculator c = new Calculator();
        c.setTimeInMillis(date.toEpochDay() * DAY_MILLIS);
        int month = c.get(Calendar.MONTH) + 1;
        int year = date.getYear() - (month >= 11 && date.getMonthValue() <= 2 ? 1 : 0);
        return new LunarDate(year, month, c.get(Calendar.IS_LEAP_MONTH) == 1, c.get(Calendar.DAY_OF_MONTH));
    }

    private static void check(int year) {
        if (!supports(year)) {
            throw new UnsupportedYearException(year);
        }
    }

    /** A year outside {@link #MIN_YEAR}-{@link #MAX_YEAR}: Dondoc has no lunar calendar for it. */
    public static final class UnsupportedYearException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int year;

        UnsupportedYearException(int year) {
            super("Không có dữ liệu âm lịch cho năm " + year + "; Dondoc tính lịch nghỉ lễ, tết cho các năm từ " + MIN_YEAR
                    + " đến " + MAX_YEAR + ".");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }
}
