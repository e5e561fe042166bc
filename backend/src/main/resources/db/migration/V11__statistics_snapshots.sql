-- Statistics frozen at a reporting period's cut-off (vn.dondoc.statistics): the figures of a past
-- period stay as they were, whatever is edited later. The figures are JSON text in LONGTEXT (MySQL's
-- JSON type is an alias with other rules on MariaDB); nothing queries inside them.
-- scope_key is 'ALL' for the whole province or 'D<directive id>': a unique key over a nullable
-- directive_id would let duplicates through.

CREATE TABLE statistics_snapshot (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    scope_key    VARCHAR(30)  NOT NULL,
    directive_id BIGINT,
    period_key   VARCHAR(20)  NOT NULL,
    period_label VARCHAR(100) NOT NULL,
    period_from  DATE         NOT NULL,
    period_to    DATE         NOT NULL,
    as_of        DATE         NOT NULL,
    origin       VARCHAR(20)  NOT NULL,
    created_by   VARCHAR(100),
    created_at   DATETIME(6)  NOT NULL,
    statistics   LONGTEXT     NOT NULL,
    scorecard    LONGTEXT     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_statistics_snapshot UNIQUE (scope_key, period_key),
    -- A directive can be deleted only while it has no task: its (empty) snapshots go with it.
    CONSTRAINT fk_statistics_snapshot_directive FOREIGN KEY (directive_id) REFERENCES directive (id) ON DELETE CASCADE,
    INDEX ix_statistics_snapshot_period (period_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
