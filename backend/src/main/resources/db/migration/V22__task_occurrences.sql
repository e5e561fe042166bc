-- Issue 13, rule 8: the occurrences of a periodic task (nhiệm vụ định kỳ). Each period of the task's recurrence
-- creates one row with its own due date; whether and when it was delivered is derived from the accepted progress
-- reports of the task's lead shares, never stored by hand.
CREATE TABLE task_occurrence (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    task_id      BIGINT       NOT NULL,
    -- 0 for the first period, then 1, 2, ...
    seq          INT          NOT NULL,
    period_key   VARCHAR(20)  NOT NULL,
    period_label VARCHAR(100) NOT NULL,
    period_from  DATE         NOT NULL,
    period_to    DATE         NOT NULL,
    due_date     DATE         NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_occurrence_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT uk_task_occurrence UNIQUE (task_id, seq),
    INDEX ix_task_occurrence_due (due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
