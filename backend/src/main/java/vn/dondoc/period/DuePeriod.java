package vn.dondoc.period;

import java.time.LocalDate;
import java.util.List;

/**
 * A period a reporting schedule asks reports for, with its due dates counted in working days after the
 * cut-off ({@code period.to()}): units report to the tracking department by {@code unitDueDate}, the
 * tracking department reports to the UBND tỉnh by {@code trackerDueDate}. {@code unconfirmedYears}: the
 * years the counts crossed whose holiday schedule is not confirmed yet (the dates are then provisional).
 */
public record DuePeriod(long scheduleId, ReportingPeriod period, LocalDate unitDueDate, LocalDate trackerDueDate,
        List<Integer> unconfirmedYears) {

    public boolean provisional() {
        return !unconfirmedYears.isEmpty();
    }
}
