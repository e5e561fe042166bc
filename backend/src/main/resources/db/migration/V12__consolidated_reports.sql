-- Consolidated reports (báo cáo tổng hợp) of a directive for a reporting period, generated in the background:
-- a job row is written QUEUED, a worker moves it to RUNNING with a percent and ends it DONE (with the Word
-- document and the spreadsheet annex stored here) or FAILED (with the reason). The figures shown before
-- downloading are kept as JSON so the history shows what each report said.

CREATE TABLE consolidated_report (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    directive_id   BIGINT        NOT NULL,
    period_key     VARCHAR(20)   NOT NULL,
    period_label   VARCHAR(100)  NOT NULL,
    period_from    DATE          NOT NULL,
    period_to      DATE          NOT NULL,
    as_of          DATE          NOT NULL,
    doc_number     VARCHAR(20),
    status         VARCHAR(20)   NOT NULL,
    progress       INT           NOT NULL DEFAULT 0,
    failure_reason VARCHAR(2000),
    figures_json   TEXT,
    docx           LONGBLOB,
    xlsx           LONGBLOB,
    requested_by   VARCHAR(100)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    started_at     DATETIME(6),
    finished_at    DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_consolidated_report_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
    INDEX ix_consolidated_report_directive (directive_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
