-- zh_amount operators: comparison and ordering, two currencies, the btree
-- and hash operator classes in use (index scan, hash partitioning, hash
-- join, GROUP BY, ANALYZE), and arithmetic.
\pset null '∅'

-- An expression's result, or its SQLSTATE and message.
CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
  EXECUTE 'SELECT (' || q || ')::text' INTO r;
  RETURN r;
EXCEPTION WHEN OTHERS THEN
  RETURN 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
END $$;

-- comparison within one currency: lower bound, upper bound, then qualifier
SELECT a, b, a = b AS eq, a <> b AS ne, a < b AS lt, a <= b AS le, a > b AS gt, a >= b AS ge,
       zh_amount_cmp(a, b) AS cmp
FROM (VALUES ('25亿元'::zh_amount, '25 亿元'::zh_amount), ('25亿元', '3.86亿元'),
  ('3.86亿元', '25亿元'), ('20亿元', '20亿至30亿元'), ('20亿至30亿元', '20亿至25亿元'),
  ('25亿元', '约25亿元'), ('约25亿元', '逾25亿元'), ('逾25亿元', '至少25亿元'),
  ('至少25亿元', '不足25亿元'), ('不足25亿元', '最多25亿元'), ('-1元', '0元'),
  ('0.0001元', '0元'), ('200万美元', '2000000 USD')) v(a, b);

-- ordering within one currency
SELECT a FROM (VALUES ('25亿元'::zh_amount), ('3.86亿元'), ('约25亿元'), ('20亿至30亿元'),
  ('20亿元'), ('-5元'), ('0元'), ('逾25亿元'), ('最多25亿元'), ('1234.56元'), ('数十亿元'),
  ('1.5万亿元'), ('20亿至25亿元')) v(a)
ORDER BY a;

-- two currencies: = is false, <> true; ordering raises 22023 naming both
SELECT '1元'::zh_amount = '1美元' AS eq, '1元'::zh_amount <> '1美元' AS ne;
SELECT q, pg_temp.try(q) FROM (VALUES ($$'1元'::zh_amount < '1美元'$$),
  ($$'1元'::zh_amount <= '1美元'$$), ($$'1元'::zh_amount > '1美元'$$),
  ($$'1元'::zh_amount >= '1美元'$$), ($$zh_amount_cmp('1元', '1美元')$$),
  ($$(SELECT max(a) FROM (VALUES ('1元'::zh_amount), ('2港元')) v(a))$$)) v(q);
SELECT '25亿元'::zh_amount < '1美元';
SELECT a FROM (VALUES ('1元'::zh_amount), ('1美元')) v(a) ORDER BY a;
-- sorting a column of several currencies: the currency first
SELECT a FROM (VALUES ('1元'::zh_amount), ('1美元'), ('5元'), ('约1港元'), ('3美元')) v(a)
ORDER BY zh_amount_currency(a), a;

-- a btree index, used for a range condition
CREATE TABLE deals (id int PRIMARY KEY, amount zh_amount NOT NULL);
INSERT INTO deals SELECT i, zh_amount(i * 1000000::numeric) FROM generate_series(1, 2000) i;
INSERT INTO deals VALUES (2001, '25亿元'), (2002, '约20亿至30亿元'), (2003, '逾3000亿元');
CREATE INDEX deals_amount ON deals (amount);
ANALYZE deals;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id, amount FROM deals WHERE amount > '10亿元' ORDER BY amount;
SELECT count(*), min(id), max(id) FROM deals WHERE amount > '10亿元';
SELECT id, amount FROM deals WHERE amount > '19.95亿元' ORDER BY amount;
EXPLAIN (COSTS OFF) SELECT id FROM deals WHERE amount = '3.86亿元';
SELECT id FROM deals WHERE amount = '3.86亿元';
SELECT id, amount FROM deals WHERE amount BETWEEN '19.99亿元' AND '20亿至30亿元' ORDER BY amount;
SELECT min(amount), max(amount) FROM deals;
-- an equality search through the btree compares, so another currency raises
-- there (a sequential or hash scan finds no row)
SELECT id FROM deals WHERE amount = '5美元';
RESET enable_seqscan;
RESET enable_bitmapscan;
-- the btree index orders its values, so it takes one currency only
INSERT INTO deals VALUES (2004, '25亿美元');
-- ANALYZE gave the standard statistics (one currency)
SELECT null_frac, n_distinct, histogram_bounds IS NOT NULL AS has_histogram
FROM pg_stats WHERE tablename = 'deals' AND attname = 'amount';

-- several currencies: a hash index, hash join, hash aggregation, ANALYZE
CREATE TABLE mixed (id int, amount zh_amount);
INSERT INTO mixed VALUES (1, '25亿元'), (2, '25亿美元'), (3, '25亿港元'), (4, '约200万美元'),
  (5, '200万美元'), (6, '20亿至30亿元'), (7, '25亿元'), (8, '25亿美元'), (9, NULL),
  (10, '2500000000 CNY'), (11, '1000 XYZ');
CREATE INDEX mixed_hash ON mixed USING hash (amount);
ANALYZE mixed;
SELECT null_frac, n_distinct, histogram_bounds IS NULL AS no_histogram
FROM pg_stats WHERE tablename = 'mixed' AND attname = 'amount';
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM mixed WHERE amount = '25亿美元';
SELECT id FROM mixed WHERE amount = '25亿美元' ORDER BY id;
RESET enable_seqscan;
CREATE TABLE targets (amount zh_amount, label text);
INSERT INTO targets VALUES ('25亿元', 'A'), ('25亿美元', 'B'), ('约200万美元', 'C'), ('1元', 'D');
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT m.id, t.label FROM mixed m JOIN targets t ON m.amount = t.amount;
SELECT m.id, t.label FROM mixed m JOIN targets t ON m.amount = t.amount ORDER BY m.id;
RESET enable_nestloop;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT amount, count(*) FROM mixed GROUP BY amount;
SELECT amount::text, count(*) FROM mixed GROUP BY amount ORDER BY 1;
RESET enable_sort;
SELECT count(DISTINCT amount) FROM mixed WHERE zh_amount_currency(amount) = 'USD';
SELECT zh_amount_currency(amount) AS cur, count(*), sum(amount)
FROM mixed GROUP BY 1 ORDER BY 1;

-- hash partitioning on zh_amount (hash support function 2)
CREATE TABLE holdings (amount zh_amount, note text) PARTITION BY HASH (amount);
CREATE TABLE holdings_0 PARTITION OF holdings FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE holdings_1 PARTITION OF holdings FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TABLE holdings_2 PARTITION OF holdings FOR VALUES WITH (MODULUS 3, REMAINDER 2);
INSERT INTO holdings SELECT zh_amount(i, cur), cur
FROM generate_series(1, 300) i, unnest(ARRAY['CNY', 'USD', 'HKD']) cur;
INSERT INTO holdings VALUES ('约20亿至30亿元', 'range'), ('逾3000亿元', 'more');
SELECT count(*) AS rows, count(DISTINCT tableoid) AS partitions_used FROM holdings;
-- every value lies in the partition its hash names, and the partitions share the rows out
SELECT bool_and(satisfies_hash_partition('holdings'::regclass, 3,
         substring(tableoid::regclass::text FROM '.$')::int, amount)) AS placed_by_hash,
       min(n) > 200 AS spread
FROM holdings, LATERAL (SELECT count(*) AS n FROM holdings h2 WHERE h2.tableoid = holdings.tableoid) c;
EXPLAIN (COSTS OFF) SELECT note FROM holdings WHERE amount = '约20亿至30亿元';
SELECT note FROM holdings WHERE amount = '约20亿至30亿元';
SELECT note FROM holdings WHERE amount = '300港元';
-- the two hash functions agree (the extended one with seed 0 extends the standard one)
SELECT bool_and((zh_amount_hash_extended(amount, 0) & 4294967295) =
                (zh_amount_hash(amount)::bigint & 4294967295)) AS hashes_agree,
       bool_and(zh_amount_hash_extended(amount, 1) <> zh_amount_hash_extended(amount, 0)) AS seeded,
       count(DISTINCT zh_amount_hash(amount)) AS distinct_hashes
FROM holdings;
-- pinned: the hash decides hash partitions, so it must not change between releases
SELECT zh_amount_hash('25亿元'), zh_amount_hash_extended('25亿元', 0),
       zh_amount_hash_extended('25亿元', 42);
-- equal values hash equally however they were written
SELECT count(DISTINCT zh_amount_hash(a)) FROM (VALUES ('25亿元'::zh_amount), ('25 亿元'),
  ('人民币25亿元'), ('2500000000 CNY'), ('贰拾伍亿元整'), ('二十五亿元')) v(a);

-- arithmetic: + - within one currency (bounds add), * / by numeric, unary -
SELECT a, op, b, r FROM (VALUES
  ('25亿元'::zh_amount, '+', '3.86亿元'::zh_amount, '25亿元'::zh_amount + '3.86亿元'),
  ('逾5亿元', '+', '3亿元', '逾5亿元'::zh_amount + '3亿元'),
  ('逾5亿元', '+', '至少3亿元', '逾5亿元'::zh_amount + '至少3亿元'),
  ('逾5亿元', '+', '不足3亿元', '逾5亿元'::zh_amount + '不足3亿元'),
  ('约5亿元', '+', '3亿元', '约5亿元'::zh_amount + '3亿元'),
  ('20亿至30亿元', '+', '1亿元', '20亿至30亿元'::zh_amount + '1亿元'),
  ('20亿至30亿元', '+', '1亿至2亿元', '20亿至30亿元'::zh_amount + '1亿至2亿元'),
  ('20亿至30亿元', '-', '1亿至2亿元', '20亿至30亿元'::zh_amount - '1亿至2亿元'),
  ('逾5亿元', '-', '不足3亿元', '逾5亿元'::zh_amount - '不足3亿元'),
  ('1元', '-', '3元', '1元'::zh_amount - '3元')) v(a, op, b, r);
SELECT - '逾20亿至30亿元'::zh_amount AS neg, - '0元'::zh_amount AS neg_zero;
SELECT '25亿元'::zh_amount * 2 AS times_2, 2 * '25亿元'::zh_amount AS two_times,
       '25亿元'::zh_amount * 0.5 AS half, '20亿至30亿元'::zh_amount * -1 AS neg_range,
       '逾5亿元'::zh_amount * -2 AS flips, '约5亿元'::zh_amount * 0 AS zero,
       '1.2345元'::zh_amount * 2 AS exact;
SELECT '10元'::zh_amount / 4 AS quarter, '1元'::zh_amount / 0.0001 AS by_small,
       '21亿至33亿元'::zh_amount / 3 AS range_third, '10亿元'::zh_amount / -0.25 AS negative;
SELECT q, pg_temp.try(q) FROM (VALUES ($$'1元'::zh_amount + '1美元'$$),
  ($$'1元'::zh_amount - '1港元'$$), ($$'1元'::zh_amount / 3$$), ($$'1元'::zh_amount / 0$$),
  ($$'1.2345元'::zh_amount * 0.5$$), ($$'9999999999999999999999999999999999元'::zh_amount + '1元'$$),
  ($$'1亿亿亿元'::zh_amount * 1e10$$), ($$'1元'::zh_amount * 'NaN'::numeric$$),
  ($$'1元'::zh_amount * 'Infinity'::numeric$$),
  ($$'1元'::zh_amount * 1.000000000000000000000000000000000000000001$$)) v(q);
SELECT '1元'::zh_amount / 3;
SELECT '1元'::zh_amount + '1美元';
