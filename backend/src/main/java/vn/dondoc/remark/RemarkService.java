package vn.dondoc.remark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.common.security.Roles;
import vn.dondoc.event.DomainEvents;
import vn.dondoc.event.EventType;
import vn.dondoc.remark.RemarkDtos.AnswerCreate;
import vn.dondoc.remark.RemarkDtos.AnswerView;
import vn.dondoc.remark.RemarkDtos.FileView;
import vn.dondoc.remark.RemarkDtos.RemarkCreate;
import vn.dondoc.remark.RemarkDtos.RemarkUpdate;
import vn.dondoc.remark.RemarkDtos.RemarkView;
import vn.dondoc.remark.RemarkDtos.UnitCount;
import vn.dondoc.report.AttachmentStorage;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Task;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitDtos.UnitRef;

/**
 * Supervision remarks (issue 13, rule 7). Who may do what:
 * <ul>
 * <li>write a remark: supervisors only, on a task or on one unit's share of it;</li>
 * <li>answer: the officers and head of the unit concerned only (the share's unit; for a remark on the
 * whole task, any unit the task is assigned to);</li>
 * <li>read: everyone who sees the task (leaders, coordinators, supervisors, admins; unit staff of a unit
 * the task is assigned to, who see the remarks on the whole task and on their own share, not those on
 * another unit's share). Never the public, nor the document system;</li>
 * <li>edit the text or attach a file: the author only, with the version they read.</li>
 * </ul>
 * Each remark and answer is a domain event (REMARK_RECORDED, REMARK_ANSWERED) that carries only ids:
 * the notification router tells the unit, the coordinators and the remark's author.
 */
@ApplicationScoped
@Transactional
public class RemarkService {

    @Inject
    CurrentUser currentUser;

    @Inject
    AttachmentStorage storage;

    @Inject
    DomainEvents events;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A file to send back. */
    public record Download(Path path, String fileName, String contentType) {
    }

    // ---------------------------------------------------------------- reading

    /** The remarks of a task the caller may read, oldest first, each with its answers. */
    public List<RemarkView> ofTask(long taskId) {
        Task task = task(taskId);
        Unit own = requireSeesTask(task);
        List<Remark> remarks = em.createQuery("from Remark r left join fetch r.unit left join fetch r.authorUnit "
                + "where r.task = :task and r.parent is null order by r.createdAt, r.id", Remark.class)
                .setParameter("task", task).getResultList().stream()
                .filter(r -> own == null || r.unit == null || r.unit.id.equals(own.id)).toList();
        Map<Long, List<Remark>> answers = new HashMap<>();
        if (!remarks.isEmpty()) {
            em.createQuery("from Remark r left join fetch r.authorUnit where r.parent in :remarks order by r.createdAt, r.id",
                    Remark.class).setParameter("remarks", remarks).getResultList()
                    .forEach(a -> answers.computeIfAbsent(a.parent.id, k -> new ArrayList<>()).add(a));
        }
        return remarks.stream().map(r -> view(r, answers.getOrDefault(r.id, List.of()))).toList();
    }

    /**
     * Per unit, the remarks about its shares and about the whole tasks it is assigned to, and how many of them
     * it has not answered; unit staff get their own unit only.
     */
    public List<UnitCount> countsByUnit(Long directiveId, Long unitId) {
        Long scope = currentUser.scopeUnit(unitId, "ý kiến giám sát");
        String directive = directiveId == null ? "" : " and r.task.directive.id = :directive";
        String unit = scope == null ? "" : " and u.id = :unit";
        var shares = em.createQuery("select u.id, count(r), sum(case when exists (select 1 from Remark x where x.parent = r) "
                + "then 0 else 1 end) from Remark r join r.unit u where r.parent is null" + directive + unit
                + " group by u.id", Object[].class);
        var tasks = em.createQuery("select u.id, count(distinct r.id), count(distinct case when not exists (select 1 from Remark x "
                + "where x.parent = r and x.authorUnit = u) then r.id end) from Remark r, Assignment a join a.unit u "
                + "where a.task = r.task and r.parent is null and r.assignment is null" + directive + unit
                + " group by u.id", Object[].class);
        if (directiveId != null) {
            shares.setParameter("directive", directiveId);
            tasks.setParameter("directive", directiveId);
        }
        if (scope != null) {
            shares.setParameter("unit", scope);
            tasks.setParameter("unit", scope);
        }
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : shares.getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
            c[0] += ((Number) row[1]).longValue();
            c[2] += row[2] == null ? 0 : ((Number) row[2]).longValue();
        }
        for (Object[] row : tasks.getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
            c[1] += ((Number) row[1]).longValue();
            c[2] += row[2] == null ? 0 : ((Number) row[2]).longValue();
        }
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<Long, Unit> units = new HashMap<>();
        Unit.<Unit>list("id in ?1", counts.keySet()).forEach(u -> units.put(u.id, u));
        return counts.entrySet().stream()
                .map(e -> new UnitCount(UnitRef.of(units.get(e.getKey())), e.getValue()[0], e.getValue()[1],
                        e.getValue()[0] + e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparing((UnitCount c) -> c.unit().name()).thenComparing(c -> c.unit().id()))
                .toList();
    }

    /**
     * The remarks on these tasks written up to a day (in the province's zone), in task order then oldest first, each with
     * the answers written up to that day ("Unit: text"): the consolidated report's annex. No caller check: the report
     * is compiled for coordinators and leaders, never published.
     */
    public List<RemarkDtos.AnnexLine> annex(List<Long> taskIds, java.time.LocalDate upTo) {
        Instant end = upTo.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<RemarkDtos.AnnexLine> lines = new ArrayList<>();
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < taskIds.size(); i++) {
            order.putIfAbsent(taskIds.get(i), i);
        }
        List<Remark> remarks = new ArrayList<>();
        for (int from = 0; from < taskIds.size(); from += 1000) {
            remarks.addAll(em.createQuery("from Remark r join fetch r.task left join fetch r.unit left join fetch r.authorUnit "
                    + "where r.task.id in :tasks and r.parent is null and r.createdAt < :end", Remark.class)
                    .setParameter("tasks", taskIds.subList(from, Math.min(taskIds.size(), from + 1000)))
                    .setParameter("end", end).getResultList());
        }
        remarks.sort(Comparator.comparing((Remark r) -> order.get(r.task.id)).thenComparing(r -> r.createdAt)
                .thenComparing(r -> r.id));
        Map<Long, List<String>> answers = new HashMap<>();
        for (int from = 0; from < remarks.size(); from += 1000) {
            em.createQuery("from Remark r left join fetch r.unit where r.parent in :remarks and r.createdAt < :end "
                    + "order by r.createdAt, r.id", Remark.class)
                    .setParameter("remarks", remarks.subList(from, Math.min(remarks.size(), from + 1000)))
                    .setParameter("end", end).getResultList()
                    .forEach(a -> answers.computeIfAbsent(a.parent.id, k -> new ArrayList<>())
                            .add((a.unit == null ? a.authorName : a.unit.name) + ": " + a.body));
        }
        for (Remark r : remarks) {
            lines.add(new RemarkDtos.AnnexLine(r.task.code, r.unit == null ? "Cả nhiệm vụ" : r.unit.name,
                    r.authorUnit == null ? r.authorName : r.authorUnit.name, r.createdAt.atZone(clock.getZone()).toLocalDate(),
                    r.body, answers.getOrDefault(r.id, List.of())));
        }
        return lines;
    }

    public Download download(long id) {
        Remark remark = find(id);
        requireReads(remark);
        if (remark.fileStorageKey == null) {
            throw ProblemException.notFound("Ý kiến " + id + " không có tệp đính kèm.");
        }
        return new Download(storage.path(remark.fileStorageKey), remark.fileName, remark.fileContentType);
    }

    // ---------------------------------------------------------------- writing

    public RemarkView create(long taskId, RemarkCreate request) {
        if (!currentUser.hasRole(Roles.SUPERVISOR)) {
            throw ProblemException.forbidden("Chỉ tổ chức giám sát được ghi ý kiến giám sát.");
        }
        Task task = task(taskId);
        Assignment assignment = null;
        if (request.assignmentId() != null) {
            assignment = Assignment.findById(request.assignmentId());
            if (assignment == null || !assignment.task.id.equals(task.id)) {
                throw ProblemException.invalid("assignmentId", "Phần việc " + request.assignmentId() + " không thuộc nhiệm vụ "
                        + task.code);
            }
        } else if (Assignment.count("task", task) == 0) {
            throw ProblemException.invalid("taskId", "Nhiệm vụ " + task.code + " chưa được giao cho đơn vị nào");
        }
        Remark remark = newRemark(task, request.text());
        remark.assignment = assignment;
        remark.unit = assignment == null ? null : assignment.unit;
        remark.persist();
        events.record(EventType.REMARK_RECORDED, task, assignment, DomainEvents.details("remark",
                DomainEvents.details("id", remark.id)));
        Remark.flush();
        return view(remark, List.of());
    }

    public RemarkView answer(long remarkId, AnswerCreate request) {
        Remark remark = find(remarkId);
        if (remark.isAnswer()) {
            throw ProblemException.conflict("Chỉ trả lời được ý kiến giám sát, không trả lời một câu trả lời.");
        }
        Unit own = requireUnitStaff();
        Assignment share = remark.assignment;
        if (share == null) {
            share = Assignment.<Assignment>find("task = ?1 and unit = ?2 order by role, id", remark.task, own).firstResult();
        }
        if (share == null || !share.unit.id.equals(own.id)) {
            throw ProblemException.forbidden("Ý kiến này không gửi đơn vị của bạn (" + own.name + "): chỉ đơn vị được góp ý "
                    + "mới trả lời được.");
        }
        Remark answer = newRemark(remark.task, request.text());
        answer.parent = remark;
        answer.assignment = share;
        answer.unit = own;
        answer.persist();
        events.record(EventType.REMARK_ANSWERED, remark.task, share, DomainEvents.details("remark",
                DomainEvents.details("id", remark.id, "answerId", answer.id)));
        Remark.flush();
        return view(remark, Remark.list("parent = ?1 order by createdAt, id", remark));
    }

    public RemarkView update(long id, RemarkUpdate request) {
        Remark remark = find(id);
        requireAuthor(remark);
        checkVersion(remark, request.version());
        remark.body = request.text().trim();
        remark.updatedAt = now();
        Remark.flush();
        return root(remark);
    }

    public RemarkView attach(long id, Path upload, String fileName) {
        Remark remark = find(id);
        requireAuthor(remark);
        String name = fileName == null || fileName.isBlank() ? "tep-dinh-kem" : Path.of(fileName).getFileName().toString();
        if (name.length() > 255) {
            throw ProblemException.invalid("file", "Tên tệp tối đa 255 ký tự");
        }
        AttachmentStorage.Stored stored = storage.store(upload, name);
        if (remark.fileStorageKey != null) {
            storage.deleteAfterCommit(remark.fileStorageKey);
        }
        remark.fileName = name;
        remark.fileContentType = stored.contentType();
        remark.fileSizeBytes = stored.size();
        remark.fileSha256 = stored.sha256();
        remark.fileStorageKey = stored.storageKey();
        remark.updatedAt = now();
        Remark.flush();
        return root(remark);
    }

    // ---------------------------------------------------------------- rules

    private Remark newRemark(Task task, String text) {
        Remark remark = new Remark();
        remark.task = task;
        remark.body = text.trim();
        remark.authorUsername = currentUser.username();
        remark.authorName = currentUser.fullName();
        remark.authorUnit = currentUser.unit().orElse(null);
        remark.createdAt = now();
        remark.updatedAt = remark.createdAt;
        return remark;
    }

    /** The caller's unit when they read as unit staff (null for readers of the whole province); 403 if not assigned. */
    private Unit requireSeesTask(Task task) {
        if (currentUser.readsAllUnits()) {
            return null;
        }
        Unit own = currentUser.requireUnit();
        if (Assignment.count("task = ?1 and unit = ?2", task, own) == 0) {
            throw ProblemException.forbidden("Nhiệm vụ " + task.code + " không được giao cho đơn vị của bạn.");
        }
        return own;
    }

    private void requireReads(Remark remark) {
        Remark root = remark.isAnswer() ? remark.parent : remark;
        Unit own = requireSeesTask(root.task);
        if (own != null && root.unit != null && !root.unit.id.equals(own.id)) {
            throw ProblemException.forbidden("Ý kiến này về phần việc của đơn vị khác.");
        }
    }

    private Unit requireUnitStaff() {
        if (!currentUser.hasRole(Roles.UNIT_OFFICER) && !currentUser.hasRole(Roles.UNIT_HEAD)) {
            throw ProblemException.forbidden("Chỉ đơn vị được giao mới trả lời được ý kiến giám sát.");
        }
        return currentUser.requireUnit();
    }

    private void requireAuthor(Remark remark) {
        if (!remark.authorUsername.equals(currentUser.username())) {
            throw ProblemException.forbidden("Chỉ người viết mới sửa được ý kiến hoặc trả lời này.");
        }
    }

    private static void checkVersion(Remark remark, long seen) {
        if (remark.version != seen) {
            throw ProblemException.conflict("Ý kiến đã được sửa (phiên bản hiện tại " + remark.version + ", bạn gửi " + seen
                    + "). Hãy tải lại và thực hiện lại thay đổi.");
        }
    }

    private Task task(long taskId) {
        Task task = Task.findById(taskId);
        if (task == null) {
            throw ProblemException.notFound("Không tìm thấy nhiệm vụ có mã số " + taskId + ".");
        }
        return task;
    }

    private Remark find(long id) {
        Remark remark = Remark.findById(id);
        if (remark == null) {
            throw ProblemException.notFound("Không tìm thấy ý kiến giám sát có mã số " + id + ".");
        }
        return remark;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    // ---------------------------------------------------------------- views

    /** The remark (or the remark an answer belongs to) with all its answers, as the caller sees it. */
    private RemarkView root(Remark remark) {
        Remark root = remark.isAnswer() ? remark.parent : remark;
        return view(root, Remark.list("parent = ?1 order by createdAt, id", root));
    }

    private RemarkView view(Remark r, List<Remark> answers) {
        boolean staff = currentUser.hasRole(Roles.UNIT_OFFICER) || currentUser.hasRole(Roles.UNIT_HEAD);
        boolean canAnswer = staff && currentUser.unit().map(u -> r.unit == null
                ? Assignment.count("task = ?1 and unit = ?2", r.task, u) > 0 : r.unit.id.equals(u.id)).orElse(false);
        return new RemarkView(r.id, r.task.id, r.task.code, r.assignment == null ? null : r.assignment.id,
                r.unit == null ? null : UnitRef.of(r.unit), r.body, r.authorUsername, r.authorName,
                r.authorUnit == null ? null : UnitRef.of(r.authorUnit), file(r), r.createdAt, r.updatedAt, r.version, canAnswer,
                r.authorUsername.equals(currentUser.username()),
                answers.stream().map(a -> new AnswerView(a.id, a.body, a.authorUsername, a.authorName,
                        a.authorUnit == null ? null : UnitRef.of(a.authorUnit), file(a), a.createdAt, a.updatedAt, a.version))
                        .toList());
    }

    private static FileView file(Remark r) {
        return r.fileStorageKey == null ? null
                : new FileView(r.fileName, r.fileContentType, r.fileSizeBytes == null ? 0 : r.fileSizeBytes,
                        "/api/v1/remarks/" + r.id + "/attachment");
    }
}
