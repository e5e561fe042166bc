-- Dondoc benchmark data: a province with 150 units, one action program with 100,000 assigned tasks
-- (under 1,105 headings) and 300,000 assignments.
--
-- For a database that Flyway has just migrated and that holds nothing else (demo data off): run it
-- once, then ANALYZE TABLE. Running it twice fails on the unique unit code BENCH001, by design.
--
-- Portable SQL for MySQL 8 and MariaDB 10.11: INSERT ... SELECT over cross joins of a digits table,
-- the first 32 bits of MD5(salt:row number) for deterministic pseudo-random values (same data on
-- every run, apart from statuses that depend on today's date; CRC32 would be cheaper but its values
-- for different salts are linearly related), staging tables instead of vendor-only features.
--
-- The tree (tree_key has 4 digits per level, like TaskService.nextTreeKey):
--   5 sections (I..V)  >  20 groups each (I.1..I.20)  >  10 items each (I.1.a..I.1.j)  >  100 tasks each
-- Sections, groups and items are headings (kind NULL, status derived from their children as
-- TaskProgress.ofChildren does); the 100,000 leaves are DEADLINE (88 %, due 2024-01-01..2027-12-31)
-- or ONGOING (12 %, no due date). Each leaf has 1 LEAD and 2 COORDINATING assignments on three
-- different units; the units are skewed (BENCH001 is the busiest, the last ones see little work).
-- A leaf's status, percent and completion date are those of its lead assignment (TaskProgress.of).

-- @leaves: how many assigned tasks (100,000 unless the caller set it first, e.g. a smaller copy for a test).
SET @leaves = COALESCE(@leaves, 100000);
SET @now = UTC_TIMESTAMP(6);
SET @today = CURDATE();
SET @epoch = DATE '2024-01-01';

-- ---------------------------------------------------------------------------------------------
-- Number tables: 0..9 and 0..99999
-- ---------------------------------------------------------------------------------------------
DROP TABLE IF EXISTS bench_digit;
DROP TABLE IF EXISTS bench_seq;
DROP TABLE IF EXISTS bench_unit;
DROP TABLE IF EXISTS bench_leaf;
DROP TABLE IF EXISTS bench_heading;

CREATE TABLE bench_digit (d INT NOT NULL PRIMARY KEY) ENGINE = InnoDB;
INSERT INTO bench_digit (d) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

CREATE TABLE bench_seq (n INT NOT NULL PRIMARY KEY) ENGINE = InnoDB;
INSERT INTO bench_seq (n)
SELECT d1.d + 10 * d2.d + 100 * d3.d + 1000 * d4.d + 10000 * d5.d
FROM bench_digit d1
CROSS JOIN bench_digit d2
CROSS JOIN bench_digit d3
CROSS JOIN bench_digit d4
CROSS JOIN bench_digit d5;

-- ---------------------------------------------------------------------------------------------
-- 150 units: 45 departments (the busiest), 90 localities, 5 media, 7 front bodies, 3 others
-- ---------------------------------------------------------------------------------------------
INSERT INTO unit (code, name, short_name, type, parent_id, active, search_text, version, created_at, updated_at,
                  valid_from, valid_to, successor_id)
SELECT CONCAT('BENCH', LPAD(s.n + 1, 3, '0')),
       CONCAT(ELT(s.tp, 'Sở chuyên ngành', 'UBND xã', 'Cơ quan báo chí', 'Tổ chức đoàn thể', 'Đơn vị khác'),
              ' số ', LPAD(s.n + 1, 3, '0')),
       NULL,
       ELT(s.tp, 'DEPARTMENT', 'LOCALITY', 'MEDIA', 'FRONT', 'OTHER'),
       NULL, TRUE,
       CONCAT('bench', LPAD(s.n + 1, 3, '0'), ' ',
              ELT(s.tp, 'so chuyen nganh', 'ubnd xa', 'co quan bao chi', 'to chuc doan the', 'don vi khac'),
              ' so ', LPAD(s.n + 1, 3, '0')),
       0, @now, @now, @epoch, NULL, NULL
FROM (SELECT n,
             CASE WHEN n < 45 THEN 1 WHEN n < 135 THEN 2 WHEN n < 140 THEN 3 WHEN n < 147 THEN 4 ELSE 5 END AS tp
      FROM bench_seq WHERE n < 150) s
ORDER BY s.n;

-- k (0..149, 0 = busiest) -> unit id
CREATE TABLE bench_unit (k INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL) ENGINE = InnoDB;
INSERT INTO bench_unit (k, id)
SELECT CAST(SUBSTRING(code, 6) AS UNSIGNED) - 1, id FROM unit WHERE code LIKE 'BENCH%';

-- ---------------------------------------------------------------------------------------------
-- The directive
-- ---------------------------------------------------------------------------------------------
INSERT INTO directive (kind, number_symbol, issuing_body, issued_on, title, summary, parent_id, external_id, version,
                       created_at, updated_at)
VALUES ('ACTION_PROGRAM', '999/CTr-UBND', 'UBND tỉnh', DATE '2024-01-15',
        'Chương trình hành động thử tải: 100.000 nhiệm vụ, 150 đơn vị',
        'Dữ liệu sinh tự động cho bài đo hiệu năng (bench/generate.sql).', NULL, 'bench-program', 0, @now, @now);
SET @d = LAST_INSERT_ID();
SET @t0 = (SELECT COALESCE(MAX(id), 0) FROM task);

-- ---------------------------------------------------------------------------------------------
-- Leaves, staged: n = 0..99999; section n div 20000, group (n div 1000) mod 20,
-- item (n div 100) mod 10, position n mod 100. x(salt) = first 32 bits of MD5(salt:n) / 2^32, in [0, 1).
-- ---------------------------------------------------------------------------------------------
CREATE TABLE bench_leaf (
    n            INT          NOT NULL PRIMARY KEY,
    sec          INT          NOT NULL,
    grp          INT          NOT NULL,
    itm          INT          NOT NULL,
    pos          INT          NOT NULL,
    verb         INT          NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    due_date     DATE,
    status_roll  DOUBLE       NOT NULL,
    status       VARCHAR(20),
    percent      INT          NOT NULL DEFAULT 0,
    completed_on DATE,
    started_on   DATE,
    priority     VARCHAR(10)  NOT NULL,
    lead_k       INT          NOT NULL,
    c1_k         INT          NOT NULL,
    c2_k         INT          NOT NULL,
    c1_status    VARCHAR(20),
    c2_status    VARCHAR(20)
) ENGINE = InnoDB;

INSERT INTO bench_leaf (n, sec, grp, itm, pos, verb, kind, due_date, status_roll, priority, lead_k, c1_k, c2_k)
SELECT n,
       FLOOR(n / 20000),
       MOD(FLOOR(n / 1000), 20),
       MOD(FLOOR(n / 100), 10),
       MOD(n, 100),
       1 + MOD(CONV(LEFT(MD5(CONCAT('verb:', n)), 8), 16, 10), 10),
       CASE WHEN CONV(LEFT(MD5(CONCAT('kind:', n)), 8), 16, 10) / 4294967296 < 0.12 THEN 'ONGOING' ELSE 'DEADLINE' END,
       CASE WHEN CONV(LEFT(MD5(CONCAT('kind:', n)), 8), 16, 10) / 4294967296 < 0.12 THEN NULL
            ELSE DATE_ADD(@epoch, INTERVAL FLOOR(CONV(LEFT(MD5(CONCAT('due:', n)), 8), 16, 10) / 4294967296 * 1461) DAY) END,
       CONV(LEFT(MD5(CONCAT('status:', n)), 8), 16, 10) / 4294967296,
       CASE WHEN CONV(LEFT(MD5(CONCAT('prio:', n)), 8), 16, 10) / 4294967296 < 0.10 THEN 'HIGH'
            WHEN CONV(LEFT(MD5(CONCAT('prio:', n)), 8), 16, 10) / 4294967296 >= 0.92 THEN 'LOW' ELSE 'NORMAL' END,
       -- lead units strongly skewed, coordinating units less so
       LEAST(149, FLOOR(150 * POW(CONV(LEFT(MD5(CONCAT('lead:', n)), 8), 16, 10) / 4294967296, 2.2))),
       LEAST(149, FLOOR(150 * POW(CONV(LEFT(MD5(CONCAT('coord1:', n)), 8), 16, 10) / 4294967296, 1.4))),
       LEAST(149, FLOOR(150 * POW(CONV(LEFT(MD5(CONCAT('coord2:', n)), 8), 16, 10) / 4294967296, 1.4)))
FROM bench_seq WHERE n < @leaves;

-- Three different units per task: move a coordinator that collides to the next unit (two passes
-- are enough for the second coordinator).
UPDATE bench_leaf SET c1_k = MOD(c1_k + 1, 150) WHERE c1_k = lead_k;
UPDATE bench_leaf SET c2_k = MOD(c2_k + 1, 150) WHERE c2_k = lead_k OR c2_k = c1_k;
UPDATE bench_leaf SET c2_k = MOD(c2_k + 1, 150) WHERE c2_k = lead_k OR c2_k = c1_k;

-- Status of the lead unit (= the task's): most past deadlines are met, a fifth are overdue.
UPDATE bench_leaf SET status = CASE
    WHEN kind = 'ONGOING' THEN CASE WHEN status_roll < 0.07 THEN 'COMPLETED' WHEN status_roll < 0.87 THEN 'IN_PROGRESS'
                                    WHEN status_roll < 0.97 THEN 'NOT_STARTED' ELSE 'CANCELLED' END
    WHEN due_date < @today THEN CASE WHEN status_roll < 0.75 THEN 'COMPLETED' WHEN status_roll < 0.90 THEN 'IN_PROGRESS'
                                     WHEN status_roll < 0.96 THEN 'NOT_STARTED' ELSE 'CANCELLED' END
    ELSE CASE WHEN status_roll < 0.12 THEN 'COMPLETED' WHEN status_roll < 0.62 THEN 'IN_PROGRESS'
              WHEN status_roll < 0.97 THEN 'NOT_STARTED' ELSE 'CANCELLED' END
END;

-- Completion dates: four fifths on time (up to 60 days early), one fifth late (up to 90 days), never after today.
UPDATE bench_leaf SET completed_on = CASE
    WHEN kind = 'ONGOING' THEN DATE_ADD(@epoch, INTERVAL FLOOR(CONV(LEFT(MD5(CONCAT('done:', n)), 8), 16, 10) / 4294967296 * DATEDIFF(@today, @epoch)) DAY)
    WHEN CONV(LEFT(MD5(CONCAT('done:', n)), 8), 16, 10) / 4294967296 < 0.8
        THEN LEAST(@today, DATE_SUB(due_date, INTERVAL FLOOR(CONV(LEFT(MD5(CONCAT('done:', n)), 8), 16, 10) / 4294967296 / 0.8 * 60) DAY))
    ELSE LEAST(@today, DATE_ADD(due_date, INTERVAL 1 + FLOOR((CONV(LEFT(MD5(CONCAT('done:', n)), 8), 16, 10) / 4294967296 - 0.8) / 0.2 * 90) DAY))
END
WHERE status = 'COMPLETED';

UPDATE bench_leaf SET
    percent = CASE status WHEN 'COMPLETED' THEN 100
                          WHEN 'IN_PROGRESS' THEN 5 + FLOOR(CONV(LEFT(MD5(CONCAT('pct:', n)), 8), 16, 10) / 4294967296 * 90) ELSE 0 END,
    started_on = CASE WHEN status IN ('COMPLETED', 'IN_PROGRESS')
        THEN DATE_SUB(COALESCE(completed_on, LEAST(@today, COALESCE(due_date, @today))),
                      INTERVAL 10 + FLOOR(CONV(LEFT(MD5(CONCAT('start:', n)), 8), 16, 10) / 4294967296 * 120) DAY) END;

-- Coordinating units follow the task loosely; 2 % of them were taken off the task (cancelled).
UPDATE bench_leaf SET
    c1_status = CASE
        WHEN status = 'CANCELLED' THEN 'CANCELLED'
        WHEN CONV(LEFT(MD5(CONCAT('c1s:', n)), 8), 16, 10) / 4294967296 < 0.02 THEN 'CANCELLED'
        WHEN status = 'COMPLETED' THEN CASE WHEN CONV(LEFT(MD5(CONCAT('c1s:', n)), 8), 16, 10) / 4294967296 < 0.92 THEN 'COMPLETED' ELSE 'IN_PROGRESS' END
        WHEN status = 'IN_PROGRESS' THEN CASE WHEN CONV(LEFT(MD5(CONCAT('c1s:', n)), 8), 16, 10) / 4294967296 < 0.60 THEN 'IN_PROGRESS'
                                              WHEN CONV(LEFT(MD5(CONCAT('c1s:', n)), 8), 16, 10) / 4294967296 < 0.95 THEN 'NOT_STARTED' ELSE 'COMPLETED' END
        ELSE CASE WHEN CONV(LEFT(MD5(CONCAT('c1s:', n)), 8), 16, 10) / 4294967296 < 0.85 THEN 'NOT_STARTED' ELSE 'IN_PROGRESS' END END,
    c2_status = CASE
        WHEN status = 'CANCELLED' THEN 'CANCELLED'
        WHEN CONV(LEFT(MD5(CONCAT('c2s:', n)), 8), 16, 10) / 4294967296 < 0.02 THEN 'CANCELLED'
        WHEN status = 'COMPLETED' THEN CASE WHEN CONV(LEFT(MD5(CONCAT('c2s:', n)), 8), 16, 10) / 4294967296 < 0.92 THEN 'COMPLETED' ELSE 'IN_PROGRESS' END
        WHEN status = 'IN_PROGRESS' THEN CASE WHEN CONV(LEFT(MD5(CONCAT('c2s:', n)), 8), 16, 10) / 4294967296 < 0.60 THEN 'IN_PROGRESS'
                                              WHEN CONV(LEFT(MD5(CONCAT('c2s:', n)), 8), 16, 10) / 4294967296 < 0.95 THEN 'NOT_STARTED' ELSE 'COMPLETED' END
        ELSE CASE WHEN CONV(LEFT(MD5(CONCAT('c2s:', n)), 8), 16, 10) / 4294967296 < 0.85 THEN 'NOT_STARTED' ELSE 'IN_PROGRESS' END END;

-- ---------------------------------------------------------------------------------------------
-- Tasks. Ids are given explicitly so that parents are known without joins:
--   section s: @t0 + 1 + s; group q = 20 s + g: @t0 + 6 + q; item r = 10 q + i: @t0 + 106 + r;
--   leaf n: @t0 + 1106 + n. Parents are inserted before their children (foreign keys stay on).
-- Content with diacritics; search_text = lower case, unaccented code + content (TextSearch.fold).
-- ---------------------------------------------------------------------------------------------
INSERT INTO task (id, directive_id, parent_id, code, tree_key, content, search_text, kind, due_date, expected_output,
                  approval_level, status, percent_complete, external_id, created_by, version, created_at, updated_at,
                  completed_on, field, priority, recurrence)
SELECT @t0 + 1 + n, @d, NULL,
       ELT(n + 1, 'I', 'II', 'III', 'IV', 'V'),
       LPAD(n + 1, 4, '0'),
       ELT(n + 1, 'Hoàn thiện thể chế, chính sách', 'Phát triển kinh tế', 'Phát triển văn hóa, xã hội',
           'Quốc phòng, an ninh', 'Tổ chức thực hiện'),
       CONCAT(LOWER(ELT(n + 1, 'I', 'II', 'III', 'IV', 'V')), ' ',
              ELT(n + 1, 'hoan thien the che, chinh sach', 'phat trien kinh te', 'phat trien van hoa, xa hoi',
                  'quoc phong, an ninh', 'to chuc thuc hien')),
       NULL, NULL, NULL, NULL, 'NOT_STARTED', 0, NULL, 'bench', 0, @now, @now, NULL, NULL, 'NORMAL', NULL
FROM bench_seq WHERE n < 5
ORDER BY n;

-- Groups: their topic is the field of everything under them.
INSERT INTO task (id, directive_id, parent_id, code, tree_key, content, search_text, kind, due_date, expected_output,
                  approval_level, status, percent_complete, external_id, created_by, version, created_at, updated_at,
                  completed_on, field, priority, recurrence)
SELECT @t0 + 6 + n, @d, @t0 + 1 + FLOOR(n / 20),
       CONCAT(ELT(FLOOR(n / 20) + 1, 'I', 'II', 'III', 'IV', 'V'), '.', MOD(n, 20) + 1),
       CONCAT(LPAD(FLOOR(n / 20) + 1, 4, '0'), '.', LPAD(MOD(n, 20) + 1, 4, '0')),
       ELT(MOD(n, 10) + 1, 'Công tác quy hoạch', 'Hoàn thiện cơ chế, chính sách', 'Phát triển công nghiệp hỗ trợ',
           'Chuyển đổi số', 'Cải cách hành chính', 'Thu hút đầu tư', 'Phát triển hạ tầng giao thông',
           'Bảo vệ môi trường', 'Phát triển nguồn nhân lực', 'Bảo đảm an sinh xã hội'),
       CONCAT(LOWER(ELT(FLOOR(n / 20) + 1, 'I', 'II', 'III', 'IV', 'V')), '.', MOD(n, 20) + 1, ' ',
              ELT(MOD(n, 10) + 1, 'cong tac quy hoach', 'hoan thien co che, chinh sach', 'phat trien cong nghiep ho tro',
                  'chuyen doi so', 'cai cach hanh chinh', 'thu hut dau tu', 'phat trien ha tang giao thong',
                  'bao ve moi truong', 'phat trien nguon nhan luc', 'bao dam an sinh xa hoi')),
       NULL, NULL, NULL, NULL, 'NOT_STARTED', 0, NULL, 'bench', 0, @now, @now, NULL, NULL, 'NORMAL', NULL
FROM bench_seq WHERE n < 100
ORDER BY n;

-- Items: r = 10 q + i; q = r div 10.
INSERT INTO task (id, directive_id, parent_id, code, tree_key, content, search_text, kind, due_date, expected_output,
                  approval_level, status, percent_complete, external_id, created_by, version, created_at, updated_at,
                  completed_on, field, priority, recurrence)
SELECT @t0 + 106 + n, @d, @t0 + 6 + FLOOR(n / 10),
       CONCAT(ELT(FLOOR(n / 200) + 1, 'I', 'II', 'III', 'IV', 'V'), '.', MOD(FLOOR(n / 10), 20) + 1, '.',
              SUBSTRING('abcdefghij', MOD(n, 10) + 1, 1)),
       CONCAT(LPAD(FLOOR(n / 200) + 1, 4, '0'), '.', LPAD(MOD(FLOOR(n / 10), 20) + 1, 4, '0'), '.',
              LPAD(MOD(n, 10) + 1, 4, '0')),
       CONCAT('Nhóm nhiệm vụ ', SUBSTRING('abcdefghij', MOD(n, 10) + 1, 1), ' về ',
              ELT(MOD(FLOOR(n / 10), 10) + 1, 'công tác quy hoạch', 'hoàn thiện cơ chế, chính sách',
                  'phát triển công nghiệp hỗ trợ', 'chuyển đổi số', 'cải cách hành chính', 'thu hút đầu tư',
                  'phát triển hạ tầng giao thông', 'bảo vệ môi trường', 'phát triển nguồn nhân lực',
                  'bảo đảm an sinh xã hội')),
       CONCAT(LOWER(ELT(FLOOR(n / 200) + 1, 'I', 'II', 'III', 'IV', 'V')), '.', MOD(FLOOR(n / 10), 20) + 1, '.',
              SUBSTRING('abcdefghij', MOD(n, 10) + 1, 1), ' nhom nhiem vu ', SUBSTRING('abcdefghij', MOD(n, 10) + 1, 1),
              ' ve ',
              ELT(MOD(FLOOR(n / 10), 10) + 1, 'cong tac quy hoach', 'hoan thien co che, chinh sach',
                  'phat trien cong nghiep ho tro', 'chuyen doi so', 'cai cach hanh chinh', 'thu hut dau tu',
                  'phat trien ha tang giao thong', 'bao ve moi truong', 'phat trien nguon nhan luc',
                  'bao dam an sinh xa hoi')),
       NULL, NULL, NULL, NULL, 'NOT_STARTED', 0, NULL, 'bench', 0, @now, @now, NULL,
       ELT(MOD(FLOOR(n / 10), 10) + 1, 'Công tác quy hoạch', 'Hoàn thiện cơ chế, chính sách',
           'Phát triển công nghiệp hỗ trợ', 'Chuyển đổi số', 'Cải cách hành chính', 'Thu hút đầu tư',
           'Phát triển hạ tầng giao thông', 'Bảo vệ môi trường', 'Phát triển nguồn nhân lực', 'Bảo đảm an sinh xã hội'),
       'NORMAL', NULL
FROM bench_seq WHERE n < 1000
ORDER BY n;

-- The 100,000 assigned tasks.
INSERT INTO task (id, directive_id, parent_id, code, tree_key, content, search_text, kind, due_date, expected_output,
                  approval_level, status, percent_complete, external_id, created_by, version, created_at, updated_at,
                  completed_on, field, priority, recurrence)
SELECT @t0 + 1106 + l.n, @d, @t0 + 106 + FLOOR(l.n / 100),
       CONCAT(ELT(l.sec + 1, 'I', 'II', 'III', 'IV', 'V'), '.', l.grp + 1, '.', SUBSTRING('abcdefghij', l.itm + 1, 1), '.',
              l.pos + 1),
       CONCAT(LPAD(l.sec + 1, 4, '0'), '.', LPAD(l.grp + 1, 4, '0'), '.', LPAD(l.itm + 1, 4, '0'), '.',
              LPAD(l.pos + 1, 4, '0')),
       CONCAT(ELT(l.verb, 'Triển khai', 'Tham mưu ban hành văn bản về', 'Xây dựng kế hoạch', 'Rà soát, đánh giá',
                  'Kiểm tra, đôn đốc', 'Tổ chức thực hiện', 'Hoàn thiện hồ sơ', 'Báo cáo kết quả', 'Đẩy mạnh',
                  'Phối hợp thực hiện'), ' ',
              ELT(MOD(l.grp, 10) + 1, 'công tác quy hoạch', 'hoàn thiện cơ chế, chính sách', 'phát triển công nghiệp hỗ trợ',
                  'chuyển đổi số', 'cải cách hành chính', 'thu hút đầu tư', 'phát triển hạ tầng giao thông',
                  'bảo vệ môi trường', 'phát triển nguồn nhân lực', 'bảo đảm an sinh xã hội'),
              ' tại địa bàn số ', l.n + 1),
       CONCAT(LOWER(ELT(l.sec + 1, 'I', 'II', 'III', 'IV', 'V')), '.', l.grp + 1, '.', SUBSTRING('abcdefghij', l.itm + 1, 1),
              '.', l.pos + 1, ' ',
              ELT(l.verb, 'trien khai', 'tham muu ban hanh van ban ve', 'xay dung ke hoach', 'ra soat, danh gia',
                  'kiem tra, don doc', 'to chuc thuc hien', 'hoan thien ho so', 'bao cao ket qua', 'day manh',
                  'phoi hop thuc hien'), ' ',
              ELT(MOD(l.grp, 10) + 1, 'cong tac quy hoach', 'hoan thien co che, chinh sach', 'phat trien cong nghiep ho tro',
                  'chuyen doi so', 'cai cach hanh chinh', 'thu hut dau tu', 'phat trien ha tang giao thong',
                  'bao ve moi truong', 'phat trien nguon nhan luc', 'bao dam an sinh xa hoi'),
              ' tai dia ban so ', l.n + 1),
       l.kind, l.due_date,
       CASE WHEN l.kind = 'DEADLINE' THEN 'Báo cáo kết quả thực hiện' END,
       NULL, l.status, l.percent, NULL, 'bench', 0, @now, @now, l.completed_on,
       ELT(MOD(l.grp, 10) + 1, 'Công tác quy hoạch', 'Hoàn thiện cơ chế, chính sách', 'Phát triển công nghiệp hỗ trợ',
           'Chuyển đổi số', 'Cải cách hành chính', 'Thu hút đầu tư', 'Phát triển hạ tầng giao thông',
           'Bảo vệ môi trường', 'Phát triển nguồn nhân lực', 'Bảo đảm an sinh xã hội'),
       l.priority, NULL
FROM bench_leaf l
ORDER BY l.n;

-- ---------------------------------------------------------------------------------------------
-- 300,000 assignments: the lead carries the task's progress, the coordinators their own.
-- ---------------------------------------------------------------------------------------------
INSERT INTO assignment (task_id, unit_id, role, status, percent_complete, started_on, completed_on, version, created_at,
                        updated_at, note)
SELECT @t0 + 1106 + l.n, u.id, 'LEAD', l.status, l.percent, l.started_on, l.completed_on, 0, @now, @now, NULL
FROM bench_leaf l JOIN bench_unit u ON u.k = l.lead_k
ORDER BY l.n;

INSERT INTO assignment (task_id, unit_id, role, status, percent_complete, started_on, completed_on, version, created_at,
                        updated_at, note)
SELECT @t0 + 1106 + l.n, u.id, 'COORDINATING', l.c1_status,
       CASE l.c1_status WHEN 'COMPLETED' THEN 100 WHEN 'IN_PROGRESS' THEN 5 + MOD(CONV(LEFT(MD5(CONCAT('c1p:', l.n)), 8), 16, 10), 90) ELSE 0 END,
       CASE WHEN l.c1_status IN ('COMPLETED', 'IN_PROGRESS') THEN COALESCE(l.started_on, DATE_SUB(@today, INTERVAL 30 DAY)) END,
       CASE WHEN l.c1_status = 'COMPLETED' THEN COALESCE(l.completed_on, DATE_SUB(@today, INTERVAL MOD(l.n, 30) DAY)) END,
       0, @now, @now,
       CASE WHEN l.c1_status = 'CANCELLED' AND l.status <> 'CANCELLED' THEN 'Điều chỉnh giao việc' END
FROM bench_leaf l JOIN bench_unit u ON u.k = l.c1_k
ORDER BY l.n;

INSERT INTO assignment (task_id, unit_id, role, status, percent_complete, started_on, completed_on, version, created_at,
                        updated_at, note)
SELECT @t0 + 1106 + l.n, u.id, 'COORDINATING', l.c2_status,
       CASE l.c2_status WHEN 'COMPLETED' THEN 100 WHEN 'IN_PROGRESS' THEN 5 + MOD(CONV(LEFT(MD5(CONCAT('c2p:', l.n)), 8), 16, 10), 90) ELSE 0 END,
       CASE WHEN l.c2_status IN ('COMPLETED', 'IN_PROGRESS') THEN COALESCE(l.started_on, DATE_SUB(@today, INTERVAL 30 DAY)) END,
       CASE WHEN l.c2_status = 'COMPLETED' THEN COALESCE(l.completed_on, DATE_SUB(@today, INTERVAL MOD(l.n, 30) DAY)) END,
       0, @now, @now,
       CASE WHEN l.c2_status = 'CANCELLED' AND l.status <> 'CANCELLED' THEN 'Điều chỉnh giao việc' END
FROM bench_leaf l JOIN bench_unit u ON u.k = l.c2_k
ORDER BY l.n;

-- ---------------------------------------------------------------------------------------------
-- Headings' status from their children, bottom up (items, groups, sections), as
-- TaskProgress.ofChildren: cancelled children ignored; all cancelled -> CANCELLED; all the rest
-- completed -> COMPLETED on the last date; any started -> IN_PROGRESS; else NOT_STARTED.
-- Staged in a table of its own: no UPDATE reads the table it writes.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE bench_heading (
    id        BIGINT NOT NULL PRIMARY KEY,
    open_n    INT    NOT NULL,
    done_n    INT    NOT NULL,
    started_n INT    NOT NULL,
    pct       INT,
    last_done DATE
) ENGINE = InnoDB;

INSERT INTO bench_heading (id, open_n, done_n, started_n, pct, last_done)
SELECT parent_id,
       SUM(CASE WHEN status <> 'CANCELLED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'COMPLETED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status <> 'CANCELLED' AND (status <> 'NOT_STARTED' OR percent_complete > 0) THEN 1 ELSE 0 END),
       ROUND(AVG(CASE WHEN status = 'COMPLETED' THEN 100 WHEN status <> 'CANCELLED' THEN percent_complete END)),
       MAX(CASE WHEN status = 'COMPLETED' THEN completed_on END)
FROM task WHERE parent_id BETWEEN @t0 + 106 AND @t0 + 1105
GROUP BY parent_id;
UPDATE task h JOIN bench_heading c ON c.id = h.id SET
    h.status = CASE WHEN c.open_n = 0 THEN 'CANCELLED' WHEN c.done_n = c.open_n THEN 'COMPLETED'
                    WHEN c.started_n > 0 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END,
    h.percent_complete = CASE WHEN c.open_n = 0 THEN 0 WHEN c.done_n = c.open_n THEN 100 ELSE COALESCE(c.pct, 0) END,
    h.completed_on = CASE WHEN c.open_n > 0 AND c.done_n = c.open_n THEN c.last_done END;

DELETE FROM bench_heading;
INSERT INTO bench_heading (id, open_n, done_n, started_n, pct, last_done)
SELECT parent_id,
       SUM(CASE WHEN status <> 'CANCELLED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'COMPLETED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status <> 'CANCELLED' AND (status <> 'NOT_STARTED' OR percent_complete > 0) THEN 1 ELSE 0 END),
       ROUND(AVG(CASE WHEN status = 'COMPLETED' THEN 100 WHEN status <> 'CANCELLED' THEN percent_complete END)),
       MAX(CASE WHEN status = 'COMPLETED' THEN completed_on END)
FROM task WHERE parent_id BETWEEN @t0 + 6 AND @t0 + 105
GROUP BY parent_id;
UPDATE task h JOIN bench_heading c ON c.id = h.id SET
    h.status = CASE WHEN c.open_n = 0 THEN 'CANCELLED' WHEN c.done_n = c.open_n THEN 'COMPLETED'
                    WHEN c.started_n > 0 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END,
    h.percent_complete = CASE WHEN c.open_n = 0 THEN 0 WHEN c.done_n = c.open_n THEN 100 ELSE COALESCE(c.pct, 0) END,
    h.completed_on = CASE WHEN c.open_n > 0 AND c.done_n = c.open_n THEN c.last_done END;

DELETE FROM bench_heading;
INSERT INTO bench_heading (id, open_n, done_n, started_n, pct, last_done)
SELECT parent_id,
       SUM(CASE WHEN status <> 'CANCELLED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'COMPLETED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status <> 'CANCELLED' AND (status <> 'NOT_STARTED' OR percent_complete > 0) THEN 1 ELSE 0 END),
       ROUND(AVG(CASE WHEN status = 'COMPLETED' THEN 100 WHEN status <> 'CANCELLED' THEN percent_complete END)),
       MAX(CASE WHEN status = 'COMPLETED' THEN completed_on END)
FROM task WHERE parent_id BETWEEN @t0 + 1 AND @t0 + 5
GROUP BY parent_id;
UPDATE task h JOIN bench_heading c ON c.id = h.id SET
    h.status = CASE WHEN c.open_n = 0 THEN 'CANCELLED' WHEN c.done_n = c.open_n THEN 'COMPLETED'
                    WHEN c.started_n > 0 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END,
    h.percent_complete = CASE WHEN c.open_n = 0 THEN 0 WHEN c.done_n = c.open_n THEN 100 ELSE COALESCE(c.pct, 0) END,
    h.completed_on = CASE WHEN c.open_n > 0 AND c.done_n = c.open_n THEN c.last_done END;

-- The task's state copied onto its assignments, and each assignment's own due date, as
-- Assignment#followTask and V7 do.
UPDATE assignment a JOIN task t ON t.id = a.task_id
SET a.task_status = t.status, a.task_due_date = t.due_date, a.task_completed_on = t.completed_on,
    a.task_tree_key = t.tree_key, a.due_date = t.due_date;
UPDATE task SET original_due_date = due_date WHERE original_due_date IS NULL;

-- Business dates (issue 13): the program's tasks were issued to their units on the program's date. Shares still
-- open on a task already completed or cancelled closed with it, as TaskService#applyProgress does.
UPDATE task SET assigned_on = DATE '2024-01-15' WHERE directive_id = @d;
UPDATE assignment a JOIN task t ON t.id = a.task_id SET a.assigned_on = t.assigned_on WHERE t.directive_id = @d;
UPDATE assignment a JOIN task t ON t.id = a.task_id
SET a.status = 'CLOSED_WITH_TASK', a.closed_on = COALESCE(t.completed_on, @today)
WHERE t.directive_id = @d AND a.status IN ('NOT_STARTED', 'IN_PROGRESS') AND t.status IN ('COMPLETED', 'CANCELLED');

DROP TABLE bench_heading;
DROP TABLE bench_leaf;
DROP TABLE bench_unit;
DROP TABLE bench_seq;
DROP TABLE bench_digit;
