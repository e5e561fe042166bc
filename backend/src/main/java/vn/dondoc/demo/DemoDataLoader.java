package vn.dondoc.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentRole;
import vn.dondoc.task.ProgressStatus;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskKind;
import vn.dondoc.task.TaskService;
import vn.dondoc.unit.Unit;
import vn.dondoc.unit.UnitType;

/**
 * Loads the real action program that started the project (Hà Tĩnh, implementing Conclusion
 * 57-KL/TU) into an empty database: its units, directives and the task tree of section II.
 * On for development, tests and the demo stack; off in production unless asked for.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String GROUP_DEPARTMENTS = "@DEPARTMENTS";
    private static final String GROUP_LOCALITIES = "@LOCALITIES";

    record UnitSeed(String code, String name, String shortName, UnitType type, String parentCode) {
    }

    record DirectiveSeed(String key, DirectiveKind kind, String numberSymbol, String issuingBody, LocalDate issuedOn,
            String title, String summary, String parentKey) {
    }

    record TaskSeed(String code, String content, TaskKind kind, LocalDate dueDate, String expectedOutput,
            String approvalLevel, List<String> lead, List<String> coordinating, List<TaskSeed> children) {
    }

    record ProgramSeed(List<DirectiveSeed> directives, String program, List<TaskSeed> tasks) {
    }

    record ProgressSeed(String taskCode, String unitCode, ProgressStatus status, int percentComplete,
            LocalDate completedOn) {
    }

    @ConfigProperty(name = "dondoc.demo-data.enabled")
    boolean enabled;

    /** Replays the program's life with business dates after the plain load (see {@link DemoHistory}). */
    @ConfigProperty(name = "dondoc.demo-data.history", defaultValue = "false")
    boolean history;

    @Inject
    DemoHistory demoHistory;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    TaskService tasks;

    @Inject
    vn.dondoc.event.DomainEvents events;

    void onStart(@Observes StartupEvent event) {
        if (enabled && load() && history) {
            demoHistory.replay();
        }
    }

    /** Loads the demo into an empty database; false when it already had units. */
    @Transactional
    public boolean load() {
        if (Unit.count() > 0) {
            LOG.info("Demo data: database already has units, nothing loaded");
            return false;
        }
        ObjectMapper mapper = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Map<String, Unit> units = loadUnits(read(mapper, "demo/units.json", UnitSeed[].class));
        ProgramSeed program = read(mapper, "demo/program-57.json", ProgramSeed.class);
        Map<String, Directive> directives = loadDirectives(program.directives());
        Directive owner = directives.get(program.program());
        Map<String, Task> byCode = new HashMap<>();
        Map<Task, List<Assignment>> assignments = new HashMap<>();
        for (TaskSeed seed : program.tasks()) {
            loadTask(seed, owner, null, null, units, byCode, assignments);
        }
        // With the history, progress comes from the replayed reports (progress.json is where they lead), not set here.
        for (ProgressSeed p : history ? new ProgressSeed[0] : read(mapper, "demo/progress.json", ProgressSeed[].class)) {
            Task task = byCode.get(p.taskCode());
            Assignment assignment = assignments.getOrDefault(task, List.of()).stream()
                    .filter(a -> a.unit.code.equals(p.unitCode())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo progress for an unassigned unit: " + p));
            assignment.status = p.status();
            assignment.percentComplete = p.percentComplete();
            assignment.completedOn = p.completedOn();
            assignment.startedOn = p.status() == ProgressStatus.NOT_STARTED ? null : task.assignedOn;
        }
        assignments.forEach(tasks::applyProgress);
        assignments.keySet().forEach(tasks::refreshAncestors);
        LOG.infof("Demo data: %d units, %d directives, %d tasks, %d assignments loaded", units.size(),
                directives.size(), byCode.size(), assignments.values().stream().mapToInt(List::size).sum());
        return true;
    }

    private Map<String, Unit> loadUnits(UnitSeed[] seeds) {
        Map<String, Unit> units = new HashMap<>();
        for (UnitSeed seed : seeds) {
            Unit unit = new Unit();
            unit.code = seed.code();
            unit.name = seed.name();
            unit.shortName = seed.shortName();
            unit.type = seed.type();
            unit.parent = seed.parentCode() == null ? null : units.get(seed.parentCode());
            unit.persist();
            units.put(unit.code, unit);
        }
        return units;
    }

    private Map<String, Directive> loadDirectives(List<DirectiveSeed> seeds) {
        Map<String, Directive> directives = new HashMap<>();
        for (DirectiveSeed seed : seeds) {
            Directive d = new Directive();
            d.kind = seed.kind();
            d.numberSymbol = seed.numberSymbol();
            d.issuingBody = seed.issuingBody();
            d.issuedOn = seed.issuedOn();
            d.title = seed.title();
            d.summary = seed.summary();
            d.parent = seed.parentKey() == null ? null : directives.get(seed.parentKey());
            d.persist();
            directives.put(seed.key(), d);
        }
        return directives;
    }

    /** The field of a task is the heading of its numbered group ("Công tác quy hoạch và quản lý quy hoạch"). */
    private void loadTask(TaskSeed seed, Directive directive, Task parent, String field, Map<String, Unit> units,
            Map<String, Task> byCode, Map<Task, List<Assignment>> assignments) {
        Task task = new Task();
        task.directive = directive;
        task.parent = parent;
        task.code = seed.code();
        task.content = seed.content();
        task.kind = seed.kind();
        task.dueDate = seed.dueDate();
        task.expectedOutput = seed.expectedOutput();
        task.approvalLevel = seed.approvalLevel();
        task.treeKey = tasks.nextTreeKey(directive, parent);
        task.createdBy = "demo";
        task.field = field;
        // Business dates: the program's tasks were given to their units the day it was issued, not at start-up.
        task.assignedOn = directive.issuedOn;
        task.persist();
        // The demo program as the document system would have seen it arrive: created, then assigned.
        events.record(vn.dondoc.event.EventType.TASK_CREATED, task, null, null);
        byCode.put(task.code, task);
        if (seed.kind() != null) {
            Set<Unit> leads = expand(seed.lead(), units);
            Set<Unit> coordinating = expand(seed.coordinating(), units);
            coordinating.removeAll(leads);
            List<Assignment> list = new ArrayList<>();
            leads.forEach(u -> list.add(tasks.assign(task, u, AssignmentRole.LEAD)));
            coordinating.forEach(u -> list.add(tasks.assign(task, u, AssignmentRole.COORDINATING)));
            list.forEach(a -> a.assignedOn = task.assignedOn);
            assignments.put(task, list);
        }
        // Flush per node: the next sibling's tree key counts the rows already written.
        Task.flush();
        if (seed.children() != null) {
            for (TaskSeed child : seed.children()) {
                String childField = field != null ? field : parent == null ? null : task.content;
                loadTask(child, directive, task, childField, units, byCode, assignments);
            }
        }
    }

    /** Unit codes and the groups of the document ("các sở, ban, ngành", "địa phương") to units. */
    private static Set<Unit> expand(List<String> codes, Map<String, Unit> units) {
        Set<Unit> result = new LinkedHashSet<>();
        if (codes == null) {
            return result;
        }
        for (String code : codes) {
            switch (code) {
                case GROUP_DEPARTMENTS -> units.values().stream().filter(u -> u.type == UnitType.DEPARTMENT)
                        .sorted(java.util.Comparator.comparing(u -> u.code)).forEach(result::add);
                case GROUP_LOCALITIES -> units.values().stream().filter(u -> u.type == UnitType.LOCALITY)
                        .sorted(java.util.Comparator.comparing(u -> u.code)).forEach(result::add);
                default -> {
                    Unit unit = units.get(code);
                    if (unit == null) {
                        throw new IllegalStateException("Demo data names an unknown unit: " + code);
                    }
                    result.add(unit);
                }
            }
        }
        return result;
    }

    static <T> T read(ObjectMapper mapper, String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable demo resource " + resource, e);
        }
    }
}
