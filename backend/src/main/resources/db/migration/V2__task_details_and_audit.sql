-- Tasks: field, priority, recurrence, completion date; audit history (Hibernate Envers).

ALTER TABLE task
    ADD COLUMN completed_on DATE,
    ADD COLUMN field        VARCHAR(200),
    ADD COLUMN priority     VARCHAR(10) NOT NULL DEFAULT 'NORMAL',
    ADD COLUMN recurrence   VARCHAR(20);
CREATE INDEX ix_task_field ON task (field);
CREATE INDEX ix_task_parent ON task (parent_id);

ALTER TABLE assignment
    ADD COLUMN note VARCHAR(500);
-- Counting and listing by a unit's own status and role
CREATE INDEX ix_assignment_unit_status ON assignment (unit_id, status, role);

CREATE TABLE revinfo (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    rev_timestamp BIGINT       NOT NULL,
    username      VARCHAR(100),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE task_aud (
    id               BIGINT       NOT NULL,
    rev              BIGINT       NOT NULL,
    revtype          TINYINT,
    directive_id     BIGINT,
    parent_id        BIGINT,
    code             VARCHAR(40),
    content          TEXT,
    kind             VARCHAR(20),
    due_date         DATE,
    expected_output  VARCHAR(500),
    approval_level   VARCHAR(30),
    status           VARCHAR(20),
    percent_complete INT,
    completed_on     DATE,
    field            VARCHAR(200),
    priority         VARCHAR(10),
    recurrence       VARCHAR(20),
    external_id      VARCHAR(128),
    created_by       VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_task_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assignment_aud (
    id               BIGINT      NOT NULL,
    rev              BIGINT      NOT NULL,
    revtype          TINYINT,
    task_id          BIGINT,
    unit_id          BIGINT,
    role             VARCHAR(20),
    status           VARCHAR(20),
    percent_complete INT,
    started_on       DATE,
    completed_on     DATE,
    note             VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assignment_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id),
    INDEX ix_assignment_aud_task (task_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
