package vn.dondoc.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.common.FieldError;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveDtos.DirectiveCreate;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.importer.ImportDtos.AcceptResult;
import vn.dondoc.importer.ImportDtos.Diff;
import vn.dondoc.importer.ImportDtos.DiffEntry;
import vn.dondoc.importer.ImportDtos.ImportAccept;
import vn.dondoc.importer.ImportDtos.ImportEdit;
import vn.dondoc.importer.ImportDtos.ImportList;
import vn.dondoc.importer.ImportDtos.ImportSummary;
import vn.dondoc.importer.ImportDtos.ImportView;
import vn.dondoc.importer.ImportDtos.TaskEdit;
import vn.dondoc.importer.ImportDtos.UnitPick;
import vn.dondoc.importer.Proposal.ImplementedDirective;
import vn.dondoc.importer.Proposal.MatchStatus;
import vn.dondoc.importer.Proposal.ProposedDirective;
import vn.dondoc.importer.Proposal.ProposedTask;
import vn.dondoc.importer.Proposal.ScheduleProposal;
import vn.dondoc.importer.Proposal.UnitMatch;
import vn.dondoc.period.PeriodDtos.ReportingScheduleCreate;
import vn.dondoc.period.PeriodDtos.ReportingScheduleUpdate;
import vn.dondoc.period.ReportingSchedule;
import vn.dondoc.period.ReportingScheduleService;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskDtos.AssignmentPlan;
import vn.dondoc.task.TaskDtos.TaskCreate;
import vn.dondoc.task.TaskDtos.TaskUpdate;
import vn.dondoc.task.TaskKind;
import vn.dondoc.task.TaskService;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitGroup;
import vn.dondoc.unit.UnitGroupService;

/**
 * Program import: a document is read into a draft (directive, task tree, unit matches, deadlines,
 * reporting duties, warnings), reviewed and corrected, then accepted: the directive and its tasks
 * are created through {@link DirectiveService} and {@link TaskService} in one transaction, with all
 * their rules, or nothing is.
 */
@ApplicationScoped
@Transactional
public class ImportService {

    @ConfigProperty(name = "dondoc.importer.patterns-file")
    Optional<String> patternsFile;

    @ConfigProperty(name = "dondoc.importer.max-size", defaultValue = "10485760")
    long maxSize;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser currentUser;

    @Inject
    DirectiveService directives;

    @Inject
    TaskService tasks;

    @Inject
    UnitGroupService groups;

    @Inject
    Validator validator;

    ImportPatterns patterns;

    @Inject
    jakarta.enterprise.event.Event<ImportWorker.Queued> queued;

    @Inject
    ReportingScheduleService schedules;

    /** The patterns are read once at start: a broken pattern file stops the application, not an upload. */
    @PostConstruct
    void loadPatterns() {
        if (patternsFile.isPresent() && !patternsFile.get().isBlank()) {
            try (InputStream in = new FileInputStream(patternsFile.get())) {
                patterns = ImportPatterns.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Unreadable importer patterns " + patternsFile.get(), e);
            }
        } else {
            patterns = ImportPatterns.defaults();
        }
    }

    public ImportView upload(byte[] content, String fileName, Long targetDirectiveId) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("file", "Tệp rỗng: hãy chọn văn bản chương trình (.docx hoặc .txt)");
        }
        if (content.length > maxSize) {
            throw new ProblemException(413, vn.dondoc.common.ProblemTypes.VALIDATION, "Tệp quá lớn",
                    "Tệp vượt quá " + (maxSize / 1024 / 1024) + " MB.", List.of(new FieldError("file", "Tệp quá lớn")));
        }
        Directive target = null;
        if (targetDirectiveId != null) {
            target = Directive.findById(targetDirectiveId);
            if (target == null) {
                throw ProblemException.invalid("directiveId", "Văn bản chỉ đạo cần nhập lại không tồn tại");
            }
        }
        // Read in the background once this row is committed: the answer is the queued draft, polled for progress.
        ImportDraft draft = new ImportDraft();
        draft.fileName = fileName == null || fileName.isBlank() ? "van-ban" : truncate(fileName, 255);
        draft.sourceFormat = DocumentReader.detect(content).name();
        draft.status = ImportStatus.QUEUED;
        draft.progress = 0;
        draft.sourceLines = "[]";
        draft.targetDirective = target;
        draft.createdBy = currentUser.username();
        draft.persist();
        draft.flush();
        queued.fire(new ImportWorker.Queued(draft.id, content));
        return view(draft);
    }

    public ImportList list() {
        return new ImportList(ImportDraft.<ImportDraft>findAll(Sort.by("createdAt", Sort.Direction.Descending).and("id",
                Sort.Direction.Descending)).page(0, 50).list().stream().map(d -> {
                    Proposal.Content c = d.proposal == null ? null : read(d.proposal);
                    return new ImportSummary(d.id, d.fileName, d.status, d.progress,
                            c == null || c.directive() == null ? null : c.directive().title(),
                            d.targetDirective == null ? null : d.targetDirective.id,
                            d.createdDirective == null ? null : d.createdDirective.id, d.createdBy, d.createdAt, d.version);
                }).toList());
    }

    public ImportView get(long id) {
        return view(find(id));
    }

    public ImportView edit(long id, ImportEdit request) {
        ImportDraft draft = find(id);
        checkVersion(draft, request.version());
        requireReady(draft);
        Proposal.Content c = read(draft.proposal);
        ProposedDirective directive = c.directive();
        if (request.directive() != null) {
            var d = request.directive();
            directive = new ProposedDirective(d.kind(), blankToNull(d.numberSymbol()), d.title().trim(), d.issuingBody().trim(),
                    d.issuedOn(), blankToNull(d.summary()), directive.draft(), directive.implementsNumber(), directive.firstLine(),
                    directive.lastLine());
        }
        List<ProposedTask> list = new ArrayList<>(c.tasks());
        List<FieldError> errors = new ArrayList<>();
        if (request.tasks() != null) {
            for (int i = 0; i < request.tasks().size(); i++) {
                TaskEdit e = request.tasks().get(i);
                String prefix = "tasks[" + i + "]";
                int index = indexOf(list, e.code());
                if (index < 0) {
                    errors.add(new FieldError(prefix + ".code", "Không có nhiệm vụ " + e.code() + " trong bản nhập"));
                    continue;
                }
                ProposedTask t = list.get(index);
                if (Boolean.TRUE.equals(e.remove())) {
                    String code = t.code();
                    list.removeIf(x -> x.code().equals(code) || x.code().startsWith(code + "."));
                    continue;
                }
                List<UnitMatch> lead = e.lead() == null ? t.lead() : picks(e.lead(), prefix + ".lead", errors);
                List<UnitMatch> coordinating = e.coordinating() == null ? t.coordinating()
                        : picks(e.coordinating(), prefix + ".coordinating", errors);
                TaskKind kind = t.heading() ? null : e.kind() != null ? e.kind() : t.kind();
                var recurrence = kind == TaskKind.PERIODIC ? (e.recurrence() != null ? e.recurrence() : t.recurrence()) : null;
                var due = kind == TaskKind.DEADLINE ? (e.dueDate() != null ? e.dueDate() : t.dueDate()) : null;
                List<String> notes = new ArrayList<>(t.notes());
                if (e.kind() != null || e.dueDate() != null) {
                    notes.removeIf(n -> n.startsWith("Không ghi thời hạn"));
                }
                list.set(index, new ProposedTask(t.code(), t.parentCode(), t.level(), t.heading(),
                        e.content() != null && !e.content().isBlank() ? e.content().trim() : t.content(),
                        e.field() != null ? blankToNull(e.field()) : t.field(), kind, recurrence, due, t.deadlineText(),
                        e.expectedOutput() != null ? blankToNull(e.expectedOutput()) : t.expectedOutput(),
                        e.approvalLevel() != null ? blankToNull(e.approvalLevel()) : t.approvalLevel(), lead, coordinating,
                        e.lead() == null && e.coordinating() == null && t.unitsInherited(), t.firstLine(), t.lastLine(), notes));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        draft.proposal = write(new Proposal.Content(directive, c.implementsChain(), list, c.obligations(), c.warnings()));
        draft.flush();
        return view(draft);
    }

    /** Creates (or, re-importing, updates) the directive and its tasks in this one transaction, or nothing. */
    public AcceptResult accept(long id, ImportAccept request) {
        ImportDraft draft = find(id);
        checkVersion(draft, request.version());
        requireReady(draft);
        Proposal.Content c = read(draft.proposal);
        List<FieldError> errors = new ArrayList<>();
        for (ProposedTask t : c.tasks()) {
            if (t.heading()) {
                continue;
            }
            String prefix = "tasks[" + t.code() + "]";
            if (t.lead().isEmpty()) {
                errors.add(new FieldError(prefix + ".lead", "Nhiệm vụ " + t.code() + " chưa có đơn vị chủ trì"));
            }
            unresolved(t.lead(), prefix + ".lead", t.code(), errors);
            unresolved(t.coordinating(), prefix + ".coordinating", t.code(), errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<Long> createdDirectives = new ArrayList<>();
        Directive directive;
        if (draft.targetDirective != null) {
            directive = draft.targetDirective;
        } else {
            directive = createDirectives(c, createdDirectives);
        }
        // The section III duties become the directive's reporting schedule, in this same transaction
        // (before the tasks: a task refused afterwards takes the schedule back with it).
        ScheduleProposal proposedSchedule = proposedSchedule(c);
        Long scheduleId = null;
        if (proposedSchedule != null) {
            try {
                scheduleId = applySchedule(directive, proposedSchedule);
            } catch (ProblemException e) {
                throw prefixed(e, "reportingSchedule");
            }
        }
        Map<String, Task> existing = new HashMap<>();
        if (draft.targetDirective != null) {
            Task.<Task>list("directive", directive).forEach(t -> existing.put(t.code, t));
        }
        Map<String, Task> byCode = new HashMap<>(existing);
        Diff diff = draft.targetDirective == null ? null : diff(directive, c);
        Map<String, List<String>> changed = new HashMap<>();
        if (diff != null) {
            diff.changed().forEach(e -> changed.put(e.code(), e.fields()));
        }
        int created = 0;
        int updated = 0;
        for (ProposedTask t : c.tasks()) {
            Task parent = t.parentCode() == null ? null : byCode.get(t.parentCode());
            Task current = existing.get(t.code());
            try {
                if (current == null) {
                    byCode.put(t.code(), create(directive, parent, t));
                    created++;
                } else if (changed.containsKey(t.code())) {
                    update(current, t, changed.get(t.code()));
                    updated++;
                }
            } catch (ProblemException e) {
                throw prefixed(e, "tasks[" + t.code() + "]");
            }
        }
        draft.status = ImportStatus.ACCEPTED;
        draft.createdDirective = directive;
        draft.acceptedBy = currentUser.username();
        draft.acceptedAt = Instant.now();
        draft.flush();
        return new AcceptResult(directive.id, createdDirectives, created, updated,
                diff == null ? List.of() : diff.removed().stream().map(DiffEntry::code).toList(), scheduleId);
    }

    // ---- reporting schedule ----

    /** The schedule the section III duties ask for, with the global schedule's kinds and days for what they do not say. */
    ScheduleProposal proposedSchedule(Proposal.Content c) {
        if (c == null || c.obligations() == null) {
            return null;
        }
        ReportingSchedule global = ReportingSchedule.<ReportingSchedule>find("directive is null and active = true order by id")
                .firstResult();
        ScheduleProposer.Defaults defaults = global == null ? ScheduleProposer.FALLBACK
                : new ScheduleProposer.Defaults(global.kindList(), global.unitDueWorkingDays, global.trackerDueWorkingDays);
        return ScheduleProposer.propose(patterns, c.obligations(), defaults);
    }

    private Long applySchedule(Directive directive, ScheduleProposal p) {
        ReportingSchedule own = ownSchedule(directive);
        if (own == null) {
            return schedules.create(new ReportingScheduleCreate(directive.id, p.name(), p.kinds(), p.unitDueWorkingDays(),
                    p.trackerDueWorkingDays(), true)).id();
        }
        if (sameSchedule(own, p)) {
            return own.id;
        }
        return schedules.update(own.id, new ReportingScheduleUpdate(directive.id, p.name(), p.kinds(), p.unitDueWorkingDays(),
                p.trackerDueWorkingDays(), true, own.version)).id();
    }

    private static ReportingSchedule ownSchedule(Directive directive) {
        return ReportingSchedule.<ReportingSchedule>find("directive.id = ?1 order by id", directive.id).firstResult();
    }

    private static boolean sameSchedule(ReportingSchedule s, ScheduleProposal p) {
        return s.active && s.kindList().equals(p.kinds()) && s.unitDueWorkingDays == p.unitDueWorkingDays()
                && s.trackerDueWorkingDays == p.trackerDueWorkingDays();
    }

    private ImportDtos.ScheduleChange scheduleChange(Directive target, Proposal.Content c) {
        ScheduleProposal p = proposedSchedule(c);
        if (p == null) {
            return null;
        }
        ReportingSchedule own = ownSchedule(target);
        if (own == null) {
            return new ImportDtos.ScheduleChange("CREATE", null, null, null, null, null);
        }
        return sameSchedule(own, p) ? null : new ImportDtos.ScheduleChange("UPDATE", own.id, own.name, own.kindList(),
                own.unitDueWorkingDays, own.trackerDueWorkingDays);
    }

    // ---- accept ----

    private Directive createDirectives(Proposal.Content c, List<Long> createdDirectives) {
        ProposedDirective pd = c.directive();
        Map<String, Long> ids = new HashMap<>();
        Long parentId = pd.implementsNumber() == null ? null : ensure(pd.implementsNumber(), c.implementsChain(), ids, createdDirectives,
                new HashSet<>());
        DirectiveCreate request = new DirectiveCreate(pd.kind(), pd.numberSymbol(), pd.issuingBody() == null ? "" : pd.issuingBody(),
                pd.issuedOn(), pd.title(), pd.summary() == null ? null : truncate(pd.summary(), 10000), parentId, null);
        validate(request, "directive");
        return directives.find(directives.create(request).id());
    }

    /** The implemented directive of this number: the one already in the system, or a new one (its own parent first). */
    private Long ensure(String number, List<ImplementedDirective> chain, Map<String, Long> ids, List<Long> createdDirectives,
            Set<String> visiting) {
        String key = TextFold.fold(number);
        if (ids.containsKey(key)) {
            return ids.get(key);
        }
        Directive known = existingDirective(number);
        if (known != null) {
            ids.put(key, known.id);
            return known.id;
        }
        ImplementedDirective d = chain.stream().filter(x -> TextFold.fold(x.numberSymbol()).equals(key)).findFirst().orElse(null);
        if (d == null || !visiting.add(key)) {
            return null;
        }
        Long parentId = d.parentNumber() == null ? null : ensure(d.parentNumber(), chain, ids, createdDirectives, visiting);
        String title = d.title() != null ? d.title() : d.numberSymbol();
        DirectiveCreate request = new DirectiveCreate(d.kind(), d.numberSymbol(), d.issuingBody() == null ? "" : d.issuingBody(),
                d.issuedOn(), truncate(title, 1000), null, parentId, null);
        validate(request, "implementsChain[" + d.numberSymbol() + "]");
        long id = directives.create(request).id();
        createdDirectives.add(id);
        ids.put(key, id);
        return id;
    }

    private Task create(Directive directive, Task parent, ProposedTask t) {
        if (t.heading()) {
            return tasks.createHeading(directive, parent, t.code(), t.content(), truncate(t.field(), 200));
        }
        Targets targets = targets(t);
        TaskCreate request = new TaskCreate(directive.id, parent == null ? null : parent.id, t.code(), t.content(), t.kind(),
                t.recurrence(), t.dueDate(), truncate(t.field(), 200), null, t.expectedOutput(), t.approvalLevel(), targets.leadUnits,
                targets.leadGroups, targets.coordinatingUnits, targets.coordinatingGroups);
        validate(request, null);
        return Task.findById(tasks.create(request).id());
    }

    private void update(Task current, ProposedTask t, List<String> fields) {
        boolean own = fields.stream().anyMatch(f -> !f.equals("lead") && !f.equals("coordinating"));
        if (own) {
            TaskUpdate request = new TaskUpdate(t.code(), t.content(), t.kind(), t.recurrence(), t.dueDate(),
                    truncate(t.field(), 200), current.priority, t.expectedOutput(), t.approvalLevel(), current.version);
            if (!t.heading()) {
                validate(request, null);
            }
            tasks.update(current.id, request);
        }
        if (!t.heading() && (fields.contains("lead") || fields.contains("coordinating"))) {
            Targets targets = targets(t);
            Task fresh = Task.findById(current.id);
            tasks.plan(current.id, new AssignmentPlan(targets.leadUnits, targets.leadGroups, targets.coordinatingUnits,
                    targets.coordinatingGroups, fresh.version));
        }
    }

    private record Targets(List<Long> leadUnits, List<Long> leadGroups, List<Long> coordinatingUnits, List<Long> coordinatingGroups) {
    }

    private static Targets targets(ProposedTask t) {
        List<Long> leadUnits = new ArrayList<>(new LinkedHashSet<>(t.lead().stream().map(UnitMatch::unitId).filter(Objects::nonNull).toList()));
        List<Long> leadGroups = new ArrayList<>(new LinkedHashSet<>(t.lead().stream().map(UnitMatch::groupId).filter(Objects::nonNull).toList()));
        List<Long> coordinatingUnits = new ArrayList<>(new LinkedHashSet<>(t.coordinating().stream().map(UnitMatch::unitId)
                .filter(Objects::nonNull).filter(id -> !leadUnits.contains(id)).toList()));
        List<Long> coordinatingGroups = new ArrayList<>(new LinkedHashSet<>(t.coordinating().stream().map(UnitMatch::groupId)
                .filter(Objects::nonNull).toList()));
        return new Targets(leadUnits, leadGroups, coordinatingUnits, coordinatingGroups);
    }

    private <T> void validate(T request, String prefix) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream().map(v -> new FieldError(
                    (prefix == null ? "" : prefix + ".") + v.getPropertyPath(), v.getMessage())).toList());
        }
    }

    private static ProblemException prefixed(ProblemException e, String prefix) {
        if (e.status() != 400) {
            return e;
        }
        List<FieldError> errors = e.errors().stream().map(f -> new FieldError(prefix + "." + f.field(), f.message())).toList();
        return ProblemException.invalid(errors.isEmpty() ? List.of(new FieldError(prefix, e.getMessage())) : errors);
    }

    private static void unresolved(List<UnitMatch> matches, String field, String code, List<FieldError> errors) {
        for (UnitMatch m : matches) {
            if (!m.resolved()) {
                errors.add(new FieldError(field, "Nhiệm vụ " + code + ": chưa chọn đơn vị cho \"" + m.text() + "\""));
            }
        }
    }

    // ---- diff ----

    /** Differences between the proposal and the directive's tasks, matched by code. */
    Diff diff(Directive target, Proposal.Content c) {
        Map<String, Task> existing = new LinkedHashMap<>();
        Task.<Task>list("directive = ?1 order by treeKey", target).forEach(t -> existing.put(t.code, t));
        Map<Long, Set<Long>> leads = new HashMap<>();
        Map<Long, Set<Long>> coordinating = new HashMap<>();
        for (Assignment a : Assignment.<Assignment>list("task.directive = ?1 and status <> ?2", target, ProgressStatus.CANCELLED)) {
            (a.role == AssignmentRole.LEAD ? leads : coordinating).computeIfAbsent(a.task.id, k -> new HashSet<>()).add(a.unit.id);
        }
        List<DiffEntry> added = new ArrayList<>();
        List<DiffEntry> changed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ProposedTask t : c.tasks()) {
            seen.add(t.code());
            Task e = existing.get(t.code());
            if (e == null) {
                added.add(new DiffEntry(t.code(), null, t.content(), List.of()));
                continue;
            }
            List<String> fields = new ArrayList<>();
            if (!Objects.equals(norm(e.content), norm(t.content()))) {
                fields.add("content");
            }
            if (!t.heading()) {
                if (e.kind != t.kind()) {
                    fields.add("kind");
                }
                if (!Objects.equals(e.dueDate, t.dueDate())) {
                    fields.add("dueDate");
                }
                if (e.recurrence != t.recurrence()) {
                    fields.add("recurrence");
                }
                if (!Objects.equals(norm(e.expectedOutput), norm(t.expectedOutput()))) {
                    fields.add("expectedOutput");
                }
                if (!Objects.equals(norm(e.approvalLevel), norm(t.approvalLevel()))) {
                    fields.add("approvalLevel");
                }
                Set<Long> wantedLead = expand(t.lead());
                Set<Long> wantedCoordinating = expand(t.coordinating());
                wantedCoordinating.removeAll(wantedLead);
                if (!wantedLead.equals(leads.getOrDefault(e.id, Set.of()))) {
                    fields.add("lead");
                }
                if (!wantedCoordinating.equals(coordinating.getOrDefault(e.id, Set.of()))) {
                    fields.add("coordinating");
                }
            }
            if (!fields.isEmpty()) {
                changed.add(new DiffEntry(t.code(), e.id, t.content(), fields));
            }
        }
        List<DiffEntry> removed = existing.values().stream().filter(e -> !seen.contains(e.code))
                .map(e -> new DiffEntry(e.code, e.id, e.content, List.of())).toList();
        return new Diff(target.id, added, changed, removed, scheduleChange(target, c));
    }

    private Set<Long> expand(List<UnitMatch> matches) {
        Set<Long> ids = new HashSet<>();
        for (UnitMatch m : matches) {
            if (m.unitId() != null) {
                ids.add(m.unitId());
            } else if (m.groupId() != null) {
                try {
                    groups.members("group", m.groupId()).forEach(u -> ids.add(u.id));
                } catch (ProblemException e) {
                    // a group removed since the upload: the accept reports it
                }
            }
        }
        return ids;
    }

    private static String norm(String s) {
        return s == null || s.isBlank() ? null : s.trim().replaceAll("\\s+", " ");
    }

    // ---- helpers ----

    ImportPatterns patterns() {
        return patterns;
    }

    UnitMatcher matcher() {
        List<UnitMatcher.CatalogueUnit> units = Unit.<Unit>list("active", true).stream()
                .map(u -> new UnitMatcher.CatalogueUnit(u.id, u.code, u.name, u.shortName, u.type)).toList();
        List<UnitMatcher.CatalogueGroup> groupList = UnitGroup.<UnitGroup>listAll().stream()
                .map(g -> new UnitMatcher.CatalogueGroup(g.id, g.code, g.name)).toList();
        return new UnitMatcher(patterns, units, groupList);
    }

    private List<UnitMatch> picks(List<UnitPick> picks, String field, List<FieldError> errors) {
        List<UnitMatch> result = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            UnitPick pick = picks.get(i);
            if ((pick.unitId() == null) == (pick.groupId() == null)) {
                errors.add(new FieldError(field + "[" + i + "]", "Chọn một đơn vị (unitId) hoặc một nhóm (groupId)"));
            } else if (pick.unitId() != null) {
                Unit u = Unit.findById(pick.unitId());
                if (u == null || !u.active) {
                    errors.add(new FieldError(field + "[" + i + "]", "Đơn vị không tồn tại hoặc đã ngừng hoạt động"));
                } else {
                    result.add(new UnitMatch(u.name, MatchStatus.CHOSEN, u.id, u.code, u.name, null, null, null, 1.0, List.of()));
                }
            } else {
                UnitGroup g = UnitGroup.findById(pick.groupId());
                if (g == null) {
                    errors.add(new FieldError(field + "[" + i + "]", "Nhóm đơn vị không tồn tại"));
                } else {
                    result.add(new UnitMatch(g.name, MatchStatus.GROUP, null, null, null, g.id, g.code, g.name, 1.0, List.of()));
                }
            }
        }
        return result;
    }

    private ImportView view(ImportDraft d) {
        Proposal.Content c = d.proposal == null ? null : read(d.proposal);
        if (c != null && d.status != ImportStatus.ACCEPTED) {
            // Which implemented directives are already known is read when shown, not frozen at upload.
            c = new Proposal.Content(c.directive(), c.implementsChain().stream().map(x -> {
                Directive known = existingDirective(x.numberSymbol());
                return new ImplementedDirective(x.kind(), x.numberSymbol(), x.issuedOn(), x.issuingBody(), x.title(), x.parentNumber(),
                        x.line(), known == null ? null : known.id);
            }).toList(), c.tasks(), c.obligations(), c.warnings());
        }
        int unresolved = 0;
        if (c != null) {
            for (ProposedTask t : c.tasks()) {
                if (!t.heading()) {
                    unresolved += (int) t.lead().stream().filter(m -> !m.resolved()).count()
                            + (int) t.coordinating().stream().filter(m -> !m.resolved()).count() + (t.lead().isEmpty() ? 1 : 0);
                }
            }
        }
        Diff diff = d.targetDirective != null && c != null && d.status == ImportStatus.READY ? diff(d.targetDirective, c) : null;
        List<String> lines;
        try {
            lines = json.readValue(d.sourceLines, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable source lines of import " + d.id, e);
        }
        return new ImportView(d.id, d.fileName, d.sourceFormat, d.status, d.progress, d.error,
                d.targetDirective == null ? null : d.targetDirective.id, d.createdDirective == null ? null : d.createdDirective.id,
                lines, c, unresolved, diff, c != null && d.status == ImportStatus.READY ? proposedSchedule(c) : null, d.createdBy,
                d.createdAt, d.version);
    }

    private static Directive existingDirective(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return Directive.<Directive>find("lower(numberSymbol) = ?1 order by id", number.trim().toLowerCase(java.util.Locale.ROOT))
                .firstResult();
    }

    private static int indexOf(List<ProposedTask> list, String code) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private ImportDraft find(long id) {
        ImportDraft draft = ImportDraft.findById(id);
        if (draft == null) {
            throw ProblemException.notFound("Không tìm thấy bản nhập có mã số " + id + ".");
        }
        return draft;
    }

    private static void checkVersion(ImportDraft draft, long version) {
        if (draft.version != version) {
            throw ProblemException.conflict("Bản nhập đã được người khác cập nhật (phiên bản hiện tại " + draft.version + ", bạn gửi "
                    + version + "). Hãy tải lại và thực hiện lại thay đổi.");
        }
    }

    private static void requireReady(ImportDraft draft) {
        if (draft.status != ImportStatus.READY) {
            throw ProblemException.conflict("Bản nhập đang ở trạng thái " + draft.status + ": chỉ sửa hoặc chấp nhận được bản nhập chờ rà soát.");
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Proposal.Content read(String value) {
        try {
            return json.readValue(value, Proposal.Content.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable import proposal", e);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
