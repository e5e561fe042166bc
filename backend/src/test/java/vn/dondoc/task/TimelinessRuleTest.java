package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The status matrix on the days around a due date, in the province's time zone. */
class TimelinessRuleTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    private static TimelinessRule at(String instant) {
        TimelinessRule rule = new TimelinessRule();
        rule.clock = Clock.fixed(Instant.parse(instant), HANOI);
        rule.dueSoonDays = 3;
        return rule;
    }

    @Test
    void openTasksAroundTheDueDate() {
        assertEquals(Timeliness.ON_TRACK, at("2026-12-11T10:00:00Z").of(ProgressStatus.IN_PROGRESS, DUE, null));
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
}
