-- Programs imported from their document (DOCX or text): the draft a coordinator reviews before it
-- becomes a directive and its tasks. The proposal (directive, task tree with source lines, unit
-- matches, deadlines, reporting duties, warnings) is JSON; the source's paragraphs are kept so the
-- review screen shows each task beside the lines it came from.

CREATE TABLE import_draft (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    file_name            VARCHAR(255) NOT NULL,
    source_format        VARCHAR(10)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    progress             INT          NOT NULL,
    source_lines         LONGTEXT     NOT NULL,
    proposal             LONGTEXT,
    error                TEXT,
    target_directive_id  BIGINT,
    created_directive_id BIGINT,
    created_by           VARCHAR(100) NOT NULL,
    accepted_by          VARCHAR(100),
    accepted_at          DATETIME(6),
    version              BIGINT       NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_import_draft_target FOREIGN KEY (target_directive_id) REFERENCES directive (id),
    CONSTRAINT fk_import_draft_created FOREIGN KEY (created_directive_id) REFERENCES directive (id),
    INDEX ix_import_draft_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
