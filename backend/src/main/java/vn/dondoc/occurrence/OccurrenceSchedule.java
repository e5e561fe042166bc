package vn.dondoc.occurrence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dondoc.task.Recurrence;

/**
 * The periods of a periodic task: pure date arithmetic, no database, no clock.
 * <ul>
 * <li>With a due date on the task (the first deliverable's), occurrence n is due n × the recurrence later (a due date
 * on a month's last day stays on the last day: 31/03, 30/06, 30/09, 31/12); its window runs from the day after the
 * previous due date.</li>
 * <li>Without one, the occurrences are the calendar periods from the one the task was created in, each due on its last
 * day.</li>
 * </ul>
 * An occurrence is named after the calendar month, quarter, half or year that holds the middle of its window, so that
 * "by the 20th of the month after the quarter" and "by the quarter's last day" are both "Quý IV/2026".
 */
public final class OccurrenceSchedule {

    private static final String[] ROMAN = { "I", "II", "III", "IV" };

    /** One period: its number, window [from, to], due date, key and Vietnamese name. */
    public record Slot(int seq, LocalDate from, LocalDate to, LocalDate due, String key, String label) {
    }

    private OccurrenceSchedule() {
    }

    public static int months(Recurrence recurrence) {
        return switch (recurrence) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            case YEARLY -> 12;
        };
    }

    /**
     * @param anchor  the first occurrence's due date (the task's due date), or null
     * @param created the day the task was created, in the province: the first calendar period without an anchor
     */
    public static Slot slot(Recurrence recurrence, LocalDate anchor, LocalDate created, int seq) {
        int m = months(recurrence);
        LocalDate due;
        LocalDate from;
        if (anchor != null) {
            due = plusMonths(anchor, (long) seq * m);
            from = (seq == 0 ? plusMonths(anchor, -m) : plusMonths(anchor, (long) (seq - 1) * m)).plusDays(1);
        } else {
            from = periodStart(recurrence, created).plusMonths((long) seq * m);
            due = from.plusMonths(m).minusDays(1);
        }
        LocalDate middle = from.plusDays(ChronoUnit.DAYS.between(from, due) / 2);
        return new Slot(seq, from, due, due, key(recurrence, middle), label(recurrence, middle));
    }

    /** The first day of the calendar period of the recurrence that holds the day. */
    static LocalDate periodStart(Recurrence recurrence, LocalDate day) {
        int m = months(recurrence);
        int month = (day.getMonthValue() - 1) / m * m + 1;
        return LocalDate.of(day.getYear(), month, 1);
    }

    /** Months later (or earlier), a month's last day staying on the last day. */
    static LocalDate plusMonths(LocalDate day, long months) {
        LocalDate moved = day.plusMonths(months);
        return day.getDayOfMonth() == day.lengthOfMonth() ? moved.withDayOfMonth(moved.lengthOfMonth()) : moved;
    }

    static String key(Recurrence recurrence, LocalDate day) {
        int y = day.getYear();
        int month = day.getMonthValue();
        return switch (recurrence) {
            case MONTHLY -> y + "-M" + month;
            case QUARTERLY -> y + "-Q" + ((month - 1) / 3 + 1);
            case HALF_YEARLY -> y + "-H" + (month <= 6 ? 1 : 2);
            case YEARLY -> y + "-Y";
        };
    }

    static String label(Recurrence recurrence, LocalDate day) {
        int y = day.getYear();
        int month = day.getMonthValue();
        return switch (recurrence) {
            case MONTHLY -> "Tháng " + month + "/" + y;
            case QUARTERLY -> "Quý " + ROMAN[(month - 1) / 3] + "/" + y;
            case HALF_YEARLY -> (month <= 6 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + y;
            case YEARLY -> "Năm " + y;
        };
    }
}
