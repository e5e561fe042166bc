package vn.dondoc.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.task.Assignment;

/** The report lifecycle with real tokens of the demo users of Sở TT&TT, Sở Công Thương and the tracker. */
@QuarkusTest
class ReportLifecycleTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokenTest.userToken(user));
    }

    private static Map<String, Object> draft(String work, int percent, boolean claim) {
        return Map.of("workDone", work, "results", "12 tin, bài trên Cổng thông tin điện tử tỉnh", "percentComplete", percent,
                "difficulties", "Kinh phí tuyên truyền còn hạn chế", "proposals", "Bố trí kinh phí năm 2027",
                "claimsCompletion", claim);
    }

    @Test
    void draftSubmitReturnFixResubmitAcceptCompletesTheAssignment() {
        long part = assignmentId("II.4.a.3", "STTTT");
        String key = UUID.randomUUID().toString();
        int id = as("chuyenvien.stttt").contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(draft("Đã ban hành kế hoạch chuyển đổi số cho doanh nghiệp công nghiệp", 60, false))
                .post("/api/v1/assignments/" + part + "/reports").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("unit.code", equalTo("STTTT")).extract().path("id");
        // A retried creation (lost answer) gets the first answer again (the API-wide Idempotency-Key); the same key with another body is refused.
        as("chuyenvien.stttt").contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(draft("Đã ban hành kế hoạch chuyển đổi số cho doanh nghiệp công nghiệp", 60, false))
                .post("/api/v1/assignments/" + part + "/reports").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        as("chuyenvien.stttt").contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(draft("Nội dung khác", 10, false))
                .post("/api/v1/assignments/" + part + "/reports").then().statusCode(422)
                .contentType("application/problem+json");
        assertEquals(1, reportCount(part));

        // Another unit cannot report on this assignment, nor see its drafts; only the head signs off.
        as("chuyenvien.sct").contentType(ContentType.JSON).body(draft("Báo cáo hộ", 10, false))
                .post("/api/v1/assignments/" + part + "/reports").then().statusCode(403);
        as("theodoi.sct").get("/api/v1/reports/" + id).then().statusCode(403);
        as("chuyenvien.stttt").post("/api/v1/reports/" + id + "/submit").then().statusCode(403)
                .body("detail", containsString("thủ trưởng"));
        String submitKey = UUID.randomUUID().toString();
        as("giamdoc.stttt").header("Idempotency-Key", submitKey).post("/api/v1/reports/" + id + "/submit").then()
                .statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo("giamdoc.stttt"));
        as("giamdoc.stttt").header("Idempotency-Key", submitKey).post("/api/v1/reports/" + id + "/submit").then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        as("giamdoc.stttt").post("/api/v1/reports/" + id + "/submit").then().statusCode(409);
        as("theodoi.sct").queryParam("status", "SUBMITTED").get("/api/v1/reports").then().statusCode(200)
                .body("items.id", hasItem(id));

        // The tracker returns it with a comment; the unit fixes and resubmits; the tracker accepts.
        int version = as("theodoi.sct").get("/api/v1/reports/" + id).then().statusCode(200).extract().path("version");
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("comment", " ", "version", version))
                .post("/api/v1/reports/" + id + "/return").then().statusCode(400).body("errors[0].field", equalTo("comment"));
        as("chuyenvien.stttt").contentType(ContentType.JSON).body(Map.of("comment", "Trả lại", "version", version))
                .post("/api/v1/reports/" + id + "/return").then().statusCode(403);
        as("theodoi.sct").contentType(ContentType.JSON)
                .body(Map.of("comment", "Đề nghị bổ sung số doanh nghiệp được hỗ trợ", "version", version))
                .post("/api/v1/reports/" + id + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
        int returned = as("chuyenvien.stttt").get("/api/v1/reports/" + id).then()
                .body("reviewerComment", containsString("bổ sung")).extract().path("version");
        Map<String, Object> fixed = new java.util.HashMap<>(draft("Đã hỗ trợ 25 doanh nghiệp chuyển đổi số", 100, true));
        fixed.put("version", returned);
        as("chuyenvien.stttt").contentType(ContentType.JSON).body(fixed).put("/api/v1/reports/" + id).then()
                .statusCode(200).body("claimsCompletion", equalTo(true));
        as("chuyenvien.stttt").contentType(ContentType.JSON).body(fixed).put("/api/v1/reports/" + id).then().statusCode(409);
        as("giamdoc.stttt").post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        int submitted = as("theodoi.sct").get("/api/v1/reports/" + id).then().extract().path("version");
        as("theodoi.sct").contentType(ContentType.JSON).body(Map.of("comment", "Tiếp nhận", "version", submitted))
                .post("/api/v1/reports/" + id + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        as("theodoi.sct").get("/api/v1/tasks/" + taskId(part)).then().statusCode(200)
                .body("assignments.find { it.unit.code == 'STTTT' }.status", equalTo("COMPLETED"))
                .body("assignments.find { it.unit.code == 'STTTT' }.completedOn", org.hamcrest.Matchers.notNullValue());
        as("chuyenvien.stttt").contentType(ContentType.JSON).body(fixed).put("/api/v1/reports/" + id).then().statusCode(409);
        as("theodoi.sct").get("/api/v1/tasks/" + taskId(part) + "/reports").then().statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void aCoordinatingUnitsReportIsSeenByTheLeadUnitOnly() {
        // II.2.b was completed by its lead (Sở KH&ĐT) in 2023: the coordinating shares closed with it, nothing to report.
        long closed = assignmentId("II.2.b", "STTTT");
        as("chuyenvien.stttt").contentType(ContentType.JSON).body(draft("Phối hợp", 100, true))
                .post("/api/v1/assignments/" + closed + "/reports").then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("đóng theo nhiệm vụ"));
        // II.4.b.2: Sở KH&ĐT leads; Sở TT&TT and Sở Công Thương coordinate.
        long part = assignmentId("II.4.b.2", "STTTT");
        int id = as("chuyenvien.stttt").contentType(ContentType.JSON).body(draft("Phối hợp xây dựng Chương trình hành động", 100, true))
                .post("/api/v1/assignments/" + part + "/reports").then().statusCode(201).extract().path("id");
        as("giamdoc.stttt").post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        as("chuyenvien.sct").get("/api/v1/reports/" + id).then().statusCode(403);
        as("chuyenvien.sct").get("/api/v1/assignments/" + part + "/reports").then().statusCode(403);
        as("chuyenvien.sct").get("/api/v1/reports").then().statusCode(200).body("items.id", not(hasItem(id)));

        // II.1.b: Sở TT&TT leads, Sở Công Thương coordinates: the lead sees the coordinator's report.
        long sctPart = assignmentId("II.1.b", "SCT");
        int sctReport = as("chuyenvien.sct").contentType(ContentType.JSON).body(draft("Phối hợp tuyên truyền", 50, false))
                .post("/api/v1/assignments/" + sctPart + "/reports").then().statusCode(201).extract().path("id");
        as("chuyenvien.stttt").get("/api/v1/reports/" + sctReport).then().statusCode(403); // still a draft
        as("giamdoc.sct").post("/api/v1/reports/" + sctReport + "/submit").then().statusCode(200);
        as("chuyenvien.stttt").get("/api/v1/reports/" + sctReport).then().statusCode(200).body("unit.code", equalTo("SCT"));
        as("chuyenvien.stttt").get("/api/v1/reports").then().statusCode(200).body("items.id", hasItem(sctReport));
        as("giamsat.mttq").get("/api/v1/reports/" + sctReport).then().statusCode(200);
    }

    @Test
    void attachmentsAreCheckedByContentAndNothingIsHalfStored() throws Exception {
        long part = assignmentId("II.5.a.1", "STTTT");
        int id = as("chuyenvien.stttt").contentType(ContentType.JSON).body(draft("Rà soát thủ tục hành chính", 30, false))
                .post("/api/v1/assignments/" + part + "/reports").then().statusCode(201).extract().path("id");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        int attachment = as("chuyenvien.stttt").multiPart("file", "Bao-cao-quy-IV.pdf", PDF, "application/octet-stream")
                .post("/api/v1/reports/" + id + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("sha256", equalTo(sha))
                .body("fileName", equalTo("Bao-cao-quy-IV.pdf")).extract().path("id");

        long filesBefore = storedFiles();
        // A program renamed to .pdf, text claiming to be a PDF, and a file over the (test) limit of 1 MB.
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        as("chuyenvien.stttt").multiPart("file", "bao-cao.pdf", exe, "application/pdf")
                .post("/api/v1/reports/" + id + "/attachments").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("bao-cao.pdf"));
        as("chuyenvien.stttt").multiPart("file", "ghi-chu.docx", "chỉ là văn bản".getBytes(StandardCharsets.UTF_8), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .post("/api/v1/reports/" + id + "/attachments").then().statusCode(415);
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        as("chuyenvien.stttt").multiPart("file", "lon.pdf", big, "application/pdf")
                .post("/api/v1/reports/" + id + "/attachments").then().statusCode(413)
                .contentType("application/problem+json");
        assertEquals(filesBefore, storedFiles(), "a rejected upload leaves no file behind");

        as("giamdoc.stttt").post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        byte[] downloaded = as("theodoi.sct").get("/api/v1/reports/" + id + "/attachments/" + attachment).then()
                .statusCode(200).header("Content-Disposition", containsString("filename*=UTF-8''Bao-cao-quy-IV.pdf")).extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        as("chuyenvien.sct").get("/api/v1/reports/" + id + "/attachments/" + attachment).then().statusCode(403);
        as("chuyenvien.stttt").multiPart("file", "them.pdf", PDF, "application/pdf")
                .post("/api/v1/reports/" + id + "/attachments").then().statusCode(409);
    }

    private static long storedFiles() throws IOException {
        Path dir = Path.of("target/test-attachments");
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Transactional
    long assignmentId(String taskCode, String unitCode) {
        return Assignment.<Assignment>find("task.code = ?1 and unit.code = ?2", taskCode, unitCode).firstResult().id;
    }

    @Transactional
    long taskId(long assignmentId) {
        return Assignment.<Assignment>findById(assignmentId).task.id;
    }

    @Transactional
    long reportCount(long assignmentId) {
        return ProgressReport.count("assignment.id", assignmentId);
    }
}
