-- Holidays for every year (issue 13, rule 5). The statutory days off (Labour Code 2019, Article 112) are
-- computed for any year from 2000 to 2100, Tết and Giỗ Tổ Hùng Vương from the Vietnamese lunar calendar;
-- the holiday table keeps the government's yearly decisions on top of that computed schedule.
-- A row here means the administrator has confirmed the year: the stored holidays of that year are then its
-- whole schedule, and due dates counted across it are no longer provisional.
-- MySQL 8 and MariaDB 10.11: InnoDB, utf8mb4.
CREATE TABLE holiday_year (
    year_number  INT          NOT NULL,
    confirmed_by VARCHAR(200) NOT NULL,
    confirmed_at DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (year_number),
    CONSTRAINT ck_holiday_year_range CHECK (year_number BETWEEN 2000 AND 2100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 2025 and 2026 were entered in V5 from the government's notices: they are the confirmed schedules.
INSERT INTO holiday_year (year_number, confirmed_by, confirmed_at, version) VALUES
    (2025, 'Dữ liệu ban đầu (V5)', UTC_TIMESTAMP(6), 0),
    (2026, 'Dữ liệu ban đầu (V5)', UTC_TIMESTAMP(6), 0);
