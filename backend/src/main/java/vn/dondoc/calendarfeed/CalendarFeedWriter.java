package vn.dondoc.calendarfeed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import vn.dondoc.common.DisplayDates;
import vn.dondoc.report.ReportStatus;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;

/**
 * Writes a unit's deadlines as an iCalendar (RFC 5545) feed with ical4j: one all-day event per open assignment on
 * the unit's own due date, one per periodic report due, each with a reminder at 9:00 the day before. UIDs are
 * stable, so a calendar app updates an event when a deadline moves instead of adding another.
 */
final class CalendarFeedWriter {

    static final String ZONE = "Asia/Ho_Chi_Minh";
    /** Reminder at 09:00 the day before: the all-day event starts at midnight. */
    static final Duration REMINDER = Duration.ofHours(-15);

    /** An open assignment with a due date. */
    public record AssignmentDue(long assignmentId, long taskId, String code, String content, AssignmentRole role,
            ProgressStatus status, int percentComplete, LocalDate dueDate, String directiveTitle) {
    }

    /** A periodic report the unit owes, and what it has done about it. */
    public record ReportDue(long directiveId, String directiveLabel, String directiveTitle, String periodKey,
            String periodLabel, LocalDate from, LocalDate to, LocalDate dueDate, ReportStatus status, LocalDate submittedOn) {
    }

    record FeedContent(String unitName, String unitShortName, Instant stamp, LocalDate today, String frontendUrl,
            boolean unitStaff, List<AssignmentDue> assignments, List<ReportDue> reports) {
    }

    private CalendarFeedWriter() {
    }

    static String write(FeedContent feed) {
        String name = "Dondoc – Hạn nhiệm vụ – " + feed.unitName();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Dondoc//Theo doi don doc nhiem vu//VI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-CALDESC", "Hạn hoàn thành nhiệm vụ và hạn báo cáo định kỳ của " + feed.unitName()
                + ", từ hệ thống theo dõi, đôn đốc thực hiện nhiệm vụ Dondoc."));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), Duration.ofHours(1)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (AssignmentDue due : feed.assignments()) {
            calendar.add(assignment(feed, due));
        }
        for (ReportDue due : feed.reports()) {
            calendar.add(report(feed, due));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static VEvent assignment(FeedContent feed, AssignmentDue due) {
        String link = feed.frontendUrl() + "/tasks/" + due.taskId();
        StringBuilder text = new StringBuilder()
                .append("Nhiệm vụ ").append(due.code()).append(": ").append(due.content().trim()).append('\n')
                .append("Văn bản: ").append(due.directiveTitle()).append('\n')
                .append("Vai trò của ").append(feed.unitShortName()).append(": ")
                .append(due.role() == AssignmentRole.LEAD ? "chủ trì" : "phối hợp").append('\n')
                .append("Trạng thái: ").append(status(due.status())).append(" (").append(due.percentComplete()).append("%)")
                .append('\n')
                .append("Hạn hoàn thành: ").append(due.dueDate().format(DisplayDates.DAY));
        long late = ChronoUnit.DAYS.between(due.dueDate(), feed.today());
        if (late > 0) {
            text.append(" (quá hạn ").append(late).append(" ngày)");
        }
        text.append('\n').append("Chi tiết: ").append(link);
        return event("assignment-" + due.assignmentId() + "@dondoc", due.dueDate(),
                "[Hạn] " + due.code() + " – " + shorten(due.content(), 80), text.toString(), link, "Hạn nhiệm vụ", feed.stamp(),
                "Ngày mai đến hạn nhiệm vụ " + due.code());
    }

    private static VEvent report(FeedContent feed, ReportDue due) {
        String link = feed.unitStaff() ? feed.frontendUrl() + "/my-unit"
                : feed.frontendUrl() + "/directives/" + due.directiveId() + "/periodic-board";
        String state;
        if (due.status() == ReportStatus.SUBMITTED || due.status() == ReportStatus.ACCEPTED) {
            state = (due.status() == ReportStatus.ACCEPTED ? "đã được tiếp nhận" : "đã gửi")
                    + (due.submittedOn() == null ? "" : " ngày " + due.submittedOn().format(DisplayDates.DAY));
        } else if (due.status() == ReportStatus.RETURNED) {
            state = "bị trả lại, cần bổ sung và gửi lại";
        } else {
            state = due.status() == ReportStatus.DRAFT ? "đang soạn, chưa gửi" : "chưa lập";
        }
        String text = "Báo cáo định kỳ " + due.periodLabel() + " của " + feed.unitName() + "\n"
                + "Văn bản: " + due.directiveTitle() + "\n"
                + "Số liệu từ ngày " + due.from().format(DisplayDates.DAY) + " đến ngày " + due.to().format(DisplayDates.DAY) + "\n"
                + "Hạn gửi: " + due.dueDate().format(DisplayDates.DAY) + "\n"
                + "Tình trạng: " + state + "\n"
                + "Chi tiết: " + link;
        return event("periodic-" + due.directiveId() + "-" + due.periodKey() + "@dondoc", due.dueDate(),
                "[Báo cáo] " + due.periodLabel() + " – " + due.directiveLabel(), text, link, "Báo cáo định kỳ", feed.stamp(),
                "Ngày mai đến hạn gửi báo cáo " + due.periodLabel());
    }

    private static VEvent event(String uid, LocalDate day, String summary, String description, String link, String category,
            Instant stamp, String reminder) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        event.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtStart<>(day));
        event.add(new DtEnd<>(day.plusDays(1)));
        event.add(new Summary(summary));
        event.add(new Description(description));
        event.add(new Url(URI.create(link)));
        event.add(new Categories(category));
        event.add(ImmutableTransp.TRANSPARENT);
        VAlarm alarm = new VAlarm(REMINDER);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(reminder));
        event.add(alarm);
        return event;
    }

    private static String status(ProgressStatus status) {
        return status.label().toLowerCase(java.util.Locale.ROOT);
    }

    /** At most {@code max} characters (whole code points), cut at a word where possible, with an ellipsis. */
    static String shorten(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        String cut = flat.substring(0, flat.offsetByCodePoints(0, max - 1));
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,;:.–-]+$", "") + "…";
    }
}
