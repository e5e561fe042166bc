-- Units change (validity period, successor), groups of units, and the audit history of units,
-- groups and directives (Hibernate Envers; revinfo comes from V2). MySQL 8 and MariaDB 10.11.

ALTER TABLE unit
    ADD COLUMN valid_from   DATE,
    ADD COLUMN valid_to     DATE,
    ADD COLUMN successor_id BIGINT,
    ADD CONSTRAINT fk_unit_successor FOREIGN KEY (successor_id) REFERENCES unit (id);

-- A group with a unit_type is dynamic: every active unit of that type. Otherwise its members are listed.
CREATE TABLE unit_group (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(255)  NOT NULL,
    description VARCHAR(1000),
    unit_type   VARCHAR(20),
    -- reference data shipped with the application: never deleted
    built_in    BOOLEAN       NOT NULL DEFAULT FALSE,
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_group_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_group_member (
    group_id BIGINT NOT NULL,
    unit_id  BIGINT NOT NULL,
    PRIMARY KEY (group_id, unit_id),
    CONSTRAINT fk_unit_group_member_group FOREIGN KEY (group_id) REFERENCES unit_group (id),
    CONSTRAINT fk_unit_group_member_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    -- "groups of this unit", used when a merged unit's place goes to its successor
    INDEX ix_unit_group_member_unit (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The groups every action program addresses: reference data, present in every installation.
INSERT INTO unit_group (code, name, description, unit_type, built_in, version, created_at, updated_at)
VALUES ('SO_BAN_NGANH', 'Các sở, ban, ngành', 'Tất cả sở, ban, ngành cấp tỉnh đang hoạt động', 'DEPARTMENT', TRUE, 0,
        UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       ('DIA_PHUONG', 'UBND các huyện, thị xã, thành phố',
        'Tất cả địa phương đang hoạt động (từ ngày 01/7/2025: UBND các xã, phường)', 'LOCALITY', TRUE, 0,
        UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

-- Audit tables: every audited column (nullable), the revision and its type.
CREATE TABLE unit_aud (
    id           BIGINT       NOT NULL,
    rev          BIGINT       NOT NULL,
    revtype      TINYINT,
    code         VARCHAR(32),
    name         VARCHAR(255),
    short_name   VARCHAR(100),
    type         VARCHAR(20),
    parent_id    BIGINT,
    active       BOOLEAN,
    valid_from   DATE,
    valid_to     DATE,
    successor_id BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_unit_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE directive_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       TINYINT,
    kind          VARCHAR(30),
    number_symbol VARCHAR(64),
    issuing_body  VARCHAR(255),
    issued_on     DATE,
    title         VARCHAR(1000),
    summary       TEXT,
    parent_id     BIGINT,
    external_id   VARCHAR(128),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_directive_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_group_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT,
    code        VARCHAR(32),
    name        VARCHAR(255),
    description VARCHAR(1000),
    unit_type   VARCHAR(20),
    built_in    BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_unit_group_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_group_member_aud (
    rev      BIGINT  NOT NULL,
    revtype  TINYINT,
    group_id BIGINT  NOT NULL,
    unit_id  BIGINT  NOT NULL,
    PRIMARY KEY (rev, group_id, unit_id),
    CONSTRAINT fk_unit_group_member_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
