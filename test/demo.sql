-- zhnum demo (`make demo`): figures from data/hightech-zones-2019.txt,
-- reports on Hunan's high-tech zones in April 2019.

-- 「“港洽周”狂揽 25 亿元」, 「完成产值 3.86 亿元」, 「技工贸总收入 507.3 亿元」,
-- 「实现年税收 3000 万元」, 「增长 37.6%」: Chinese numbers to exact numerics.
SELECT figure, zh_number(figure) AS value
FROM (VALUES ('25亿'), ('3.86亿'), ('507.3亿'), ('3000万'), ('37.6%'),
             ('百分之三十七点六'), ('二十五亿'), ('贰拾伍亿')) AS t(figure);

-- And back: a number written in Chinese, in each style.
SELECT style, zh_spell(2500000000, style) AS "25亿"
FROM (VALUES ('lower'), ('capital'), ('traditional')) AS t(style);

-- 人民币大写, as on an invoice or a cheque.
SELECT amount, zh_capital_amount(amount) AS capital
FROM (VALUES (30000000::numeric), (386000000), (1234.56), (100)) AS t(amount);

-- ---------------------------------------------------------------------------
-- Extraction: the whole page, one paragraph a row.
-- ---------------------------------------------------------------------------

-- The page as a table: one row per line of the file (blank lines skipped), with every money
-- figure of the paragraph kept in a generated zh_amount[] column.
CREATE TABLE page (
    para    int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body    text NOT NULL,
    amounts zh_amount[] GENERATED ALWAYS AS (zh_amounts(body)) STORED
);
-- CSV with a delimiter and a quote that never occur: each line arrives verbatim
CREATE TEMP TABLE lines (body text);
\copy lines FROM 'data/hightech-zones-2019.txt' WITH (FORMAT csv, DELIMITER E'\x01', QUOTE E'\x02')
INSERT INTO page (body) SELECT body FROM lines WHERE btrim(body) <> '';
SELECT count(*) AS paragraphs, sum(char_length(body)) AS characters FROM page;

-- Every money figure, with a glimpse of its paragraph.
\pset null ''
SELECT p.para, e.span, e.amount,
       substr(p.body, greatest(e.pos - 10, 1), e.len + 16) AS context
FROM page p, zh_extract(p.body) e
WHERE e.kind = 'money'
ORDER BY p.para, e.pos;

-- The total: 9 mentions, 702.76亿元 = 70,276,000,000 元.
SELECT count(*) AS mentions, sum(e.amount) AS total,
       zh_amount_format(sum(e.amount), 'arabic') AS in_full
FROM page p, zh_extract(p.body) e
WHERE e.kind = 'money';

-- Every figure of the page by kind, with the first few of each.
SELECT kind, count(*) AS figures,
       string_agg(span, ' · ' ORDER BY n) FILTER (WHERE n <= 5) AS first_five
FROM (SELECT e.kind, e.span, row_number() OVER (PARTITION BY e.kind ORDER BY p.para, e.pos) AS n
      FROM page p, zh_extract(p.body) e) f
GROUP BY kind ORDER BY count(*) DESC;

-- The dates, resolved against the page's issue date (2019-04-22); vague ones (近日) have none.
SET datestyle = 'ISO';
SELECT p.para, e.span, e.dates, substr(p.body, greatest(e.pos - 6, 1), e.len + 12) AS context
FROM page p, zh_extract(p.body, '2019-04-22') e
WHERE e.kind = 'date'
ORDER BY p.para, e.pos;

-- The generated column answers without scanning the text again: which paragraphs mention
-- 10亿元 or more, and their largest amount.
SELECT para, amounts, (SELECT max(a) FROM unnest(amounts) a) AS largest,
       left(body, 24) || '…' AS paragraph
FROM page
WHERE EXISTS (SELECT FROM unnest(amounts) a WHERE a >= '10亿元')
ORDER BY para;

-- All the amounts of the page added up through the generated column, and the biggest one.
SELECT sum(a) AS total, max(a) AS largest, count(*) AS mentions
FROM page, unnest(amounts) a;
