package vn.dondoc.notification;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dondoc.common.security.Roles;
import vn.dondoc.event.DomainEventRecorded;
import vn.dondoc.event.EventType;
import vn.dondoc.person.Person;
import vn.dondoc.person.PersonDirectory;
import vn.dondoc.remark.Remark;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Task;
import vn.dondoc.unit.Unit;

/**
 * Rule 6 of issue 13: every domain event reaches the people it concerns. {@link #RULES} is the one
 * table of who is told of what; a new event needs one line there and one template
 * {@code templates/notification/<EVENT>.txt} (first line the title, then a blank line, then the body).
 * <p>
 * It observes {@link DomainEventRecorded} synchronously, in the transaction of the change: the
 * notifications commit or roll back with it, and their e-mails go out after the commit (or wait for
 * the daily digest of those who chose it). Who made the change is not told of it. Each notification's
 * key is the event's id, so one event never notifies a person twice.
 * <p>
 * Not in the table, because another part already tells the people concerned: extension requests and
 * decisions ({@code ExtensionService}), due soon, due today and overdue ({@link ReminderService}'s
 * daily pass; ASSIGNMENT_OVERDUE would repeat its escalation).
 */
@ApplicationScoped
public class NotificationRouter {

    /** Who is told. */
    enum Audience {
        /** The officers and head of the unit concerned; for an event about a whole task, of every unit it is assigned to. */
        UNIT_STAFF,
        /** The head(s) of the unit concerned: who signs off its reports. */
        UNIT_HEADS,
        /** Every coordinator (the tracking department). */
        COORDINATORS,
        /** Who wrote the remark an answer answers. */
        REMARK_AUTHOR
    }

    /** One line of the table: the kind of notification, who receives it, the template and the label of its link. */
    record Rule(NotificationKind kind, Set<Audience> audience, String template, String linkLabel) {

        static Rule of(NotificationKind kind, String template, String linkLabel, Audience first, Audience... more) {
            return new Rule(kind, EnumSet.of(first, more), "notification/" + template, linkLabel);
        }
    }

    static final Map<EventType, Rule> RULES = new EnumMap<>(Map.of(
            EventType.TASK_ASSIGNED, Rule.of(NotificationKind.TASK_ASSIGNED, "TASK_ASSIGNED", "Xem nhiệm vụ", Audience.UNIT_STAFF),
            EventType.TASK_REASSIGNED, Rule.of(NotificationKind.TASK_ASSIGNED, "TASK_ASSIGNED", "Xem nhiệm vụ", Audience.UNIT_STAFF),
            EventType.REPORT_SIGN_OFF_REQUESTED, Rule.of(NotificationKind.REPORT_SIGN_OFF_REQUESTED, "REPORT_SIGN_OFF_REQUESTED",
                    "Xem và ký gửi báo cáo", Audience.UNIT_HEADS),
            EventType.REPORT_SUBMITTED, Rule.of(NotificationKind.REPORT_SUBMITTED, "REPORT_SUBMITTED", "Xem xét báo cáo",
                    Audience.COORDINATORS),
            EventType.REPORT_RETURNED, Rule.of(NotificationKind.REPORT_RETURNED, "REPORT_RETURNED", "Sửa báo cáo",
                    Audience.UNIT_STAFF),
            EventType.REPORT_ACCEPTED, Rule.of(NotificationKind.REPORT_ACCEPTED, "REPORT_ACCEPTED", "Xem báo cáo",
                    Audience.UNIT_STAFF),
            EventType.URGING_LETTER_SENT, Rule.of(NotificationKind.URGING_LETTER, "URGING_LETTER_SENT",
                    "Xem các nhiệm vụ quá hạn", Audience.UNIT_STAFF),
            EventType.REMARK_RECORDED, Rule.of(NotificationKind.SUPERVISION_REMARK, "REMARK_RECORDED", "Xem và trả lời ý kiến",
                    Audience.UNIT_STAFF, Audience.COORDINATORS),
            EventType.REMARK_ANSWERED, Rule.of(NotificationKind.REMARK_ANSWERED, "REMARK_ANSWERED", "Xem ý kiến và trả lời",
                    Audience.REMARK_AUTHOR, Audience.COORDINATORS)));

    @Inject
    NotificationService notifications;

    @Inject
    NotificationMessages messages;

    @Inject
    PersonDirectory directory;

    @Inject
    Engine engine;

    @Inject
    EntityManager em;

    void route(@Observes DomainEventRecorded event) {
        Rule rule = RULES.get(event.type());
        if (rule == null) {
            return;
        }
        Map<String, Object> data = data(event);
        List<Person> people = new ArrayList<>();
        for (Audience audience : rule.audience()) {
            people.addAll(recipients(audience, event, data));
        }
        people.removeIf(p -> p.username.equals(event.actor()));
        if (people.isEmpty()) {
            return;
        }
        Template template = engine.getTemplate(rule.template());
        if (template == null) {
            throw new IllegalStateException("missing template " + rule.template() + ".txt");
        }
        TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        String rendered = instance.render().replace("\r\n", "\n");
        int cut = rendered.indexOf('\n');
        String title = rendered.substring(0, cut).trim();
        String body = rendered.substring(cut + 1).strip();
        Task task = event.task();
        notifications.notifyPeople(people, rule.kind(), "EVENT:" + event.event().eventId, task == null ? null : task.id,
                event.assignment() == null ? null : event.assignment().id, title, body, link(event), rule.linkLabel());
    }

    private List<Person> recipients(Audience audience, DomainEventRecorded event, Map<String, Object> data) {
        return switch (audience) {
            case UNIT_STAFF -> units(event).stream().flatMap(u -> directory.unitStaff(u).stream()).toList();
            case UNIT_HEADS -> units(event).stream().flatMap(u -> directory.unitHeads(u).stream()).toList();
            case COORDINATORS -> directory.withRole(Roles.COORDINATOR);
            case REMARK_AUTHOR -> data.get("remarkAuthor") == null ? List.of()
                    : Person.findByUsername((String) data.get("remarkAuthor")).stream().toList();
        };
    }

    /** The unit the event concerns; for an event about a whole task, every unit with an open share of it. */
    private static List<Unit> units(DomainEventRecorded event) {
        if (event.unit() != null) {
            return List.of(event.unit());
        }
        if (event.task() == null) {
            return List.of();
        }
        return Assignment.<Assignment>list("task = ?1 and status <> ?2 order by role, id", event.task(), ProgressStatus.CANCELLED)
                .stream().map(a -> a.unit).distinct().toList();
    }

    private String link(DomainEventRecorded event) {
        Object reportId = nested(event.details(), "report", "id");
        if (reportId != null) {
            return messages.link("/reports/" + reportId);
        }
        if (event.type() == EventType.URGING_LETTER_SENT) {
            return messages.link("/tasks?timeliness=OVERDUE");
        }
        return event.task() == null ? messages.link("/notifications") : messages.taskLink(event.task().id);
    }

    /** What the templates may use; every name is always there (null when it does not apply). */
    private Map<String, Object> data(DomainEventRecorded event) {
        Map<String, Object> d = new LinkedHashMap<>();
        Task task = event.task();
        Assignment a = event.assignment();
        Map<String, ?> details = event.details() == null ? Map.of() : event.details();
        d.put("code", task == null ? null : task.code);
        d.put("content", task == null ? null : NotificationMessages.shorten(task.content));
        d.put("unit", event.unit() == null ? null : event.unit().name);
        d.put("role", a == null ? null : a.role == AssignmentRole.LEAD ? "chủ trì" : "phối hợp");
        d.put("due", a == null || a.dueDate == null ? null : NotificationMessages.date(a.dueDate));
        d.put("actor", actorName(event.actor()));
        d.put("percent", nested(details, "report", "percentComplete"));
        d.put("completion", Boolean.TRUE.equals(nested(details, "report", "claimsCompletion")));
        d.put("comment", nested(details, "report", "reviewerComment"));
        d.put("letter", details.get("letter"));
        d.put("overdueCount", details.get("overdueCount"));
        d.put("codes", details.get("taskCodes") instanceof List<?> codes ? String.join(", ", codes.stream().map(String::valueOf)
                .toList()) : null);
        d.put("reportBy", details.get("reportBy") == null ? null
                : NotificationMessages.date(java.time.LocalDate.parse(details.get("reportBy").toString())));
        Object remarkId = nested(details, "remark", "id");
        Remark remark = remarkId == null ? null : em.find(Remark.class, ((Number) remarkId).longValue());
        Object answerId = nested(details, "remark", "answerId");
        Remark answer = answerId == null ? null : em.find(Remark.class, ((Number) answerId).longValue());
        d.put("onShare", remark != null && remark.assignment != null);
        d.put("remark", remark == null ? null : NotificationMessages.shorten(remark.body));
        d.put("remarkAuthor", remark == null ? null : remark.authorUsername);
        d.put("answer", answer == null ? null : NotificationMessages.shorten(answer.body));
        d.put("answeringUnit", answer == null || answer.unit == null ? null : answer.unit.name);
        return d;
    }

    private static String actorName(String username) {
        if (username == null) {
            return "Hệ thống";
        }
        return Person.findByUsername(username).map(p -> p.fullName).orElse(username);
    }

    private static Object nested(Map<String, ?> details, String outer, String inner) {
        return details != null && details.get(outer) instanceof Map<?, ?> m ? m.get(inner) : null;
    }
}
