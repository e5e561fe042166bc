package vn.dondoc.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
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

    /** A section of the daily digest: a heading with its total and at most a few lines (text, link). */
    public record Section(String heading, long total, List<Line> lines) {
    }

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
        String link = taskId == null ? link("/") : taskLink(taskId);
        StringBuilder text = new StringBuilder();
        text.append("Kính gửi ").append(recipientName).append(",\n\n").append(body).append("\n\n");
        text.append("Xem chi tiết: ").append(link).append("\n\n").append(FOOTER).append('\n');
        StringBuilder html = htmlStart(title).append("<p>Kính gửi ").append(esc(recipientName)).append(",</p>");
        for (String paragraph : body.split("\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(esc(paragraph)).append("</p>");
            }
        }
        html.append(button(link, "Xem chi tiết"));
        return new Message(title, text.toString(), htmlEnd(html), link);
    }

    /** The daily digest of one person; sections without lines are left out by the caller. */
    public Message digest(String recipientName, LocalDate day, List<Section> sections) {
        return listMessage("Tổng hợp công việc ngày " + date(day), recipientName,
                "Dondoc xin gửi tổng hợp công việc cần quan tâm ngày " + date(day) + ":", sections, link("/"), "Mở Dondoc",
                "Bạn có thể tắt thư tổng hợp hằng ngày trong phần Cài đặt thông báo.");
    }

    /** The coordinators' weekly list of the province's overdue assignments. */
    public Message weeklyOverdueList(String recipientName, LocalDate day, Section overdue) {
        return listMessage("Cảnh báo quá hạn ngày " + date(day) + ": " + overdue.total() + " phần việc chưa hoàn thành",
                recipientName, "Đến ngày " + date(day) + " có " + overdue.total() + " phần việc đã quá hạn mà đơn vị được giao "
                        + "chưa hoàn thành. Đề nghị cơ quan theo dõi đôn đốc các đơn vị:",
                List.of(overdue), link("/tasks?timeliness=OVERDUE"), "Xem các nhiệm vụ quá hạn", null);
    }

    private Message listMessage(String title, String recipientName, String intro, List<Section> sections, String link,
            String linkLabel, String note) {
        StringBuilder text = new StringBuilder();
        text.append("Kính gửi ").append(recipientName).append(",\n\n").append(intro).append('\n');
        StringBuilder html = htmlStart(title).append("<p>Kính gửi ").append(esc(recipientName)).append(",</p>")
                .append("<p>").append(esc(intro)).append("</p>");
        for (Section section : sections) {
            text.append('\n').append(section.heading()).append(": ").append(section.total()).append('\n');
            html.append("<h3 style=\"margin:16px 0 4px\">").append(esc(section.heading())).append(": ")
                    .append(section.total()).append("</h3><ul>");
            for (Line line : section.lines()) {
                text.append("  - ").append(line.text()).append("\n    ").append(line.link()).append('\n');
                html.append("<li><a href=\"").append(esc(line.link())).append("\">").append(esc(line.text())).append("</a></li>");
            }
            long more = section.total() - section.lines().size();
            if (more > 0) {
                text.append("  ... và ").append(more).append(" mục khác\n");
                html.append("<li>... và ").append(more).append(" mục khác</li>");
            }
            html.append("</ul>");
        }
        text.append('\n').append(linkLabel).append(": ").append(link).append("\n\n");
        html.append(button(link, linkLabel));
        if (note != null) {
            text.append(note).append('\n');
            html.append("<p style=\"color:#666\">").append(esc(note)).append("</p>");
        }
        text.append(FOOTER).append('\n');
        return new Message(title, text.toString(), htmlEnd(html), link);
    }

    private Message assignmentMessage(String title, String recipientName, String lead, DueAssignment a) {
        String link = taskLink(a.taskId());
        String content = shorten(a.taskContent());
        String unit = a.unitName() + " (" + role(a.role()) + ")";
        String status = status(a.status(), a.percentComplete());
        String text = "Kính gửi " + recipientName + ",\n\n" + lead + "\n\n"
                + "Nhiệm vụ: " + a.taskCode() + " - " + content + "\n"
                + "Đơn vị: " + unit + "\n"
                + "Hạn hoàn thành: " + date(a.dueDate()) + "\n"
                + "Tình trạng: " + status + "\n\n"
                + "Xem nhiệm vụ: " + link + "\n\n" + FOOTER + "\n";
        StringBuilder html = htmlStart(title)
                .append("<p>Kính gửi ").append(esc(recipientName)).append(",</p>")
                .append("<p>").append(esc(lead)).append("</p>")
                .append("<table cellpadding=\"4\" style=\"border-collapse:collapse\">")
                .append(row("Nhiệm vụ", a.taskCode() + " - " + content))
                .append(row("Đơn vị", unit))
                .append(row("Hạn hoàn thành", date(a.dueDate())))
                .append(row("Tình trạng", status))
                .append("</table>")
                .append(button(link, "Xem nhiệm vụ " + a.taskCode()));
        return new Message(title, text, htmlEnd(html), link);
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

    private static String row(String label, String value) {
        return "<tr><td style=\"color:#555;vertical-align:top\">" + esc(label) + "</td><td>" + esc(value) + "</td></tr>";
    }

    private static String button(String link, String label) {
        return "<p style=\"margin:20px 0\"><a href=\"" + esc(link) + "\" style=\"background:#1677ff;color:#fff;padding:8px 16px;"
                + "border-radius:4px;text-decoration:none\">" + esc(label) + "</a></p>";
    }

    private static StringBuilder htmlStart(String title) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>").append(esc(title))
                .append("</title></head><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">");
    }

    private static String htmlEnd(StringBuilder html) {
        return html.append("<hr><p style=\"color:#888;font-size:12px\">").append(esc(FOOTER)).append("</p></body></html>").toString();
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
