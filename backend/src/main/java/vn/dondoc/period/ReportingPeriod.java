package vn.dondoc.period;

import java.time.LocalDate;

/**
 * One reporting period and its data cut-off window [from, to], both days included.
 *
 * @param kind   monthly, quarterly, 6-month, 9-month or annual
 * @param year   the reporting year: "Tháng 1/2026" is year 2026 although its window starts on 15/12/2025
 * @param number the month (1-12) for a monthly period, the quarter (1-4) for a quarterly one, 1 otherwise
 * @param from   first day of the data window
 * @param to     last day of the data window: the cut-off from which report due dates are counted
 * @param label  Vietnamese name: "Tháng 11/2026", "Quý IV/2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026"
 * @param key    stable identifier: "2026-M11", "2026-Q4", "2026-H1", "2026-9M", "2026-Y"
 */
public record ReportingPeriod(PeriodKind kind, int year, int number, LocalDate from, LocalDate to, String label,
        String key) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
