package vn.dondoc.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.occurrence.OccurrenceDtos.OccurrenceList;
import vn.dondoc.occurrence.OccurrenceDtos.OccurrenceView;
import vn.dondoc.occurrence.OccurrenceDtos.ShareDelivery;
import vn.dondoc.occurrence.OccurrenceSchedule.Slot;
import vn.dondoc.report.ProgressReport;
import vn.dondoc.report.ReportStatus;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskKind;
import vn.dondoc.task.TaskService;
import vn.dondoc.task.Timeliness;
import vn.dondoc.unit.UnitDtos.UnitRef;

/**
 * The occurrences of periodic tasks (nhiệm vụ định kỳ: a recurring deliverable, e.g. every quarter). Each period that
 * has begun has its occurrence row, with its own due date; an occurrence is delivered by a lead share on the sending
 * day of an accepted progress report of that share (each report counts for one occurrence, the earliest still
 * undelivered whose window it is not before), and by the task once every lead share has delivered. Timeliness is
 * derived, never stored: on time, late, on track or overdue against the occurrence's own due date, in the province's
 * time zone.
 * <p>
 * The share-level due date of a periodic task follows its current occurrence (the earliest it has not delivered; for
 * a coordinating share, the task's): {@link #refresh} moves it forward, never back, so that an approved extension
 * beyond it stands. Call {@link #refresh} after a periodic task is created or updated and after a progress report is
 * accepted; a daily job ({@link OccurrenceJobs}) and every read of the occurrences refresh too.
 */
@ApplicationScoped
@Transactional
public class OccurrenceService {

    /** At most this many occurrences per task (50 years of months). */
    static final int MAX = 600;
    private static final List<ProgressStatus> OPEN = List.of(ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS);

    @Inject
    Clock clock;

    @Inject
    TaskService tasks;

    @ConfigProperty(name = "dondoc.time-zone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    /** GET /api/v1/tasks/{id}/occurrences: visible to whoever may see the task (404, 403 as the task). */
    public OccurrenceList list(long taskId) {
        tasks.get(taskId);
        Task task = Task.findById(taskId);
        State state = refresh(task);
        if (state == null) {
            return new OccurrenceList(task.id, null, null, List.of());
        }
        List<OccurrenceView> views = new ArrayList<>();
        for (int i = 0; i < state.rows.size(); i++) {
            TaskOccurrence o = state.rows.get(i);
            List<ShareDelivery> shares = new ArrayList<>();
            for (Assignment lead : state.leads) {
                LocalDate on = state.delivered.get(lead.id).get(i);
                shares.add(new ShareDelivery(lead.id, UnitRef.of(lead.unit), lead.role, on, timeliness(on, o.dueDate, state.today)));
            }
            LocalDate on = state.taskDelivered.get(i);
            views.add(new OccurrenceView(o.id, o.seq, o.periodKey, o.periodLabel, o.periodFrom, o.periodTo, o.dueDate,
                    i == state.current, on, timeliness(on, o.dueDate, state.today), shares));
        }
        return new OccurrenceList(task.id, task.recurrence, state.rows.get(state.current).dueDate, views);
    }

    /** The daily pass: every periodic task still open. */
    public int refreshAll() {
        int n = 0;
        for (Task task : Task.<Task>list("kind = ?1 and status in ?2", TaskKind.PERIODIC, OPEN)) {
            refresh(task);
            n++;
        }
        return n;
    }

    /** Hook for TaskService (after create, update) and ReportService (after accept); see the class comment. */
    public void refresh(long taskId) {
        Task task = Task.findById(taskId);
        if (task != null) {
            refresh(task);
        }
    }

    /** The occurrences, deliveries and current one of a task, after bringing rows and share due dates up to date. */
    State refresh(Task task) {
        if (task.kind != TaskKind.PERIODIC || task.recurrence == null) {
            TaskOccurrence.delete("task", task);
            return null;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of(zone));
        LocalDate created = task.createdAt == null ? today : LocalDate.ofInstant(task.createdAt, ZoneId.of(zone));
        List<Slot> slots = new ArrayList<>();
        slots.add(OccurrenceSchedule.slot(task.recurrence, task.dueDate, created, 0));
        while (slots.size() < MAX) {
            Slot next = OccurrenceSchedule.slot(task.recurrence, task.dueDate, created, slots.size());
            if (next.from().isAfter(today)) {
                break;
            }
            slots.add(next);
        }
        List<Assignment> shares = Assignment.list("task = ?1 order by id", task);
        List<Assignment> leads = shares.stream()
                .filter(a -> a.role == AssignmentRole.LEAD && a.status != ProgressStatus.CANCELLED).toList();
        Map<Long, List<LocalDate>> sent = new HashMap<>();
        for (ProgressReport r : ProgressReport.<ProgressReport>list(
                "assignment.task = ?1 and status = ?2 and submittedOn is not null order by submittedOn, id", task,
                ReportStatus.ACCEPTED)) {
            sent.computeIfAbsent(r.assignment.id, k -> new ArrayList<>()).add(r.submittedOn);
        }
        State state = deliveries(slots, leads, sent);
        // A period delivered by everybody: the next one is already the current one.
        while (state.current == slots.size() && slots.size() < MAX) {
            slots.add(OccurrenceSchedule.slot(task.recurrence, task.dueDate, created, slots.size()));
            state = deliveries(slots, leads, sent);
        }
        state.today = today;
        state.rows = rows(task, slots);
        for (Assignment a : shares) {
            if (!OPEN.contains(a.status)) {
                continue;
            }
            int own = a.role == AssignmentRole.LEAD && state.delivered.containsKey(a.id)
                    ? firstUndelivered(state.delivered.get(a.id)) : state.current;
            LocalDate due = slots.get(Math.min(own, slots.size() - 1)).due();
            if (a.dueDate == null || a.dueDate.isBefore(due)) {
                a.dueDate = due;
            }
        }
        return state;
    }

    /** The rows as the slots say: inserted, corrected in place (the task's due date or recurrence changed), trimmed. */
    private static List<TaskOccurrence> rows(Task task, List<Slot> slots) {
        List<TaskOccurrence> rows = new ArrayList<>(TaskOccurrence.<TaskOccurrence>list("task = ?1 order by seq", task));
        while (rows.size() > slots.size()) {
            rows.remove(rows.size() - 1).delete();
        }
        for (Slot slot : slots) {
            TaskOccurrence o;
            if (slot.seq() < rows.size()) {
                o = rows.get(slot.seq());
            } else {
                o = new TaskOccurrence();
                o.task = task;
                o.seq = slot.seq();
                rows.add(o);
            }
            o.periodKey = slot.key();
            o.periodLabel = slot.label();
            o.periodFrom = slot.from();
            o.periodTo = slot.to();
            o.dueDate = slot.due();
            if (o.id == null) {
                o.persist();
            }
        }
        return rows;
    }

    /** Each lead share's reports matched to the occurrences in order; the task's delivery is its last lead's. */
    static State deliveries(List<Slot> slots, List<Assignment> leads, Map<Long, List<LocalDate>> sent) {
        State state = new State();
        state.leads = leads;
        for (Assignment lead : leads) {
            state.delivered.put(lead.id, match(slots, sent.getOrDefault(lead.id, List.of())));
        }
        for (int i = 0; i < slots.size(); i++) {
            LocalDate last = null;
            boolean all = !leads.isEmpty();
            for (Assignment lead : leads) {
                LocalDate on = state.delivered.get(lead.id).get(i);
                if (on == null) {
                    all = false;
                } else if (last == null || on.isAfter(last)) {
                    last = on;
                }
            }
            state.taskDelivered.add(all ? last : null);
        }
        state.current = firstUndelivered(state.taskDelivered);
        return state;
    }

    /** Reports (sending days, oldest first) to occurrences: each to the earliest open one whose window it is not before. */
    static List<LocalDate> match(List<Slot> slots, List<LocalDate> days) {
        List<LocalDate> delivered = new ArrayList<>();
        int next = 0;
        for (Slot slot : slots) {
            while (next < days.size() && days.get(next).isBefore(slot.from())) {
                next++;
            }
            delivered.add(next < days.size() ? days.get(next++) : null);
        }
        return delivered;
    }

    static Timeliness timeliness(LocalDate deliveredOn, LocalDate due, LocalDate today) {
        if (deliveredOn != null) {
            return deliveredOn.isAfter(due) ? Timeliness.COMPLETED_LATE : Timeliness.COMPLETED_ON_TIME;
        }
        return today.isAfter(due) ? Timeliness.OVERDUE : Timeliness.ON_TRACK;
    }

    private static int firstUndelivered(List<LocalDate> delivered) {
        int i = 0;
        while (i < delivered.size() && delivered.get(i) != null) {
            i++;
        }
        return i;
    }

    /** What one refresh found. */
    static final class State {
        List<Assignment> leads = List.of();
        final Map<Long, List<LocalDate>> delivered = new HashMap<>();
        final List<LocalDate> taskDelivered = new ArrayList<>();
        int current;
        LocalDate today;
        List<TaskOccurrence> rows = List.of();
    }
}
