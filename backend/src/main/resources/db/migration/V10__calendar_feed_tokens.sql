-- Calendar feeds (.ics) that staff subscribe to in their calendar app. The secret in the feed's URL is the
-- credential: only its SHA-256 is stored, so a leaked database does not leak working URLs. A feed belongs
-- to one user and covers one unit fixed when it is created; revoking it (revoked_at) ends it at once.

CREATE TABLE calendar_feed_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    username     VARCHAR(100) NOT NULL,
    unit_id      BIGINT       NOT NULL,
    unit_staff   BOOLEAN      NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    token_hint   VARCHAR(8)   NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6),
    use_count    BIGINT       NOT NULL DEFAULT 0,
    revoked_at   DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_calendar_feed_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_token_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_calendar_feed_token_user (username, revoked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
