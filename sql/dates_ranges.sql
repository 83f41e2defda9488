-- Ranges (inclusive, with elision), open ranges, windows and offsets.
-- Reference 2019-04-22 (a Monday), the issue's examples first.
\pset null '∅'
SET datestyle = 'ISO, YMD';
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('4 月 14—19 日'), ('1—3 月'),
  ('今年一季度'), ('去年以来'), ('明年 8 月'), ('2019年1-9月'), ('今年三季度以来'),
  ('截至3月底')) v(s);
-- inclusive ranges with 至 到 — – - ~; the second half may leave out what it shares
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('4月14日至19日'), ('4月14日~19日'),
  ('4月14日到5月3日'), ('2019年4月14日至5月3日'), ('1至3月份'), ('2018-2019年'),
  ('2018年至2019年'), ('2018 – 2019年'), ('2019年4月12-19日'), ('2017年8月至11月'),
  ('2017年8月15日至2018年3月29日'), ('从2020-05-26至2020-05-29止'), ('1999.08-2002.02'),
  ('上周三到这周二'), ('2007年与2009年之间'), ('一月上旬到中旬')) v(s);
-- a second half that ends before the first continues into the next year or week
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('8月至2月'), ('周六至周一')) v(s);
-- open ranges: X以来 [start of X, ref]; 截至X (-inf, end of X]; 自X起, X起 [start of X, inf)
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('今年以来'), ('2018年以来'),
  ('三季度以来'), ('截至3月底'), ('截至目前'), ('截止到2018年'), ('自2018年起'), ('2018年起'),
  ('从去年9月开始'), ('自从2018年'), ('从2001年起至今')) v(s);
-- before and after: X以前 (-inf, start of X); X以后 (end of X, inf); 或之前 / 或之后 include X
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('2015年前'), ('2014年9月14日之前'),
  ('2018年之后'), ('2019年1月1日或之后'), ('2019年4月4日或之前'), ('2010-01-10及以后')) v(s);
-- windows: [ref - N, ref] back, [ref, ref + N] forward; both ends included
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('近30天'), ('近三个月'), ('最近一年'),
  ('过去一周'), ('近一个半月'), ('未来7天'), ('今后10年'), ('3个月内'), ('12个月内'),
  ('三个多月以来'), ('未来48小时')) v(s);
-- offsets: one day, N units before or after the reference
SELECT s, zh_date(s, '2019-04-22') FROM (VALUES ('3天前'), ('5年前'), ('两年后'),
  ('一年半以前'), ('两个半月前'), ('过两天'), ('4周后')) v(s);
-- zh_date on a range is 22023; an empty range (三季度以来 in April) too
SELECT zh_date('4月14—19日', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_date('今年三季度以来', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_date('截至3月底', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
-- a window beyond year 1: 22003
SELECT zh_daterange('近五千年', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
-- incomplete ranges are not dates
SELECT zh_daterange('4月14日至', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_try_daterange('4月14日至', '2019-04-22') AS incomplete;
