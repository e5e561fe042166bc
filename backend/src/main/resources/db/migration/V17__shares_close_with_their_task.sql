-- Issue 13 rules 1 and 4: a share closes with its task, and every row carries its business dates.

-- The business day a task was issued and a share given (figures "as of" a past day count from them).
ALTER TABLE task ADD COLUMN assigned_on DATE;
ALTER TABLE task_aud ADD COLUMN assigned_on DATE;
ALTER TABLE assignment
    ADD COLUMN assigned_on DATE,
    ADD COLUMN closed_on DATE;
ALTER TABLE assignment_aud
    ADD COLUMN assigned_on DATE,
    ADD COLUMN closed_on DATE;

-- Existing rows: their creation day in the province (UTC+7, no daylight saving time).
UPDATE task SET assigned_on = DATE(DATE_ADD(created_at, INTERVAL 7 HOUR));
UPDATE assignment SET assigned_on = DATE(DATE_ADD(created_at, INTERVAL 7 HOUR));

-- Shares still open on a task already completed or cancelled close with it, on the day the task completed (a
-- cancellation has no date of its own: the day the task row last changed).
UPDATE assignment a JOIN task t ON t.id = a.task_id
SET a.status = 'CLOSED_WITH_TASK',
    a.closed_on = COALESCE(t.completed_on, DATE(DATE_ADD(t.updated_at, INTERVAL 7 HOUR))),
    a.task_status = t.status
WHERE a.status IN ('NOT_STARTED', 'IN_PROGRESS') AND t.status IN ('COMPLETED', 'CANCELLED');

-- A unit's figures judge its own share: status, due date and dates of the share, read from one index.
CREATE INDEX ix_assignment_unit_share
    ON assignment (unit_id, status, due_date, completed_on, closed_on, task_tree_key, task_id, role);
