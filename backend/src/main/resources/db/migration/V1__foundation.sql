-- Dondoc foundation schema. Written for both MySQL 8 and MariaDB 10.11:
-- InnoDB, utf8mb4, IDENTITY ids, DATETIME(6) in UTC, no vendor-only syntax.

CREATE TABLE unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    short_name  VARCHAR(100),
    type        VARCHAR(20)  NOT NULL,
    parent_id   BIGINT,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    -- name and code without diacritics, lower case: accent-insensitive search on both servers
    search_text VARCHAR(500) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    INDEX ix_unit_type (type, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE directive (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(30)   NOT NULL,
    number_symbol VARCHAR(64),
    issuing_body  VARCHAR(255)  NOT NULL,
    issued_on     DATE,
    title         VARCHAR(1000) NOT NULL,
    summary       TEXT,
    parent_id     BIGINT,
    external_id   VARCHAR(128),
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_directive_external UNIQUE (external_id),
    CONSTRAINT fk_directive_parent FOREIGN KEY (parent_id) REFERENCES directive (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE task (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    directive_id     BIGINT        NOT NULL,
    parent_id        BIGINT,
    code             VARCHAR(40)   NOT NULL,
    -- position in the document's tree ("0002.0004.0003"): sorting by it keeps II.10 after II.9
    tree_key         VARCHAR(200)  NOT NULL,
    content          TEXT          NOT NULL,
    search_text      TEXT          NOT NULL,
    -- NULL for a heading that only groups tasks (II, II.4, an item with bullets)
    kind             VARCHAR(20),
    due_date         DATE,
    expected_output  VARCHAR(500),
    approval_level   VARCHAR(30),
    -- derived from the lead assignments by TaskService, stored so that lists filter in SQL
    status           VARCHAR(20)   NOT NULL DEFAULT 'NOT_STARTED',
    percent_complete INT           NOT NULL DEFAULT 0,
    external_id      VARCHAR(128),
    created_by       VARCHAR(100),
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
    CONSTRAINT fk_task_parent FOREIGN KEY (parent_id) REFERENCES task (id),
    CONSTRAINT uk_task_external UNIQUE (directive_id, external_id),
    INDEX ix_task_directive_tree (directive_id, tree_key),
    INDEX ix_task_status (status, due_date),
    INDEX ix_task_due (due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assignment (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    task_id          BIGINT      NOT NULL,
    unit_id          BIGINT      NOT NULL,
    role             VARCHAR(20) NOT NULL,
    status           VARCHAR(20) NOT NULL DEFAULT 'NOT_STARTED',
    percent_complete INT         NOT NULL DEFAULT 0,
    started_on       DATE,
    completed_on     DATE,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_assignment UNIQUE (task_id, unit_id, role),
    CONSTRAINT fk_assignment_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_assignment_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    -- "tasks of my unit": the unit-scoped list starts from this index
    INDEX ix_assignment_unit (unit_id, task_id, role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
