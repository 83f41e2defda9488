-- zh_amount aggregates: sum, avg, min, max; serial and parallel plans agree.
\pset null '∅'

-- the figures of the sample page, and the rules for ranges and qualifiers
SELECT sum(a), avg(a), min(a), max(a), count(a)
FROM (VALUES ('25 亿元'::zh_amount), ('20 亿元'), ('3000 万元'), ('3.86 亿元'), ('507.3 亿元'),
  ('54.2 亿元'), ('42.1 亿元')) v(a);
SELECT sum(a) AS ranges_add, avg(a) AS mean_of_bounds
FROM (VALUES ('20亿至30亿元'::zh_amount), ('5亿元'), ('1亿至2亿元')) v(a);
SELECT sum(a) AS one_approx, avg(a) FROM (VALUES ('1元'::zh_amount), ('约2元'), ('3元')) v(a);
SELECT sum(a) AS all_more_than FROM (VALUES ('逾1亿元'::zh_amount), ('至少2亿元'), ('3亿元')) v(a);
-- the mean is rounded to four fractional digits, and then says approx
SELECT avg(a) AS exact_mean FROM (VALUES ('1元'::zh_amount), ('2元'), ('3元'), ('4元')) v(a);
SELECT avg(a) AS rounded_mean FROM (VALUES ('1元'::zh_amount), ('1元'), ('2元')) v(a);
SELECT avg(a) AS half_away_from_zero
FROM (VALUES ('-0.0001元'::zh_amount), ('-0.0002元'), ('0元'), ('-0.0003元')) v(a);
-- NULLs are skipped; no rows give NULL
SELECT sum(a), avg(a), min(a), max(a)
FROM (VALUES (NULL::zh_amount), ('5美元'), (NULL), ('7美元')) v(a);
SELECT sum(a), avg(a), min(a), max(a) FROM (VALUES (NULL::zh_amount)) v(a);
SELECT sum(a), avg(a) FROM (SELECT '1元'::zh_amount WHERE false) v(a);
-- several currencies: 22023; per currency: group by it
SELECT sum(a) FROM (VALUES ('1元'::zh_amount), ('1美元')) v(a);
SELECT avg(a) FROM (VALUES ('1元'::zh_amount), ('1美元')) v(a);
SELECT max(a) FROM (VALUES ('1元'::zh_amount), ('1美元')) v(a);
SELECT zh_amount_currency(a) AS cur, sum(a), avg(a), min(a), max(a)
FROM (VALUES ('1元'::zh_amount), ('1美元'), ('约2元'), ('3美元')) v(a)
GROUP BY 1 ORDER BY 1;
-- overflow is an error, not a wrap
SELECT sum(a) FROM (VALUES ('9999999999999999999999999999999999元'::zh_amount), ('1元')) v(a);
-- as window functions
SELECT a, sum(a) OVER (ORDER BY a) AS running, avg(a) OVER () AS mean
FROM (VALUES ('1元'::zh_amount), ('2元'), ('约4元')) v(a) ORDER BY a;

-- parallel plans: partial aggregates combined across workers give the serial result
CREATE TABLE flows (id int, g int, amount zh_amount);
INSERT INTO flows SELECT i, i % 3, zh_amount(i * 1.2345 + 0.5, 'CNY',
    CASE WHEN i % 1000 = 0 THEN 'approx' ELSE 'exact' END)
FROM generate_series(1, 100000) i;
INSERT INTO flows VALUES (0, 0, '20亿至30亿元'), (-1, -1, NULL);
ANALYZE flows;
CREATE TEMP TABLE serial_result AS
SELECT sum(amount) AS s, avg(amount) AS a, min(amount) AS lo, max(amount) AS hi, count(amount) AS n
FROM flows;
SELECT * FROM serial_result;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT sum(amount), avg(amount), min(amount), max(amount), count(amount) FROM flows;
SELECT p.s = serial_result.s AS sum_equal, p.a = serial_result.a AS avg_equal,
       p.lo = serial_result.lo AS min_equal, p.hi = serial_result.hi AS max_equal, p.n = serial_result.n AS count_equal
FROM (SELECT sum(amount) AS s, avg(amount) AS a, min(amount) AS lo, max(amount) AS hi,
             count(amount) AS n FROM flows) p, serial_result;
-- grouped, in parallel
EXPLAIN (COSTS OFF)
SELECT g, sum(amount), avg(amount) FROM flows GROUP BY g;
CREATE TEMP TABLE parallel_groups AS SELECT g, sum(amount), avg(amount) FROM flows GROUP BY g;
SELECT * FROM parallel_groups ORDER BY g;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
SELECT count(*) AS groups_equal
FROM parallel_groups p JOIN (SELECT g, sum(amount), avg(amount) FROM flows GROUP BY g) s
  ON p.g = s.g AND p.sum IS NOT DISTINCT FROM s.sum AND p.avg IS NOT DISTINCT FROM s.avg;
