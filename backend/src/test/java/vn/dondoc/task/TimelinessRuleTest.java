package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status matrix on the days around a due date, in the province's time zone. */
class TimelinessRuleTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    /** Weekends only: the holiday table needs the database, and none of these days is a holiday. */
    private static final vn.dondoc.calendar.WorkingDayCalendar WEEKDAYS = new vn.dondoc.calendar.WorkingDayCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek().getValue() <= 5;
        }

        @Override
        public LocalDate addWorkingDays(LocalDate from, int n) {
            LocalDate day = from;
            for (int counted = 0; counted < n;) {
                day = day.plusDays(1);
                counted += isWorkingDay(day) ? 1 : 0;
            }
            return day;
        }
    };

    private static TimelinessRule at(String instant) {
        TimelinessRule rule = new TimelinessRule();
        rule.clock = Clock.fixed(Instant.parse(instant), HANOI);
        rule.calendar = WEEKDAYS;
        rule.dueSoonDays = 3;
        return rule;
    }

    @Test
    void openTasksAroundTheDueDate() {
        // DUE is Tuesday 15/12/2026. "Due soon" counts working days: on Wednesday the 9th, three working days later is
        // Monday the 14th (on track); on Thursday the 10th it is the 15th itself (due soon), the weekend not counted.
        assertEquals(Timeliness.ON_TRACK, at("2026-12-09T10:00:00Z").of(ProgressStatus.IN_PROGRESS, DUE, null));
        assertEquals(Timeliness.DUE_SOON, at("2026-12-10T10:00:00Z").of(ProgressStatus.IN_PROGRESS, DUE, null));
        assertEquals(Timeliness.DUE_SOON, at("2026-12-12T10:00:00Z").of(ProgressStatus.IN_PROGRESS, DUE, null));
        assertEquals(Timeliness.DUE_SOON, at("2026-12-15T10:00:00Z").of(ProgressStatus.NOT_STARTED, DUE, null));
        assertEquals(Timeliness.OVERDUE, at("2026-12-16T01:00:00Z").of(ProgressStatus.IN_PROGRESS, DUE, null));
        // 17:30 UTC on the 15th is already 00:30 on the 16th in Hà Tĩnh: the task is overdue there.
        assertEquals(Timeliness.OVERDUE, at("2026-12-15T17:30:00Z").of(ProgressStatus.IN_PROGRESS, DUE, null));
        assertEquals(Timeliness.DUE_SOON, at("2026-12-15T16:59:00Z").of(ProgressStatus.IN_PROGRESS, DUE, null));
        assertEquals(Timeliness.NO_DEADLINE, at("2026-12-16T01:00:00Z").of(ProgressStatus.IN_PROGRESS, null, null));
    }

    @Test
    void completedAndCancelledTasks() {
        TimelinessRule rule = at("2027-01-10T00:00:00Z");
        assertEquals(Timeliness.COMPLETED_ON_TIME, rule.of(ProgressStatus.COMPLETED, DUE, DUE));
        assertEquals(Timeliness.COMPLETED_LATE, rule.of(ProgressStatus.COMPLETED, DUE, DUE.plusDays(1)));
        assertEquals(Timeliness.COMPLETED_ON_TIME, rule.of(ProgressStatus.COMPLETED, null, DUE));
        assertEquals(Timeliness.CANCELLED, rule.of(ProgressStatus.CANCELLED, DUE, null));
    }

    @Test
    void aShareClosedWithItsTaskIsNeitherDoneNorLateAndWasOpenBefore() {
        LocalDate closed = LocalDate.of(2026, 12, 20);
        LocalDate soon = LocalDate.of(2027, 1, 5);
        // After the day it closed: closed, whatever its due date.
        assertEquals(Timeliness.CLOSED_WITH_TASK, TimelinessRule.judge(ProgressStatus.CLOSED_WITH_TASK, DUE, null, closed,
                LocalDate.of(2027, 1, 2), soon));
        // On a day before it closed it was still open, and past its due date: overdue then.
        assertEquals(Timeliness.OVERDUE, TimelinessRule.judge(ProgressStatus.CLOSED_WITH_TASK, DUE, null, closed,
                LocalDate.of(2026, 12, 18), soon));
        // A completion after the day judged had not happened yet.
        assertEquals(Timeliness.OVERDUE, TimelinessRule.judge(ProgressStatus.COMPLETED, DUE, closed, null,
                LocalDate.of(2026, 12, 18), soon));
        assertEquals(Timeliness.COMPLETED_LATE, TimelinessRule.judge(ProgressStatus.COMPLETED, DUE, closed, null,
                LocalDate.of(2026, 12, 20), soon));
    }

    /**
     * The Java rule and the SQL and JPQL texts come from one clause table: every clause appears in the CASE, in the
     * order of the rule, and each condition alone is the CASE's branch of that name. (A view that counted differently
     * would be one that did not use them; the invariants test of the demo catches that.)
     */
    @Test
    void theSqlCaseAndTheConditionsAreTheSameClauses() {
        String sqlCase = TimelinessRule.sqlCase(TimelinessRule.Subject.shareSql("a"));
        int previous = -1;
        for (Timeliness value : List.of(Timeliness.CANCELLED, Timeliness.CLOSED_WITH_TASK, Timeliness.COMPLETED_LATE,
                Timeliness.COMPLETED_ON_TIME, Timeliness.NO_DEADLINE, Timeliness.OVERDUE, Timeliness.DUE_SOON,
                Timeliness.ON_TRACK)) {
            String branch = "when " + TimelinessRule.condition(value, TimelinessRule.Subject.shareSql("a")) + " then '"
                    + value.name() + "'";
            int at = sqlCase.indexOf(branch);
            assertTrue(at > previous, value + " in order in " + sqlCase);
            previous = at;
        }
        assertTrue(TimelinessRule.shareCondition(Timeliness.OVERDUE).contains("a.dueDate < :today"));
        assertTrue(TimelinessRule.condition(Timeliness.OVERDUE).contains("t.dueDate < :today"));
    }
}
