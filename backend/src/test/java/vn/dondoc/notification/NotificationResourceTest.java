package vn.dondoc.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dondoc.person.Person;
import vn.dondoc.person.PersonDirectory;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.task.Task;
import vn.dondoc.unit.Unit;

/** In-app notifications and settings with real Keycloak tokens; e-mails read back from GreenMail. */
@QuarkusTest
class NotificationResourceTest {

    @GreenMailResource.Inject
    GreenMail greenMail;

    @Inject
    NotificationService notifications;

    @Inject
    PersonDirectory directory;

    @Inject
    NotificationFixtures fx;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokenTest.userToken(user));
    }

    @Test
    void myNotificationSettingsAreMineAndTheDigestCanBeTurnedOff() {
        as("chuyenvien.sct").get("/api/v1/me/settings").then().statusCode(200)
                .body("username", equalTo("chuyenvien.sct"))
                .body("fullName", equalTo("Hoàng Minh Tuấn"))
                .body("email", equalTo("chuyenvien.sct@dondoc.local"))
                .body("unit.code", equalTo("SCT"))
                .body("digestEmail", equalTo(true));
        as("chuyenvien.sct").contentType(ContentType.JSON).body("{}").put("/api/v1/me/settings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("digestEmail"));
        as("chuyenvien.sct").contentType(ContentType.JSON).body(Map.of("digestEmail", false)).put("/api/v1/me/settings")
                .then().statusCode(200).body("digestEmail", equalTo(false));
        as("chuyenvien.sct").get("/api/v1/me/settings").then().statusCode(200).body("digestEmail", equalTo(false));
        as("giamdoc.sct").get("/api/v1/me/settings").then().statusCode(200).body("digestEmail", equalTo(true));
        as("chuyenvien.sct").contentType(ContentType.JSON).body(Map.of("digestEmail", true)).put("/api/v1/me/settings")
                .then().statusCode(200).body("digestEmail", equalTo(true));
        given().auth().oauth2(KeycloakTokenTest.docsysToken()).get("/api/v1/me/settings").then().statusCode(403);
        given().get("/api/v1/me/settings").then().statusCode(401);
    }

    @Test
    void aFeatureNotifiesAUnitInTheAppAndByMailAndEachPersonReadsOnlyTheirs() {
        String tag = NotificationFixtures.tag();
        // The people of Sở Công Thương and the tracker have signed in: the directory knows them.
        for (String user : List.of("chuyenvien.sct", "giamdoc.sct", "theodoi.sct", "chuyenvien.stttt")) {
            as(user).get("/api/v1/me/settings").then().statusCode(200);
        }
        long taskId = QuarkusTransaction.requiringNew().call(() -> Task.<Task>find("code", "II.1.b").firstResult().id);
        String title = "Đã gia hạn nhiệm vụ II.1.b đến ngày 30/06/2027 (" + tag + ")";
        int notified = QuarkusTransaction.requiringNew().call(() -> notifications.notifyUnit(Unit.findByCode("SCT").orElseThrow(),
                NotificationKind.EXTENSION_DECIDED, Task.findById(taskId), title,
                "Cơ quan theo dõi đã đồng ý gia hạn phần việc của Sở Công Thương.\nHạn mới: 30/06/2027."));
        assertEquals(2, notified, "the officer and the head of Sở Công Thương");

        // The e-mail goes out after the commit, on a worker thread.
        List<Mails.Received> mails = Mails.await(greenMail, "chuyenvien.sct@dondoc.local",
                m -> m.stream().anyMatch(r -> r.subject().equals("[Dondoc] " + title)), Duration.ofSeconds(30));
        Mails.Received mail = mails.stream().filter(r -> r.subject().equals("[Dondoc] " + title)).findFirst().orElseThrow();
        assertTrue(mail.text().startsWith("Kính gửi Hoàng Minh Tuấn,\n\nCơ quan theo dõi đã đồng ý gia hạn"), mail.text());
        assertTrue(mail.text().contains("Xem chi tiết: http://localhost:5173/tasks/" + taskId), mail.text());
        assertTrue(mail.html().contains("<p>Hạn mới: 30/06/2027.</p>"), mail.html());
        Mails.await(greenMail, "giamdoc.sct@dondoc.local", m -> m.stream().anyMatch(r -> r.subject().equals("[Dondoc] " + title)),
                Duration.ofSeconds(30));

        int unreadBefore = as("chuyenvien.sct").get("/api/v1/notifications/unread-count").then().statusCode(200)
                .extract().path("count");
        assertTrue(unreadBefore >= 1);
        int id = as("chuyenvien.sct").queryParam("unreadOnly", true).get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].title", equalTo(title))
                .body("items[0].kind", equalTo("EXTENSION_DECIDED"))
                .body("items[0].taskId", equalTo((int) taskId))
                .body("items[0].link", equalTo("http://localhost:5173/tasks/" + taskId))
                .body("items[0].read", equalTo(false))
                .extract().path("items[0].id");
        // Other tests' reminders to the head of Sở CT carry later dates of the test clock: look beyond the first page.
        as("giamdoc.sct").queryParam("size", 200).get("/api/v1/notifications").then().statusCode(200)
                .body("items.title", hasItem(title))
                .body("items.id", not(hasItem(id)));
        as("chuyenvien.stttt").get("/api/v1/notifications").then().statusCode(200).body("items.title", not(hasItem(title)));

        // Someone else's notification does not exist for me.
        as("chuyenvien.stttt").post("/api/v1/notifications/" + id + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        as("giamdoc.sct").post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        String readAt = as("chuyenvien.sct").post("/api/v1/notifications/" + id + "/read").then().statusCode(200)
                .body("read", equalTo(true)).body("readAt", notNullValue()).extract().path("readAt");
        as("chuyenvien.sct").post("/api/v1/notifications/" + id + "/read").then().statusCode(200).body("readAt", equalTo(readAt));
        as("chuyenvien.sct").get("/api/v1/notifications/unread-count").then().body("count", equalTo(unreadBefore - 1));
        as("chuyenvien.sct").queryParam("unreadOnly", true).queryParam("size", 200).get("/api/v1/notifications").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        as("chuyenvien.sct").queryParam("size", 0).get("/api/v1/notifications").then().statusCode(400);

        as("giamdoc.sct").post("/api/v1/notifications/read-all").then().statusCode(200);
        as("giamdoc.sct").get("/api/v1/notifications/unread-count").then().body("count", equalTo(0));
        as("giamdoc.sct").queryParam("size", 1).get("/api/v1/notifications").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("size", equalTo(1)).body("items[0].read", equalTo(true));
    }

    @Test
    void aRolledBackRequestNotifiesNobodyAndCoordinatorsAreNotifiedTogether() throws Exception {
        String tag = NotificationFixtures.tag();
        as("theodoi.sct").get("/api/v1/me/settings").then().statusCode(200);
        String dropped = "Đề nghị gia hạn bị hủy (" + tag + ")";
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            notifications.notifyCoordinators(NotificationKind.EXTENSION_REQUESTED, null, dropped, "Không được gửi.");
            throw new IllegalStateException("the request failed after notifying");
        }));
        String kept = "Sở Công Thương đề nghị gia hạn nhiệm vụ (" + tag + ")";
        QuarkusTransaction.requiringNew().run(() -> notifications.notifyCoordinators(NotificationKind.EXTENSION_REQUESTED,
                null, kept, "Lý do: chờ ý kiến của Bộ Công Thương."));
        List<Mails.Received> mails = Mails.await(greenMail, "theodoi.sct@dondoc.local",
                m -> m.stream().anyMatch(r -> r.subject().equals("[Dondoc] " + kept)), Duration.ofSeconds(30));
        assertTrue(mails.stream().noneMatch(r -> r.subject().contains(dropped)));
        as("theodoi.sct").queryParam("size", 200).get("/api/v1/notifications").then().statusCode(200)
                .body("items.title", hasItem(kept)).body("items.title", not(hasItem(dropped)));
    }

    @Test
    void theDirectoryLearnsAPersonFromTheirTokenAndIgnoresTheDocumentSystem() throws Exception {
        fx.forget("giamsat.mttq");
        directory.forgetRecent();
        as("giamsat.mttq").get("/api/v1/me").then().statusCode(200);
        Instant end = Instant.now().plusSeconds(30);
        Optional<Person> person = Optional.empty();
        while (person.isEmpty() && Instant.now().isBefore(end)) {
            Thread.sleep(100);
            person = fx.personNamed("giamsat.mttq");
        }
        assertTrue(person.isPresent(), "the directory never learnt giamsat.mttq");
        assertEquals("Bùi Thị Mai", person.get().fullName);
        assertEquals("giamsat.mttq@dondoc.local", person.get().email);
        assertEquals("MTTQ", person.get().unit.code);
        assertTrue(person.get().hasRole("supervisor") && !person.get().hasRole("coordinator"), person.get().roles);

        given().auth().oauth2(KeycloakTokenTest.docsysToken()).get("/api/v1/units").then().statusCode(200);
        Thread.sleep(1000);
        assertTrue(fx.personNamed("service-account-dondoc-docsys").isEmpty(), "the service account is not a person");
    }
}
