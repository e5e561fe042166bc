package vn.dondoc.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import vn.dondoc.calendar.WorkingDayCalendar;
import vn.dondoc.deadline.DueDateChange;
import vn.dondoc.deadline.DueDateChangeKind;
import vn.dondoc.deadline.ExtensionRequest;
import vn.dondoc.deadline.ExtensionStatus;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.period.DuePeriod;
import vn.dondoc.period.ReportingScheduleService;
import vn.dondoc.report.PeriodicReport;
import vn.dondoc.report.ProgressReport;
import vn.dondoc.report.ReportService;
import vn.dondoc.report.ReportStatus;
import vn.dondoc.statistics.SnapshotService;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskKind;
import vn.dondoc.task.TaskService;
import vn.dondoc.task.TimelinessRule;
import vn.dondoc.unit.ReorganizationAction;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitDtos.UnitReorganization;
import vn.dondoc.unit.UnitReorganizationService;
import vn.dondoc.unit.UnitType;

/**
 * The life of the demo program replayed with business dates (issue 13 rule 4), after the plain load, when
 * {@code dondoc.demo-data.history=true} (on in development and on the demo/e2e stack, off in the backend tests, which
 * count on the plain demo). Everything is written on the entities with the dates it happened on, through the domain
 * methods where they exist ({@link ReportService#applyAcceptance}, {@link TaskService#applyProgress},
 * {@link TaskService#followLeadDueDates}, {@link UnitReorganizationService#reorganize}); one transaction per business
 * day, so the audit history keeps each step (a report returned, then sent again) as its own revision. Only what happened
 * before today (the injected clock) is replayed. Deterministic: explicit rules on stable indexes, no randomness.
 *
 * <p>What the history holds:
 * <ul>
 * <li>the province's departments the plain demo leaves out (Tài chính, Nội vụ, Xây dựng, Giao thông vận tải, Nông
 * nghiệp và PTNT) given the tasks the program addressed to all departments, on the program's date;</li>
 * <li>progress reports 2023–2026: the lead units of tasks with a deadline every quarter until done, two thirds of the
 * lead units of ongoing tasks every November, coordinating units of tasks with a deadline by their index (a quarter
 * finish on time, a quarter late, a quarter report once and stop, a quarter never report); every 40th report is
 * returned with a comment, sent again ten days later and accepted; one report is still waiting for review;</li>
 * <li>periodic reports of every unit for every period of the Decree 09 schedule due before today, by the unit's index
 * (five habits: always on time; late every third period; late every other and missing every fifth; missing every
 * third and late every fourth; missing every seventh); the businesses (DN) never send; some are returned and fixed;</li>
 * <li>extensions ({@code history.json}): three approved (the due date changes with its history), one rejected;</li>
 * <li>the reorganisations on their real dates through the reorganisation service: 1/1/2025 huyện Lộc Hà into huyện
 * Thạch Hà; 1/3/2025 the department mergers of the national pattern; 1/7/2025 the district level ends, its open shares
 * pass to a ward or commune, or (for the districts whose communes the demo does not hold) to Sở Công Thương, the
 * program's tracking department;</li>
 * <li>the statistics of every closed reporting period frozen, as the daily snapshot job would have done.</li>
 * </ul>
 *
 * <p>Sources of the names and dates (checked against public pages; which were complete is said):
 * <ul>
 * <li>departments: Quyết định 347/QĐ-UBND ngày 19/02/2025 of UBND tỉnh Hà Tĩnh approving the arrangement of its
 * specialised agencies (lawnet.vn; only the decision's heading and preamble were available, not its annex), and the
 * national pattern of Nghị định 45/2025/NĐ-CP (names: Sở Tài chính, Sở Nội vụ, Sở Xây dựng, Sở Khoa học và Công
 * nghệ, Sở Nông nghiệp và Môi trường), in force from 1/3/2025;</li>
 * <li>huyện Lộc Hà into huyện Thạch Hà from 1/1/2025: Nghị quyết 1283/NQ-UBTVQH15 ngày 14/11/2024 (cafeland.vn
 * summary of the provincial resolution, complete for that merger; Wikipedia "Thạch Hưng" for the resolution's number
 * and date);</li>
 * <li>wards and communes from 1/7/2025, Nghị quyết 1665/NQ-UBTVQH15 (69 communes and wards): xã Kỳ Anh, xã Cẩm Bình,
 * xã Thạch Khê from the resolution's list (thongtin.vietnam.vn, an English summary of its first articles: incomplete);
 * phường Thành Sen (dantri.com.vn 23/4/2025 on the draft plan, and the ward's own portal thanhsen.hatinh.gov.vn of
 * 2026); phường Bắc Hồng Lĩnh (honglinh.hatinh.gov.vn 22/4/2025, the draft plan). No complete list of the 69 was
 * found, so the other districts' shares go to Sở Công Thương rather than to communes whose names were not checked.</li>
 * </ul>
 */
@ApplicationScoped
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String REVIEWER = "theodoi.sct";
    private static final String REVIEWER_NAME = "Lê Thị Hương";
    private static final String GROUP_DEPARTMENTS = "@DEPARTMENTS";
    /** The pending report: sent, not reviewed yet. */
    static final LocalDate PENDING_ON = LocalDate.of(2026, 12, 1);
    static final String[] RETURN_COMMENTS = {
        "Đề nghị bổ sung số liệu cụ thể (số cuộc, số người tham gia, kinh phí) và tài liệu kèm theo.",
        "Báo cáo chưa nêu rõ khó khăn, vướng mắc và kiến nghị; đề nghị bổ sung.",
        "Tỷ lệ hoàn thành chưa khớp với kết quả nêu trong báo cáo; đề nghị rà soát lại.",
        "Đề nghị đính kèm văn bản đã ban hành và làm rõ phần việc của các đơn vị phối hợp." };

    record DepartmentSeed(String code, String name, String shortName) {
    }

    record NewUnitSeed(String code, String name, String shortName, UnitType type, LocalDate validFrom) {
    }

    record ReorganizationSeed(LocalDate on, String unit, String successor, String basis) {
    }

    record ExtensionSeed(String taskCode, String unitCode, LocalDate requestedOn, LocalDate requestedDueDate, String reason,
            LocalDate decidedOn, ExtensionStatus decision, String note) {
    }

    record HistorySeed(List<DepartmentSeed> departments, List<NewUnitSeed> newUnits,
            List<ReorganizationSeed> reorganizations, List<DemoDataLoader.ProgressSeed> progressOverrides,
            List<ExtensionSeed> extensions) {
    }

    /** One share as the program gave it, with a stable index for the rules. */
    record Share(long id, String taskCode, TaskKind kind, LocalDate due, String unitCode, AssignmentRole role, int k) {
    }

    /** What happens on a day; {@code order} keeps a day's steps in the order they were planned. */
    private record Step(LocalDate day, int order, Runnable action) {
    }

    @Inject
    ObjectMapper objectMapper;

    @Inject
    TaskService tasks;

    @Inject
    ReportService reports;

    @Inject
    UnitReorganizationService reorganizations;

    @Inject
    ReportingScheduleService schedules;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    SnapshotService snapshots;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private final Map<LocalDate, List<Step>> plan = new TreeMap<>();
    private final Map<String, Long> reportIds = new HashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int order;

    /** Replays the history into the database the plain demo was just loaded into. */
    public void replay() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        ObjectMapper mapper = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        HistorySeed seed = DemoDataLoader.read(mapper, "demo/history.json", HistorySeed.class);
        DemoDataLoader.ProgramSeed program = DemoDataLoader.read(mapper, "demo/program-57.json", DemoDataLoader.ProgramSeed.class);
        Map<String, DemoDataLoader.ProgressSeed> targets = new HashMap<>();
        for (DemoDataLoader.ProgressSeed p : DemoDataLoader.read(mapper, "demo/progress.json", DemoDataLoader.ProgressSeed[].class)) {
            targets.put(p.taskCode() + "|" + p.unitCode(), p);
        }
        seed.progressOverrides().forEach(p -> targets.put(p.taskCode() + "|" + p.unitCode(), p));

        long directiveId = QuarkusTransaction.requiringNew().call(() -> prepare(seed, program));
        List<Share> shares = QuarkusTransaction.requiringNew().call(DemoHistory::shares);
        planProgress(shares, targets, today);
        planPeriodic(directiveId, seed, today);
        planExtensions(seed);
        for (ReorganizationSeed r : seed.reorganizations()) {
            at(r.on(), () -> reorganize(r));
        }
        for (Map.Entry<LocalDate, List<Step>> day : plan.entrySet()) {
            if (!day.getKey().isBefore(today)) {
                break;
            }
            List<Step> steps = new ArrayList<>(day.getValue());
            steps.sort(Comparator.comparingInt(Step::order));
            QuarkusTransaction.requiringNew().run(() -> steps.forEach(s -> s.action().run()));
        }
        int frozen = freeze(directiveId, today);
        LOG.infof("Demo history replayed up to %s in %d ms: %s, %d snapshots", today.minusDays(1),
                (System.nanoTime() - started) / 1_000_000, counts, frozen);
    }

    // ------------------------------------------------------------------------------------------------ preparation

    /** The departments the plain demo leaves out, with their shares of the program; the units the reorganisation creates. */
    long prepare(HistorySeed seed, DemoDataLoader.ProgramSeed program) {
        Directive directive = Directive.<Directive>find("kind", DirectiveKind.ACTION_PROGRAM).firstResult();
        List<Unit> added = new ArrayList<>();
        for (DepartmentSeed d : seed.departments()) {
            added.add(unit(d.code(), d.name(), d.shortName(), UnitType.DEPARTMENT, null));
        }
        for (NewUnitSeed u : seed.newUnits()) {
            unit(u.code(), u.name(), u.shortName(), u.type(), u.validFrom());
        }
        Unit.flush();
        List<DemoDataLoader.TaskSeed> all = new ArrayList<>();
        program.tasks().forEach(t -> flatten(t, all));
        for (DemoDataLoader.TaskSeed t : all) {
            if (t.kind() == null) {
                continue;
            }
            AssignmentRole role = contains(t.lead(), GROUP_DEPARTMENTS) ? AssignmentRole.LEAD
                    : contains(t.coordinating(), GROUP_DEPARTMENTS) ? AssignmentRole.COORDINATING : null;
            if (role == null) {
                continue;
            }
            Task task = Task.<Task>find("directive = ?1 and code = ?2", directive, t.code()).firstResult();
            for (Unit unit : added) {
                Assignment a = tasks.assign(task, unit, role);
                a.assignedOn = task.assignedOn;
            }
            tasks.applyProgress(task, Assignment.list("task", task));
        }
        Assignment.flush();
        count("departments added", added.size());
        return directive.id;
    }

    private static Unit unit(String code, String name, String shortName, UnitType type, LocalDate validFrom) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.shortName = shortName;
        unit.type = type;
        unit.validFrom = validFrom;
        unit.persist();
        return unit;
    }

    private static void flatten(DemoDataLoader.TaskSeed seed, List<DemoDataLoader.TaskSeed> into) {
        into.add(seed);
        if (seed.children() != null) {
            seed.children().forEach(c -> flatten(c, into));
        }
    }

    private static boolean contains(List<String> codes, String code) {
        return codes != null && codes.contains(code);
    }

    /** Every share of the program as it stands before the history, in document order, then by unit. */
    static List<Share> shares() {
        List<Assignment> all = Assignment.list("from Assignment a join fetch a.task t join fetch a.unit u "
                + "where t.kind is not null order by t.treeKey, u.code, a.role");
        List<Share> shares = new ArrayList<>();
        int k = 0;
        for (Assignment a : all) {
            shares.add(new Share(a.id, a.task.code, a.task.kind, a.task.dueDate, a.unit.code, a.role, k++));
        }
        return shares;
    }

    // ------------------------------------------------------------------------------------------------ the plan

    private void at(LocalDate day, Runnable action) {
        plan.computeIfAbsent(day, d -> new ArrayList<>()).add(new Step(day, order++, action));
    }

    private void count(String what, int n) {
        counts.merge(what, n, Integer::sum);
    }

    private static Instant instant(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }

    private static String officer(String unitCode) {
        return "chuyenvien." + unitCode.toLowerCase(java.util.Locale.ROOT);
    }

    private static String head(String unitCode) {
        return "giamdoc." + unitCode.toLowerCase(java.util.Locale.ROOT);
    }

    /** The progress reports of the shares (see the class comment for the rules). */
    void planProgress(List<Share> shares, Map<String, DemoDataLoader.ProgressSeed> targets, LocalDate today) {
        Map<String, LocalDate> leadDone = new HashMap<>();
        for (Share s : shares) {
            DemoDataLoader.ProgressSeed t = targets.get(s.taskCode() + "|" + s.unitCode());
            if (s.role() == AssignmentRole.LEAD && t != null && t.status() == ProgressStatus.COMPLETED) {
                leadDone.put(s.taskCode(), t.completedOn());
            }
        }
        int[] serial = { 0 };
        LocalDate firstQuarter = LocalDate.of(2023, 3, 1);
        for (Share s : shares) {
            if ("DN".equals(s.unitCode())) {
                continue;
            }
            DemoDataLoader.ProgressSeed target = targets.get(s.taskCode() + "|" + s.unitCode());
            if (s.role() == AssignmentRole.LEAD && s.kind() == TaskKind.DEADLINE) {
                LocalDate done = target != null && target.status() == ProgressStatus.COMPLETED ? target.completedOn() : null;
                int finalPercent = target == null ? 30 : target.percentComplete();
                List<LocalDate> days = new ArrayList<>();
                for (LocalDate q = firstQuarter; q.isBefore(today); q = q.plusMonths(3)) {
                    LocalDate day = q.withDayOfMonth(4 + s.k() % 8);
                    if ((done == null || day.isBefore(done.minusDays(7))) && day.isBefore(today)) {
                        days.add(day);
                    }
                }
                for (int i = 0; i < days.size(); i++) {
                    int percent = done != null ? Math.max(10, 90 * (i + 1) / (days.size() + 1))
                            : Math.max(10, finalPercent * (i + 1) / days.size());
                    progress(s, days.get(i), percent, false, serial);
                }
                if (done != null) {
                    progress(s, done, 100, true, serial);
                }
            } else if (s.role() == AssignmentRole.LEAD) {
                if (s.k() % 3 == 2 && target == null) {
                    continue;
                }
                int finalPercent = target != null ? target.percentComplete() : 40 + (s.k() * 13) % 50;
                List<LocalDate> days = new ArrayList<>();
                for (int year = 2023; year <= today.getYear(); year++) {
                    LocalDate day = LocalDate.of(year, 11, 5 + s.k() % 15);
                    if (day.isBefore(today)) {
                        days.add(day);
                    }
                }
                for (int i = 0; i < days.size(); i++) {
                    progress(s, days.get(i), Math.max(10, finalPercent * (i + 1) / days.size()), false, serial);
                }
            } else if (s.kind() == TaskKind.DEADLINE && s.due() != null) {
                LocalDate issued = LocalDate.of(2022, 12, 16);
                LocalDate lead = leadDone.get(s.taskCode());
                DemoDataLoader.ProgressSeed own = target;
                int habit = s.k() % 4;
                LocalDate done = null;
                if (own != null && own.status() == ProgressStatus.COMPLETED) {
                    done = own.completedOn();
                } else if (own == null && habit == 0) {
                    LocalDate latest = lead != null && !lead.isAfter(s.due()) ? lead.minusDays(1) : s.due();
                    done = latest.minusDays(3 + s.k() % 25);
                } else if (own == null && habit == 1) {
                    done = s.due().plusDays(5 + s.k() % 20);
                    if ((lead != null && !done.isBefore(lead)) || !done.isBefore(today)) {
                        done = null;
                        habit = 2;
                    }
                }
                if (done != null && done.isAfter(issued.plusDays(60))) {
                    LocalDate middle = issued.plusDays((done.toEpochDay() - issued.toEpochDay()) / 2);
                    progress(s, middle, 50, false, serial);
                    progress(s, done, 100, true, serial);
                } else if (habit == 2 || (own != null && own.status() == ProgressStatus.IN_PROGRESS)) {
                    LocalDate day = s.due().minusDays(30 + s.k() % 20);
                    if (day.isAfter(issued.plusDays(30)) && day.isBefore(today)
                            && (lead == null || day.isBefore(lead))) {
                        progress(s, day, own != null ? own.percentComplete() : 40, false, serial);
                    }
                }
            }
        }
        // One report still waiting for the coordinator.
        Share pending = shares.stream().filter(s -> s.taskCode().equals("II.4.e.1") && s.role() == AssignmentRole.LEAD)
                .findFirst().orElse(null);
        if (pending != null && PENDING_ON.isBefore(today)) {
            String key = "pending";
            at(PENDING_ON, () -> submitProgress(key, pending.id(), 85, false,
                    "Đã hoàn thiện dự thảo Nghị quyết, gửi Sở Tư pháp thẩm định.", PENDING_ON));
        }
    }

    /** One report: sent on the day, reviewed three days later (every 40th returned, sent again and accepted). */
    private void progress(Share s, LocalDate day, int percent, boolean completion, int[] serial) {
        String key = "p" + serial[0];
        boolean returned = !completion && serial[0] % 40 == 17;
        serial[0]++;
        String work = completion ? "Đã hoàn thành nhiệm vụ " + s.taskCode() + "; kết quả đã báo cáo UBND tỉnh."
                : "Tiếp tục triển khai nhiệm vụ " + s.taskCode() + ", đạt khoảng " + percent + "% khối lượng.";
        at(day, () -> submitProgress(key, s.id(), percent, completion, work, day));
        if (returned) {
            String comment = RETURN_COMMENTS[serial[0] % RETURN_COMMENTS.length];
            at(day.plusDays(2), () -> review(key, false, comment, day.plusDays(2)));
            at(day.plusDays(12), () -> resubmit(key, day.plusDays(12)));
            at(day.plusDays(15), () -> review(key, true, null, day.plusDays(15)));
        } else {
            at(day.plusDays(3), () -> review(key, true, null, day.plusDays(3)));
        }
    }

    /** Periodic reports of every unit for every period due before today (see the class comment for the habits). */
    void planPeriodic(long directiveId, HistorySeed seed, LocalDate today) {
        Map<String, DuePeriod> due = new LinkedHashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (DuePeriod p : schedules.duePeriods(directiveId, LocalDate.of(2023, 1, 1), today)) {
                if (p.unitDueDate().isBefore(today)) {
                    due.putIfAbsent(p.period().key(), p);
                }
            }
        });
        Map<String, LocalDate> ends = new HashMap<>();
        seed.reorganizations().forEach(r -> ends.put(r.unit(), r.on().minusDays(1)));
        Map<String, LocalDate> starts = new HashMap<>();
        seed.newUnits().forEach(u -> starts.put(u.code(), u.validFrom()));
        Set<String> units = new TreeSet<>(QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select distinct a.unit.code from Assignment a where a.task.directive.id = ?1", String.class)
                .setParameter(1, directiveId).getResultList()));
        units.addAll(starts.keySet());
        int u = 0;
        for (String unit : units) {
            int habit = u % 5;
            int p = 0;
            for (DuePeriod period : due.values()) {
                LocalDate dueDate = period.unitDueDate();
                LocalDate start = starts.get(unit);
                LocalDate end = ends.get(unit);
                boolean owed = (start == null || !dueDate.isBefore(start)) && (end == null || !dueDate.isAfter(end));
                if (owed) {
                    periodic(directiveId, unit, u, p, habit, period, end, today);
                }
                p++;
            }
            u++;
        }
    }

    private void periodic(long directiveId, String unit, int u, int p, int habit, DuePeriod period, LocalDate end,
            LocalDate today) {
        boolean missing = "DN".equals(unit) || switch (habit) {
            case 2 -> p % 5 == 3;
            case 3 -> p % 3 == 0;
            case 4 -> p % 7 == 5;
            default -> false;
        };
        if (missing) {
            count("periodic reports missing", 1);
            return;
        }
        boolean late = switch (habit) {
            case 1 -> p % 3 == 1;
            case 2 -> p % 2 == 0;
            case 3 -> p % 4 == 1;
            default -> false;
        };
        LocalDate onTime = calendar.addWorkingDays(period.period().to(), 1 + (u + p) % 2);
        if (onTime.isAfter(period.unitDueDate())) {
            onTime = period.unitDueDate();
        }
        LocalDate day = late ? period.unitDueDate().plusDays(3 + (u * 5 + p) % 12) : onTime;
        if (end != null && day.isAfter(end)) {
            day = onTime;
        }
        if (!day.isBefore(today)) {
            return;
        }
        LocalDate sent = day;
        String key = "r" + unit + "/" + period.period().key();
        at(sent, () -> submitPeriodic(key, directiveId, unit, period, sent));
        if ((u * 7 + p) % 23 == 5) {
            String comment = "Đề nghị bổ sung kết quả của từng nhiệm vụ được giao và số liệu kèm theo.";
            at(sent.plusDays(2), () -> reviewPeriodic(key, false, comment, sent.plusDays(2)));
            at(sent.plusDays(6), () -> resubmitPeriodic(key, sent.plusDays(6)));
            at(sent.plusDays(8), () -> reviewPeriodic(key, true, null, sent.plusDays(8)));
        } else {
            at(sent.plusDays(3), () -> reviewPeriodic(key, true, null, sent.plusDays(3)));
        }
    }

    void planExtensions(HistorySeed seed) {
        for (ExtensionSeed e : seed.extensions()) {
            String key = "x" + e.taskCode() + "/" + e.unitCode();
            at(e.requestedOn(), () -> requestExtension(key, e));
            at(e.decidedOn(), () -> decideExtension(key, e));
        }
    }

    // ------------------------------------------------------------------------------------------------ the steps

    /**
     * The share a step is about, at the time of the step: the planned one while it is open (its unit may have been merged
     * since: the successor carries on); when a merger ended it as a duplicate, the successor's open share of the task.
     */
    static Assignment resolve(long id) {
        Assignment a = Assignment.findById(id);
        if (a == null) {
            return null;
        }
        if (TimelinessRule.isOpen(a.status)) {
            return a;
        }
        if (a.status == ProgressStatus.CANCELLED) {
            // Merged into another share of the task: at the same unit (the successor's own share, absorbed) or at the
            // unit's successors (the dissolved unit's share, absorbed by the successor's).
            Set<Long> seen = new LinkedHashSet<>();
            for (Unit next = a.unit; next != null && seen.add(next.id); next = next.successor) {
                List<Assignment> open = Assignment.list("task = ?1 and unit = ?2 and status in ?3 order by role desc", a.task,
                        next, TimelinessRule.OPEN_STATUSES);
                if (!open.isEmpty()) {
                    return open.get(0);
                }
            }
        }
        return null;
    }

    /** The open share of a task held today by a unit, or by its successor if it was merged (a lead share first). */
    static Assignment share(String taskCode, String unitCode) {
        Unit unit = Unit.findByCode(unitCode).orElseThrow();
        Set<Long> seen = new LinkedHashSet<>();
        for (Unit u = unit; u != null && seen.add(u.id); u = u.successor) {
            List<Assignment> open = Assignment.list("task.code = ?1 and unit = ?2 and status in ?3 order by role desc", taskCode,
                    u, TimelinessRule.OPEN_STATUSES);
            if (!open.isEmpty()) {
                return open.get(0);
            }
        }
        return null;
    }

    private void submitProgress(String key, long shareId, int percent, boolean completion, String work, LocalDate day) {
        Assignment a = resolve(shareId);
        if (a == null) {
            count("progress reports not sent (share closed)", 1);
            return;
        }
        ProgressReport r = new ProgressReport();
        r.assignment = a;
        r.workDone = work;
        r.results = completion ? "Sản phẩm đã được cấp có thẩm quyền ban hành." : null;
        r.percentComplete = percent;
        r.claimsCompletion = completion;
        if ((shareId + percent) % 5 == 0 && !completion) {
            r.difficulties = "Nguồn lực thực hiện còn hạn chế; một số doanh nghiệp chậm cung cấp thông tin.";
            r.proposals = "Đề nghị UBND tỉnh chỉ đạo các đơn vị phối hợp cung cấp số liệu đúng hạn.";
        }
        r.createdBy = officer(a.unit.code);
        r.submit(head(a.unit.code), instant(day, 9), day, null);
        r.persist();
        ProgressReport.flush();
        reportIds.put(key, r.id);
        count("progress reports", 1);
    }

    private void review(String key, boolean accept, String comment, LocalDate day) {
        Long id = reportIds.get(key);
        ProgressReport r = id == null ? null : ProgressReport.findById(id);
        if (r == null || r.status != ReportStatus.SUBMITTED) {
            return;
        }
        if (accept && r.assignment.task.status == ProgressStatus.CANCELLED) {
            return;
        }
        r.review(accept ? ReportStatus.ACCEPTED : ReportStatus.RETURNED, comment, REVIEWER, instant(day, 15), r.version);
        if (accept) {
            reports.applyAcceptance(r);
            count("progress reports accepted", 1);
        } else {
            count("progress reports returned", 1);
        }
    }

    private void resubmit(String key, LocalDate day) {
        Long id = reportIds.get(key);
        ProgressReport r = id == null ? null : ProgressReport.findById(id);
        if (r == null || r.status != ReportStatus.RETURNED) {
            return;
        }
        r.results = "Bổ sung theo ý kiến của cơ quan theo dõi: " + r.reviewerComment;
        r.submit(head(r.assignment.unit.code), instant(day, 9), day, null);
        count("progress reports sent again", 1);
    }

    private void submitPeriodic(String key, long directiveId, String unitCode, DuePeriod due, LocalDate day) {
        Unit unit = Unit.findByCode(unitCode).orElseThrow();
        PeriodicReport r = new PeriodicReport();
        r.directive = Directive.findById(directiveId);
        r.unit = unit;
        r.periodKey = due.period().key();
        r.periodLabel = due.period().label();
        r.periodFrom = due.period().from();
        r.periodTo = due.period().to();
        r.dueDate = due.unitDueDate();
        r.summary = unit.name + " báo cáo kết quả thực hiện Chương trình hành động thực hiện Kết luận 57-KL/TU, "
                + due.period().label().toLowerCase(java.util.Locale.ROOT) + ".";
        r.createdBy = officer(unitCode);
        r.submit(head(unitCode), instant(day, 10), day, null);
        r.persist();
        PeriodicReport.flush();
        // One line per share of the unit in the directive, as PeriodicReportService#open writes them.
        em.createNativeQuery("INSERT INTO periodic_report_item (report_id, assignment_id, position, progress, percent_complete) "
                + "SELECT :report, a.id, ROW_NUMBER() OVER (ORDER BY t.tree_key, a.id), NULL, a.percent_complete "
                + "FROM assignment a JOIN task t ON t.id = a.task_id WHERE t.directive_id = :directive AND a.unit_id = :unit "
                + "AND a.status <> 'CANCELLED' AND t.kind IS NOT NULL")
                .setParameter("report", r.id).setParameter("directive", directiveId).setParameter("unit", unit.id)
                .executeUpdate();
        reportIds.put(key, r.id);
        count(day.isAfter(due.unitDueDate()) ? "periodic reports late" : "periodic reports on time", 1);
    }

    private void reviewPeriodic(String key, boolean accept, String comment, LocalDate day) {
        Long id = reportIds.get(key);
        PeriodicReport r = id == null ? null : PeriodicReport.findById(id);
        if (r == null || r.status != ReportStatus.SUBMITTED) {
            return;
        }
        r.review(accept ? ReportStatus.ACCEPTED : ReportStatus.RETURNED, comment, REVIEWER, instant(day, 15), r.version);
        if (!accept) {
            count("periodic reports returned", 1);
        }
    }

    private void resubmitPeriodic(String key, LocalDate day) {
        Long id = reportIds.get(key);
        PeriodicReport r = id == null ? null : PeriodicReport.findById(id);
        if (r == null || r.status != ReportStatus.RETURNED) {
            return;
        }
        r.summary = r.summary + " Bổ sung theo ý kiến của cơ quan theo dõi.";
        r.submit(head(r.unit.code), instant(day, 10), day, null);
    }

    private void requestExtension(String key, ExtensionSeed seed) {
        Assignment a = share(seed.taskCode(), seed.unitCode());
        if (a == null || a.dueDate == null) {
            LOG.warnf("Demo history: no open share of %s at %s for the extension", seed.taskCode(), seed.unitCode());
            return;
        }
        ExtensionRequest e = new ExtensionRequest();
        e.assignment = a;
        e.previousDueDate = a.dueDate;
        e.requestedDueDate = seed.requestedDueDate();
        e.reason = seed.reason();
        e.status = ExtensionStatus.PENDING;
        e.pendingAssignmentId = a.id;
        e.requestedBy = head(a.unit.code);
        e.requestedByName = "Thủ trưởng " + a.unit.name;
        e.requestedAt = instant(seed.requestedOn(), 9);
        e.persist();
        ExtensionRequest.flush();
        reportIds.put(key, e.id);
    }

    /** As ExtensionService#decide: an approval moves the share's due date (and the task's for a lead) with its history. */
    private void decideExtension(String key, ExtensionSeed seed) {
        Long id = reportIds.get(key);
        ExtensionRequest e = id == null ? null : ExtensionRequest.findById(id);
        if (e == null || e.status != ExtensionStatus.PENDING) {
            return;
        }
        Assignment a = e.assignment;
        Instant at = instant(seed.decidedOn(), 14);
        if (seed.decision() == ExtensionStatus.APPROVED && TimelinessRule.isOpen(a.status)) {
            e.status = ExtensionStatus.APPROVED;
            e.approvedDueDate = e.requestedDueDate;
            DueDateChange change = new DueDateChange();
            change.assignment = a;
            change.kind = DueDateChangeKind.EXTENSION;
            change.previousDueDate = a.dueDate;
            change.newDueDate = e.approvedDueDate;
            change.reason = seed.note() == null ? e.reason : seed.note();
            change.extensionRequest = e;
            change.changedBy = REVIEWER;
            change.changedByName = REVIEWER_NAME;
            change.changedAt = at;
            change.persist();
            a.dueDate = e.approvedDueDate;
            if (a.role == AssignmentRole.LEAD) {
                tasks.followLeadDueDates(a.task);
            }
            count("extensions approved", 1);
        } else {
            e.status = ExtensionStatus.REJECTED;
            count("extensions rejected", 1);
        }
        e.decisionNote = seed.note();
        e.pendingAssignmentId = null;
        e.decidedBy = REVIEWER;
        e.decidedByName = REVIEWER_NAME;
        e.decidedAt = at;
    }

    /** Through the reorganisation service, as an admin would have done it on the day: the last day is the day before. */
    private void reorganize(ReorganizationSeed seed) {
        Unit unit = Unit.findByCode(seed.unit()).orElseThrow();
        Unit successor = Unit.findByCode(seed.successor()).orElseThrow();
        var result = reorganizations.reorganize(unit.id,
                new UnitReorganization(ReorganizationAction.MERGE, successor.id, null, null, seed.on().minusDays(1), null));
        count("units merged", 1);
        count("shares moved by mergers", result.movedAssignments());
        count("duplicate shares absorbed by mergers", result.cancelledDuplicates());
    }

    /** The figures of every closed period, frozen as the daily job would have done the day after each cut-off. */
    private int freeze(long directiveId, LocalDate today) {
        Set<LocalDate> cutOffs = new TreeSet<>();
        QuarkusTransaction.requiringNew().run(() -> schedules.duePeriods(directiveId, LocalDate.of(2023, 1, 1), today)
                .forEach(p -> cutOffs.add(p.period().to())));
        int made = 0;
        for (LocalDate cutOff : cutOffs) {
            if (cutOff.isBefore(today)) {
                made += QuarkusTransaction.requiringNew().call(() -> snapshots.freezeDue(cutOff.plusDays(1)));
            }
        }
        return made;
    }
}
