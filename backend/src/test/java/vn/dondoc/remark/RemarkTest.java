package vn.dondoc.remark;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.notification.GreenMailResource;
import vn.dondoc.notification.NotificationFixtures;
import vn.dondoc.notification.NotificationFixtures.Part;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.unit.Unit;

/**
 * Issue 13, rule 7: supervision remarks. The supervisor of Ủy ban MTTQ tỉnh writes on Sở Công Thương's share of
 * a task and on the whole task; Sở CT (its officer and head) answers; Sở TT&TT, whose share is another one of the
 * same task, reads the task remark but not the remark on Sở CT's share and cannot answer it; the tracker reads
 * all; the counts per unit; optimistic locking; the attached file.
 */
@QuarkusTest
class RemarkTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @GreenMailResource.Inject
    GreenMail greenMail;

    @Inject
    NotificationFixtures fx;

    @AfterEach
    void cleanUp() {
        fx.cleanUp();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokenTest.userToken(user));
    }

    private static long unit(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Unit.findByCode(code).orElseThrow().id);
    }

    @Test
    void theSupervisorRemarksTheUnitAnswersAndEachReadsWhatConcernsThem() {
        for (String user : List.of("chuyenvien.sct", "giamdoc.sct", "theodoi.sct", "giamsat.mttq", "chuyenvien.stttt")) {
            as(user).get("/api/v1/me/settings").then().statusCode(200);
        }
        String tag = NotificationFixtures.tag();
        Part part = fx.task(tag, unit("SCT"), LocalDate.of(2031, 9, 30), "Phát triển cụm công nghiệp Gia Lách " + tag);
        long sttttShare = fx.assign(part.taskId(), unit("STTTT"), AssignmentRole.COORDINATING, ProgressStatus.NOT_STARTED);
        String base = "/api/v1/tasks/" + part.taskId() + "/remarks";

        // Only supervisors write; validation in Vietnamese, with limits.
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("text", "x")).post(base).then().statusCode(403);
        as("giamsat.mttq").contentType(ContentType.JSON).body(Map.of("text", " ")).post(base).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        as("giamsat.mttq").contentType(ContentType.JSON).body(Map.of("text", "x".repeat(4001))).post(base).then().statusCode(400);

        String onShare = "Đề nghị làm rõ tiến độ giải phóng mặt bằng (" + tag + ")";
        int remark = as("giamsat.mttq").contentType(ContentType.JSON)
                .body(Map.of("text", onShare, "assignmentId", part.assignmentId())).post(base).then().statusCode(201)
                .body("unit.code", equalTo("SCT")).body("authorUsername", equalTo("giamsat.mttq"))
                .body("authorUnit.code", equalTo("MTTQ")).body("canEdit", equalTo(true)).body("answers", hasSize(0))
                .extract().path("id");
        String onTask = "Đề nghị công khai danh sách doanh nghiệp thụ hưởng (" + tag + ")";
        int taskRemark = as("giamsat.mttq").contentType(ContentType.JSON).body(Map.of("text", onTask)).post(base).then()
                .statusCode(201).body("unit", nullValue()).extract().path("id");

        // The unit and the tracker are told (rule 6), in the app and by mail; the other unit only of the task remark.
        String title = "Ý kiến giám sát về nhiệm vụ " + part.taskCode() + " (phần việc của Sở Công Thương)";
        vn.dondoc.notification.MailsAccess.await(greenMail, "chuyenvien.sct@dondoc.local", "[Dondoc] " + title, Duration.ofSeconds(30));
        String body = vn.dondoc.notification.MailsAccess.await(greenMail, "theodoi.sct@dondoc.local", "[Dondoc] " + title,
                Duration.ofSeconds(30));
        assertTrue(body.contains("Ý kiến: " + onShare), body);
        as("giamdoc.sct").queryParam("size", 200).get("/api/v1/notifications").then()
                .body("items.find { it.title == '" + title + "' }.kind", equalTo("SUPERVISION_REMARK"));
        as("chuyenvien.stttt").queryParam("size", 200).get("/api/v1/notifications").then()
                .body("items.title", not(hasItem(title)))
                .body("items.title", hasItem("Ý kiến giám sát về nhiệm vụ " + part.taskCode()));

        // Reading: the tracker sees both; Sở TT&TT only the task remark; a unit the task is not assigned to: 403.
        as("theodoi.sct").get(base).then().statusCode(200).body("id", equalTo(List.of(remark, taskRemark)));
        as("lanhdao").get(base).then().statusCode(200).body("size()", equalTo(2));
        as("chuyenvien.stttt").get(base).then().statusCode(200).body("id", equalTo(List.of(taskRemark)))
                .body("[0].canAnswer", equalTo(true));
        as("chuyenvien.sct").get(base).then().statusCode(200).body("size()", equalTo(2)).body("[0].canAnswer", equalTo(true))
                .body("[0].canEdit", equalTo(false));
        long otherTask = fx.task(tag + "X", fx.unit(tag + "X", "Sở Thử nghiệm giám sát " + tag), LocalDate.of(2031, 1, 1),
                "Nhiệm vụ của đơn vị khác").taskId();
        as("chuyenvien.sct").get("/api/v1/tasks/" + otherTask + "/remarks").then().statusCode(403)
                .contentType("application/problem+json");

        // Answering: only the unit concerned.
        as("chuyenvien.stttt").contentType(ContentType.JSON).body(Map.of("text", "Không phải của chúng tôi"))
                .post("/api/v1/remarks/" + remark + "/answers").then().statusCode(403).contentType("application/problem+json");
        as("giamsat.mttq").contentType(ContentType.JSON).body(Map.of("text", "x"))
                .post("/api/v1/remarks/" + remark + "/answers").then().statusCode(403);
        String answer = "Sở Công Thương đã bổ sung phương án, hoàn thành trong quý IV (" + tag + ")";
        int answerId = as("giamdoc.sct").contentType(ContentType.JSON).body(Map.of("text", answer))
                .post("/api/v1/remarks/" + remark + "/answers").then().statusCode(201)
                .body("answers[0].text", equalTo(answer)).body("answers[0].authorUnit.code", equalTo("SCT"))
                .extract().path("answers[0].id");
        as("giamdoc.sct").contentType(ContentType.JSON).body(Map.of("text", "x"))
                .post("/api/v1/remarks/" + answerId + "/answers").then().statusCode(409);
        as("chuyenvien.stttt").contentType(ContentType.JSON).body(Map.of("text", "Sở TT&TT đã phối hợp cung cấp số liệu"))
                .post("/api/v1/remarks/" + taskRemark + "/answers").then().statusCode(201);
        String answered = "Sở Công Thương trả lời ý kiến giám sát về nhiệm vụ " + part.taskCode();
        String toSupervisor = vn.dondoc.notification.MailsAccess.await(greenMail, "giamsat.mttq@dondoc.local", "[Dondoc] " + answered,
                Duration.ofSeconds(30));
        assertTrue(toSupervisor.contains("Trả lời: " + answer), toSupervisor);

        // Counts per unit: Sở CT one on its share and one on the task (unanswered by it); Sở TT&TT one on the task, answered.
        as("theodoi.sct").queryParam("directiveId", directiveOf(part.taskId())).get("/api/v1/remarks/counts-by-unit").then()
                .statusCode(200)
                .body("find { it.unit.code == 'SCT' }.onShares", equalTo(1))
                .body("find { it.unit.code == 'SCT' }.onTasks", equalTo(1))
                .body("find { it.unit.code == 'SCT' }.total", equalTo(2))
                .body("find { it.unit.code == 'SCT' }.unanswered", equalTo(1))
                .body("find { it.unit.code == 'STTTT' }.total", equalTo(1))
                .body("find { it.unit.code == 'STTTT' }.unanswered", equalTo(0));
        as("chuyenvien.stttt").queryParam("unitId", unit("SCT")).get("/api/v1/remarks/counts-by-unit").then().statusCode(403);
        as("chuyenvien.stttt").queryParam("directiveId", directiveOf(part.taskId())).get("/api/v1/remarks/counts-by-unit").then()
                .statusCode(200).body("unit.code", equalTo(List.of("STTTT")));

        // Editing: the author only, with the version read.
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("text", "sửa", "version", 0))
                .put("/api/v1/remarks/" + remark).then().statusCode(403);
        as("giamsat.mttq").contentType(ContentType.JSON).body(Map.of("text", onShare + " - bổ sung", "version", 0))
                .put("/api/v1/remarks/" + remark).then().statusCode(200).body("version", equalTo(1))
                .body("text", equalTo(onShare + " - bổ sung"));
        as("giamsat.mttq").contentType(ContentType.JSON).body(Map.of("text", "lần nữa", "version", 0))
                .put("/api/v1/remarks/" + remark).then().statusCode(409).contentType("application/problem+json");

        // A file: the author attaches, every reader of the remark downloads, another unit may not.
        as("giamsat.mttq").multiPart("file", "Bien-ban-giam-sat.pdf", PDF, "application/pdf")
                .post("/api/v1/remarks/" + remark + "/attachment").then().statusCode(200)
                .body("file.fileName", equalTo("Bien-ban-giam-sat.pdf")).body("file.contentType", equalTo("application/pdf"));
        as("giamdoc.sct").multiPart("file", "x.pdf", PDF, "application/pdf")
                .post("/api/v1/remarks/" + remark + "/attachment").then().statusCode(403);
        byte[] got = as("chuyenvien.sct").get("/api/v1/remarks/" + remark + "/attachment").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(PDF, got);
        as("chuyenvien.stttt").get("/api/v1/remarks/" + remark + "/attachment").then().statusCode(403);
        as("chuyenvien.stttt").get("/api/v1/remarks/" + taskRemark + "/attachment").then().statusCode(404);

        // The document system never reads remarks; the outbox carries ids only, not the text.
        given().auth().oauth2(KeycloakTokenTest.docsysToken()).get(base).then().statusCode(403);
        long withText = QuarkusTransaction.requiringNew().call(() -> vn.dondoc.event.DomainEvent.count(
                "type = ?1 and payload like ?2", vn.dondoc.event.EventType.REMARK_RECORDED, "%giải phóng mặt bằng (" + tag + "%"));
        assertEquals(0, withText);
    }

    private static long directiveOf(long taskId) {
        return QuarkusTransaction.requiringNew().call(() -> vn.dondoc.task.Task.<vn.dondoc.task.Task>findById(taskId).directive.id);
    }
}
