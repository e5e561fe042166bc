package vn.dondoc.taskfile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;
import vn.dondoc.directive.Directive;
import vn.dondoc.task.Priority;
import vn.dondoc.task.Recurrence;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskDtos.TaskCreate;
import vn.dondoc.task.TaskDtos.TaskPage;
import vn.dondoc.task.TaskDtos.TaskSummary;
import vn.dondoc.task.TaskKind;
import vn.dondoc.task.TaskService;
import vn.dondoc.taskfile.TaskFileDtos.ImportResult;
import vn.dondoc.taskfile.TaskFileDtos.RowError;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitDtos.UnitRef;

/**
 * Task lists to XLSX and CSV, and tasks from such a file into a directive. The export's first columns are exactly
 * the columns the import reads ({@link #COLUMNS}); the columns after them (status, percent, timeliness) are for
 * reading and ignored on import. An import checks every row first and reports every error with its row and
 * column; only a file without errors is written, all rows in one transaction through {@link TaskService}, so
 * every rule of task creation applies and a failure writes nothing.
 */
@ApplicationScoped
@Transactional
public class TaskFileService {

    public static final String CODE = "Mã nhiệm vụ";
    public static final String PARENT = "Mã nhiệm vụ cha";
    public static final String CONTENT = "Nội dung nhiệm vụ";
    public static final String KIND = "Loại nhiệm vụ";
    public static final String RECURRENCE = "Chu kỳ";
    public static final String DUE = "Hạn hoàn thành";
    public static final String FIELD = "Lĩnh vực";
    public static final String PRIORITY = "Mức ưu tiên";
    public static final String OUTPUT = "Sản phẩm đầu ra";
    public static final String APPROVAL = "Cấp trình";
    public static final String LEADS = "Đơn vị chủ trì";
    public static final String COORDINATING = "Đơn vị phối hợp";
    /** The columns an import reads, in the order the export writes them. */
    public static final List<String> COLUMNS = List.of(CODE, PARENT, CONTENT, KIND, RECURRENCE, DUE, FIELD, PRIORITY, OUTPUT,
            APPROVAL, LEADS, COORDINATING);
    /** Written by the export after {@link #COLUMNS}, for reading only. */
    public static final List<String> INFO_COLUMNS = List.of("Trạng thái", "Tiến độ (%)", "Tình hình thực hiện");
    private static final List<String> REQUIRED = List.of(CODE, CONTENT, KIND, LEADS);

    static final int MAX_ROWS = 5000;
    static final int MAX_EXPORT = 20000;
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter D_M_Y = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final Map<TaskKind, String> KIND_LABELS = Map.of(TaskKind.DEADLINE, "Có thời hạn", TaskKind.ONGOING,
            "Thường xuyên", TaskKind.PERIODIC, "Định kỳ");
    private static final Map<Recurrence, String> RECURRENCE_LABELS = Map.of(Recurrence.MONTHLY, "Hằng tháng",
            Recurrence.QUARTERLY, "Hằng quý", Recurrence.HALF_YEARLY, "6 tháng", Recurrence.YEARLY, "Hằng năm");
    private static final Map<Priority, String> PRIORITY_LABELS = Map.of(Priority.HIGH, "Cao", Priority.NORMAL, "Bình thường",
            Priority.LOW, "Thấp");
    private static final Map<String, String> STATUS_LABELS = Map.of("NOT_STARTED", "Chưa thực hiện", "IN_PROGRESS",
            "Đang thực hiện", "COMPLETED", "Hoàn thành", "CANCELLED", "Đã hủy");
    private static final Map<String, String> TIMELINESS_LABELS = Map.of("COMPLETED_ON_TIME", "Hoàn thành đúng hạn",
            "COMPLETED_LATE", "Hoàn thành quá hạn", "ON_TRACK", "Trong hạn", "DUE_SOON", "Sắp đến hạn", "OVERDUE", "Quá hạn",
            "NO_DEADLINE", "Thường xuyên", "CANCELLED", "Đã hủy");

    /** An export file. */
    public record File(String name, String mediaType, byte[] content) {
    }

    /** A row of the file, as read: its number in the sheet and its cells by column name. */
    record Line(int number, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }
    }

    @Inject
    TaskService tasks;

    @Inject
    EntityManager em;

    // --- Export ---

    @Transactional(Transactional.TxType.SUPPORTS)
    public File export(TaskService.Filter filter, String sort, String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"xlsx".equalsIgnoreCase(format)) {
            throw ProblemException.invalid("format", "Định dạng phải là xlsx hoặc csv");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(INFO_COLUMNS);
        rows.add(header);
        int page = 0;
        while (true) {
            // The list itself: same filters, same scope (unit staff get their own unit's tasks only).
            TaskPage p = tasks.list(filter, sort, page, 500);
            rows.addAll(lines(p.items()));
            if (p.items().size() < 500 || rows.size() > MAX_EXPORT) {
                break;
            }
            page++;
        }
        String stamp = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.BASIC_ISO_DATE);
        if (csv) {
            return new File("danh-sach-nhiem-vu-" + stamp + ".csv", "text/csv; charset=UTF-8",
                    Csv.write(rows).getBytes(StandardCharsets.UTF_8));
        }
        return new File("danh-sach-nhiem-vu-" + stamp + ".xlsx", TaskFileResource.XLSX, xlsx(rows));
    }

    private List<List<String>> lines(List<TaskSummary> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> extra = em.createQuery("select t.id, p.code, t.expectedOutput, t.approvalLevel from Task t "
                + "left join t.parent p where t.id in :ids", Object[].class)
                .setParameter("ids", items.stream().map(TaskSummary::id).toList()).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> r));
        List<List<String>> rows = new ArrayList<>();
        for (TaskSummary t : items) {
            Object[] x = extra.get(t.id());
            List<String> row = new ArrayList<>();
            row.add(t.code());
            row.add(x[1] == null ? "" : (String) x[1]);
            row.add(t.content());
            row.add(t.kind() == null ? "" : KIND_LABELS.get(t.kind()));
            row.add(t.recurrence() == null ? "" : RECURRENCE_LABELS.get(t.recurrence()));
            row.add(t.dueDate() == null ? "" : t.dueDate().format(DMY));
            row.add(t.field() == null ? "" : t.field());
            row.add(t.priority() == null ? "" : PRIORITY_LABELS.get(t.priority()));
            row.add(x[2] == null ? "" : (String) x[2]);
            row.add(x[3] == null ? "" : (String) x[3]);
            row.add(t.leadUnits().stream().map(UnitRef::code).collect(Collectors.joining("; ")));
            row.add(t.coordinatingUnits().stream().map(UnitRef::code).collect(Collectors.joining("; ")));
            row.add(STATUS_LABELS.getOrDefault(t.status().name(), t.status().name()));
            row.add(String.valueOf(t.percentComplete()));
            row.add(t.timeliness() == null ? "" : TIMELINESS_LABELS.getOrDefault(t.timeliness().name(), t.timeliness().name()));
            rows.add(row);
        }
        return rows;
    }

    private static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Nhiệm vụ");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            CellStyle text = book.createCellStyle();
            text.setWrapText(true);
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c, CellType.STRING);
                    cell.setCellValue(values.get(c));
                    cell.setCellStyle(r == 0 ? head : text);
                }
            }
            int columns = rows.get(0).size();
            int[] widths = { 14, 14, 70, 14, 12, 14, 30, 12, 30, 12, 24, 24, 16, 10, 20 };
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, widths[Math.min(c, widths.length - 1)] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size() - 1), 0, columns - 1));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- Import ---

    /** Checks the file; unless {@code dryRun}, then creates every task of a file without errors (all or nothing). */
    public ImportResult importTasks(long directiveId, byte[] file, boolean dryRun) {
        Directive directive = Directive.findById(directiveId);
        if (directive == null) {
            throw ProblemException.notFound("Không tìm thấy văn bản chỉ đạo có mã số " + directiveId + ".");
        }
        List<RowError> errors = new ArrayList<>();
        List<Line> lines = read(file, errors);
        List<TaskCreate> requests = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        if (errors.isEmpty()) {
            check(directive, lines, errors, requests, parents);
        }
        List<String> codes = lines.stream().map(l -> l.get(CODE)).toList();
        if (dryRun || !errors.isEmpty()) {
            if (!dryRun) {
                throw ProblemException.invalid(errors.stream()
                        .map(e -> new FieldError("dòng " + e.row() + (e.column() == null ? "" : " – " + e.column()), e.message()))
                        .toList());
            }
            return new ImportResult(true, lines.size(), 0, errors, codes);
        }
        Map<String, Long> created = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            TaskCreate r = requests.get(i);
            Long parentId = null;
            String parent = parents.get(i);
            if (!parent.isEmpty()) {
                parentId = created.containsKey(parent) ? created.get(parent) : existing(directive, parent).orElseThrow().id;
            }
            TaskCreate withParent = new TaskCreate(r.directiveId(), parentId, r.code(), r.content(), r.kind(), r.recurrence(),
                    r.dueDate(), r.field(), r.priority(), r.expectedOutput(), r.approvalLevel(), r.leadUnitIds(), null,
                    r.coordinatingUnitIds(), null);
            try {
                created.put(r.code(), tasks.create(withParent).id());
            } catch (ProblemException e) {
                // The whole import rolls back; say which row the rules refused.
                int row = lines.get(i).number();
                throw ProblemException.invalid(e.errors().isEmpty() ? List.of(new FieldError("dòng " + row, e.getMessage()))
                        : e.errors().stream().map(f -> new FieldError("dòng " + row + " – " + f.field(), f.message())).toList());
            }
        }
        return new ImportResult(false, lines.size(), created.size(), List.of(), codes);
    }

    private List<Line> read(byte[] file, List<RowError> errors) {
        List<List<String>> table;
        if (file == null || file.length == 0) {
            errors.add(new RowError(0, null, "Tệp rỗng"));
            return List.of();
        }
        boolean zip = file.length > 2 && file[0] == 'P' && file[1] == 'K';
        if (zip) {
            try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file))) {
                table = sheet(book.getSheetAt(0));
            } catch (IOException | RuntimeException e) {
                errors.add(new RowError(0, null, "Không đọc được tệp Excel (.xlsx)"));
                return List.of();
            }
        } else {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(file)).toString();
                table = Csv.read(text);
            } catch (CharacterCodingException e) {
                errors.add(new RowError(0, null, "Tệp CSV phải mã hóa UTF-8"));
                return List.of();
            }
        }
        if (table.isEmpty()) {
            errors.add(new RowError(1, null, "Tệp không có dòng tiêu đề"));
            return List.of();
        }
        List<String> header = table.get(0).stream().map(h -> h == null ? "" : h.trim()).toList();
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                errors.add(new RowError(1, required, "Thiếu cột \"" + required + "\""));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> values = table.get(r);
            if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                continue; // blank lines, e.g. at the end of a CSV
            }
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < header.size() && c < values.size(); c++) {
                if (COLUMNS.contains(header.get(c))) {
                    cells.put(header.get(c), values.get(c));
                }
            }
            lines.add(new Line(r + 1, cells));
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(2, null, "Tệp không có nhiệm vụ nào"));
        }
        if (lines.size() > MAX_ROWS) {
            errors.add(new RowError(0, null, "Tệp có " + lines.size() + " nhiệm vụ; tối đa " + MAX_ROWS + " nhiệm vụ một lần"));
        }
        return lines;
    }

    private static List<List<String>> sheet(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> table = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        values.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        values.add(cell.getLocalDateTimeCellValue().toLocalDate().format(DMY));
                    } else {
                        values.add(formatter.formatCellValue(cell));
                    }
                }
            }
            // Keep row numbering: an empty row stays an (empty) entry.
            table.add(values);
        }
        return table;
    }

    private void check(Directive directive, List<Line> lines, List<RowError> errors, List<TaskCreate> requests,
            List<String> parents) {
        Set<String> existingCodes = new HashSet<>(em.createQuery("select t.code from Task t where t.directive = :d", String.class)
                .setParameter("d", directive).getResultList());
        Map<String, Unit> units = new HashMap<>();
        Unit.<Unit>listAll().forEach(u -> units.put(u.code.toUpperCase(Locale.ROOT), u));
        Set<String> seen = new HashSet<>();
        for (Line line : lines) {
            int n = line.number();
            int before = errors.size();
            String code = line.get(CODE);
            if (code.isEmpty()) {
                errors.add(new RowError(n, CODE, "Mã nhiệm vụ không được để trống"));
            } else if (code.length() > 40) {
                errors.add(new RowError(n, CODE, "Mã nhiệm vụ tối đa 40 ký tự"));
            } else if (existingCodes.contains(code)) {
                errors.add(new RowError(n, CODE, "Mã nhiệm vụ " + code + " đã có trong văn bản chỉ đạo này"));
            } else if (!seen.add(code)) {
                errors.add(new RowError(n, CODE, "Mã nhiệm vụ " + code + " bị lặp lại trong tệp"));
            }
            String parent = line.get(PARENT);
            if (!parent.isEmpty() && !existingCodes.contains(parent) && !(seen.contains(parent) && !parent.equals(code))) {
                errors.add(new RowError(n, PARENT, "Không có nhiệm vụ mã " + parent
                        + " trong văn bản chỉ đạo này hoặc ở các dòng phía trên"));
            }
            String content = line.get(CONTENT);
            if (content.isEmpty()) {
                errors.add(new RowError(n, CONTENT, "Nội dung nhiệm vụ không được để trống"));
            } else if (content.length() > 10000) {
                errors.add(new RowError(n, CONTENT, "Nội dung nhiệm vụ tối đa 10000 ký tự"));
            }
            TaskKind kind = null;
            if (line.get(KIND).isEmpty()) {
                errors.add(new RowError(n, KIND, "Loại nhiệm vụ là bắt buộc (Có thời hạn, Thường xuyên hoặc Định kỳ)"));
            } else {
                kind = value(line.get(KIND), TaskKind.class, KIND_LABELS);
                if (kind == null) {
                    errors.add(new RowError(n, KIND, "Loại nhiệm vụ không hợp lệ: '" + line.get(KIND)
                            + "' (Có thời hạn, Thường xuyên hoặc Định kỳ)"));
                }
            }
            Recurrence recurrence = null;
            if (!line.get(RECURRENCE).isEmpty()) {
                recurrence = value(line.get(RECURRENCE), Recurrence.class, RECURRENCE_LABELS);
                if (recurrence == null) {
                    errors.add(new RowError(n, RECURRENCE, "Chu kỳ không hợp lệ: '" + line.get(RECURRENCE)
                            + "' (Hằng tháng, Hằng quý, 6 tháng hoặc Hằng năm)"));
                }
            } else if (kind == TaskKind.PERIODIC) {
                errors.add(new RowError(n, RECURRENCE, "Nhiệm vụ định kỳ phải có chu kỳ"));
            }
            LocalDate due = null;
            if (!line.get(DUE).isEmpty()) {
                due = date(line.get(DUE));
                if (due == null) {
                    errors.add(new RowError(n, DUE, "Ngày không hợp lệ: '" + line.get(DUE) + "' (dạng dd/MM/yyyy)"));
                }
            } else if (kind == TaskKind.DEADLINE) {
                errors.add(new RowError(n, DUE, "Nhiệm vụ có thời hạn phải có hạn hoàn thành"));
            }
            Priority priority = null;
            if (!line.get(PRIORITY).isEmpty()) {
                priority = value(line.get(PRIORITY), Priority.class, PRIORITY_LABELS);
                if (priority == null) {
                    errors.add(new RowError(n, PRIORITY, "Mức ưu tiên không hợp lệ: '" + line.get(PRIORITY)
                            + "' (Cao, Bình thường hoặc Thấp)"));
                }
            }
            maxLength(line, FIELD, 200, errors);
            maxLength(line, OUTPUT, 500, errors);
            maxLength(line, APPROVAL, 30, errors);
            List<Long> leads = units(line, LEADS, units, errors);
            List<Long> coordinating = units(line, COORDINATING, units, errors);
            if (line.get(LEADS).isEmpty()) {
                errors.add(new RowError(n, LEADS, "Cần ít nhất một đơn vị chủ trì (mã đơn vị, cách nhau bởi dấu ;)"));
            }
            for (Long id : coordinating) {
                if (leads.contains(id)) {
                    errors.add(new RowError(n, COORDINATING, "Đơn vị đã là đơn vị chủ trì, không thể đồng thời là đơn vị phối hợp"));
                }
            }
            if (errors.size() == before) {
                requests.add(new TaskCreate(directive.id, null, code, content, kind, recurrence, due, blankToNull(line.get(FIELD)),
                        priority, blankToNull(line.get(OUTPUT)), blankToNull(line.get(APPROVAL)), leads, null, coordinating, null));
                parents.add(parent);
            }
        }
    }

    private static void maxLength(Line line, String column, int max, List<RowError> errors) {
        if (line.get(column).length() > max) {
            errors.add(new RowError(line.number(), column, column + " tối đa " + max + " ký tự"));
        }
    }

    private static List<Long> units(Line line, String column, Map<String, Unit> units, List<RowError> errors) {
        List<Long> ids = new ArrayList<>();
        for (String part : line.get(column).split("[;,\\n]")) {
            String code = part.trim();
            if (code.isEmpty()) {
                continue;
            }
            Unit unit = units.get(code.toUpperCase(Locale.ROOT));
            if (unit == null) {
                errors.add(new RowError(line.number(), column, "Không có đơn vị mã " + code));
            } else if (!unit.active) {
                errors.add(new RowError(line.number(), column, "Đơn vị " + unit.name + " đã ngừng hoạt động"));
            } else if (ids.contains(unit.id)) {
                errors.add(new RowError(line.number(), column, "Đơn vị " + code + " bị lặp lại"));
            } else {
                ids.add(unit.id);
            }
        }
        return ids;
    }

    /** An enum from its code (DEADLINE) or its Vietnamese label (Có thời hạn), ignoring case. */
    private static <E extends Enum<E>> E value(String text, Class<E> type, Map<E, String> labels) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text) || labels.get(e).equalsIgnoreCase(text)) {
                return e;
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter f : List.of(DMY, D_M_Y, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // next pattern
            }
        }
        return null;
    }

    private Optional<Task> existing(Directive directive, String code) {
        return Task.<Task>find("directive = ?1 and code = ?2", directive, code).firstResultOptional();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
