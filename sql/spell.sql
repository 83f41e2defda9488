-- zh_spell and zh_capital_amount: numbers written in Chinese.

-- the three styles side by side
SELECT v, zh_spell(v) AS lower, zh_spell(v, 'capital') AS capital,
       zh_spell(v, 'traditional') AS traditional
FROM (VALUES (0), (1), (10), (12), (20), (110), (1001), (2500000000),
             (-5), (3.14), (0.05)) t(v);

-- zero placement: one 零 for a run of zeros; the tail of a four-digit group
-- before a 千 digit is silent in lower and capital (十万一千), read in
-- traditional (十萬零一千)
SELECT v, zh_spell(v) AS lower, zh_spell(v, 'traditional') AS traditional
FROM (VALUES (101), (1010), (10001), (10100), (100001), (100010), (101000),
             (1001000), (10001000), (10000100), (100010000), (100500000),
             (100001000), (150006355), (1000054)) t(v);

-- a leading 一十 is 十 (lower, traditional) but 一十 inside; capital keeps 壹拾
SELECT v, zh_spell(v) AS lower, zh_spell(v, 'capital') AS capital,
       zh_spell(v, 'traditional') AS traditional
FROM (VALUES (10), (15), (100000), (1000000000), (1000100000), (110), (100010)) t(v);

-- large numbers: 万亿 and 亿亿 (lower, capital); 兆 = 10^12 (traditional)
SELECT e, zh_spell(trim_scale(10::numeric ^ e)) AS lower, zh_spell(trim_scale(10::numeric ^ e), 'capital') AS capital,
       zh_spell(trim_scale(10::numeric ^ e), 'traditional') AS traditional
FROM generate_series(4, 24, 4) e;
SELECT v, zh_spell(v) AS lower, zh_spell(v, 'traditional') AS traditional
FROM (VALUES (1200000000000), (1001000000000), (12000012412421), (9007199254740992),
             (10000000100000000), (10000000010000000)) t(v);

-- every spelling reads back: zh_number(zh_spell(x, style)) = x
SELECT count(*) AS checked,
       count(*) FILTER (WHERE zh_number(zh_spell(v, s)) = v) AS read_back
FROM (SELECT (i::bigint * 1000000007 % 99999999999989)::numeric / 100 AS v
      FROM generate_series(1, 500) i) n,
     (VALUES ('lower'), ('capital'), ('traditional')) st(s);

-- decimals: digit by digit after 点, the scale kept as numeric shows it
SELECT v, zh_spell(v) AS lower, zh_spell(trim_scale(v)) AS trimmed,
       zh_spell(v, 'traditional') AS traditional
FROM (VALUES (3.14), (0.05), (12.0), (1.50), (-0.1), (10.5), (1000054.4321),
             (-0.00)) t(v);

-- integers of any type, and a numeric of a thousand digits
SELECT zh_spell(25::int), zh_spell(2500000000::bigint), zh_spell('-32768'::smallint, 'capital');
SELECT length(zh_spell(('9' || repeat('0', 999))::numeric)) AS chars,
       left(zh_spell(('9' || repeat('0', 999))::numeric), 4) AS head;

-- 人民币大写, with the examples of 《正确填写票据和结算凭证的基本规定》
SELECT v, zh_capital_amount(v)
FROM (VALUES (1409.50), (6007.14), (1680.32), (107000.53), (16409.02), (325.04)) t(v);
-- 整 after 元 and after 角, never after 分; 零 after 元 when 元 or 角 is 0
SELECT v, zh_capital_amount(v)
FROM (VALUES (1234.56), (100), (10), (11), (1.5), (1.50), (1.05), (1004.05),
             (1000.50), (10.01), (1.230), (7.0000)) t(v);
-- below one 元, zero, negative, large
SELECT v, zh_capital_amount(v)
FROM (VALUES (0.5), (0.05), (0.55), (0), (0.00), (-1234.56), (-0.1),
             (12000000002421), (9999999999999999.99)) t(v);

-- errors
\set VERBOSITY default
SELECT zh_spell(5, 'upper');
SELECT zh_spell(5, '');
SELECT zh_spell('NaN');
SELECT zh_spell('Infinity', 'capital');
SELECT zh_capital_amount(1.234);
SELECT zh_capital_amount(0.001);
SELECT zh_capital_amount(10000000000000000);
SELECT zh_capital_amount('-Infinity');
\set VERBOSITY terse

-- SQLSTATEs
DO $$
DECLARE
  q text;
BEGIN
  FOREACH q IN ARRAY ARRAY[
    $q$SELECT zh_spell(5, 'upper')$q$,
    $q$SELECT zh_spell('NaN')$q$,
    $q$SELECT zh_capital_amount(1.234)$q$,
    $q$SELECT zh_capital_amount(10000000000000000)$q$,
    $q$SELECT zh_capital_amount('NaN')$q$] LOOP
    BEGIN
      EXECUTE q;
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE '% -> %', q, SQLSTATE;
    END;
  END LOOP;
END $$;

-- NULL in, NULL out
SELECT zh_spell(NULL) IS NULL AS a, zh_spell(1, NULL) IS NULL AS b,
       zh_capital_amount(NULL) IS NULL AS c;

-- labels
SELECT p.oid::regprocedure AS function, provolatile, proisstrict, proparallel,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_proc p WHERE proname IN ('zh_spell', 'zh_capital_amount') ORDER BY 1::text;
