package vn.dondoc.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The working days of the province's administration: Monday to Friday, except the public holidays,
 * compensatory days and weekdays off of the holiday table, plus the Saturdays worked in exchange.
 * Deadlines "N working days after" are counted here.
 * <p>
 * Each year's exceptional days are read once, in a transaction of their own (so only committed data is
 * cached), and forgotten when a holiday change commits or rolls back. A load that raced with a change is
 * not kept.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    /** An exceptional day as cached: what it is and what it is called. */
    record Entry(HolidayKind kind, String name) {
    }

    /** How the calendar judges one day. {@code kind} and {@code name} are set when the day is in the holiday table. */
    public record DayStatus(LocalDate date, boolean workingDay, HolidayKind kind, String name, String reason) {
    }

    /** At most this many working days may be added in one call (about four years). */
    public static final int MAX_ADD = 1000;

    private final ConcurrentMap<Integer, Map<LocalDate, Entry>> years = new ConcurrentHashMap<>();
    private long generation;

    public boolean isWorkingDay(LocalDate date) {
        Entry entry = yearOf(date.getYear()).get(date);
        if (entry != null) {
            return !entry.kind().dayOff();
        }
        return !isWeekend(date);
    }

    /** The n-th working day after {@code from} (n ≥ 1); {@code from} itself never counts. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
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
        return day;
    }

    /** Whether the day is worked, and why, in Vietnamese. */
    public DayStatus describe(LocalDate date) {
        Entry entry = yearOf(date.getYear()).get(date);
        String weekday = weekdayName(date.getDayOfWeek());
        if (entry == null) {
            return isWeekend(date)
                    ? new DayStatus(date, false, null, null, "Ngày nghỉ hằng tuần (" + weekday + ")")
                    : new DayStatus(date, true, null, null, "Ngày làm việc (" + weekday + ")");
        }
        String reason = switch (entry.kind()) {
            case PUBLIC_HOLIDAY -> "Ngày nghỉ lễ, tết: " + entry.name();
            case COMPENSATORY -> "Nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần: " + entry.name();
            case SWAPPED_DAY_OFF -> "Nghỉ do hoán đổi ngày làm việc: " + entry.name();
            case SWAPPED_WORKING_DAY -> "Ngày làm việc bù (" + weekday + "): " + entry.name();
        };
        return new DayStatus(date, !entry.kind().dayOff(), entry.kind(), entry.name(), reason);
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

    private Map<LocalDate, Entry> yearOf(int year) {
        Map<LocalDate, Entry> cached = years.get(year);
        if (cached != null) {
            return cached;
        }
        long seen;
        synchronized (this) {
            seen = generation;
        }
        Map<LocalDate, Entry> loaded = QuarkusTransaction.requiringNew().call(() -> load(year));
        synchronized (this) {
            if (generation == seen) {
                years.put(year, loaded);
            }
        }
        return loaded;
    }

    private static Map<LocalDate, Entry> load(int year) {
        List<Holiday> holidays = Holiday.list("select h from Holiday h where h.day >= ?1 and h.day <= ?2",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<LocalDate, Entry> days = new HashMap<>();
        holidays.forEach(h -> days.put(h.day, new Entry(h.kind, h.name)));
        return Map.copyOf(days);
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
