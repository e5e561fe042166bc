package vn.dondoc.notification;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.common.DisplayDates;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;

/**
 * The Vietnamese texts of every message, as plain text and HTML, each with a link into the web app
 * ({@code dondoc.frontend-url}, e.g. {@code http://localhost:5173/tasks/42}). Dates are written
 * dd/MM/yyyy as in administrative documents.
 */
@ApplicationScoped
public class NotificationMessages {

    private static final String FOOTER = "Thư này được gửi tự động từ hệ thống Dondoc (theo dõi, đôn đốc thực hiện nhiệm vụ). "
            + "Vui lòng không trả lời thư này.";
    private static final int CONTENT_MAX = 600;

    @ConfigProperty(name = "dondoc.frontend-url", defaultValue = "http://localhost:5173")
    String frontendUrl;

    @Inject
    @Location("mail/message.txt")
    Template messageText;

    @Inject
    @Location("mail/message.html")
    Template messageHtml;

    @Inject
    @Location("mail/assignment.txt")
    Template assignmentText;

    @Inject
    @Location("mail/assignment.html")
    Template assignmentHtml;

    @Inject
    @Location("mail/list.txt")
    Template listText;

    @Inject
    @Location("mail/list.html")
    Template listHtml;

    /** A section of the daily digest: a heading with its total and at most a few lines (text, link). */
    @TemplateData
    public record Section(String heading, long total, List<Line> lines) {

        /** How many more than the lines shown. */
        public long more() {
            return total - lines.size();
        }
    }

    @TemplateData
    public record Line(String text, String link) {
    }

    public String taskLink(long taskId) {
        return base() + "/tasks/" + taskId;
    }

    public String link(String path) {
        return base() + path;
    }

    private String base() {
        return frontendUrl.endsWith("/") ? frontendUrl.substring(0, frontendUrl.length() - 1) : frontendUrl;
    }

    /** N days before the due date ({@code daysLeft} ≥ 1), to the officers and heads of the unit. */
    public Message reminder(String recipientName, DueAssignment a, long daysLeft) {
        String title = "Nhắc việc: nhiệm vụ " + a.taskCode() + " còn " + daysLeft + " ngày đến hạn (" + date(a.dueDate()) + ")";
        String lead = "Nhiệm vụ dưới đây còn " + daysLeft + " ngày nữa đến hạn hoàn thành (" + date(a.dueDate())
                + "). Đề nghị đơn vị khẩn trương thực hiện và báo cáo kết quả đúng hạn.";
        return assignmentMessage(title, recipientName, lead, a);
    }

    /** On the due date, to the officers and heads of the unit. */
    public Message dueToday(String recipientName, DueAssignment a) {
        String title = "Hôm nay đến hạn: nhiệm vụ " + a.taskCode() + " (" + date(a.dueDate()) + ")";
        String lead = "Hôm nay (" + date(a.dueDate()) + ") là hạn hoàn thành nhiệm vụ dưới đây. Đề nghị đơn vị hoàn thành "
                + "và gửi báo cáo kết quả trong ngày.";
        return assignmentMessage(title, recipientName, lead, a);
    }

    /** The day after the due date, then weekly while overdue, to the unit's heads. */
    public Message overdue(String recipientName, DueAssignment a, long daysLate) {
        String title = "Quá hạn " + daysLate + " ngày: nhiệm vụ " + a.taskCode() + " của " + a.unitName();
        String lead = "Nhiệm vụ dưới đây giao " + a.unitName() + " đã quá hạn " + daysLate + " ngày (hạn " + date(a.dueDate())
                + ") nhưng chưa hoàn thành. Đề nghị thủ trưởng đơn vị chỉ đạo khẩn trương thực hiện, báo cáo kết quả và nêu rõ "
                + "nguyên nhân chậm trễ.";
        return assignmentMessage(title, recipientName, lead, a);
    }

    /** A one-off message about a task written by another feature (e.g. an extension request). */
    public Message free(String recipientName, String title, String body, Long taskId) {
        return free(recipientName, title, body, taskId == null ? link("/") : taskLink(taskId), "Xem chi tiết");
    }

    /** A one-off message with its own link (e.g. to a report): mail/message.txt and mail/message.html. */
    public Message free(String recipientName, String title, String body, String link, String linkLabel) {
        List<String> paragraphs = Arrays.stream(body.split("\n")).filter(p -> !p.isBlank()).toList();
        return render(title, link, messageText, messageHtml, t -> t.data("name", recipientName).data("body", body)
                .data("paragraphs", paragraphs).data("link", link).data("linkLabel", linkLabel));
    }

    /** The daily digest of one person; sections without lines are left out by the caller. */
    public Message digest(String recipientName, LocalDate day, List<Section> sections) {
        return listMessage("Tổng hợp công việc ngày " + date(day), recipientName,
                "Dondoc xin gửi tổng hợp công việc cần quan tâm ngày " + date(day) + ":", sections, link("/"), "Mở Dondoc",
                "Bạn có thể tắt thư tổng hợp hằng ngày, hoặc chọn nhận thư thông báo ngay, trong phần Cài đặt thông báo.");
    }

    /** The coordinators' weekly list of the province's overdue assignments. */
    public Message weeklyOverdueList(String recipientName, LocalDate day, Section overdue) {
        return listMessage("Cảnh báo quá hạn ngày " + date(day) + ": " + overdue.total() + " phần việc chưa hoàn thành",
                recipientName, "Đến ngày " + date(day) + " có " + overdue.total() + " phần việc đã quá hạn mà đơn vị được giao "
                        + "chưa hoàn thành. Đề nghị cơ quan theo dõi đôn đốc các đơn vị:",
                List.of(overdue), link("/tasks?timeliness=OVERDUE"), "Xem các nhiệm vụ quá hạn", null);
    }

    /** mail/list.txt and mail/list.html: an introduction, sections of linked lines, a link and an optional note. */
    private Message listMessage(String title, String recipientName, String intro, List<Section> sections, String link,
            String linkLabel, String note) {
        return render(title, link, listText, listHtml, t -> t.data("name", recipientName).data("intro", intro)
                .data("sections", sections).data("link", link).data("linkLabel", linkLabel).data("note", note));
    }

    /** mail/assignment.txt and mail/assignment.html: one unit's share of a task, with its due date and status. */
    private Message assignmentMessage(String title, String recipientName, String lead, DueAssignment a) {
        String link = taskLink(a.taskId());
        return render(title, link, assignmentText, assignmentHtml, t -> t.data("name", recipientName).data("lead", lead)
                .data("code", a.taskCode()).data("content", shorten(a.taskContent()))
                .data("unit", a.unitName() + " (" + role(a.role()) + ")").data("due", date(a.dueDate()))
                .data("status", status(a.status(), a.percentComplete())).data("link", link)
                .data("linkLabel", "Xem nhiệm vụ " + a.taskCode()));
    }

    /** Renders the text and HTML variants of one mail with the same data, plus the title and footer every mail has. */
    private static Message render(String title, String link, Template text, Template html,
            java.util.function.UnaryOperator<TemplateInstance> data) {
        String plain = data.apply(text.data("title", title).data("footer", FOOTER)).render();
        String rich = data.apply(html.data("title", title).data("footer", FOOTER)).render();
        return new Message(title, plain, rich, link);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DisplayDates.DAY.format(date);
    }

    static String role(AssignmentRole role) {
        return role == AssignmentRole.LEAD ? "chủ trì" : "phối hợp";
    }

    static String status(ProgressStatus status, int percent) {
        return status == ProgressStatus.IN_PROGRESS ? status.label() + " (" + percent + "%)" : status.label();
    }

    static String shorten(String content) {
        String oneLine = content == null ? "" : content.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= CONTENT_MAX ? oneLine : oneLine.substring(0, CONTENT_MAX - 1) + "…";
    }

    static String esc(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
