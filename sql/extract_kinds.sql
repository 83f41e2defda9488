-- zh_extract: every kind of figure, with every column.
\pset null '∅'
SET datestyle = 'ISO, YMD';

-- money: the point value, the amount, currencies before and after, qualifiers, ranges
SELECT kind, span, pos, len, value, amount, unit, qualifier
FROM zh_extract('“港洽周”狂揽 25 亿元，耗资约2.5亿港元，总价不超过人民币5亿元，'
                '投资20亿至30亿元，回购价格为3.755元/股，每股10.42-10.52港元，US$ 300万，数十亿元');

-- number: bare numbers in Arabic and Chinese numerals, scales, vague forms
SELECT kind, span, pos, len, value, qualifier
FROM zh_extract('常住人口 30 多万，共计一百二十三，总数 15628，约三千，负5，1,234.5万');

-- quantity: a number with a measure word (5000余人, 约200亩, 500万人次, 200多家)
SELECT kind, span, value, unit, qualifier
FROM zh_extract('将带动就业 5000 余人，占地约 200 亩，点击量超过 500 万人次，'
                '届时将有 200 多家品牌入驻，累计新签项目 27 个，回购2386万股，身高168cm');

-- percent: the value is the fraction; 个百分点 is the unit
SELECT kind, span, value, unit, qualifier
FROM zh_extract('增长 37.6%，同比增长百分之十，比上年提高 7 个百分点，持股5%以上，七成，千分之五');

-- date: resolved against ref; NULL without one where the expression is relative or vague
SELECT kind, span, dates
FROM zh_extract('2019年4月14日，4 月 14—19 日，今年一季度，去年以来，近日', '2019-04-22');
SELECT kind, span, dates
FROM zh_extract('2019年4月14日，4 月 14—19 日，今年一季度，去年以来，近日');

-- duration
SELECT kind, span, duration
FROM zh_extract('为期 6 天的洽谈周，两个多小时的车程，半年后');

-- all the columns of one row, and the column types
SELECT * FROM zh_extract('投资约 20 亿元', '2019-04-22');
SELECT pg_typeof(kind), pg_typeof(span), pg_typeof(pos), pg_typeof(len), pg_typeof(value),
       pg_typeof(amount), pg_typeof(unit), pg_typeof(qualifier), pg_typeof(dates),
       pg_typeof(duration)
FROM zh_extract('25亿元');

-- NULL: a NULL text has no rows; a NULL ref resolves nothing relative
SELECT count(*) FROM zh_extract(NULL);
SELECT count(*) FROM zh_extract(NULL, '2019-04-22');
SELECT span, dates FROM zh_extract('今年', NULL);
SELECT span, dates FROM zh_extract('今年', 'infinity');
SELECT count(*) FROM zh_extract('');

-- zh_amounts: the money figures in order, as zh_amount
SELECT zh_amounts('引资 25 亿元，增长 37.6%，实现年税收 3000 万元，耗资约2.5亿港元');
SELECT zh_amounts('没有金额'), zh_amounts(''), zh_amounts(NULL);
SELECT a, zh_amount_currency(a), zh_amount_qualifier(a)
FROM unnest(zh_amounts('投资20亿至30亿元，约200万美元')) a;

-- zh_amounts agrees with the money rows of zh_extract
SELECT zh_amounts(t) = ARRAY(SELECT amount FROM zh_extract(t) WHERE kind = 'money') AS same
FROM (VALUES ('引资 25 亿元，增长 37.6%，实现年税收 3000 万元'),
             ('4月15日回购2386万股B类股份，每股10.42-10.52港元，耗资约2.5亿港元。')) v(t);

-- labels: zh_extract is IMMUTABLE PARALLEL SAFE, not STRICT; zh_amounts also STRICT
SELECT proname, provolatile, proparallel, proisstrict, proretset
FROM pg_proc WHERE proname IN ('zh_extract', 'zh_amounts') ORDER BY proname;
SELECT obj_description('zh_extract(text, date)'::regprocedure) IS NOT NULL AS commented,
       obj_description('zh_amounts(text)'::regprocedure) IS NOT NULL AS commented_too;
