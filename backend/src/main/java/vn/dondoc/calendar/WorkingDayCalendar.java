package vn.dondoc.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.dondoc.common.DisplayDates;
import vn.dondoc.common.ProblemException;

/**
 * The working days of the province's administration: Monday to Friday, except the public holidays,
 * compensatory days and weekdays off, plus the Saturdays worked in exchange. Deadlines "N working days
 * after" are counted here.
 * <p>
 * Every year from {@link VietnameseLunarCalendar#MIN_YEAR} to {@link VietnameseLunarCalendar#MAX_YEAR} has a
 * schedule. A year the administrator has confirmed ({@link HolidayYear}) is exactly its stored holidays. Any
 * other year is the computed statutory schedule ({@link StatutoryHolidays}) with its stored holidays on top,
 * a stored day replacing the computed one of the same date; it is provisional, and due dates counted
 * across it say so. A date outside the supported years is refused with a 422 problem.
 * <p>
 * Each year is read once, in a transaction of its own (so only committed data is cached), and forgotten
 * when a holiday change commits or rolls back. A load that raced with a change is not kept.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    /** An exceptional day as cached: what it is, what it is called and where it comes from. */
    public record Entry(LocalDate day, HolidayKind kind, String name, HolidaySource source) {
    }

    /** A year's schedule: whether it is confirmed, and its exceptional days by date. */
    public record YearSchedule(int year, boolean confirmed, Map<LocalDate, Entry> days) {
        /** The exceptional days in date order. */
        public List<Entry> entries() {
            return List.copyOf(days.values());
        }
    }

    /** How the calendar judges one day. {@code kind}, {@code name} and {@code source} are set when the day is exceptional. */
    public record DayStatus(LocalDate date, boolean workingDay, HolidayKind kind, String name, String reason,
            HolidaySource source, boolean provisional) {
    }

    /** A due date counted in working days, and the unconfirmed years the count went through (empty: final). */
    public record Count(LocalDate from, int add, LocalDate result, List<Integer> unconfirmedYears) {
        public boolean provisional() {
            return !unconfirmedYears.isEmpty();
        }
    }

    /** At most this many working days may be added in one call (about four years). */
    public static final int MAX_ADD = 1000;

    /** The problem type of a date outside the years whose holidays Dondoc knows. */
    public static final String NO_HOLIDAY_DATA = "urn:dondoc:problem:no-holiday-data";

    private final ConcurrentMap<Integer, YearSchedule> years = new ConcurrentHashMap<>();
    private long generation;

    public boolean isWorkingDay(LocalDate date) {
        Entry entry = yearOf(date).days().get(date);
        if (entry != null) {
            return !entry.kind().dayOff();
        }
        return !isWeekend(date);
    }

    /** The n-th working day after {@code from} (n ≥ 1); {@code from} itself never counts. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return count(from, n).result();
    }

    /** As {@link #addWorkingDays}, with the unconfirmed years the count crossed (from the day after {@code from} to the result). */
    public Count count(LocalDate from, int n) {
        if (from == null) {
            throw new IllegalArgumentException("Ngày bắt đầu là bắt buộc");
        }
        if (n < 1 || n > MAX_ADD) {
            throw new IllegalArgumentException("Số ngày làm việc phải từ 1 đến " + MAX_ADD + ", nhận " + n);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new Count(from, n, day, unconfirmedYears(from.plusDays(1), day));
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}: the n for which
     * {@code addWorkingDays(from, n)} is {@code to} when {@code to} is a working day. Zero when both are the
     * same day; negative (the working days after {@code to} up to and including {@code from}) when {@code to}
     * is earlier.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("Ngày bắt đầu và ngày kết thúc là bắt buộc");
        }
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return counted;
    }

    /** Whether the administrator has confirmed the year's schedule. */
    public boolean isConfirmed(int year) {
        return schedule(year).confirmed();
    }

    /** The years from {@code from} to {@code to} (inclusive, any order) whose schedule is not confirmed, ascending. */
    public List<Integer> unconfirmedYears(LocalDate from, LocalDate to) {
        int first = Math.min(from.getYear(), to.getYear());
        int last = Math.max(from.getYear(), to.getYear());
        List<Integer> unconfirmed = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            if (!schedule(y).confirmed()) {
                unconfirmed.add(y);
            }
        }
        return List.copyOf(unconfirmed);
    }

    /** The year's schedule: computed and stored days, or, once confirmed, the stored days alone. */
    public YearSchedule schedule(int year) {
        if (!VietnameseLunarCalendar.supports(year)) {
            throw unsupported(year, null);
        }
        YearSchedule cached = years.get(year);
        if (cached != null) {
            return cached;
        }
        long seen;
        synchronized (this) {
            seen = generation;
        }
        YearSchedule loaded = QuarkusTransaction.requiringNew().call(() -> load(year));
        synchronized (this) {
            if (generation == seen) {
                years.put(year, loaded);
            }
        }
        return loaded;
    }

    /** Whether the day is worked, and why, in Vietnamese. */
    public DayStatus describe(LocalDate date) {
        YearSchedule schedule = yearOf(date);
        Entry entry = schedule.days().get(date);
        String weekday = weekdayName(date.getDayOfWeek());
        boolean provisional = !schedule.confirmed();
        if (entry == null) {
            return isWeekend(date)
                    ? new DayStatus(date, false, null, null, "Ngày nghỉ hằng tuần (" + weekday + ")", null, provisional)
                    : new DayStatus(date, true, null, null, "Ngày làm việc (" + weekday + ")", null, provisional);
        }
        String reason = switch (entry.kind()) {
            case PUBLIC_HOLIDAY -> "Ngày nghỉ lễ, tết: " + entry.name();
            case COMPENSATORY -> "Nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần: " + entry.name();
            case SWAPPED_DAY_OFF -> "Nghỉ do hoán đổi ngày làm việc: " + entry.name();
            case SWAPPED_WORKING_DAY -> "Ngày làm việc bù (" + weekday + "): " + entry.name();
        };
        if (entry.source() == HolidaySource.COMPUTED) {
            reason += " (tính theo Bộ luật Lao động, lịch nghỉ năm " + date.getYear() + " chưa được xác nhận)";
        }
        return new DayStatus(date, !entry.kind().dayOff(), entry.kind(), entry.name(), reason, entry.source(), provisional);
    }

    /** Forgets every cached year; the next question reads the holiday table again. */
    public void invalidate() {
        synchronized (this) {
            generation++;
            years.clear();
        }
    }

    void onHolidaysChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) HolidaysChanged change) {
        invalidate();
    }

    private YearSchedule yearOf(LocalDate date) {
        if (!VietnameseLunarCalendar.supports(date.getYear())) {
            throw unsupported(date.getYear(), date);
        }
        return schedule(date.getYear());
    }

    /** The year as stored now, read in the caller's transaction (no cache). */
    static YearSchedule load(int year) {
        boolean confirmed = HolidayYear.findById(year) != null;
        List<Holiday> stored = Holiday.list("select h from Holiday h where h.day >= ?1 and h.day <= ?2",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<LocalDate, Entry> days = new TreeMap<>();
        if (!confirmed) {
            StatutoryHolidays.of(year).forEach(d -> days.put(d.day(), new Entry(d.day(), d.kind(), d.name(), HolidaySource.COMPUTED)));
        }
        stored.forEach(h -> days.put(h.day, new Entry(h.day, h.kind, h.name, HolidaySource.DECIDED)));
        return new YearSchedule(year, confirmed, java.util.Collections.unmodifiableMap(days));
    }

    /** 422: the date's year has no lunar calendar, so its holidays are unknown. */
    static ProblemException unsupported(int year, LocalDate date) {
        String what = date == null ? "Năm " + year : "Ngày " + date.format(DisplayDates.DAY) + " (năm " + year + ")";
        return new ProblemException(422, NO_HOLIDAY_DATA, "Không có dữ liệu lịch nghỉ",
                what + " nằm ngoài khoảng Dondoc tính được lịch nghỉ lễ, tết (các năm từ " + VietnameseLunarCalendar.MIN_YEAR
                        + " đến " + VietnameseLunarCalendar.MAX_YEAR + ", theo âm lịch Việt Nam), nên không đếm được ngày làm việc.",
                null);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** "thứ Hai" ... "Chủ nhật". */
    public static String weekdayName(DayOfWeek dow) {
        return switch (dow) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }
}
