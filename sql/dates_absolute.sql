-- zh_daterange / zh_date on absolute dates: every written form of the api
-- page, partial dates, two-digit years, and the impossible dates.
\pset null '∅'
SET datestyle = 'ISO, YMD';
-- full dates: Chinese and Arabic numerals, the separators . - / and none
SELECT s, zh_date(s, '2019-04-22') FROM (VALUES ('2019年4月14日'), ('二〇一九年四月十四日'),
  ('二零一九年四月十四日'), ('2019.4.14'), ('2019-04-14'), ('2019/4/14'), ('20190414'),
  ('2019 04 14'), ('２０１９年４月１４日'), ('2019年4月14号'), ('2019 年 4 月 14 日'),
  ('两千零四年八月十五'), ('13.5.2015'), ('10/31/1974'), ('2019年4月14日（周日）')) v(s);
-- partial dates: a year, a month of the reference year, a day of the reference month
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('2019年'), ('2019'), ('2019年度'),
  ('4月'), ('4月份'), ('十二月'), ('14日'), ('4月14日'), ('1月3'), ('4/14'), ('2019.08'),
  ('2019年4月')) v(s);
-- two-digit years: within 50 years of the reference, the past at exactly 50
SELECT s, ref, zh_daterange(s, ref) FROM (VALUES ('19年', date '2019-04-22'), ('98年', '2019-04-22'),
  ('69年', '2019-04-22'), ('70年', '2019-04-22'), ('九七年一季度', '1999-09-02'),
  ('19年', '1990-06-01'), ('05/05/89', '2016-11-07')) v(s, ref);
-- decades, centuries, reign years
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('80年代'), ('上世纪90年代'),
  ('19世纪'), ('本世纪'), ('民国三年'), ('康熙二十年9月')) v(s);
-- the reference date does not matter for absolute dates: both forms agree
SELECT zh_daterange('2019年4月14日', '1900-01-01') = zh_daterange('2019年4月14日') AS same;
-- a year-less date without a usable reference has no range
SELECT zh_daterange('4月14日', 'infinity') AS year_less, zh_daterange('2019年4月14日', 'infinity') AS absolute;
-- impossible dates: 22P02, pointing at the day (or month)
SELECT zh_daterange('2019年2月30日', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_date('2019年2月29日', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_date('2019-02-30', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_daterange('2019年13月', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_date('2月29日', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_date('2月29日', '2020-04-22') AS leap_year;
-- not a date at all
SELECT zh_daterange('明天见', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_daterange('', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_daterange('2019年4月14日下雨', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
-- zh_date on an expression covering several days: 22023
SELECT zh_date('2019年4月', '2019-04-22');
\echo :LAST_ERROR_SQLSTATE
-- the zh_try_ forms return NULL instead
SELECT zh_try_daterange('2019年2月30日', '2019-04-22') AS bad_day,
       zh_try_date('2019年4月', '2019-04-22') AS several_days,
       zh_try_date('明天见', '2019-04-22') AS not_a_date,
       zh_try_date('2019年4月14日', '2019-04-22') AS good;
