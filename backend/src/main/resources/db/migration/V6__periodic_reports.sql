-- Periodic reports (báo cáo định kỳ): one per unit per directive and reporting period.

CREATE TABLE periodic_report (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    directive_id     BIGINT       NOT NULL,
    unit_id          BIGINT       NOT NULL,
    period_key       VARCHAR(20)  NOT NULL,
    period_label     VARCHAR(100) NOT NULL,
    period_from      DATE         NOT NULL,
    period_to        DATE         NOT NULL,
    due_date         DATE         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    summary          TEXT,
    difficulties     TEXT,
    proposals        TEXT,
    reviewer_comment VARCHAR(2000),
    created_by       VARCHAR(100),
    submitted_by     VARCHAR(100),
    submitted_at     DATETIME(6),
    submitted_on     DATE,
    reviewed_by      VARCHAR(100),
    reviewed_at      DATETIME(6),
    submit_key       VARCHAR(100),
    version          BIGINT       NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_periodic_report UNIQUE (directive_id, unit_id, period_key),
    CONSTRAINT fk_periodic_report_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
    CONSTRAINT fk_periodic_report_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_periodic_report_period (directive_id, period_key, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line per assignment of the unit in the directive, pre-filled from its progress reports.
CREATE TABLE periodic_report_item (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    report_id        BIGINT      NOT NULL,
    assignment_id    BIGINT      NOT NULL,
    position         INT         NOT NULL,
    progress         TEXT,
    percent_complete INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_periodic_item_report FOREIGN KEY (report_id) REFERENCES periodic_report (id),
    CONSTRAINT fk_periodic_item_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT uk_periodic_item UNIQUE (report_id, assignment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE periodic_report_aud (
    id               BIGINT      NOT NULL,
    rev              BIGINT      NOT NULL,
    revtype          TINYINT,
    status           VARCHAR(20),
    summary          TEXT,
    difficulties     TEXT,
    proposals        TEXT,
    reviewer_comment VARCHAR(2000),
    submitted_by     VARCHAR(100),
    submitted_on     DATE,
    reviewed_by      VARCHAR(100),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_periodic_report_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
