package vn.dondoc.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dondoc.common.ProblemException;
import vn.dondoc.common.security.CurrentUser;
import vn.dondoc.directive.Directive;
import vn.dondoc.task.TaskDtos.TaskNode;
import vn.dondoc.task.TaskDtos.TaskTree;

/** The task tree of a directive with per-branch counts, built from two queries whatever its size. */
@ApplicationScoped
@Transactional
public class TaskTreeService {

    @Inject
    CurrentUser currentUser;

    @Inject
    TimelinessRule timeliness;

    @Inject
    TaskService tasks;

    public TaskTree tree(long directiveId) {
        if (Directive.findById(directiveId) == null) {
            throw ProblemException.notFound("Không tìm thấy văn bản chỉ đạo có mã số " + directiveId + ".");
        }
        List<Task> all = Task.list("directive.id = ?1 order by treeKey", directiveId);
        Map<Long, List<Assignment>> assignments = tasks.assignmentsOf(all.stream().map(t -> t.id).toList());
        Set<Long> visible = null;
        if (!currentUser.readsAllUnits()) {
            long own = currentUser.requireUnit().id;
            visible = new HashSet<>();
            for (Task t : all) {
                if (assignments.getOrDefault(t.id, List.of()).stream().anyMatch(a -> a.unit.id == own)) {
                    visible.add(t.id);
                }
            }
        }
        Map<Long, List<Task>> children = new LinkedHashMap<>();
        List<Task> roots = new ArrayList<>();
        for (Task t : all) {
            if (t.parentId == null) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.parentId, k -> new ArrayList<>()).add(t);
            }
        }
        List<TaskNode> nodes = new ArrayList<>();
        for (Task root : roots) {
            TaskNode node = node(root, children, assignments, visible);
            if (node != null) {
                nodes.add(node);
            }
        }
        return new TaskTree(directiveId, nodes);
    }

    /** A node, or null when a unit user has nothing in this branch. */
    private TaskNode node(Task task, Map<Long, List<Task>> children, Map<Long, List<Assignment>> assignments,
            Set<Long> visible) {
        List<TaskNode> kids = new ArrayList<>();
        for (Task child : children.getOrDefault(task.id, List.of())) {
            TaskNode node = node(child, children, assignments, visible);
            if (node != null) {
                kids.add(node);
            }
        }
        boolean own = visible == null || visible.contains(task.id);
        if (!own && kids.isEmpty()) {
            return null;
        }
        Timeliness value = timeliness.of(task.status, task.dueDate, task.completedOn);
        Map<String, Long> counts = new HashMap<>();
        counts.put("total", 0L);
        for (Timeliness t : Timeliness.values()) {
            counts.put(t.name(), 0L);
        }
        if (task.kind != null && own) {
            counts.merge("total", 1L, Long::sum);
            counts.merge(value.name(), 1L, Long::sum);
        }
        kids.forEach(k -> k.counts().forEach((key, n) -> counts.merge(key, n, Long::sum)));
        return new TaskNode(task.id, task.code, task.content, task.kind, task.dueDate, task.status,
                task.percentComplete, value, TaskService.units(assignments.getOrDefault(task.id, List.of()),
                        AssignmentRole.LEAD),
                new java.util.TreeMap<>(counts), kids);
    }
}
