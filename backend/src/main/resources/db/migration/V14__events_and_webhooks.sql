-- Events for the document-management system (issue 7): an outbox written in the same transaction
-- as each change, read through the pull feed and pushed to webhook subscriptions.
-- 1. domain_event: one row per change that matters. seq is the auto-increment order; the feed
--    serves it in commit order by not reading past a gap younger than dondoc.events.gap-wait (an
--    uncommitted transaction may still hold the missing number: see EventFeed). dedup_key makes
--    "became overdue" exist once per assignment and due date, whichever instance runs the pass.
--    No foreign keys: events are history and stay when what they describe is changed.
-- 2. webhook_subscription: a URL, the event types it wants and the HMAC secret.
-- 3. webhook_delivery: one event to one subscription. Rows are created by the dispatcher in event
--    order (event_dispatch_state holds how far it got); a row is sent only when every earlier
--    delivery of the same task to the same subscription has been delivered or given up.
-- 4. webhook_attempt: the log of each HTTP attempt.

CREATE TABLE domain_event (
    seq           BIGINT       NOT NULL AUTO_INCREMENT,
    event_id      VARCHAR(36)  NOT NULL,
    type          VARCHAR(40)  NOT NULL,
    occurred_at   DATETIME(6)  NOT NULL,
    task_id       BIGINT,
    assignment_id BIGINT,
    unit_code     VARCHAR(32),
    dedup_key     VARCHAR(150),
    payload       LONGTEXT     NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT uk_domain_event_id UNIQUE (event_id),
    CONSTRAINT uk_domain_event_dedup UNIQUE (dedup_key),
    INDEX ix_domain_event_task (task_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_subscription (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    url             VARCHAR(2000) NOT NULL,
    description     VARCHAR(300),
    -- comma-wrapped list of event types, e.g. ",TASK_ASSIGNED,REPORT_SUBMITTED,"
    event_types     VARCHAR(1000) NOT NULL,
    secret          VARCHAR(200)  NOT NULL,
    active          BOOLEAN       NOT NULL,
    -- events up to this sequence happened before the subscription and are not sent to it
    start_after_seq BIGINT        NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_delivery (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    subscription_id  BIGINT       NOT NULL,
    event_seq        BIGINT       NOT NULL,
    -- copied from the event: deliveries of one task go out in event order
    task_id          BIGINT,
    -- PENDING (waiting for next_attempt_at), SENDING (claimed by one instance until next_attempt_at), DELIVERED, FAILED (gave up)
    status           VARCHAR(20)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    first_attempt_at DATETIME(6),
    last_attempt_at  DATETIME(6),
    next_attempt_at  DATETIME(6),
    last_status_code INT,
    last_error       VARCHAR(500),
    delivered_at     DATETIME(6),
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_webhook_delivery UNIQUE (subscription_id, event_seq),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_seq) REFERENCES domain_event (seq),
    INDEX ix_webhook_delivery_due (status, next_attempt_at),
    INDEX ix_webhook_delivery_order (subscription_id, task_id, event_seq, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_attempt (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    delivery_id  BIGINT       NOT NULL,
    attempted_at DATETIME(6)  NOT NULL,
    status_code  INT,
    error        VARCHAR(500),
    duration_ms  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    INDEX ix_webhook_attempt_delivery (delivery_id, attempted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_dispatch_state (
    id       INT    NOT NULL,
    last_seq BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO event_dispatch_state (id, last_seq) VALUES (1, 0);
