-- Extension requests (gia hạn) and the history of every due date an assignment has had.

CREATE TABLE extension_request (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id         BIGINT        NOT NULL,
    previous_due_date     DATE          NOT NULL,
    requested_due_date    DATE          NOT NULL,
    reason                VARCHAR(2000) NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    -- = assignment_id while PENDING, NULL otherwise: at most one pending request per assignment,
    -- enforced by the database even when two officers send at the same moment
    pending_assignment_id BIGINT,
    requested_by          VARCHAR(100)  NOT NULL,
    requested_by_name     VARCHAR(200),
    requested_at          DATETIME(6)   NOT NULL,
    approved_due_date     DATE,
    decision_note         VARCHAR(2000),
    decided_by            VARCHAR(100),
    decided_by_name       VARCHAR(200),
    decided_at            DATETIME(6),
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_extension_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT uk_extension_pending UNIQUE (pending_assignment_id),
    INDEX ix_extension_status (status, requested_at),
    INDEX ix_extension_assignment (assignment_id, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE due_date_change (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id        BIGINT        NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    previous_due_date    DATE,
    new_due_date         DATE,
    reason               VARCHAR(2000),
    extension_request_id BIGINT,
    changed_by           VARCHAR(100)  NOT NULL,
    changed_by_name      VARCHAR(200),
    changed_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_due_change_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT fk_due_change_extension FOREIGN KEY (extension_request_id) REFERENCES extension_request (id),
    INDEX ix_due_change_assignment (assignment_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
