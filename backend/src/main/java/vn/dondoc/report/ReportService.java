package vn.dondoc.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.common.security.Roles;
import vn.dondoc.event.DomainEvents;
import vn.dondoc.event.EventType;
import vn.dondoc.report.ReportDtos.AttachmentView;
import vn.dondoc.report.ReportDtos.ReportDraft;
import vn.dondoc.report.ReportDtos.ReportPage;
import vn.dondoc.report.ReportDtos.ReportReturn;
import vn.dondoc.report.ReportDtos.ReportReview;
import vn.dondoc.report.ReportDtos.ReportView;
import vn.dondoc.occurrence.OccurrenceService;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskService;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitDtos.UnitRef;

/**
 * The lifecycle of progress reports: an officer or the head drafts, only the head submits (signs
 * off) for the unit, a coordinator accepts or returns. Who may see a report: its unit; the lead
 * unit of the same task for a coordinating unit's report; leaders, coordinators, supervisors and
 * admins. Drafts stay inside the unit.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    /** A report returned by a replayed creation: the resource answers 200 instead of 201. */
    public record Created(ReportView report, boolean replayed) {
    }

    @Inject
    OccurrenceService occurrences;

    @Inject
    CurrentUser currentUser;

    @Inject
    TaskService tasks;

    @Inject
    AttachmentStorage storage;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Clock clock;

    @Inject
    DomainEvents events;

    public List<ReportView> ofAssignment(long assignmentId) {
        Assignment assignment = assignment(assignmentId);
        requireCanSee(assignment);
        boolean ownUnit = isOwnUnit(assignment);
        List<ProgressReport> reports = ProgressReport.list("assignment = ?1 order by id", assignment);
        return views(reports.stream().filter(r -> ownUnit || r.status != ReportStatus.DRAFT).toList());
    }

    /** Reports on a task's assignments that the caller may see, oldest first: the task's report timeline. */
    public List<ReportView> ofTask(long taskId) {
        Task task = Task.findById(taskId);
        if (task == null) {
            throw ProblemException.notFound("Không tìm thấy nhiệm vụ có mã số " + taskId + ".");
        }
        List<ProgressReport> reports = ProgressReport.list(
                "from ProgressReport r join fetch r.assignment a join fetch a.unit where a.task = ?1 order by r.id", task);
        List<ProgressReport> visible = reports.stream().filter(this::canRead).toList();
        if (!currentUser.readsAllUnits() && Assignment.count("task = ?1 and unit = ?2", task, currentUser.requireUnit()) == 0) {
            throw ProblemException.forbidden("Nhiệm vụ " + task.code + " không được giao cho đơn vị của bạn.");
        }
        return views(visible);
    }

    /** The review queue and report lists, paged in SQL. */
    public ReportPage list(ReportStatus status, Long unitId, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            where.add("r.status = :status");
            params.and("status", status);
        }
        if (currentUser.readsAllUnits()) {
            where.add("r.status <> :draft");
            params.and("draft", ReportStatus.DRAFT);
            if (unitId != null) {
                where.add("a.unit.id = :unitId");
                params.and("unitId", unitId);
            }
        } else {
            Unit own = currentUser.requireUnit();
            if (unitId != null && !unitId.equals(own.id)) {
                throw ProblemException.forbidden("Bạn chỉ được xem báo cáo của đơn vị mình (" + own.name + ").");
            }
            where.add("(a.unit.id = :own or (a.role = :coordinating and r.status <> :draft and exists (select 1 from "
                    + "Assignment l where l.task = a.task and l.unit.id = :own and l.role = :lead)))");
            params.and("own", own.id).and("coordinating", AssignmentRole.COORDINATING).and("draft", ReportStatus.DRAFT)
                    .and("lead", AssignmentRole.LEAD);
        }
        String jpql = "select r from ProgressReport r join r.assignment a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<ProgressReport> query = ProgressReport.<ProgressReport>find(jpql,
                Sort.by("r.submittedAt", Sort.Direction.Descending).and("r.id", Sort.Direction.Descending), params)
                .page(Page.of(page, size));
        return new ReportPage(views(query.list()), page, size, query.count(), query.pageCount());
    }

    public ReportView get(long id) {
        ProgressReport report = find(id);
        if (!canRead(report)) {
            throw ProblemException.forbidden("Bạn không được xem báo cáo này.");
        }
        return view(report);
    }

    /** A new draft; with an Idempotency-Key, a retried creation returns the first one. */
    public Created create(long assignmentId, ReportDraft draft, String idempotencyKey) {
        Assignment assignment = assignment(assignmentId);
        requireUnitStaff(assignment);
        String hash = hash(draft);
        if (idempotencyKey != null) {
            ProgressReport earlier = ProgressReport.<ProgressReport>find("assignment = ?1 and createKey = ?2", assignment,
                    idempotencyKey).firstResult();
            if (earlier != null) {
                if (!hash.equals(earlier.createHash)) {
                    throw new ProblemException(422, "urn:dondoc:problem:idempotency-key-reused", "Khóa chống lặp đã được dùng",
                            "Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác.", null);
                }
                return new Created(view(earlier), true);
            }
        }
        if (assignment.status == ProgressStatus.CANCELLED) {
            throw ProblemException.conflict("Phần việc đã bị hủy, không thể báo cáo.");
        }
        if (assignment.status == ProgressStatus.CLOSED_WITH_TASK) {
            throw ProblemException.conflict("Nhiệm vụ " + assignment.task.code + " đã "
                    + (assignment.task.status == ProgressStatus.CANCELLED ? "bị hủy" : "hoàn thành")
                    + "; phần việc của đơn vị đã đóng theo nhiệm vụ ngày " + vn.dondoc.common.DisplayDates.DAY.format(assignment.closedOn)
                    + ", không cần báo cáo thêm.");
        }
        ProgressReport report = new ProgressReport();
        report.assignment = assignment;
        apply(report, draft);
        report.createdBy = currentUser.username();
        report.createKey = idempotencyKey;
        report.createHash = hash;
        report.persist();
        ProgressReport.flush();
        return new Created(view(report), false);
    }

    public ReportView update(long id, ReportDraft draft) {
        ProgressReport report = find(id);
        requireUnitStaff(report.assignment);
        report.requireEditable();
        if (draft.version() == null) {
            throw ProblemException.invalid("version", "Phiên bản (version) là bắt buộc khi sửa báo cáo");
        }
        report.checkVersion(draft.version());
        apply(report, draft);
        ProgressReport.flush();
        return view(report);
    }

    /**
     * "Trình ký": an officer puts a draft (or a returned report) before the unit's head for sign-off. Nothing
     * about the report changes; the event tells the head (REPORT_SIGN_OFF_REQUESTED), who then submits it.
     */
    public ReportView requestSignOff(long id) {
        ProgressReport report = find(id);
        requireUnitStaff(report.assignment);
        if (!report.status.editable()) {
            throw ProblemException.conflict("Báo cáo đã được gửi, không cần trình ký nữa.");
        }
        events.record(EventType.REPORT_SIGN_OFF_REQUESTED, report.assignment.task, report.assignment, reportDetails(report));
        return view(report);
    }

    /** The head signs off for the unit. A retried submission with the same key answers as the first. */
    public ReportView submit(long id, String idempotencyKey) {
        ProgressReport report = find(id);
        requireUnitStaff(report.assignment);
        if (report.isReplayOf(idempotencyKey)) {
            return view(report);
        }
        requireHead();
        report.submit(currentUser.username(), Instant.now(clock), LocalDate.now(clock), idempotencyKey);
        events.record(EventType.REPORT_SUBMITTED, report.assignment.task, report.assignment, reportDetails(report));
        ProgressReport.flush();
        return view(report);
    }

    /** Accepting moves the assignment forward; a completion claim completes it on the submission date. */
    public ReportView accept(long id, ReportReview review) {
        ProgressReport report = find(id);
        Assignment assignment = report.assignment;
        if (assignment.task.status == ProgressStatus.CANCELLED && report.status == ReportStatus.SUBMITTED) {
            throw ProblemException.conflict("Nhiệm vụ " + assignment.task.code + " đã bị hủy: không chấp nhận báo cáo của "
                    + "nhiệm vụ đã hủy. Hãy trả lại báo cáo, hoặc mở lại nhiệm vụ trước.");
        }
        report.review(ReportStatus.ACCEPTED, review.comment(), currentUser.username(), Instant.now(clock), review.version());
        ProgressStatus before = assignment.status;
        applyAcceptance(report);
        Task task = assignment.task;
        events.record(EventType.REPORT_ACCEPTED, task, assignment, reportDetails(report));
        if (before != ProgressStatus.COMPLETED && assignment.status == ProgressStatus.COMPLETED) {
            events.record(EventType.ASSIGNMENT_COMPLETED, task, assignment, DomainEvents.details("reportId", report.id));
        }
        ProgressReport.flush();
        return view(report);
    }

    /**
     * What an accepted report does to its assignment (the share starts on its first report; a completion claim completes
     * it on the submission date; otherwise its percent follows) and to the task's derived state. The coordinator's
     * acceptance and the demo's replay of a past acceptance (no caller at start-up, see demo.DemoHistory) go through here.
     */
    public void applyAcceptance(ProgressReport report) {
        Assignment assignment = report.assignment;
        if (assignment.startedOn == null) {
            assignment.startedOn = report.submittedOn;
        }
        if (assignment.status == ProgressStatus.CLOSED_WITH_TASK) {
            // Submitted before the task ended: the share was done then, and counts as done on that day. Otherwise it
            // stays closed with the task: the report is kept as a record.
            if (report.claimsCompletion && report.submittedOn != null && !report.submittedOn.isAfter(assignment.closedOn)) {
                assignment.status = ProgressStatus.COMPLETED;
                assignment.completedOn = report.submittedOn;
                assignment.closedOn = null;
                assignment.percentComplete = 100;
            }
        } else if (report.claimsCompletion) {
            assignment.status = ProgressStatus.COMPLETED;
            assignment.completedOn = report.submittedOn;
            assignment.percentComplete = 100;
        } else if (assignment.status != ProgressStatus.COMPLETED) {
            assignment.status = ProgressStatus.IN_PROGRESS;
            assignment.percentComplete = report.percentComplete;
        }
        Task task = assignment.task;
        tasks.applyProgress(task, Assignment.list("task", task));
        tasks.refreshAncestors(task);
        // A periodic task's accepted report delivers an occurrence: the share's due date moves to the next one.
        occurrences.refresh(task.id);
    }

    private static Map<String, Object> reportDetails(ProgressReport report) {
        return DomainEvents.details("report", DomainEvents.details("id", report.id, "percentComplete",
                report.percentComplete, "claimsCompletion", report.claimsCompletion, "submittedOn", report.submittedOn,
                "reviewerComment", report.reviewerComment));
    }

    public ReportView giveBack(long id, ReportReturn review) {
        ProgressReport report = find(id);
        report.review(ReportStatus.RETURNED, review.comment(), currentUser.username(), Instant.now(clock), review.version());
        events.record(EventType.REPORT_RETURNED, report.assignment.task, report.assignment, reportDetails(report));
        ProgressReport.flush();
        return view(report);
    }

    public AttachmentView attach(long reportId, Path upload, String fileName) {
        ProgressReport report = find(reportId);
        requireUnitStaff(report.assignment);
        report.requireEditable();
        String name = fileName == null || fileName.isBlank() ? "tep-dinh-kem" : Path.of(fileName).getFileName().toString();
        if (name.length() > 255) {
            throw ProblemException.invalid("file", "Tên tệp tối đa 255 ký tự");
        }
        AttachmentStorage.Stored stored = storage.store(upload, name);
        ReportAttachment attachment = new ReportAttachment();
        attachment.report = report;
        attachment.fileName = name;
        attachment.contentType = stored.contentType();
        attachment.sizeBytes = stored.size();
        attachment.sha256 = stored.sha256();
        attachment.storageKey = stored.storageKey();
        attachment.uploadedBy = currentUser.username();
        attachment.persist();
        ReportAttachment.flush();
        return AttachmentView.of(attachment);
    }

    public record Download(Path path, String fileName, String contentType) {
    }

    public Download download(long reportId, long attachmentId) {
        ReportAttachment attachment = attachment(reportId, attachmentId);
        if (!canRead(attachment.report)) {
            throw ProblemException.forbidden("Bạn không được xem báo cáo này.");
        }
        return new Download(storage.path(attachment.storageKey), attachment.fileName, attachment.contentType);
    }

    public void detach(long reportId, long attachmentId) {
        ReportAttachment attachment = attachment(reportId, attachmentId);
        requireUnitStaff(attachment.report.assignment);
        attachment.report.requireEditable();
        attachment.delete();
        storage.deleteAfterCommit(attachment.storageKey);
    }

    private void apply(ProgressReport report, ReportDraft draft) {
        report.workDone = blankToNull(draft.workDone());
        report.results = blankToNull(draft.results());
        report.percentComplete = draft.percentComplete();
        report.difficulties = blankToNull(draft.difficulties());
        report.proposals = blankToNull(draft.proposals());
        report.claimsCompletion = Boolean.TRUE.equals(draft.claimsCompletion());
    }

    private boolean canRead(ProgressReport report) {
        if (isOwnUnit(report.assignment)) {
            return true;
        }
        if (report.status == ReportStatus.DRAFT) {
            return false;
        }
        return currentUser.readsAllUnits() || leadsTheTask(report.assignment);
    }

    private void requireCanSee(Assignment assignment) {
        if (!currentUser.readsAllUnits() && !isOwnUnit(assignment) && !leadsTheTask(assignment)) {
            throw ProblemException.forbidden("Phần việc này không thuộc đơn vị của bạn.");
        }
    }

    /** The caller belongs to the unit of the assignment (unit staff only). */
    private boolean isOwnUnit(Assignment assignment) {
        return (currentUser.hasRole(Roles.UNIT_OFFICER) || currentUser.hasRole(Roles.UNIT_HEAD))
                && currentUser.unit().map(u -> u.id.equals(assignment.unit.id)).orElse(false);
    }

    /** The caller's unit leads the task of a coordinating assignment: it sees its coordinators' reports. */
    private boolean leadsTheTask(Assignment assignment) {
        if (assignment.role != AssignmentRole.COORDINATING || currentUser.unit().isEmpty()
                || !(currentUser.hasRole(Roles.UNIT_OFFICER) || currentUser.hasRole(Roles.UNIT_HEAD))) {
            return false;
        }
        return Assignment.count("task = ?1 and unit = ?2 and role = ?3", assignment.task, currentUser.unit().get(),
                AssignmentRole.LEAD) > 0;
    }

    private void requireUnitStaff(Assignment assignment) {
        if (!isOwnUnit(assignment)) {
            throw ProblemException.forbidden("Chỉ cán bộ của đơn vị được giao mới được lập, sửa và gửi báo cáo này.");
        }
    }

    void requireHead() {
        if (!currentUser.hasRole(Roles.UNIT_HEAD)) {
            throw ProblemException.forbidden("Chỉ thủ trưởng đơn vị được ký gửi báo cáo.");
        }
    }

    private Assignment assignment(long id) {
        Assignment assignment = Assignment.findById(id);
        if (assignment == null) {
            throw ProblemException.notFound("Không tìm thấy phần việc có mã số " + id + ".");
        }
        return assignment;
    }

    private ProgressReport find(long id) {
        ProgressReport report = ProgressReport.findById(id);
        if (report == null) {
            throw ProblemException.notFound("Không tìm thấy báo cáo có mã số " + id + ".");
        }
        return report;
    }

    private ReportAttachment attachment(long reportId, long attachmentId) {
        ReportAttachment attachment = ReportAttachment.findById(attachmentId);
        if (attachment == null || !attachment.report.id.equals(reportId)) {
            throw ProblemException.notFound("Không tìm thấy tệp đính kèm có mã số " + attachmentId + ".");
        }
        return attachment;
    }

    private List<ReportView> views(List<ProgressReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AttachmentView>> attachments = new LinkedHashMap<>();
        ReportAttachment.<ReportAttachment>list("report.id in ?1 order by id", reports.stream().map(r -> r.id).toList())
                .forEach(a -> attachments.computeIfAbsent(a.report.id, k -> new ArrayList<>()).add(AttachmentView.of(a)));
        return reports.stream().map(r -> view(r, attachments.getOrDefault(r.id, List.of()))).toList();
    }

    private ReportView view(ProgressReport r) {
        return views(List.of(r)).get(0);
    }

    private static ReportView view(ProgressReport r, List<AttachmentView> attachments) {
        Assignment a = r.assignment;
        return new ReportView(r.id, a.id, a.task.id, a.task.code, UnitRef.of(a.unit), a.role, r.status, r.workDone,
                r.results, r.percentComplete, r.difficulties, r.proposals, r.claimsCompletion, r.reviewerComment,
                r.createdBy, r.submittedBy, r.submittedAt, r.submittedOn, r.reviewedBy, r.reviewedAt, attachments, r.version);
    }

    private String hash(ReportDraft draft) {
        try {
            byte[] json = objectMapper.writeValueAsString(draft).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
