package vn.dondoc.event;

import java.util.Map;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Task;
import vn.dondoc.unit.Unit;

/**
 * Fired (synchronously, in the writer's transaction) by {@link DomainEvents} after an outbox row is
 * written: the notification router decides from it who is told. The entities are those of the
 * change, still attached; {@code unit} is the assignment's unit, or the unit an event about a whole
 * unit names (an urging letter); {@code actor} is who made the change (null for a scheduled job).
 */
public record DomainEventRecorded(DomainEvent event, EventType type, Task task, Assignment assignment, Unit unit,
        Map<String, ?> details, String actor) {
}
