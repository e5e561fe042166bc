package vn.dondoc.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The clock of the whole application in tests: the province's system clock unless a test moves
 * it to a day of its choosing (07:00 province time, when the daily pass runs). Tests that move
 * it call {@link #reset()} afterwards, so every other test sees the real time.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MutableClock extends Clock {

    private final ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
    private volatile Instant fixed;

    public void setDay(LocalDate day) {
        fixed = day.atTime(LocalTime.of(7, 0)).atZone(zone).toInstant();
    }

    /** Moves the clock to an instant of the test's choosing (e.g. past a webhook's retry time). */
    public void set(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        Instant now = fixed;
        return now == null ? Clock.system(other) : Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }
}
