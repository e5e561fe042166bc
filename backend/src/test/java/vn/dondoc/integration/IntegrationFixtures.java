package vn.dondoc.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import vn.dondoc.directive.Directive;
import vn.dondoc.notification.Notification;
import vn.dondoc.report.ProgressReport;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Task;

/** Database views and clean-up for the integration tests: other tests list every task, so ours go again. */
@ApplicationScoped
public class IntegrationFixtures {

    @Transactional
    public long directives(String externalId) {
        return Directive.count("externalId", externalId);
    }

    @Transactional
    public long tasks(String externalId) {
        return Task.count("directive.externalId", externalId);
    }

    @Transactional
    public long assignments(String externalId) {
        return Assignment.count("task.directive.externalId", externalId);
    }

    /** Rows in the audit tables of the directive, its tasks and their assignments: history revisions. */
    @Transactional
    public long auditRows(String externalId) {
        Directive d = Directive.<Directive>find("externalId", externalId).firstResult();
        if (d == null) {
            return 0;
        }
        var em = Directive.getEntityManager();
        long directive = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM directive_aud WHERE id = ?1")
                .setParameter(1, d.id).getSingleResult()).longValue();
        long tasks = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM task_aud WHERE directive_id = ?1")
                .setParameter(1, d.id).getSingleResult()).longValue();
        long parts = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM assignment_aud a WHERE a.task_id IN "
                + "(SELECT id FROM task WHERE directive_id = ?1)").setParameter(1, d.id).getSingleResult()).longValue();
        return directive + tasks + parts;
    }

    @Transactional
    public long unitId(String code) {
        return vn.dondoc.unit.Unit.findByCode(code).orElseThrow().id;
    }

    @Transactional
    public void purge(String externalId) {
        Directive d = Directive.<Directive>find("externalId", externalId).firstResult();
        if (d == null) {
            return;
        }
        List<Task> tasks = Task.<Task>list("directive", d);
        List<Long> ids = tasks.stream().map(t -> t.id).toList();
        if (!ids.isEmpty()) {
            List<Assignment> parts = Assignment.list("task.id in ?1", ids);
            if (!parts.isEmpty()) {
                ProgressReport.delete("assignment in ?1", parts);
            }
            Notification.delete("taskId in ?1", ids);
            var em = Task.getEntityManager();
            for (String table : List.of("due_date_change", "extension_request", "periodic_report_item")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE assignment_id IN (SELECT id FROM assignment WHERE task_id IN (:ids))")
                        .setParameter("ids", ids).executeUpdate();
            }
            parts.forEach(a -> a.delete());
            Assignment.flush();
            // Children before their parents.
            tasks.stream().sorted(Comparator.comparing((Task t) -> t.treeKey.length()).reversed()).forEach(t -> {
                t.delete();
                Task.flush();
            });
        }
        d.delete();
    }
}
