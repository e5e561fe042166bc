package vn.dondoc.taskfile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.security.KeycloakTokenTest;
import vn.dondoc.task.Task;

/**
 * Bulk import and export of tasks. Imported tasks go to the top level of the demo program (after its section II, so
 * the document order other tests read is unchanged) and to units other than Sở TT&TT.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskFileTest {

    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String HEADER = String.join(",", TaskFileService.COLUMNS);

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TOKENS.computeIfAbsent(user, KeycloakTokenTest::userToken));
    }

    @Test
    void aFileWithErrorsWritesNothingAndReportsEveryErrorWithItsRow() {
        long program = programId();
        String csv = HEADER + "\r\n"
                + "NK.1,,,Có thời hạn,,31/12/2027,,,,,SCT,\r\n"                       // row 2: no content
                + "NK.2,,Xây dựng đề án,Có thời hạn,,31/02/2027,,,,,SCT,\r\n"          // row 3: no such date
                + "NK.3,,Khảo sát nhu cầu,Thường xuyên,,,,Gấp,,,XYZ,SCT\r\n"          // row 4: priority, unknown unit
                + "NK.4,II.9,Tổng kết,Có thời hạn,,01/06/2027,,,,,SCT,\r\n"            // row 5: unknown parent
                + "NK.5,,Lập kế hoạch,Định kỳ,,,,,,,SCT,SCT\r\n"                     // row 6: no recurrence, lead = coordinating
                + "NK.6,,Hợp lệ,Có thời hạn,,01/06/2027,,,,,SCT,\r\n"                  // row 7: fine
                + "NK.6,,Trùng mã,Có thời hạn,,01/06/2027,,,,,SCT,\r\n"                // row 8: duplicate code
                + "II.1.a,,Trùng mã văn bản,Thường xuyên,,,,,,,SCT,\r\n";              // row 9: code already in the program
        long before = taskCount(program);
        JsonPath dry = upload(program, csv.getBytes(StandardCharsets.UTF_8), "nhap.csv", true).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(8, dry.getInt("rows"));
        assertEquals(0, dry.getInt("created"));
        List<String> errors = new ArrayList<>();
        dry.getList("errors", Map.class).forEach(e -> errors.add(e.get("row") + "|" + e.get("column")));
        assertEquals(List.of("2|Nội dung nhiệm vụ", "3|Hạn hoàn thành", "4|Mức ưu tiên", "4|Đơn vị chủ trì", "5|Mã nhiệm vụ cha",
                "6|Chu kỳ", "6|Đơn vị phối hợp", "8|Mã nhiệm vụ", "9|Mã nhiệm vụ"), errors);
        assertEquals("Ngày không hợp lệ: '31/02/2027' (dạng dd/MM/yyyy)", dry.getString("errors[1].message"));
        assertEquals("Không có đơn vị mã XYZ", dry.getString("errors[3].message"));
        assertEquals(before, taskCount(program));

        // The real import refuses the same file, row by row, and writes nothing either.
        JsonPath refused = upload(program, csv.getBytes(StandardCharsets.UTF_8), "nhap.csv", false).then().statusCode(400)
                .extract().jsonPath();
        assertEquals(9, refused.getList("errors").size());
        assertEquals("dòng 3 – Hạn hoàn thành", refused.getString("errors[1].field"));
        assertEquals(before, taskCount(program));

        // Not a spreadsheet, not UTF-8: one error, no 500.
        upload(program, new byte[] { 'P', 'K', 3, 4, 0, 0 }, "x.xlsx", true).then().statusCode(200)
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("Không đọc được tệp Excel (.xlsx)"));
    }

    @Test
    void aCorrectFileIsImportedWholeAndRoundTripsWithTheExport() throws Exception {
        long program = programId();
        List<List<String>> rows = List.of(
                List.of("KT.1", "", "Phát triển khu kinh tế Vũng Áng thành trung tâm công nghiệp (khảo sát KTVA-RT)", "Có thời hạn", "",
                        "31/12/2027", "Phát triển công nghiệp bền vững", "Cao", "Đề án", "UBND_TINH", "SCT", "SKHCN"),
                List.of("KT.1.1", "KT.1", "Lập quy hoạch chi tiết, \"giai đoạn 1\" (khảo sát KTVA-RT)", "Định kỳ", "Hằng quý", "",
                        "Phát triển công nghiệp bền vững", "Bình thường", "", "", "SCT; SKHCN", ""),
                List.of("KT.2", "", "Tuyên truyền về khu kinh tế, mời gọi đầu tư (khảo sát KTVA-RT)", "Thường xuyên", "", "", "",
                        "Thấp", "", "", "SKHCN", "SCT"));
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        rows.forEach(r -> csv.append(Csv.write(List.of(r)).substring(1)));
        long before = taskCount(program);
        JsonPath dry = upload(program, csv.toString().getBytes(StandardCharsets.UTF_8), "nhap.csv", true).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(), dry.getList("errors"));
        assertEquals(before, taskCount(program));
        JsonPath done = upload(program, csv.toString().getBytes(StandardCharsets.UTF_8), "nhap.csv", false).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, done.getInt("created"));
        assertEquals(before + 3, taskCount(program));

        byte[] xlsx = as("theodoi.sct").queryParam("directiveId", program).queryParam("q", "KTVA-RT").queryParam("format", "xlsx")
                .get("/api/v1/tasks/export").then().statusCode(200).contentType(TaskFileResource.XLSX).extract().asByteArray();
        List<List<String>> exported = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < TaskFileService.COLUMNS.size(); c++) {
                    values.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
                }
                exported.add(values);
            }
        }
        assertEquals(TaskFileService.COLUMNS, exported.get(0));
        assertEquals(rows, exported.subList(1, exported.size()));

        String exportedCsv = as("theodoi.sct").queryParam("directiveId", program).queryParam("q", "KTVA-RT")
                .queryParam("format", "csv").get("/api/v1/tasks/export").then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertTrue(exportedCsv.startsWith(Csv.BOM), "Excel needs the BOM");
        List<List<String>> csvRows = Csv.read(exportedCsv);
        assertEquals(rows, csvRows.subList(1, csvRows.size()).stream().map(r -> r.subList(0, TaskFileService.COLUMNS.size()))
                .toList());

        // Imported again, the exported file is refused row by row: its codes already exist.
        JsonPath again = upload(program, xlsx, "xuat.xlsx", true).then().statusCode(200).extract().jsonPath();
        assertEquals(3, again.getList("errors").size());
        assertEquals(2, again.getInt("errors[0].row"));
    }

    @Test
    void theExportIsScopedLikeTheList() {
        String csv = as("chuyenvien.stttt").queryParam("format", "csv").get("/api/v1/tasks/export").then().statusCode(200)
                .extract().asString();
        long listed = as("chuyenvien.stttt").queryParam("size", 1).get("/api/v1/tasks").then().statusCode(200).extract()
                .jsonPath().getLong("totalItems");
        assertEquals(listed + 1, Csv.read(csv).size());
        as("chuyenvien.stttt").queryParam("unitId", unitId("SCT")).get("/api/v1/tasks/export").then().statusCode(403);
        as("theodoi.sct").queryParam("format", "pdf").get("/api/v1/tasks/export").then().statusCode(400);
    }

    private io.restassured.response.Response upload(long directive, byte[] content, String name, boolean dryRun) {
        return as("theodoi.sct").multiPart("file", name, content).queryParam("dryRun", dryRun)
                .post("/api/v1/directives/" + directive + "/task-import");
    }

    @Transactional
    long taskCount(long directive) {
        return Task.count("directive.id", directive);
    }

    @Transactional
    long unitId(String code) {
        return vn.dondoc.unit.Unit.findByCode(code).orElseThrow().id;
    }

    @Transactional
    long programId() {
        return Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult().id;
    }
}
