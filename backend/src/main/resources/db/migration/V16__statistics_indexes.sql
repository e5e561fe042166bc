-- Statistics (vn.dondoc.statistics) read every assignment in force and every task in one pass each; the task list
-- filtered by unit now leaves out the unit's cancelled shares. Both answered from an index alone (bench/README.md):
-- 1. The per-unit index gains the share's own status and the task's completion date (trailing columns: the ranges
--    and the order by tree key of the unit's task list are unchanged).
ALTER TABLE assignment
    DROP INDEX ix_assignment_unit_timeliness,
    ADD INDEX ix_assignment_unit_timeliness (unit_id, task_status, task_due_date, task_tree_key, task_id, status,
                                             task_completed_on);
-- 2. The tasks by field with the monthly trend, and the overdue tasks in due date order (tree_key), for the province
--    or a directive.
CREATE INDEX ix_task_statistics
    ON task (directive_id, field, kind, status, due_date, completed_on, original_due_date, created_at, tree_key);
-- 3. A task's shares in force and their units, for the statistics of a directive or a past day (read from the task).
CREATE INDEX ix_assignment_task_share ON assignment (task_id, status, unit_id);
