package vn.dondoc.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting periods of Decree 09/2019/NĐ-CP, Article 12 (data cut-off): pure date arithmetic, no
 * database, no clock.
 * <ul>
 * <li>monthly: from the 15th of the previous month to the 14th of the reporting month;</li>
 * <li>quarterly: from the 15th of the month before the quarter to the 14th of the quarter's last month;</li>
 * <li>6-month: from 15 December of the previous year to 14 June;</li>
 * <li>9-month: from 15 December of the previous year to 14 September;</li>
 * <li>annual: from 15 December of the previous year to 14 December.</li>
 * </ul>
 * Monthly, quarterly and annual windows tile the calendar. The 6-month and 9-month windows do not: a day
 * after their cut-off and before 15 December belongs to none of them (see {@link #current}).
 */
public final class ReportingPeriods {

    /** The day of the month on which every window ends; the next window starts the day after. */
    public static final int CUT_OFF_DAY = 14;

    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 9999;
    private static final String[] ROMAN = { "I", "II", "III", "IV" };
    private static final Pattern KEY = Pattern.compile("(\\d{4})-(?:M(\\d{1,2})|Q(\\d)|(H1)|(9M)|(Y))",
            Pattern.CASE_INSENSITIVE);

    private ReportingPeriods() {
    }

    /**
     * The period of a kind in a reporting year.
     *
     * @param number the month (1-12) for MONTHLY, the quarter (1-4) for QUARTERLY, 1 for the other kinds
     * @throws IllegalArgumentException when the number does not exist for the kind
     */
    public static ReportingPeriod period(PeriodKind kind, int year, int number) {
        if (kind == null) {
            throw new IllegalArgumentException("Loại kỳ báo cáo là bắt buộc");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("Năm của kỳ báo cáo phải có 4 chữ số, nhận " + year);
        }
        int max = maxNumber(kind);
        if (number < 1 || number > max) {
            throw new IllegalArgumentException(switch (kind) {
                case MONTHLY -> "Tháng phải từ 1 đến 12, nhận " + number;
                case QUARTERLY -> "Quý phải từ 1 đến 4, nhận " + number;
                default -> "Kỳ báo cáo " + kind + " chỉ có số thứ tự 1, nhận " + number;
            });
        }
        return switch (kind) {
            case MONTHLY -> new ReportingPeriod(kind, year, number, startAfterCutOffOf(YearMonth.of(year, number).minusMonths(1)),
                    cutOff(year, number), "Tháng " + number + "/" + year, year + "-M" + number);
            case QUARTERLY -> new ReportingPeriod(kind, year, number,
                    startAfterCutOffOf(YearMonth.of(year, 3 * number - 2).minusMonths(1)), cutOff(year, 3 * number),
                    "Quý " + ROMAN[number - 1] + "/" + year, year + "-Q" + number);
            case HALF_YEARLY -> new ReportingPeriod(kind, year, 1, startOfYear(year), cutOff(year, 6),
                    "6 tháng đầu năm " + year, year + "-H1");
            case NINE_MONTHS -> new ReportingPeriod(kind, year, 1, startOfYear(year), cutOff(year, 9),
                    "9 tháng năm " + year, year + "-9M");
            case YEARLY -> new ReportingPeriod(kind, year, 1, startOfYear(year), cutOff(year, 12), "Năm " + year,
                    year + "-Y");
        };
    }

    /**
     * The period named by a key: "2026-M11" (or "2026-M01"), "2026-Q4", "2026-H1", "2026-9M", "2026-Y";
     * letters in either case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ReportingPeriod parse(String key) {
        Matcher m = KEY.matcher(key == null ? "" : key.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Mã kỳ báo cáo '" + key + "' không hợp lệ; dạng đúng: 2026-M11 (tháng), "
                    + "2026-Q4 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng), 2026-Y (năm)");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return period(PeriodKind.MONTHLY, year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return period(PeriodKind.QUARTERLY, year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return period(PeriodKind.HALF_YEARLY, year, 1);
        }
        if (m.group(5) != null) {
            return period(PeriodKind.NINE_MONTHS, year, 1);
        }
        return period(PeriodKind.YEARLY, year, 1);
    }

    /** Every period of the kind whose cut-off ({@code to}) falls in [from, to], both included, oldest first. */
    public static List<ReportingPeriod> periodsEndingBetween(PeriodKind kind, LocalDate from, LocalDate to) {
        List<ReportingPeriod> periods = new ArrayList<>();
        if (kind == null || from == null || to == null || from.isAfter(to)) {
            return periods;
        }
        // A period's cut-off always lies in its own reporting year.
        for (int year = Math.max(from.getYear(), MIN_YEAR); year <= Math.min(to.getYear(), MAX_YEAR); year++) {
            for (int number = 1; number <= maxNumber(kind); number++) {
                ReportingPeriod period = period(kind, year, number);
                if (!period.to().isBefore(from) && !period.to().isAfter(to)) {
                    periods.add(period);
                }
            }
        }
        return periods;
    }

    /**
     * The period of the kind whose window contains {@code today}: on the 14th the period ending that day,
     * on the 15th the next one. The 6-month and 9-month windows leave gaps (15/6 or 15/9 to 14/12): on such a
     * day the period of the current reporting year is returned, the one that has just ended and whose reports
     * are then being written; check {@link ReportingPeriod#contains} where the difference matters.
     */
    public static ReportingPeriod current(PeriodKind kind, LocalDate today) {
        if (kind == null || today == null) {
            throw new IllegalArgumentException("Loại kỳ báo cáo và ngày là bắt buộc");
        }
        // The month whose window contains today: from the 15th on, the data belong to next month's period.
        YearMonth month = YearMonth.from(today);
        if (today.getDayOfMonth() > CUT_OFF_DAY) {
            month = month.plusMonths(1);
        }
        return switch (kind) {
            case MONTHLY -> period(kind, month.getYear(), month.getMonthValue());
            case QUARTERLY -> period(kind, month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
            case HALF_YEARLY, NINE_MONTHS, YEARLY -> period(kind, month.getYear(), 1);
        };
    }

    /** The highest period number of a kind in a year: 12 months, 4 quarters, 1 otherwise. */
    public static int maxNumber(PeriodKind kind) {
        return switch (kind) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case HALF_YEARLY, NINE_MONTHS, YEARLY -> 1;
        };
    }

    private static LocalDate cutOff(int year, int month) {
        return LocalDate.of(year, month, CUT_OFF_DAY);
    }

    private static LocalDate startAfterCutOffOf(YearMonth month) {
        return month.atDay(CUT_OFF_DAY + 1);
    }

    /** 15 December of the previous year: where the 6-month, 9-month and annual windows start. */
    private static LocalDate startOfYear(int year) {
        return LocalDate.of(year - 1, 12, CUT_OFF_DAY + 1);
    }
}
