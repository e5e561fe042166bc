-- Issue 13, rule 7: supervision remarks (ý kiến giám sát) of the Fatherland Front and the
-- socio-political organisations on a task, or on one unit's share of it (an assignment), and the
-- answers of the unit concerned. An answer is a row whose parent_id names the remark it answers.
-- Remarks are internal: they are never published to the public.
CREATE TABLE remark (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    task_id           BIGINT        NOT NULL,
    -- the unit's share the remark is about; NULL for a remark on the whole task
    assignment_id     BIGINT,
    -- the unit concerned (the assignment's unit), kept for counting per unit; NULL for a task remark
    unit_id           BIGINT,
    -- NULL for a remark; the remark's id for an answer
    parent_id         BIGINT,
    body              TEXT          NOT NULL,
    author_username   VARCHAR(100)  NOT NULL,
    author_name       VARCHAR(255)  NOT NULL,
    -- the author's unit: the supervising organisation for a remark, the answering unit for an answer
    author_unit_id    BIGINT,
    file_name         VARCHAR(255),
    file_content_type VARCHAR(150),
    file_size_bytes   BIGINT,
    file_sha256       CHAR(64),
    file_storage_key  VARCHAR(100),
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_remark_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT fk_remark_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_remark_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_remark_parent FOREIGN KEY (parent_id) REFERENCES remark (id) ON DELETE CASCADE,
    CONSTRAINT fk_remark_author_unit FOREIGN KEY (author_unit_id) REFERENCES unit (id),
    INDEX ix_remark_task (task_id, parent_id, id),
    INDEX ix_remark_unit (unit_id, parent_id),
    INDEX ix_remark_parent (parent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
