package vn.dondoc.occurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.occurrence.OccurrenceSchedule.Slot;
import vn.dondoc.task.Recurrence;
import vn.dondoc.task.Timeliness;

/** The periods of a periodic task and how reports deliver them: no database, no clock. */
class OccurrenceScheduleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aQuarterEndStaysOnTheMonthsLastDay() {
        List<Slot> slots = slots(Recurrence.QUARTERLY, d("2026-03-31"), null, 4);
        assertEquals(List.of(d("2026-03-31"), d("2026-06-30"), d("2026-09-30"), d("2026-12-31")),
                slots.stream().map(Slot::due).toList());
        assertEquals(List.of(d("2026-01-01"), d("2026-04-01"), d("2026-07-01"), d("2026-10-01")),
                slots.stream().map(Slot::from).toList());
        assertEquals(List.of("Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026"),
                slots.stream().map(Slot::label).toList());
        assertEquals("2026-Q4", slots.get(3).key());
    }

    @Test
    void aDeadlineAfterThePeriodIsNamedAfterThePeriodItReportsOn() {
        // "By the 20th of the month after the quarter": due 20/01/2027 reports on Q4/2026.
        List<Slot> slots = slots(Recurrence.QUARTERLY, d("2027-01-20"), null, 2);
        assertEquals("Quý IV/2026", slots.get(0).label());
        assertEquals(d("2026-10-21"), slots.get(0).from());
        assertEquals(d("2027-04-20"), slots.get(1).due());
        assertEquals("Quý I/2027", slots.get(1).label());
        assertEquals(d("2027-01-21"), slots.get(1).from());
    }

    @Test
    void withoutADueDateEachCalendarPeriodFromTheTasksCreationIsDueOnItsLastDay() {
        List<Slot> months = slots(Recurrence.MONTHLY, null, d("2026-01-15"), 3);
        assertEquals(List.of(d("2026-01-31"), d("2026-02-28"), d("2026-03-31")), months.stream().map(Slot::due).toList());
        assertEquals("Tháng 2/2026", months.get(1).label());
        List<Slot> halves = slots(Recurrence.HALF_YEARLY, null, d("2026-08-01"), 2);
        assertEquals(List.of("6 tháng cuối năm 2026", "6 tháng đầu năm 2027"), halves.stream().map(Slot::label).toList());
        assertEquals(d("2027-06-30"), halves.get(1).due());
        assertEquals("Năm 2026", slots(Recurrence.YEARLY, null, d("2026-08-01"), 1).get(0).label());
    }

    @Test
    void eachAcceptedReportDeliversTheEarliestOccurrenceItIsNotBefore() {
        List<Slot> slots = slots(Recurrence.QUARTERLY, d("2026-03-31"), null, 4);
        // Q1 late on 10/04, Q2 on time on 25/06; a report before Q3's window was already used; nothing for Q4.
        List<LocalDate> delivered = OccurrenceService.match(slots, List.of(d("2026-04-10"), d("2026-06-25")));
        assertEquals(Arrays.asList(d("2026-04-10"), d("2026-06-25"), null, null), delivered);
        // A report sent before the first window counts for none.
        assertEquals(Arrays.asList(null, null, null, null), OccurrenceService.match(slots, List.of(d("2025-12-01"))));

        assertEquals(Timeliness.COMPLETED_LATE, OccurrenceService.timeliness(d("2026-04-10"), d("2026-03-31"), d("2026-12-01")));
        assertEquals(Timeliness.COMPLETED_ON_TIME, OccurrenceService.timeliness(d("2026-06-25"), d("2026-06-30"), d("2026-12-01")));
        assertEquals(Timeliness.OVERDUE, OccurrenceService.timeliness(null, d("2026-09-30"), d("2026-10-01")));
        assertEquals(Timeliness.ON_TRACK, OccurrenceService.timeliness(null, d("2026-12-31"), d("2026-12-31")));
    }

    private static List<Slot> slots(Recurrence recurrence, LocalDate anchor, LocalDate created, int n) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slots.add(OccurrenceSchedule.slot(recurrence, anchor, created, i));
        }
        return slots;
    }
}
