package vn.dondoc.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Timeliness;
import vn.dondoc.task.TimelinessRule;

/**
 * "Became overdue" has no moment of change: the daily pass finds the open assignments whose due
 * date is before today and records one event for each, once per assignment and due date (the
 * event's dedup key; an extended deadline that passes again gives a new event). A pass missed on
 * some day is caught up by the next one.
 */
@ApplicationScoped
@Transactional
public class OverdueEvents {

    @Inject
    EntityManager em;

    @Inject
    DomainEvents events;

    /** Records the assignments that are overdue on {@code today} and not yet told; returns how many. */
    @SuppressWarnings("unchecked")
    public int record(LocalDate today) {
        // Overdue as every view counts it (TimelinessRule), judged on the day given.
        List<Number> ids = em.createNativeQuery("select a.id from assignment a where a.status in ('NOT_STARTED', 'IN_PROGRESS') and "
                + TimelinessRule.condition(Timeliness.OVERDUE, TimelinessRule.Subject.shareSql("a"))
                + " and not exists (select 1 from domain_event e where e.dedup_key = concat('OVERDUE:', a.id, ':', a.due_date))"
                + " order by a.due_date, a.id").setParameter("asOf", today).getResultList();
        int recorded = 0;
        for (Number id : ids) {
            Assignment a = Assignment.findById(id.longValue());
            if (events.recordOnce("OVERDUE:" + a.id + ":" + a.dueDate, EventType.ASSIGNMENT_OVERDUE, a.task, a,
                    DomainEvents.details("overdueSince", a.dueDate.plusDays(1)))) {
                recorded++;
            }
        }
        return recorded;
    }
}
