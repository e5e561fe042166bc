package vn.dondoc.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentDueDateChanged;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.task.Task;
import vn.dondoc.unit.Unit;

/**
 * Writes the outbox. Services call {@link #record} at the point of the change; it joins their
 * transaction ({@code MANDATORY}: an event outside a transaction would be a bug), so a change that
 * rolls back leaves no event and a committed one always has its event.
 */
@ApplicationScoped
public class DomainEvents {

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    Event<DomainEventRecorded> recorded;

    @Inject
    CurrentUser currentUser;

    /** Records one event about a task, and about one unit's assignment of it when given. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DomainEvent record(EventType type, Task task, Assignment assignment, Map<String, ?> details) {
        return write(type, task, assignment, null, details, null);
    }

    /** Records one event about a whole unit (e.g. an urging letter sent to it), not about one of its assignments. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DomainEvent recordForUnit(EventType type, Unit unit, Map<String, ?> details) {
        return write(type, null, null, unit, details, null);
    }

    /** Like {@link #record}, at most once per key: false when an event with this key exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordOnce(String dedupKey, EventType type, Task task, Assignment assignment, Map<String, ?> details) {
        if (DomainEvent.count("dedupKey", dedupKey) > 0) {
            return false;
        }
        write(type, task, assignment, null, details, dedupKey);
        return true;
    }

    /**
     * A coordinator's new task due date moved an assignment's. A synchronous observer runs in the
     * firing thread and transaction (phase IN_PROGRESS), so the event commits or rolls back with it.
     */
    void onReplan(@Observes AssignmentDueDateChanged event) {
        record(EventType.DUE_DATE_CHANGED, event.assignment().task, event.assignment(),
                details("reason", "REPLAN", "previousDueDate", event.previous(), "newDueDate", event.next()));
    }

    /** Event details from key-value pairs, in order; null values are kept (unlike {@code Map.of}). */
    public static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private DomainEvent write(EventType type, Task task, Assignment assignment, Unit unit, Map<String, ?> details,
            String dedupKey) {
        Unit concerned = assignment != null ? assignment.unit : unit;
        DomainEvent event = new DomainEvent();
        event.eventId = UUID.randomUUID().toString();
        event.type = type;
        event.occurredAt = Instant.now(clock);
        event.taskId = task == null ? null : task.id;
        event.assignmentId = assignment == null ? null : assignment.id;
        event.unitCode = concerned == null ? null : concerned.code;
        event.dedupKey = dedupKey;
        Map<String, Object> payload = new LinkedHashMap<>();
        if (task != null) {
            payload.put("task", task(task));
        }
        if (assignment != null) {
            payload.put("assignment", assignment(assignment));
        } else if (unit != null) {
            payload.put("unit", Map.of("id", unit.id, "code", unit.code, "name", unit.name));
        }
        if (details != null) {
            payload.putAll(details);
        }
        try {
            event.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload of " + type + " is not JSON", e);
        }
        event.persist();
        // Synchronous observers run here, in this transaction: what they write commits or rolls back with the change.
        recorded.fire(new DomainEventRecorded(event, type, task, assignment, concerned, details, actor()));
        return event;
    }

    /** Who made the change: the signed-in caller, or null in a scheduled job (no request). */
    private String actor() {
        try {
            String name = currentUser.username();
            return name == null || name.isBlank() ? null : name;
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    private static Map<String, Object> task(Task task) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", task.id);
        m.put("code", task.code);
        m.put("externalId", task.externalId);
        m.put("directiveId", task.directive != null ? task.directive.id : task.directiveId);
        m.put("content", task.content);
        m.put("kind", task.kind);
        m.put("status", task.status);
        m.put("dueDate", task.dueDate);
        return m;
    }

    private static Map<String, Object> assignment(Assignment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id);
        m.put("unitCode", a.unit.code);
        m.put("unitName", a.unit.name);
        m.put("role", a.role);
        m.put("status", a.status);
        m.put("percentComplete", a.percentComplete);
        m.put("dueDate", a.dueDate);
        m.put("completedOn", a.completedOn);
        return m;
    }
}
