package vn.dondoc.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import vn.dondoc.common.security.Roles;
import vn.dondoc.notification.Mails.Received;
import vn.dondoc.notification.NotificationFixtures.Part;
import vn.dondoc.notification.ReminderService.PassResult;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;

/**
 * The reminder pass with an injected clock, its mails read back from a real SMTP server (GreenMail):
 * the right messages on the right days, once, even when the pass runs twice a day or on two
 * instances at the same moment. Each test has its own units, tasks and people (and addresses).
 */
@QuarkusTest
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class ReminderPassTest {

    @GreenMailResource.Inject
    GreenMail greenMail;

    @Inject
    MutableClock clock;

    @Inject
    ReminderService reminders;

    @Inject
    NotificationFixtures fx;

    @Inject
    Scheduler quartz;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        fx.cleanUp();
    }

    private static String address(String who, String tag) {
        return who + "." + tag.toLowerCase() + "@test.dondoc.local";
    }

    @Test
    void remindersReachTheSmtpServerOnTheRightDaysOnce() {
        String tag = NotificationFixtures.tag();
        long unit = fx.unit(tag, "Sở Thử nghiệm nhắc việc " + tag);
        LocalDate due = LocalDate.of(2031, 3, 20);
        Part part = fx.task(tag, unit, due, "Xây dựng kế hoạch chuyển đổi số ngành Công Thương năm 2031");
        // Two coordinating units of the same task: one has completed its share, the other's was cancelled.
        long doneUnit = fx.unit(tag + "H", "Sở đã hoàn thành " + tag);
        long cancelledUnit = fx.unit(tag + "C", "Sở đã hủy " + tag);
        fx.assign(part.taskId(), doneUnit, AssignmentRole.COORDINATING, ProgressStatus.COMPLETED);
        fx.assign(part.taskId(), cancelledUnit, AssignmentRole.COORDINATING, ProgressStatus.CANCELLED);
        String officer = address("chuyenvien", tag);
        String head = address("giamdoc", tag);
        String coordinator = address("theodoi", tag);
        String doneOfficer = address("hoanthanh", tag);
        String cancelledOfficer = address("dahuy", tag);
        long officerId = fx.person("cv." + tag, "Nguyễn Văn Cần", officer, unit, Roles.UNIT_OFFICER);
        fx.person("gd." + tag, "Trần Thị Giang", head, unit, Roles.UNIT_HEAD);
        fx.person("td." + tag, "Lê Văn Tường", coordinator, null, Roles.COORDINATOR);
        fx.person("ht." + tag, "Phạm Văn Hòa", doneOfficer, doneUnit, Roles.UNIT_OFFICER);
        fx.person("dh." + tag, "Hoàng Thị Hạnh", cancelledOfficer, cancelledUnit, Roles.UNIT_HEAD);

        Map<String, Map<LocalDate, List<String>>> received = new TreeMap<>();
        Map<LocalDate, List<Received>> lists = new TreeMap<>();
        List<String> everyone = List.of(officer, head, coordinator, doneOfficer, cancelledOfficer);
        Map<String, Integer> seen = new TreeMap<>();
        for (LocalDate day = due.minusDays(8); !day.isAfter(due.plusDays(15)); day = day.plusDays(1)) {
            clock.setDay(day);
            reminders.runDaily(java.time.LocalDate.now(clock));
            reminders.runDaily(java.time.LocalDate.now(clock)); // a second run the same day changes nothing
            for (String address : everyone) {
                List<Received> mails = Mails.to(greenMail, address).stream()
                        .filter(m -> m.subject().contains(part.taskCode())).toList();
                int before = seen.getOrDefault(address, 0);
                for (Received mail : mails.subList(before, mails.size())) {
                    received.computeIfAbsent(address, a -> new TreeMap<>()).computeIfAbsent(day, d -> new ArrayList<>())
                            .add(mail.subject());
                }
                seen.put(address, mails.size());
            }
            int before = lists.values().stream().mapToInt(List::size).sum();
            List<Received> weekly = Mails.to(greenMail, coordinator).stream()
                    .filter(m -> m.subject().startsWith("[Dondoc] Cảnh báo quá hạn ngày")).toList();
            weekly.subList(before, weekly.size()).forEach(m -> lists.computeIfAbsent(java.time.LocalDate.now(clock),
                    d -> new ArrayList<>()).add(m));
        }

        String code = part.taskCode();
        Map<LocalDate, List<String>> unitDays = new TreeMap<>(Map.of(
                due.minusDays(7), List.of("[Dondoc] Nhắc việc: nhiệm vụ " + code + " còn 7 ngày đến hạn (20/03/2031)"),
                due.minusDays(3), List.of("[Dondoc] Nhắc việc: nhiệm vụ " + code + " còn 3 ngày đến hạn (20/03/2031)"),
                due.minusDays(1), List.of("[Dondoc] Nhắc việc: nhiệm vụ " + code + " còn 1 ngày đến hạn (20/03/2031)"),
                due, List.of("[Dondoc] Hôm nay đến hạn: nhiệm vụ " + code + " (20/03/2031)")));
        String unitName = part.unitName();
        Map<LocalDate, List<String>> escalations = new TreeMap<>(Map.of(
                due.plusDays(1), List.of("[Dondoc] Quá hạn 1 ngày: nhiệm vụ " + code + " của " + unitName),
                due.plusDays(8), List.of("[Dondoc] Quá hạn 8 ngày: nhiệm vụ " + code + " của " + unitName),
                due.plusDays(15), List.of("[Dondoc] Quá hạn 15 ngày: nhiệm vụ " + code + " của " + unitName)));
        Map<LocalDate, List<String>> headDays = new TreeMap<>(unitDays);
        headDays.putAll(escalations);

        assertEquals(unitDays, received.get(officer), "the officer: 7, 3, 1 days before and on the due date");
        assertEquals(headDays, received.get(head), "the head: the same, then the weekly escalation");
        assertEquals(null, received.get(coordinator), "the coordinator gets no message per assignment");
        assertEquals(null, received.get(doneOfficer), "a completed share is not reminded");
        assertEquals(null, received.get(cancelledOfficer), "a cancelled share is not reminded");
        assertEquals(4, fx.notificationRows(officerId, "DUE_"), "four in-app notifications for the officer");

        // The coordinator's weekly list: at the first pass (catching up the week of Monday 10/03), then every Monday;
        // the task is in it once overdue (Mondays 24/03 and 31/03).
        assertEquals(List.of(LocalDate.of(2031, 3, 12), LocalDate.of(2031, 3, 17), LocalDate.of(2031, 3, 24),
                LocalDate.of(2031, 3, 31)), List.copyOf(lists.keySet()));
        lists.values().forEach(l -> assertEquals(1, l.size(), "one list a week"));
        assertEquals(List.of(LocalDate.of(2031, 3, 24), LocalDate.of(2031, 3, 31)), lists.entrySet().stream()
                .filter(e -> e.getValue().get(0).text().contains(code + " - ")).map(Map.Entry::getKey).toList());
        Received list = lists.get(LocalDate.of(2031, 3, 24)).get(0);
        assertTrue(list.text().contains(code + " - Xây dựng kế hoạch chuyển đổi số ngành Công Thương năm 2031 - " + unitName
                + " (hạn 20/03/2031, quá 4 ngày)\n    http://localhost:5173/tasks/" + part.taskId()), list.text());
        assertTrue(list.text().contains("http://localhost:5173/tasks?timeliness=OVERDUE"), list.text());

        Received first = Mails.to(greenMail, officer).stream().filter(m -> m.subject().contains("còn 7 ngày")).findFirst()
                .orElseThrow();
        assertTrue(first.text().startsWith("Kính gửi Nguyễn Văn Cần,"), first.text());
        assertTrue(first.text().contains("Nhiệm vụ: " + code + " - Xây dựng kế hoạch chuyển đổi số ngành Công Thương năm 2031"),
                first.text());
        assertTrue(first.text().contains("Hạn hoàn thành: 20/03/2031"), first.text());
        assertTrue(first.text().contains("Đơn vị: " + unitName + " (chủ trì)"), first.text());
        assertTrue(first.text().contains("Xem nhiệm vụ: http://localhost:5173/tasks/" + part.taskId()), first.text());
        assertTrue(first.html().contains("href=\"http://localhost:5173/tasks/" + part.taskId() + "\""), first.html());
        assertTrue(first.html().contains("20/03/2031") && first.html().contains("lang=\"vi\""), first.html());
    }

    @Test
    void anExtendedDueDateIsRemindedAgainAndTheOldOneNoLongerEscalates() {
        String tag = NotificationFixtures.tag();
        long unit = fx.unit(tag, "Sở Thử nghiệm gia hạn " + tag);
        LocalDate due = LocalDate.of(2031, 5, 12);
        Part part = fx.task(tag, unit, due, "Hoàn thiện đề án phát triển cụm công nghiệp");
        String head = address("giamdoc", tag);
        fx.person("gd." + tag, "Đặng Văn Bình", head, unit, Roles.UNIT_HEAD);

        clock.setDay(due.minusDays(1));
        reminders.runDaily(LocalDate.now(clock));
        // The coordinator approves an extension by three weeks: the unit's share gets the new date.
        LocalDate extended = due.plusDays(21);
        fx.moveDueDate(part.assignmentId(), extended);
        for (LocalDate day = due; !day.isAfter(extended.minusDays(7)); day = day.plusDays(1)) {
            clock.setDay(day);
            reminders.runDaily(LocalDate.now(clock));
        }
        List<String> subjects = Mails.to(greenMail, head).stream().map(Received::subject)
                .filter(s -> s.contains(part.taskCode())).toList();
        assertEquals(List.of(
                "[Dondoc] Nhắc việc: nhiệm vụ " + part.taskCode() + " còn 1 ngày đến hạn (12/05/2031)",
                "[Dondoc] Nhắc việc: nhiệm vụ " + part.taskCode() + " còn 7 ngày đến hạn (02/06/2031)"), subjects);

        // Completed before the date: nothing more.
        fx.setStatus(part.assignmentId(), ProgressStatus.COMPLETED);
        for (LocalDate day = extended.minusDays(3); !day.isAfter(extended.plusDays(9)); day = day.plusDays(1)) {
            clock.setDay(day);
            reminders.runDaily(LocalDate.now(clock));
        }
        assertEquals(2, Mails.to(greenMail, head).stream().filter(m -> m.subject().contains(part.taskCode())).count());
    }

    @Test
    void twoPassesRacingOnTheSameDatabaseSendEachMessageExactlyOnce() throws Exception {
        String tag = NotificationFixtures.tag();
        long unit = fx.unit(tag, "Sở Thử nghiệm song song " + tag);
        LocalDate due = LocalDate.of(2031, 9, 10);
        Part part = fx.task(tag, unit, due, "Tổ chức hội nghị xúc tiến đầu tư vào các khu công nghiệp");
        String officer = address("chuyenvien", tag);
        String head = address("giamdoc", tag);
        String coordinator = address("theodoi", tag);
        long officerId = fx.person("cv." + tag, "Võ Thị Lan", officer, unit, Roles.UNIT_OFFICER);
        long headId = fx.person("gd." + tag, "Bùi Văn Hải", head, unit, Roles.UNIT_HEAD);
        long coordinatorId = fx.person("td." + tag, "Lê Thị Hương", coordinator, null, Roles.COORDINATOR);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (LocalDate day : List.of(due.minusDays(3), due, due.plusDays(1))) {
                clock.setDay(day);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<PassResult>> passes = new ArrayList<>();
                for (int instance = 0; instance < 2; instance++) {
                    passes.add(pool.submit(() -> {
                        start.await();
                        return reminders.runDaily(day);
                    }));
                }
                start.countDown();
                for (Future<PassResult> pass : passes) {
                    pass.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        String code = part.taskCode();
        assertEquals(List.of("[Dondoc] Nhắc việc: nhiệm vụ " + code + " còn 3 ngày đến hạn (10/09/2031)",
                "[Dondoc] Hôm nay đến hạn: nhiệm vụ " + code + " (10/09/2031)"), subjects(officer, code));
        assertEquals(List.of("[Dondoc] Nhắc việc: nhiệm vụ " + code + " còn 3 ngày đến hạn (10/09/2031)",
                "[Dondoc] Hôm nay đến hạn: nhiệm vụ " + code + " (10/09/2031)",
                "[Dondoc] Quá hạn 1 ngày: nhiệm vụ " + code + " của " + part.unitName()), subjects(head, code));
        // The coordinator's weekly list: once for the week of 01/09 (first pass, Sunday 07/09) and once for the week of 08/09.
        assertEquals(List.of("07/09/2031", "10/09/2031"), Mails.to(greenMail, coordinator).stream().map(Received::subject)
                .filter(s -> s.startsWith("[Dondoc] Cảnh báo quá hạn ngày"))
                .map(s -> s.substring("[Dondoc] Cảnh báo quá hạn ngày ".length(), "[Dondoc] Cảnh báo quá hạn ngày ".length() + 10))
                .toList());
        assertEquals(2, fx.notificationRows(officerId, "DUE_"));
        assertEquals(3, fx.notificationRows(headId, "DUE_") + fx.notificationRows(headId, "OVERDUE:"));
        assertEquals(2, fx.notificationRows(coordinatorId, "OVERDUE_WEEKLY:"));
    }

    @Test
    void theQuartzJobTakesTodayFromTheInjectedClock() throws Exception {
        String tag = NotificationFixtures.tag();
        long unit = fx.unit(tag, "Sở Thử nghiệm Quartz " + tag);
        LocalDate due = LocalDate.of(2031, 11, 5);
        Part part = fx.task(tag, unit, due, "Báo cáo sơ kết thực hiện chương trình");
        String officer = address("chuyenvien", tag);
        fx.person("cv." + tag, "Hoàng Minh Tuấn", officer, unit, Roles.UNIT_OFFICER);
        clock.setDay(due.minusDays(1));

        // The real job class, fired now by the application's clustered Quartz scheduler (JDBC job store).
        quartz.scheduleJob(JobBuilder.newJob(DailyNotificationJob.class).withIdentity("test-" + tag, "tests").build(),
                TriggerBuilder.newTrigger().withIdentity("test-" + tag, "tests").startNow().build());
        List<Received> mails = Mails.await(greenMail, officer, m -> m.stream().anyMatch(r -> r.subject().contains(part.taskCode())),
                Duration.ofSeconds(60));
        assertEquals(List.of("[Dondoc] Nhắc việc: nhiệm vụ " + part.taskCode() + " còn 1 ngày đến hạn (05/11/2031)"),
                mails.stream().map(Received::subject).filter(s -> s.contains(part.taskCode())).toList());
        // Let the job finish its pass (digests, other mails) before the next test moves the clock.
        java.time.Instant end = java.time.Instant.now().plusSeconds(60);
        while (!quartz.getCurrentlyExecutingJobs().isEmpty() && java.time.Instant.now().isBefore(end)) {
            Thread.sleep(100);
        }
        assertTrue(quartz.getCurrentlyExecutingJobs().isEmpty(), "the job is still running");
    }

    private List<String> subjects(String address, String code) {
        return Mails.to(greenMail, address).stream().map(Received::subject).filter(s -> s.contains(code)).toList();
    }
}
