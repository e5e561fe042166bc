package vn.dondoc.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.common.security.Roles;
import vn.dondoc.notification.Mails.Received;
import vn.dondoc.notification.NotificationFixtures.Part;
import vn.dondoc.report.ReportStatus;

/** The daily digest, read back from the GreenMail SMTP server (started for every test by ReminderPassTest's resource). */
@QuarkusTest
class DigestTest {

    @GreenMailResource.Inject
    GreenMail greenMail;

    @Inject
    MutableClock clock;

    @Inject
    ReminderService reminders;

    @Inject
    NotificationFixtures fx;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        fx.cleanUp();
    }

    private void passOn(LocalDate day) {
        clock.setDay(day);
        reminders.runDaily(LocalDate.now(clock));
    }

    private List<Received> digests(String address) {
        return Mails.to(greenMail, address).stream().filter(m -> m.subject().startsWith("[Dondoc] Tổng hợp công việc ngày")).toList();
    }

    @Test
    void eachPersonGetsOneDigestPerWorkingDayWithWhatConcernsThem() {
        String tag = NotificationFixtures.tag();
        long unit = fx.unit(tag, "Sở Thử nghiệm tổng hợp " + tag);
        long otherUnit = fx.unit(tag + "K", "Sở Thử nghiệm khác " + tag);
        LocalDate due = LocalDate.of(2031, 6, 10);
        Part part = fx.task(tag, unit, due, "Rà soát, đánh giá tình hình thực hiện các dự án công nghiệp");
        Part other = fx.task(tag + "K", otherUnit, LocalDate.of(2031, 12, 31), "Khảo sát nhu cầu hỗ trợ doanh nghiệp");
        long returned = fx.report(part.assignmentId(), ReportStatus.RETURNED, LocalDate.of(2031, 5, 28),
                "Đề nghị bổ sung số liệu về vốn đầu tư");
        // Sent long ago: the oldest in the review queue, so it is among the digest's first lines.
        long submitted = fx.report(other.assignmentId(), ReportStatus.SUBMITTED, LocalDate.of(2024, 1, 2), null);
        String reader = "doc." + tag.toLowerCase() + "@test.dondoc.local";
        String quiet = "yenlang." + tag.toLowerCase() + "@test.dondoc.local";
        String tracker = "theodoi." + tag.toLowerCase() + "@test.dondoc.local";
        fx.person("doc." + tag, "Ngô Thị Đọc", reader, unit, Roles.UNIT_OFFICER);
        long quietId = fx.person("yl." + tag, "Lý Văn Lặng", quiet, unit, Roles.UNIT_HEAD);
        fx.digestEmail(quietId, false);
        fx.person("td." + tag, "Lê Thị Dõi", tracker, null, Roles.COORDINATOR);

        passOn(LocalDate.of(2031, 6, 6)); // Friday
        passOn(LocalDate.of(2031, 6, 6)); // again: no second digest
        passOn(LocalDate.of(2031, 6, 7)); // Saturday: no digest
        passOn(LocalDate.of(2031, 6, 8)); // Sunday: no digest

        List<Received> mine = digests(reader);
        assertEquals(List.of("[Dondoc] Tổng hợp công việc ngày 06/06/2031"), mine.stream().map(Received::subject).toList());
        String text = mine.get(0).text();
        assertTrue(text.startsWith("Kính gửi Ngô Thị Đọc,"), text);
        assertTrue(text.contains("Sắp đến hạn (trong 3 ngày làm việc tới): 1\n  - " + part.taskCode()
                + " - Rà soát, đánh giá tình hình thực hiện các dự án công nghiệp (hạn 10/06/2031, còn 4 ngày)\n"
                + "    http://localhost:5173/tasks/" + part.taskId()), text);
        assertTrue(text.contains("Báo cáo bị trả lại, cần sửa và gửi lại: 1\n  - Báo cáo tiến độ nhiệm vụ " + part.taskCode()
                + " - ý kiến: Đề nghị bổ sung số liệu về vốn đầu tư\n    http://localhost:5173/reports/" + returned), text);
        assertTrue(!text.contains("Quá hạn:"), "nothing of the unit is overdue yet: " + text);
        assertTrue(mine.get(0).html().contains("href=\"http://localhost:5173/reports/" + returned + "\""), mine.get(0).html());

        assertEquals(List.of(), digests(quiet), "the digest is off for this person");
        assertTrue(Mails.to(greenMail, quiet).stream().anyMatch(m -> m.subject().contains("còn 4 ngày")),
                "reminders still reach a person without the digest");

        List<Received> trackers = digests(tracker);
        assertEquals(1, trackers.size());
        assertTrue(trackers.get(0).text().contains("  - Báo cáo tiến độ nhiệm vụ " + other.taskCode() + " của " + other.unitName()
                + ", gửi ngày 02/01/2024\n    http://localhost:5173/reports/" + submitted), trackers.get(0).text());
        assertTrue(trackers.get(0).text().contains("Nhiệm vụ quá hạn trên toàn tỉnh: "), trackers.get(0).text());

        passOn(LocalDate.of(2031, 6, 11)); // the day after the due date
        mine = digests(reader);
        assertEquals(2, mine.size());
        assertTrue(mine.get(1).text().contains("Quá hạn: 1\n  - " + part.taskCode()
                + " - Rà soát, đánh giá tình hình thực hiện các dự án công nghiệp (hạn 10/06/2031, quá 1 ngày)"), mine.get(1).text());
        assertTrue(!mine.get(1).text().contains("Sắp đến hạn"), mine.get(1).text());
    }
}
