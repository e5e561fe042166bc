package vn.dondoc.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.notification.Mails.Received;
import vn.dondoc.notification.NotificationFixtures.Part;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.unit.Unit;

/**
 * Issue 13, rule 6: domain events reach the people they concern, in the app and by e-mail (read back
 * from GreenMail), through NotificationRouter's table; the per-person choice of e-mails at once or in
 * the daily digest. Real Keycloak tokens of the demo users of Sở Công Thương.
 */
@QuarkusTest
class EventNotificationTest {

    @GreenMailResource.Inject
    GreenMail greenMail;

    @Inject
    NotificationFixtures fx;

    @Inject
    ReminderService reminders;

    @AfterEach
    void cleanUp() {
        as("chuyenvien.sct").contentType(ContentType.JSON).body(Map.of("digestEmail", true, "emailDelivery", "IMMEDIATE"))
                .put("/api/v1/me/settings").then().statusCode(200);
        fx.cleanUp();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokenTest.userToken(user));
    }

    private static long sct() {
        return QuarkusTransaction.requiringNew().call(() -> Unit.findByCode("SCT").orElseThrow().id);
    }

    private static void signIn(String... users) {
        for (String user : users) {
            as(user).get("/api/v1/me/settings").then().statusCode(200);
        }
    }

    private static Received mail(GreenMail greenMail, String address, String subject) {
        return Mails.await(greenMail, address, m -> m.stream().anyMatch(r -> r.subject().equals("[Dondoc] " + subject)),
                Duration.ofSeconds(30)).stream().filter(r -> r.subject().equals("[Dondoc] " + subject)).findFirst().orElseThrow();
    }

    @Test
    void aReportsWayFromDraftToReturnTellsTheHeadTheTrackerAndTheUnit() {
        signIn("chuyenvien.sct", "giamdoc.sct", "theodoi.sct", "chuyenvien.stttt");
        String tag = NotificationFixtures.tag();
        Part part = fx.task(tag, sct(), LocalDate.of(2031, 9, 30), "Xây dựng đề án phát triển cụm công nghiệp " + tag);
        int report = as("chuyenvien.sct").contentType(ContentType.JSON)
                .body(Map.of("workDone", "Đã khảo sát 5 cụm công nghiệp", "percentComplete", 40))
                .post("/api/v1/assignments/" + part.assignmentId() + "/reports").then().statusCode(201).extract().path("id");

        // Trình ký: the officer asks the head to sign off; only the head of Sở CT is told (the officer did it).
        as("chuyenvien.sct").post("/api/v1/reports/" + report + "/sign-off-request").then().statusCode(200);
        String signOff = "Trình ký báo cáo tiến độ nhiệm vụ " + part.taskCode();
        Received toHead = mail(greenMail, "giamdoc.sct@dondoc.local", signOff);
        assertTrue(toHead.text().contains("Hoàng Minh Tuấn trình thủ trưởng ký gửi báo cáo tiến độ của Sở Công Thương"),
                toHead.text());
        assertTrue(toHead.text().contains("Tiến độ báo cáo: 40%."), toHead.text());
        assertTrue(toHead.text().contains("Xem và ký gửi báo cáo: http://localhost:5173/reports/" + report), toHead.text());
        assertTrue(toHead.html().contains("href=\"http://localhost:5173/reports/" + report + "\""), toHead.html());
        as("giamdoc.sct").queryParam("size", 200).get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.title == '" + signOff + "' }.kind", equalTo("REPORT_SIGN_OFF_REQUESTED"))
                .body("items.find { it.title == '" + signOff + "' }.link", equalTo("http://localhost:5173/reports/" + report));
        as("chuyenvien.sct").queryParam("size", 200).get("/api/v1/notifications").then()
                .body("items.title", not(hasItem(signOff)));

        // The head signs off: the tracker is told a report waits for review.
        as("giamdoc.sct").post("/api/v1/reports/" + report + "/submit").then().statusCode(200);
        String waiting = "Báo cáo chờ xem xét: nhiệm vụ " + part.taskCode() + " của Sở Công Thương";
        Received toTracker = mail(greenMail, "theodoi.sct@dondoc.local", waiting);
        assertTrue(toTracker.text().startsWith("Kính gửi "), toTracker.text());
        as("theodoi.sct").queryParam("size", 200).get("/api/v1/notifications").then()
                .body("items.find { it.title == '" + waiting + "' }.kind", equalTo("REPORT_SUBMITTED"));
        as("chuyenvien.stttt").queryParam("size", 200).get("/api/v1/notifications").then()
                .body("items.title", not(hasItem(waiting)));
        // Sign-off after submission is refused.
        as("chuyenvien.sct").post("/api/v1/reports/" + report + "/sign-off-request").then().statusCode(409)
                .contentType("application/problem+json");

        // The tracker returns it with a comment: the officer and the head get it, with the comment.
        int version = as("theodoi.sct").get("/api/v1/reports/" + report).then().extract().path("version");
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("comment", "Đề nghị bổ sung số liệu vốn đầu tư " + tag,
                "version", version)).post("/api/v1/reports/" + report + "/return").then().statusCode(200);
        String returned = "Báo cáo bị trả lại: nhiệm vụ " + part.taskCode();
        for (String address : List.of("chuyenvien.sct@dondoc.local", "giamdoc.sct@dondoc.local")) {
            Received m = mail(greenMail, address, returned);
            assertTrue(m.text().contains("Ý kiến: Đề nghị bổ sung số liệu vốn đầu tư " + tag), m.text());
            assertTrue(m.html().contains("<p>Ý kiến: Đề nghị bổ sung số liệu vốn đầu tư " + tag + "</p>"), m.html());
        }
        as("chuyenvien.sct").queryParam("size", 200).get("/api/v1/notifications").then()
                .body("items.find { it.title == '" + returned + "' }.kind", equalTo("REPORT_RETURNED"))
                .body("items.find { it.title == '" + returned + "' }.taskId", equalTo((int) part.taskId()));
    }

    @Test
    void whoChoseTheDigestGetsNoSingleMailButTheNotificationInTheNextDigest() {
        signIn("chuyenvien.sct", "giamdoc.sct", "theodoi.sct");
        as("chuyenvien.sct").get("/api/v1/me/settings").then().body("emailDelivery", equalTo("IMMEDIATE"));
        as("chuyenvien.sct").contentType(ContentType.JSON).body(Map.of("digestEmail", false, "emailDelivery", "DIGEST"))
                .put("/api/v1/me/settings").then().statusCode(200).body("emailDelivery", equalTo("DIGEST"))
                .body("digestEmail", equalTo(false));
        as("chuyenvien.sct").contentType(ContentType.JSON).body(Map.of("digestEmail", false, "emailDelivery", "WEEKLY"))
                .put("/api/v1/me/settings").then().statusCode(400).contentType("application/problem+json");

        String tag = NotificationFixtures.tag();
        Part part = fx.task(tag, sct(), LocalDate.of(2033, 12, 31), "Rà soát quy hoạch cụm công nghiệp " + tag);
        int report = as("giamdoc.sct").contentType(ContentType.JSON).body(Map.of("workDone", "Đã rà soát", "percentComplete", 10))
                .post("/api/v1/assignments/" + part.assignmentId() + "/reports").then().statusCode(201).extract().path("id");
        as("giamdoc.sct").post("/api/v1/reports/" + report + "/submit").then().statusCode(200);
        int version = as("theodoi.sct").get("/api/v1/reports/" + report).then().extract().path("version");
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("comment", "Tiếp nhận " + tag, "version", version))
                .post("/api/v1/reports/" + report + "/accept").then().statusCode(200);
        String accepted = "Báo cáo được tiếp nhận: nhiệm vụ " + part.taskCode();

        // The head takes mails at once; the officer only sees it in the app, and gets no single mail.
        Received toHead = mail(greenMail, "giamdoc.sct@dondoc.local", accepted);
        assertTrue(toHead.text().contains("Tiến độ ghi nhận: 10%."), toHead.text());
        as("chuyenvien.sct").queryParam("size", 200).get("/api/v1/notifications").then()
                .body("items.find { it.title == '" + accepted + "' }.kind", equalTo("REPORT_ACCEPTED"));
        assertTrue(Mails.to(greenMail, "chuyenvien.sct@dondoc.local").stream().noneMatch(m -> m.subject().contains(accepted)));

        // The next working day's digest lists it (the officer turned the work summary off: only the notifications).
        reminders.runDaily(LocalDate.of(2033, 3, 7));
        List<Received> digests = Mails.await(greenMail, "chuyenvien.sct@dondoc.local", m -> m.stream()
                .anyMatch(r -> r.subject().equals("[Dondoc] Tổng hợp công việc ngày 07/03/2033")), Duration.ofSeconds(30));
        Received digest = digests.stream().filter(r -> r.subject().equals("[Dondoc] Tổng hợp công việc ngày 07/03/2033"))
                .findFirst().orElseThrow();
        assertTrue(digest.text().contains("Thông báo mới: "), digest.text());
        assertTrue(digest.text().contains("  - " + accepted + "\n    http://localhost:5173/reports/" + report), digest.text());
        assertTrue(!digest.text().contains("Sắp đến hạn"), digest.text());
        assertTrue(Mails.to(greenMail, "chuyenvien.sct@dondoc.local").stream().noneMatch(m -> m.subject().contains(accepted)));
        // Listed once: the next digest does not repeat it.
        reminders.runDaily(LocalDate.of(2033, 3, 8));
        Mails.to(greenMail, "chuyenvien.sct@dondoc.local").stream()
                .filter(r -> r.subject().equals("[Dondoc] Tổng hợp công việc ngày 08/03/2033"))
                .forEach(r -> assertTrue(!r.text().contains(accepted), r.text()));
        assertEquals(1, Mails.to(greenMail, "chuyenvien.sct@dondoc.local").stream()
                .filter(r -> r.subject().equals("[Dondoc] Tổng hợp công việc ngày 07/03/2033")).count());
    }

    @Test
    void anAssignedTaskAndAnUrgingLetterReachTheUnit() {
        signIn("chuyenvien.sct", "giamdoc.sct", "theodoi.sct");
        String tag = NotificationFixtures.tag();
        // A coordinator adds Sở CT to a task of another unit: TASK_ASSIGNED.
        long otherUnit = fx.unit(tag, "Sở Thử nghiệm giao việc " + tag);
        Part part = fx.task(tag, otherUnit, LocalDate.of(2020, 3, 31), "Hoàn thiện cơ sở dữ liệu doanh nghiệp " + tag);
        long sct = sct();
        Map<String, Object> body = Map.of("leadUnitIds", List.of(otherUnit), "coordinatingUnitIds", List.of(sct),
                "version", taskVersion(part.taskId()));
        as("theodoi.sct").contentType(ContentType.JSON).body(body).put("/api/v1/tasks/" + part.taskId() + "/assignments")
                .then().statusCode(200);
        String assigned = "Nhiệm vụ mới giao Sở Công Thương: " + part.taskCode();
        Received m = mail(greenMail, "chuyenvien.sct@dondoc.local", assigned);
        assertTrue(m.text().contains("Sở Công Thương được giao phối hợp thực hiện nhiệm vụ " + part.taskCode()), m.text());

        // Overdue since 2020: the UBND tỉnh (a leader) sends Sở CT an urging letter (the tracker does not urge its own
        // unit); its staff are told.
        byte[] docx = as("lanhdao").queryParam("number", "77").post("/api/v1/units/" + sct + "/urging-letter/send").then()
                .statusCode(200).extract().asByteArray();
        assertTrue(docx.length > 1000 && docx[0] == 'P' && docx[1] == 'K');
        Received urging = Mails.await(greenMail, "giamdoc.sct@dondoc.local", l -> l.stream()
                .anyMatch(r -> r.subject().startsWith("[Dondoc] Công văn đôn đốc số 77/")), Duration.ofSeconds(30)).stream()
                .filter(r -> r.subject().startsWith("[Dondoc] Công văn đôn đốc số 77/")).findFirst().orElseThrow();
        assertTrue(urging.text().contains(part.taskCode()), urging.text());
        assertTrue(urging.subject().contains("nhiệm vụ quá hạn của Sở Công Thương"), urging.subject());
        as("giamdoc.sct").queryParam("size", 200).get("/api/v1/notifications").then()
                .body("items.find { it.title.startsWith('Công văn đôn đốc số 77/') }.kind", equalTo("URGING_LETTER"));
    }

    private static int taskVersion(long taskId) {
        return as("theodoi.sct").get("/api/v1/tasks/" + taskId).then().statusCode(200).extract().path("version");
    }
}
