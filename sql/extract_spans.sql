-- zh_extract: spans are exact substrings at 1-based character positions, maximal, in text
-- order and never overlapping; each parses alone to the same figure.
\pset null '∅'
SET datestyle = 'ISO, YMD';

-- positions count characters (as strpos and substr do), not bytes
SELECT span, pos, len, substr(t, pos, len) = span AS substr_ok, strpos(t, span) = pos AS strpos_ok
FROM (VALUES ('abc 25亿元 def 37.6%'), ('衡阳高新区引资 25 亿元，增长 37.6%'),
             ('😀😀 投资２５亿元，ｅｍｏｊｉ前面'), ('Ａ股引资3000万元')) v(t),
     zh_extract(t);

-- characters that go through NFKC (Kangxi radicals, circled numbers): positions and spans are
-- those of the text as written
SELECT span, pos, len, substr(t, pos, len) = span AS substr_ok, value
FROM (VALUES ('引资⼆⼗五亿元，增长３７．６％'), ('⑴投资 25 亿元')) v(t), zh_extract(t);

-- one call after another in a query: texts that go through NFKC and texts that do not, in
-- turn (what earlier texts taught the scan about punctuation must not hide a character that
-- needs NFKC), and positions after long runs of characters of every width
SELECT n, span, pos, len, substr(t, pos, len) = span AS substr_ok, value
FROM (VALUES (1, '投资，25亿元、“五”'), (2, '引资⼆⼗五亿元，增长３７．６％'), (3, '，。“”增长3%'),
             (4, 'ｶ，投资⼗亿元'),
             (5, repeat('é😀a衡，', 7) || '投资 25 亿元' || repeat('ü', 9) || '增长3%')) v(n, t),
     zh_extract(t)
ORDER BY n, pos;

-- maximal: spaces inside a figure belong to it; qualifiers, currencies and units too
SELECT span, len FROM zh_extract('“港洽周”狂揽 25 亿元 以商招商');
SELECT span, len FROM zh_extract('占地约 200 亩，不超过人民币 5 亿元，两个多小时');
-- but not a space before or after it
SELECT '[' || span || ']' FROM zh_extract('  25 亿元  ');

-- in order, never overlapping, and nothing of a figure reported twice
WITH t(x) AS (VALUES ('4 月 14—19 日，为期 6 天的 2019 年湖南—粤港澳大湾区投资贸易洽谈周落下帷幕。'
                      '衡阳高新区成功签下 5 个项目，引资 25 亿元。'))
SELECT span, pos, len,
       pos >= coalesce(lag(pos + len) OVER (ORDER BY pos), 1) AS after_previous
FROM t, zh_extract(x, '2019-04-22');

-- the prepositions around a date are not part of it: 截至X is the day X ("as of")
SELECT span, dates FROM zh_extract('截至2019年6月30日，公司总资产为852.31亿元', '2019-07-01');
SELECT span, dates FROM zh_extract('自2019年12月15日起，召回2016年11月4日至2017年10月11日期间生产的汽车');
-- nor is 每股 part of a price, nor (含) part of a bound
SELECT span, value, amount, unit FROM zh_extract('回购价为每股10.12-10.2港元，不超过人民币14.79元/股（含）');

-- year context: a date without a year takes the year of an earlier date in the same sentence,
-- or of an earlier narrative date (with a month or day) in the same paragraph
SELECT span, dates FROM zh_extract('2018年9月，杉杉集团来衡阳考察。10月，双方签约。', '2019-04-22');
SELECT span, dates FROM zh_extract('2018年营收20亿元。4月14日，公司公告。', '2019-04-22');
SELECT span, dates FROM zh_extract('2019年4月14日开幕，19日闭幕');
-- without a reference date, the year named last anywhere before
SELECT span, dates FROM zh_extract(E'2018年营收20亿元。\n4月14日，公司公告。');

-- the sample page (data/hightech-zones-2019.txt, read by psql from the source tree)
\set page `cat data/hightech-zones-2019.txt`
SELECT kind, count(*) FROM zh_extract(:'page', '2019-04-22') GROUP BY kind ORDER BY kind;

-- every span is the text at its position
SELECT count(*) AS figures, count(*) FILTER (WHERE substr(:'page', pos, len) = span) AS exact
FROM zh_extract(:'page', '2019-04-22');

-- and parses alone (zh_parse) to the same figure: kind, value, bounds, qualifier, currency.
-- The one difference: after a plain number, running text reads 块 as the measure word for
-- pieces (宣传 KT 板 254 块), where a figure alone (zh_parse, zh_amount) is colloquial money.
SELECT e.span, e.kind, p.kind AS parsed_kind, e.value, p.value AS parsed_value
FROM zh_extract(:'page', '2019-04-22') e, zh_parse(e.span, '2019-04-22') p
WHERE e.kind <> 'date'
  AND (p.kind IS DISTINCT FROM e.kind OR p.value IS DISTINCT FROM e.value
       OR p.qualifier IS DISTINCT FROM e.qualifier
       OR p.currency IS DISTINCT FROM zh_amount_currency(e.amount)
       OR (e.kind = 'duration' AND p.duration IS DISTINCT FROM e.duration));
-- dates too, where no year was inherited from the text
SELECT e.span, e.dates, p.dates AS parsed
FROM zh_extract(:'page', '2019-04-22') e, zh_parse(e.span, '2019-04-22') p
WHERE e.kind = 'date' AND p.dates IS DISTINCT FROM e.dates;

-- the money on the page: 9 mentions, 70,276,000,000 元 in all
SELECT count(*), sum(value) FROM zh_extract(:'page') WHERE kind = 'money';
