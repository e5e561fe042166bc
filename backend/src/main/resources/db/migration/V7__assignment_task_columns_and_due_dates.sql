-- 1. The task's status, dates and tree position copied onto each of its assignments, so that
--    "tasks of unit X that are overdue, in program order" is one range of one index instead of a
--    scan of the province's overdue tasks (bench/README.md). Kept in step by TaskService.
-- 2. Due dates per assignment: a unit's share keeps its own current due date (an approved
--    extension moves it), and the task keeps the date the program first set.

ALTER TABLE assignment
    ADD COLUMN task_status       VARCHAR(20)  NOT NULL DEFAULT 'NOT_STARTED',
    ADD COLUMN task_due_date     DATE,
    ADD COLUMN task_completed_on DATE,
    ADD COLUMN task_tree_key     VARCHAR(200) NOT NULL DEFAULT '',
    ADD COLUMN due_date          DATE;

ALTER TABLE task
    ADD COLUMN original_due_date DATE;

UPDATE assignment a JOIN task t ON t.id = a.task_id
SET a.task_status = t.status, a.task_due_date = t.due_date, a.task_completed_on = t.completed_on,
    a.task_tree_key = t.tree_key, a.due_date = t.due_date;

UPDATE task SET original_due_date = due_date;

CREATE INDEX ix_assignment_unit_timeliness
    ON assignment (unit_id, task_status, task_due_date, task_tree_key, task_id);
-- Reminders and deadline lists: open assignments by their own due date
CREATE INDEX ix_assignment_due ON assignment (due_date, status);

ALTER TABLE assignment_aud
    ADD COLUMN due_date DATE;
ALTER TABLE task_aud
    ADD COLUMN original_due_date DATE;
