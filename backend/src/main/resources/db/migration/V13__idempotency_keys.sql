-- Idempotency-Key on every POST (vn.dondoc.common.idempotency): the first request with a key is
-- recorded before it runs (response_status NULL while in flight), its response is stored when it
-- finishes, and a retry with the same key by the same caller gets that stored response. The hash
-- covers method, path and body, so the same key with another request is refused. Rows expire
-- (expires_at) and a scheduled job deletes them.
-- Directives and tasks already carry unique external ids (uk_directive_external,
-- uk_task_external in V1): the integration upsert relies on them against concurrent duplicates.

CREATE TABLE idempotency_record (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    caller           VARCHAR(150)  NOT NULL,
    idem_key         VARCHAR(100)  NOT NULL,
    method           VARCHAR(10)   NOT NULL,
    path             VARCHAR(1000) NOT NULL,
    request_hash     VARCHAR(64)   NOT NULL,
    response_status  INT,
    content_type     VARCHAR(150),
    location         VARCHAR(1000),
    response_body    LONGBLOB,
    created_at       DATETIME(6)   NOT NULL,
    completed_at     DATETIME(6),
    expires_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_idempotency_caller_key UNIQUE (caller, idem_key),
    INDEX ix_idempotency_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The task as the document-management system last sent it (canonical JSON). A later upsert changes
-- only the fields the system itself changed since, so a due date moved by an approved extension, or
-- a coordinator's edit, is not undone by a repeated call that carries the old values.
ALTER TABLE task ADD COLUMN external_payload TEXT NULL;
