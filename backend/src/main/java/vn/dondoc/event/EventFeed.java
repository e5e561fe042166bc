package vn.dondoc.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.common.ProblemException;
import vn.dondoc.event.EventDtos.EventPage;
import vn.dondoc.event.EventDtos.EventView;

/**
 * Reads the outbox in commit order, for the pull feed and for the webhook dispatcher.
 * <p>
 * Sequence numbers are handed out when a row is inserted, not when its transaction commits: with
 * two transactions T1 (seq 10) and T2 (seq 11), T2 may commit first, and a reader that served 11
 * and moved its cursor past it would never see 10. So a read stops at the first <em>gap</em>: if
 * 10 is missing and 11 is visible, nothing from 11 on is served while the gap is younger than
 * {@code dondoc.events.gap-wait}. A gap older than that belongs to a transaction that has rolled
 * back (its number is never used) or to one that has run longer than the transaction timeout
 * (60 s by default, below the 90 s default wait) and so cannot commit any more; the read then
 * skips it. Without gaps, events are served as soon as they are committed.
 */
@ApplicationScoped
@Transactional
public class EventFeed {

    public static final int MAX_LIMIT = 500;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "dondoc.events.gap-wait", defaultValue = "90S")
    Duration gapWait;

    /** The committed events after {@code after}, in order, up to the first recent gap. */
    public List<DomainEvent> readAfter(long after, int limit) {
        List<DomainEvent> rows = DomainEvent.find("seq > ?1 order by seq", after).page(0, limit).list();
        Instant settled = Instant.now(clock).minus(gapWait);
        List<DomainEvent> served = new ArrayList<>();
        long expected = after + 1;
        for (DomainEvent row : rows) {
            if (row.seq != expected && row.occurredAt.isAfter(settled)) {
                break; // an earlier number may still commit: wait for it (or for the gap to settle)
            }
            served.add(row);
            expected = row.seq + 1;
        }
        return served;
    }

    public EventPage page(String cursor, Integer limit) {
        long after = parseCursor(cursor);
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "Số sự kiện mỗi trang phải từ 1 đến " + MAX_LIMIT);
        }
        List<DomainEvent> events = readAfter(after, size);
        long next = events.isEmpty() ? after : events.get(events.size() - 1).seq;
        // More may be waiting: a full page, or newer rows held back behind a gap.
        boolean more = events.size() == size || DomainEvent.find("seq > ?1", next).firstResultOptional().isPresent();
        return new EventPage(events.stream().map(this::view).toList(), String.valueOf(next), more);
    }

    public EventView view(DomainEvent e) {
        return new EventView(e.eventId, e.seq, e.type, e.occurredAt, e.taskId, e.assignmentId, e.unitCode, payload(e));
    }

    private JsonNode payload(DomainEvent e) {
        try {
            return json.readTree(e.payload);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event " + e.eventId + " has a broken payload", ex);
        }
    }

    private static long parseCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(cursor.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("after", "Con trỏ không hợp lệ: hãy dùng giá trị nextCursor của trang trước");
    }
}
