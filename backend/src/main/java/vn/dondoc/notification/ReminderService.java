package vn.dondoc.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jboss.logging.Logger;
import vn.dondoc.calendar.WorkingDayCalendar;
import vn.dondoc.common.security.Roles;
import vn.dondoc.notification.NotificationMessages.Line;
import vn.dondoc.notification.NotificationMessages.Section;
import vn.dondoc.notification.NotificationService.Recipient;
import vn.dondoc.person.Person;
import vn.dondoc.report.PeriodicReport;
import vn.dondoc.report.ProgressReport;
import vn.dondoc.report.ReportStatus;
import vn.dondoc.task.ProgressStatus;

/**
 * The daily pass of reminders, escalations and digests for one day (the Quartz job gives it today's
 * date from the injected clock; tests give any date).
 * <p>
 * Rules (all in the province's calendar days, on each assignment's own due date):
 * <ul>
 * <li>DUE_REMINDER: {@code dondoc.reminders.days-before} (7, 3, 1) days before the due date, to the
 * officers and heads of the assigned unit (lead or coordinating);</li>
 * <li>DUE_TODAY: on the due date, to the same people;</li>
 * <li>OVERDUE_ESCALATION: the day after the due date, then every
 * {@code escalation-interval-days} (7) days while the assignment stays open, to the unit's heads;</li>
 * <li>OVERDUE_WEEKLY_LIST: once a week ({@code coordinator-list-day}, Monday), to every coordinator,
 * the list of the province's open overdue assignments (one message, not one per assignment: a
 * program assigned to every department would otherwise send a coordinator hundreds a week);</li>
 * <li>DAILY_DIGEST: on working days, one e-mail to each person who keeps the digest on: their unit's
 * assignments due soon and overdue and its returned reports; for coordinators the reports waiting
 * for review and the province's overdue assignments; for leaders the province's overdue ones.</li>
 * </ul>
 * A missed day catches up: each assignment is in one "occasion" per day (the nearest reminder day
 * not yet passed, or the current overdue week), and an occasion's message is written if it does
 * not exist yet. Its key (kind, assignment, due date, occasion) with the recipient is unique in
 * the table, so running the pass twice, or on two instances at once, writes each message once; a
 * changed due date (an approved extension) starts its reminders anew. Completed and cancelled
 * assignments get nothing.
 * <p>
 * Not transactional as a whole: each message is written in its own short transaction (no long
 * locks, no deadlocks between two racing passes), and the e-mails go out after that.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);
    /** Open shares: the statuses of {@link vn.dondoc.task.TimelinessRule}. */
    private static final List<ProgressStatus> OPEN = vn.dondoc.task.TimelinessRule.OPEN_STATUSES;
    private static final int LINE_CONTENT_MAX = 140;

    /** What one pass did. */
    public record PassResult(LocalDate day, int reminders, int escalations, int weeklyLists, int digests, int mailsSent) {
    }

    private record Planned(Recipient to, NotificationKind kind, String key, DueAssignment assignment, long days) {
    }

    private record People(Map<Long, List<Recipient>> staffByUnit, Map<Long, List<Recipient>> headsByUnit) {
    }

    @Inject
    ReminderConfig config;

    @Inject
    NotificationService notifications;

    @Inject
    NotificationMessages messages;

    @Inject
    NotificationMailer mailer;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    vn.dondoc.task.TimelinessRule timeliness;

    @Inject
    EntityManager em;

    public PassResult runDaily(LocalDate today) {
        List<Planned> planned = plan(today);
        Set<String> existing = notifications.existing(planned.stream().map(Planned::key).toList());
        int reminders = 0;
        int escalations = 0;
        for (Planned p : planned) {
            if (existing.contains(p.to().id() + "|" + p.key()) || !write(p)) {
                continue;
            }
            if (p.kind() == NotificationKind.OVERDUE_ESCALATION) {
                escalations++;
            } else {
                reminders++;
            }
        }
        int weeklyLists = weeklyLists(today);
        boolean workingDay = QuarkusTransaction.requiringNew().call(() -> calendar.isWorkingDay(today));
        int digests = config.digest().enabled() && workingDay ? digests(today) : 0;
        int sent = mailer.deliverDue();
        PassResult result = new PassResult(today, reminders, escalations, weeklyLists, digests, sent);
        LOG.infof("notification pass for %s: %d reminders, %d escalations, %d weekly lists, %d digests written, %d e-mails sent",
                today, reminders, escalations, weeklyLists, digests, sent);
        return result;
    }

    // ---------------------------------------------------------------- reminders and escalations

    private List<Planned> plan(LocalDate today) {
        List<Integer> daysBefore = new ArrayList<>(new TreeSet<>(config.daysBefore().stream().filter(d -> d > 0).toList()));
        int furthest = daysBefore.isEmpty() ? 0 : daysBefore.get(daysBefore.size() - 1);
        int interval = Math.max(1, config.escalationIntervalDays());
        return QuarkusTransaction.requiringNew().call(() -> {
            People people = people();
            List<Planned> planned = new ArrayList<>();
            for (DueAssignment a : due("a.status in :open and a.dueDate >= :today and a.dueDate <= :limit", today, today.plusDays(furthest))) {
                long left = ChronoUnit.DAYS.between(today, a.dueDate());
                String key;
                NotificationKind kind;
                if (left == 0) {
                    kind = NotificationKind.DUE_TODAY;
                    key = "DUE_TODAY:" + a.assignmentId() + ":" + a.dueDate();
                } else {
                    int occasion = daysBefore.stream().filter(d -> d >= left).findFirst().orElseThrow();
                    kind = NotificationKind.DUE_REMINDER;
                    key = "DUE_REMINDER:" + a.assignmentId() + ":" + a.dueDate() + ":D" + occasion;
                }
                for (Recipient to : people.staffByUnit().getOrDefault(a.unitId(), List.of())) {
                    planned.add(new Planned(to, kind, key, a, left));
                }
            }
            for (DueAssignment a : overdueShares(today)) {
                long late = ChronoUnit.DAYS.between(a.dueDate(), today);
                String key = "OVERDUE:" + a.assignmentId() + ":" + a.dueDate() + ":W" + (late - 1) / interval;
                for (Recipient r : people.headsByUnit().getOrDefault(a.unitId(), List.of())) {
                    planned.add(new Planned(r, NotificationKind.OVERDUE_ESCALATION, key, a, late));
                }
            }
            return planned;
        });
    }

    /** The shares overdue on {@code today}: {@link vn.dondoc.task.TimelinessRule}'s OVERDUE, as every view counts them. */
    public List<DueAssignment> overdueShares(LocalDate today) {
        return due(vn.dondoc.task.TimelinessRule.shareCondition(vn.dondoc.task.Timeliness.OVERDUE), today, null);
    }

    private List<DueAssignment> due(String condition, LocalDate today, LocalDate limit) {
        TypedQuery<DueAssignment> query = em.createQuery(DueAssignment.SELECT + "where " + condition
                + " order by a.dueDate, a.id", DueAssignment.class).setParameter("today", today);
        if (condition.contains(":open")) {
            query.setParameter("open", OPEN);
        }
        if (limit != null) {
            query.setParameter("limit", limit);
        }
        return query.getResultList();
    }

    private People people() {
        Map<Long, List<Recipient>> staff = new HashMap<>();
        Map<Long, List<Recipient>> heads = new HashMap<>();
        for (Person p : Person.<Person>list("order by username")) {
            Recipient r = Recipient.of(p);
            Long unitId = p.unit == null ? null : p.unit.id;
            if (unitId != null && (p.hasRole(Roles.UNIT_OFFICER) || p.hasRole(Roles.UNIT_HEAD))) {
                staff.computeIfAbsent(unitId, k -> new ArrayList<>()).add(r);
            }
            if (unitId != null && p.hasRole(Roles.UNIT_HEAD)) {
                heads.computeIfAbsent(unitId, k -> new ArrayList<>()).add(r);
            }
        }
        return new People(staff, heads);
    }

    private boolean write(Planned p) {
        DueAssignment a = p.assignment();
        Message message = switch (p.kind()) {
            case DUE_TODAY -> messages.dueToday(p.to().fullName(), a);
            case OVERDUE_ESCALATION -> messages.overdue(p.to().fullName(), a, p.days());
            default -> messages.reminder(p.to().fullName(), a, p.days());
        };
        return notifications.record(p.to(), p.kind(), p.key(), a.taskId(), a.assignmentId(), message, true);
    }

    // ---------------------------------------------------------------- the coordinators' weekly list

    private int weeklyLists(LocalDate today) {
        LocalDate listDay = today.with(TemporalAdjusters.previousOrSame(config.coordinatorListDay()));
        String key = "OVERDUE_WEEKLY:" + listDay;
        List<Recipient> coordinators = QuarkusTransaction.requiringNew().call(() -> Person.<Person>list(
                "roles like ?1 order by username", Person.roleLike(Roles.COORDINATOR)).stream().map(Recipient::of).toList());
        Set<String> existing = notifications.existing(List.of(key));
        List<Recipient> waiting = coordinators.stream().filter(r -> !existing.contains(r.id() + "|" + key)).toList();
        if (waiting.isEmpty()) {
            return 0;
        }
        Section overdue = QuarkusTransaction.requiringNew().call(() -> provinceOverdue(today, config.coordinatorListMaxItems()));
        if (overdue.total() == 0) {
            return 0;
        }
        int written = 0;
        for (Recipient to : waiting) {
            if (notifications.record(to, NotificationKind.OVERDUE_WEEKLY_LIST, key, null, null,
                    messages.weeklyOverdueList(to.fullName(), today, overdue), true)) {
                written++;
            }
        }
        return written;
    }

    // ---------------------------------------------------------------- the daily digest

    private int digests(LocalDate today) {
        String key = "DIGEST:" + today;
        List<Person> readers = QuarkusTransaction.requiringNew().call(() -> Person.<Person>list(
                "(digestEmail = true or emailDelivery = ?1) and email is not null and email <> '' order by username",
                vn.dondoc.person.EmailDelivery.DIGEST));
        Set<String> existing = notifications.existing(List.of(key));
        Map<Long, List<Section>> unitSections = new HashMap<>();
        Map<String, Section> provinceSections = new HashMap<>();
        int written = 0;
        for (Person reader : readers) {
            if (existing.contains(reader.id + "|" + key)) {
                continue;
            }
            long[] waitingUpTo = { 0 };
            List<Section> sections = QuarkusTransaction.requiringNew().call(() -> {
                Person person = Person.findById(reader.id);
                List<Section> all = new ArrayList<>();
                if (person.emailDelivery == vn.dondoc.person.EmailDelivery.DIGEST) {
                    Section waiting = waitingNotifications(person.id, waitingUpTo);
                    all.add(waiting);
                }
                if (!person.digestEmail) {
                    return all.stream().filter(s -> s.total() > 0).toList();
                }
                if (person.unit != null && (person.hasRole(Roles.UNIT_OFFICER) || person.hasRole(Roles.UNIT_HEAD))) {
                    all.addAll(unitSections.computeIfAbsent(person.unit.id, unitId -> unitSections(unitId, today)));
                }
                if (person.hasRole(Roles.COORDINATOR)) {
                    all.add(provinceSections.computeIfAbsent("review", k -> waitingForReview()));
                }
                if (person.hasRole(Roles.COORDINATOR) || person.hasRole(Roles.LEADER)) {
                    all.add(provinceSections.computeIfAbsent("overdue", k -> provinceOverdue(today, config.digest().maxItems())));
                }
                return all.stream().filter(s -> s.total() > 0).toList();
            });
            if (sections.isEmpty()) {
                continue;
            }
            Recipient to = Recipient.of(reader);
            if (notifications.record(to, NotificationKind.DAILY_DIGEST, key, null, null,
                    messages.digest(reader.fullName, today, sections), false)) {
                written++;
                if (waitingUpTo[0] > 0) {
                    QuarkusTransaction.requiringNew().run(() -> em.createQuery("update Notification n set n.emailStatus = :digested "
                            + "where n.recipientId = :me and n.emailStatus = :digest and n.id <= :upTo")
                            .setParameter("digested", EmailStatus.DIGESTED).setParameter("me", reader.id)
                            .setParameter("digest", EmailStatus.DIGEST).setParameter("upTo", waitingUpTo[0]).executeUpdate());
                }
            }
        }
        return written;
    }

    /**
     * The notifications of a person who takes their e-mails as the digest, not yet in one: newest last,
     * at most the digest's number of lines; {@code upTo[0]} gets the highest id seen, so that exactly the
     * rows written before this digest are marked as listed.
     */
    private Section waitingNotifications(long personId, long[] upTo) {
        List<Notification> waiting = em.createQuery("from Notification n where n.recipientId = :me and n.emailStatus = :digest "
                + "order by n.id desc", Notification.class).setParameter("me", personId)
                .setParameter("digest", EmailStatus.DIGEST).setMaxResults(config.digest().maxItems()).getResultList();
        long total = em.createQuery("select count(n) from Notification n where n.recipientId = :me and n.emailStatus = :digest",
                Long.class).setParameter("me", personId).setParameter("digest", EmailStatus.DIGEST).getSingleResult();
        upTo[0] = waiting.isEmpty() ? 0 : waiting.get(0).id;
        List<Line> lines = new ArrayList<>();
        for (int i = waiting.size() - 1; i >= 0; i--) {
            Notification n = waiting.get(i);
            lines.add(new Line(n.title, n.link == null ? messages.link("/notifications") : n.link));
        }
        return new Section("Thông báo mới", total, lines);
    }

    private List<Section> unitSections(long unitId, LocalDate today) {
        int max = config.digest().maxItems();
        // Due soon as every view says it (TimelinessRule: the next working days), not a digest setting of its own.
        LocalDate soon = timeliness.dueSoonLimit(today);
        String unit = "u.id = :unit and a.status in :open and ";
        Section dueSoon = assignmentSection("Sắp đến hạn (trong " + timeliness.dueSoonDays() + " ngày làm việc tới)",
                unit + vn.dondoc.task.TimelinessRule.shareCondition(vn.dondoc.task.Timeliness.DUE_SOON),
                Map.of("unit", unitId, "today", today, "soon", soon), max,
                a -> lineText(a, false) + " (hạn " + NotificationMessages.date(a.dueDate()) + ", còn "
                        + ChronoUnit.DAYS.between(today, a.dueDate()) + " ngày)");
        Section overdue = assignmentSection("Quá hạn", unit + vn.dondoc.task.TimelinessRule.shareCondition(
                vn.dondoc.task.Timeliness.OVERDUE), Map.of("unit", unitId, "today", today), max,
                a -> lineText(a, false) + " (hạn " + NotificationMessages.date(a.dueDate()) + ", quá "
                        + ChronoUnit.DAYS.between(a.dueDate(), today) + " ngày)");

        List<Line> returned = new ArrayList<>();
        List<ProgressReport> progress = em.createQuery("from ProgressReport r join fetch r.assignment a join fetch a.task "
                + "where a.unit.id = :unit and r.status = :returned order by r.reviewedAt desc, r.id desc", ProgressReport.class)
                .setParameter("unit", unitId).setParameter("returned", ReportStatus.RETURNED).setMaxResults(max).getResultList();
        progress.forEach(r -> returned.add(new Line("Báo cáo tiến độ nhiệm vụ " + r.assignment.task.code + comment(r.reviewerComment),
                messages.link("/reports/" + r.id))));
        List<PeriodicReport> periodic = em.createQuery("from PeriodicReport r where r.unit.id = :unit and r.status = :returned "
                + "order by r.reviewedAt desc, r.id desc", PeriodicReport.class)
                .setParameter("unit", unitId).setParameter("returned", ReportStatus.RETURNED).setMaxResults(max).getResultList();
        periodic.forEach(r -> returned.add(new Line("Báo cáo định kỳ " + r.periodLabel + comment(r.reviewerComment),
                messages.link("/periodic-reports/" + r.id))));
        long returnedTotal = em.createQuery("select count(r) from ProgressReport r where r.assignment.unit.id = :unit "
                + "and r.status = :returned", Long.class).setParameter("unit", unitId)
                .setParameter("returned", ReportStatus.RETURNED).getSingleResult()
                + em.createQuery("select count(r) from PeriodicReport r where r.unit.id = :unit and r.status = :returned", Long.class)
                        .setParameter("unit", unitId).setParameter("returned", ReportStatus.RETURNED).getSingleResult();
        Section returnedSection = new Section("Báo cáo bị trả lại, cần sửa và gửi lại", returnedTotal,
                returned.subList(0, Math.min(max, returned.size())));
        return List.of(dueSoon, overdue, returnedSection);
    }

    private Section waitingForReview() {
        int max = config.digest().maxItems();
        List<Line> lines = new ArrayList<>();
        em.createQuery("from ProgressReport r join fetch r.assignment a join fetch a.task join fetch a.unit "
                + "where r.status = :submitted order by r.submittedAt, r.id", ProgressReport.class)
                .setParameter("submitted", ReportStatus.SUBMITTED).setMaxResults(max).getResultList()
                .forEach(r -> lines.add(new Line("Báo cáo tiến độ nhiệm vụ " + r.assignment.task.code + " của " + r.assignment.unit.name
                        + ", gửi ngày " + NotificationMessages.date(r.submittedOn), messages.link("/reports/" + r.id))));
        em.createQuery("from PeriodicReport r join fetch r.unit where r.status = :submitted order by r.submittedAt, r.id",
                PeriodicReport.class)
                .setParameter("submitted", ReportStatus.SUBMITTED).setMaxResults(max).getResultList()
                .forEach(r -> lines.add(new Line("Báo cáo định kỳ " + r.periodLabel + " của " + r.unit.name + ", gửi ngày "
                        + NotificationMessages.date(r.submittedOn), messages.link("/periodic-reports/" + r.id))));
        long total = em.createQuery("select count(r) from ProgressReport r where r.status = :submitted", Long.class)
                .setParameter("submitted", ReportStatus.SUBMITTED).getSingleResult()
                + em.createQuery("select count(r) from PeriodicReport r where r.status = :submitted", Long.class)
                        .setParameter("submitted", ReportStatus.SUBMITTED).getSingleResult();
        return new Section("Báo cáo chờ xem xét", total, lines.subList(0, Math.min(max, lines.size())));
    }

    private Section provinceOverdue(LocalDate today, int max) {
        return assignmentSection("Nhiệm vụ quá hạn trên toàn tỉnh", "a.status in :open and "
                + vn.dondoc.task.TimelinessRule.shareCondition(vn.dondoc.task.Timeliness.OVERDUE),
                Map.of("today", today), max, a -> lineText(a, true) + " (hạn " + NotificationMessages.date(a.dueDate()) + ", quá "
                        + ChronoUnit.DAYS.between(a.dueDate(), today) + " ngày)");
    }

    private Section assignmentSection(String heading, String condition, Map<String, Object> params, int max,
            Function<DueAssignment, String> text) {
        TypedQuery<DueAssignment> list = em.createQuery(DueAssignment.SELECT + "where " + condition
                + " order by a.dueDate, t.treeKey, a.id", DueAssignment.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Assignment a join a.task t join a.unit u where "
                + condition, Long.class);
        params.forEach((name, value) -> {
            list.setParameter(name, value);
            count.setParameter(name, value);
        });
        if (condition.contains(":open")) {
            list.setParameter("open", OPEN);
            count.setParameter("open", OPEN);
        }
        List<Line> lines = list.setMaxResults(max).getResultList().stream()
                .map(a -> new Line(text.apply(a), messages.taskLink(a.taskId()))).toList();
        return new Section(heading, count.getSingleResult(), lines);
    }

    private static String lineText(DueAssignment a, boolean withUnit) {
        String content = NotificationMessages.shorten(a.taskContent());
        if (content.length() > LINE_CONTENT_MAX) {
            content = content.substring(0, LINE_CONTENT_MAX - 1) + "…";
        }
        return a.taskCode() + " - " + content + (withUnit ? " - " + a.unitName() : "");
    }

    private static String comment(String reviewerComment) {
        if (reviewerComment == null || reviewerComment.isBlank()) {
            return "";
        }
        String oneLine = reviewerComment.replaceAll("\\s+", " ").trim();
        return " - ý kiến: " + (oneLine.length() > LINE_CONTENT_MAX ? oneLine.substring(0, LINE_CONTENT_MAX - 1) + "…" : oneLine);
    }
}
