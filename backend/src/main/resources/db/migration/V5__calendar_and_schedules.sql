-- Working-day calendar (holidays, compensatory days, swapped days) and reporting schedules of
-- Decree 09/2019/NĐ-CP, with their audit history (Hibernate Envers; revinfo comes from V2).
-- MySQL 8 and MariaDB 10.11: InnoDB, utf8mb4.

-- One row per day that departs from the Monday-to-Friday week.
CREATE TABLE holiday (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    day        DATE         NOT NULL,
    name       VARCHAR(200) NOT NULL,
    -- PUBLIC_HOLIDAY, COMPENSATORY, SWAPPED_DAY_OFF, SWAPPED_WORKING_DAY
    kind       VARCHAR(20)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_holiday_day UNIQUE (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE holiday_aud (
    id      BIGINT       NOT NULL,
    rev     BIGINT       NOT NULL,
    revtype TINYINT,
    day     DATE,
    name    VARCHAR(200),
    kind    VARCHAR(20),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_holiday_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which periodic reports are due and how many working days after the cut-off they must be sent.
-- A schedule without a directive applies to every directive.
CREATE TABLE reporting_schedule (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    directive_id             BIGINT,
    name                     VARCHAR(255) NOT NULL,
    -- comma-separated period kinds: MONTHLY, QUARTERLY, HALF_YEARLY, NINE_MONTHS, YEARLY
    kinds                    VARCHAR(100) NOT NULL,
    unit_due_working_days    INT          NOT NULL,
    tracker_due_working_days INT          NOT NULL,
    active                   BOOLEAN      NOT NULL DEFAULT TRUE,
    version                  BIGINT       NOT NULL DEFAULT 0,
    created_at               DATETIME(6)  NOT NULL,
    updated_at               DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reporting_schedule_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
    CONSTRAINT ck_reporting_schedule_unit_due CHECK (unit_due_working_days >= 1),
    CONSTRAINT ck_reporting_schedule_tracker_due CHECK (tracker_due_working_days >= 1),
    INDEX ix_reporting_schedule_directive (directive_id, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reporting_schedule_aud (
    id                       BIGINT       NOT NULL,
    rev                      BIGINT       NOT NULL,
    revtype                  TINYINT,
    directive_id             BIGINT,
    name                     VARCHAR(255),
    kinds                    VARCHAR(100),
    unit_due_working_days    INT,
    tracker_due_working_days INT,
    active                   BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_reporting_schedule_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Official days off of 2025 and 2026 for state agencies (Labour Code 2019, Articles 111-112, and the
-- government's yearly notices). Weekly rest days (Saturday, Sunday) inside a holiday break are not listed.
-- Not listed because not yet established: 24/11 (Ngày Văn hóa Việt Nam, pending an amendment of Article 112),
-- and every year from 2027: the administrator adds them when the government announces them.
INSERT INTO holiday (day, name, kind, version, created_at, updated_at) VALUES
    -- 2025
    ('2025-01-01', 'Tết Dương lịch', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    -- Tết Ất Tỵ: 9 days off 25/1-2/2/2025, of which 5 Tết days and 4 weekly rest days, no swap
    ('2025-01-27', 'Tết Nguyên đán (28 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2025-01-28', 'Tết Nguyên đán (29 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2025-01-29', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2025-01-30', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2025-01-31', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    -- 30/4-1/5: 5 days off 30/4-4/5/2025, Friday 2/5 swapped with Saturday 26/4
    ('2025-04-26', 'Làm bù cho thứ Sáu 02/5/2025 (dịp 30/4 - 1/5)', 'SWAPPED_WORKING_DAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2025-04-30', 'Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2025-05-01', 'Ngày Quốc tế Lao động', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2025-05-02', 'Nghỉ hoán đổi dịp 30/4 - 1/5 (làm bù thứ Bảy 26/4/2025)', 'SWAPPED_DAY_OFF', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    -- Quốc khánh: 4 days off 30/8-2/9/2025
    ('2025-09-01', 'Quốc khánh (ngày liền kề)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2025-09-02', 'Quốc khánh', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    -- 2026
    -- Tết Dương lịch: 4 days off 1/1-4/1/2026, Friday 2/1 swapped with Saturday 10/1
    ('2026-01-01', 'Tết Dương lịch', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2026-01-02', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', 'SWAPPED_DAY_OFF', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2026-01-10', 'Làm bù cho thứ Sáu 02/01/2026 (dịp Tết Dương lịch)', 'SWAPPED_WORKING_DAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    -- Tết Bính Ngọ: 9 days off 14/2-22/2/2026, of which 5 Tết days and 4 weekly rest days, no swap
    ('2026-02-16', 'Tết Nguyên đán (29 tháng Chạp)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2026-02-17', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2026-02-18', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2026-02-19', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2026-02-20', 'Tết Nguyên đán (mùng 4 tháng Giêng)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    -- Giỗ Tổ falls on Sunday 26/4/2026: the next working day is taken off instead (Article 111(3))
    ('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/4/2026)', 'COMPENSATORY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2026-04-30', 'Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2026-05-01', 'Ngày Quốc tế Lao động', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    -- Quốc khánh: 5 days off 29/8-2/9/2026, Monday 31/8 swapped with Saturday 22/8
    ('2026-08-22', 'Làm bù cho thứ Hai 31/8/2026 (dịp Quốc khánh)', 'SWAPPED_WORKING_DAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2026-08-31', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)', 'SWAPPED_DAY_OFF', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2026-09-01', 'Quốc khánh (ngày liền kề)', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('2026-09-02', 'Quốc khánh', 'PUBLIC_HOLIDAY', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

-- The periodic reports every directive asks for unless it has its own schedule as well.
INSERT INTO reporting_schedule (directive_id, name, kinds, unit_due_working_days, tracker_due_working_days, active,
                                version, created_at, updated_at)
VALUES (NULL, 'Báo cáo định kỳ theo Nghị định 09/2019/NĐ-CP', 'QUARTERLY,HALF_YEARLY,NINE_MONTHS,YEARLY', 2, 5, TRUE,
        0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
