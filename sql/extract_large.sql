-- zh_extract over large texts; zh_amounts in a generated column and an expression index.
\pset null '∅'
SET datestyle = 'ISO, YMD';

-- a 5 MB text (5.4 MB): every repetition of the unit holds one money figure and one percent
CREATE TEMP TABLE five AS
SELECT repeat('衡阳高新区引资 25 亿元，增长 37.6%。', 110000) AS t;
SELECT octet_length(t) AS bytes, char_length(t) AS chars FROM five;
CREATE TEMP TABLE found AS SELECT e.* FROM five, zh_extract(t) e;
SELECT kind, count(*), sum(value) FROM found GROUP BY kind ORDER BY kind;
-- the last figure's position is right at the far end (characters counted all the way)
SELECT pos, len, span FROM found ORDER BY pos DESC LIMIT 1;
-- in order and never overlapping, all the way
SELECT count(*) AS overlaps
FROM (SELECT pos, lag(pos + len) OVER (ORDER BY pos) AS prev_end FROM found) s
WHERE pos < prev_end;
SELECT cardinality(zh_amounts(t)) FROM five;
DROP TABLE five, found;

-- a 5 MB text with no figure at all
SELECT count(*) FROM zh_extract(repeat('衡阳高新区主动拥抱大湾区，争当承接产业转移领头雁。', 70000));

-- a statement timeout interrupts a long scan (40 MB: several seconds of work)
CREATE TEMP TABLE big AS SELECT repeat('衡阳高新区引资 25 亿元，增长 37.6%。', 800000) AS t;
SET statement_timeout = '1s';
SELECT count(*) FROM big, zh_extract(t);
RESET statement_timeout;
DROP TABLE big;

-- zh_amounts in a generated column, and an expression index
CREATE TABLE paragraphs (
    id int PRIMARY KEY,
    body text,
    amounts zh_amount[] GENERATED ALWAYS AS (zh_amounts(body)) STORED
);
INSERT INTO paragraphs (id, body) VALUES
    (1, '“港洽周”狂揽 25 亿元 以商招商机制显成效'),
    (2, '占地约 200 亩，预计投资 20 亿元，实现年税收 3000 万元。'),
    (3, '园区完成技工贸总收入 507.3 亿元，增长 9.95%。'),
    (4, '没有金额的段落。'),
    (5, NULL);
SELECT id, amounts FROM paragraphs ORDER BY id;
UPDATE paragraphs SET body = body || '另获融资 1.5 亿元。' WHERE id = 4;
SELECT id, amounts FROM paragraphs WHERE id = 4;

-- which paragraphs mention an amount over 10亿元
SELECT id, a AS amount
FROM paragraphs, unnest(amounts) a
WHERE zh_amount_currency(a) = 'CNY' AND a > '10亿元'
ORDER BY id, a;

-- an expression index on the first amount of each paragraph
CREATE INDEX paragraphs_first_amount ON paragraphs (((zh_amounts(body))[1]));
INSERT INTO paragraphs (id, body)
SELECT g, '第' || g || '号项目投资 ' || g || ' 万元' FROM generate_series(10, 2000) g;
ANALYZE paragraphs;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM paragraphs WHERE (zh_amounts(body))[1] = '25亿元';
SELECT id FROM paragraphs WHERE (zh_amounts(body))[1] = '25亿元';
RESET enable_seqscan;
SELECT count(*) FROM paragraphs WHERE (zh_amounts(body))[1] BETWEEN '1000万元' AND '1500万元';
DROP TABLE paragraphs;

-- a parallel-safe function works in a parallel plan
CREATE TABLE docs AS
SELECT g AS id, '项目' || g || '投资 ' || (g % 50 + 1) || ' 亿元，增长 ' || (g % 10) || '%' AS body
FROM generate_series(1, 20000) g;
ANALYZE docs;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT count(*), sum(zh_amount_value(a))
FROM docs, unnest(zh_amounts(body)) a;
RESET ALL;
DROP TABLE docs;
