-- zh_interval: lengths of time.  Years are 12 months, weeks 7 days, a
-- half month 15 days; 多/余 keep the number (the qualifier is zh_parse's).
\pset null '∅'
SET datestyle = 'ISO, YMD';
SET intervalstyle = 'postgres';
SELECT s, zh_interval(s) FROM (VALUES ('为期 6 天'), ('为期6天'), ('两个多小时'), ('3个月'),
  ('3个月内'), ('半年'), ('一年半'), ('两年零三个月'), ('四年六个月'), ('8天20小时'),
  ('一年又一个月21天'), ('两天又一个月'), ('1.5小时'), ('一个半月'), ('半个月'), ('4周'),
  ('四个星期'), ('俩礼拜'), ('一刻钟'), ('分半'), ('五分三十秒'), ('一小时零十五秒'),
  ('17个多月'), ('70多分钟'), ('三天三夜'), ('约3天'), ('三十年以上'), ('2621.2小时'),
  ('五个季度')) v(s);
-- equal as intervals whatever the spelling
SELECT zh_interval('半年') = interval '6 months' AS half_year,
       zh_interval('两个多小时') = interval '2 hours' AS two_odd_hours,
       zh_interval('为期6天') = interval '6 days' AS six_days;
-- zh_parse keeps the qualifier
SELECT kind, duration, qualifier FROM zh_parse('两个多小时');
-- 3个月内 is also a window of dates; when both are asked for, the date wins
SELECT kind, dates, duration FROM zh_parse('3个月内', '2019-04-22');
-- not a length of time
SELECT zh_interval('三天又三天');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_interval('明天');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_interval('3~6个月');
\echo :LAST_ERROR_SQLSTATE
SELECT zh_try_interval('明天') AS not_a_duration, zh_try_interval('半小时') AS half_hour;
