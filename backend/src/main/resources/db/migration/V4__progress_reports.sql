-- Progress reports of units on their assignments, their attachments, and audit tables.

CREATE TABLE progress_report (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id     BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    work_done         TEXT,
    results           TEXT,
    percent_complete  INT           NOT NULL DEFAULT 0,
    difficulties      TEXT,
    proposals         TEXT,
    claims_completion BOOLEAN       NOT NULL DEFAULT FALSE,
    reviewer_comment  VARCHAR(2000),
    created_by        VARCHAR(100),
    submitted_by      VARCHAR(100),
    submitted_at      DATETIME(6),
    submitted_on      DATE,
    reviewed_by       VARCHAR(100),
    reviewed_at       DATETIME(6),
    -- Idempotency of creation (key and request hash) and of submission (key)
    create_key        VARCHAR(100),
    create_hash       CHAR(64),
    submit_key        VARCHAR(100),
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_progress_report_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT uk_progress_report_create_key UNIQUE (assignment_id, create_key),
    INDEX ix_progress_report_assignment (assignment_id, status),
    INDEX ix_progress_report_queue (status, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    report_id    BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(150) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    storage_key  VARCHAR(100) NOT NULL,
    uploaded_by  VARCHAR(100),
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_attachment_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
    CONSTRAINT uk_report_attachment_storage UNIQUE (storage_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE progress_report_aud (
    id                BIGINT      NOT NULL,
    rev               BIGINT      NOT NULL,
    revtype           TINYINT,
    assignment_id     BIGINT,
    status            VARCHAR(20),
    work_done         TEXT,
    results           TEXT,
    percent_complete  INT,
    difficulties      TEXT,
    proposals         TEXT,
    claims_completion BOOLEAN,
    reviewer_comment  VARCHAR(2000),
    submitted_by      VARCHAR(100),
    submitted_on      DATE,
    reviewed_by       VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_progress_report_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
