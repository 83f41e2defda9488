-- Relative dates: years, months, days, weeks and weekdays, quarters,
-- halves and the parts of years and months.  The reference 2019-04-22 is a
-- Monday.
\pset null '∅'
SET datestyle = 'ISO, YMD';
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('今年'), ('去年'), ('前年'), ('明年'),
  ('后年'), ('上年'), ('本月'), ('上月'), ('下月'), ('上个月'), ('下下个月'), ('今天'),
  ('昨天'), ('前天'), ('明天'), ('后天'), ('大后天'), ('本周'), ('上周'), ('下周'),
  ('上上周'), ('周末'), ('下周末')) v(s);
-- weekdays: a bare weekday is that day of the current (Monday-first) week
SELECT s, zh_date(s, '2019-04-22') FROM (VALUES ('周一'), ('星期三'), ('礼拜天'), ('周日'),
  ('下周三'), ('上周五'), ('本周二'), ('这个星期六'), ('上个礼拜天'), ('下周1')) v(s);
-- with explicit parts: the issue's 明年 8 月, 去年本月十日, 上个月15号
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('明年 8 月'), ('去年本月十日'),
  ('上个月15号'), ('下月九号'), ('去年3月'), ('今年10月')) v(s);
-- quarters and halves: 一季度 第二季度 前三季度 上半年 下半年 (the issue's 今年一季度)
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('一季度'), ('第二季度'), ('今年一季度'),
  ('去年四季度'), ('前三季度'), ('去年前三季度'), ('Q3'), ('本季度'), ('上季度'),
  ('上季度末'), ('上半年'), ('下半年'), ('2018年下半年')) v(s);
-- 年初 (January), 年底/年末 (December), 上旬/月初 (1-10), 中旬 (11-20), 下旬/月底/月末 (21-end)
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('年初'), ('年底'), ('年末'), ('明年初'),
  ('去年年底'), ('4月上旬'), ('4月中旬'), ('2月下旬'), ('3月底'), ('12月月末'), ('月初'),
  ('月底'), ('上旬'), ('11月中下旬')) v(s);
-- weeks and weekdays of a month, first and last days
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('十月第一个星期一'), ('3月第三周'),
  ('八月份的第一个周二'), ('四月的最后一个星期一'), ('2020年2月的最后一天'),
  ('今年前五个月'), ('2021年第一周'), ('上月最后五天')) v(s);
-- holidays of the reference year, or of the year written before them
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('春节'), ('国庆'), ('2019年国庆节'),
  ('去年中秋节'), ('清明'), ('冬至'), ('母亲节'), ('正月十五'), ('农历八月十五'),
  ('除夕'), ('2023年除夕'), ('元旦'), ('圣诞节')) v(s);
-- vague words are recognised but have no range
SELECT s, zh_daterange(s, '2019-04-22') FROM (VALUES ('近日'), ('近年来'), ('日前'), ('近期')) v(s);
-- relative words against an infinite reference resolve nothing
SELECT zh_daterange('去年', 'infinity') AS no_ref;
-- the one-argument forms read current_date
SELECT zh_daterange('今天') = daterange(current_date, current_date, '[]') AS today,
       zh_date('明天') = current_date + 1 AS tomorrow,
       zh_try_date('昨天') = current_date - 1 AS yesterday;
-- labels: explicit reference IMMUTABLE, implicit STABLE
SELECT p.oid::regprocedure AS function, p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p WHERE p.proname IN ('zh_daterange', 'zh_date', 'zh_try_daterange', 'zh_try_date',
  'zh_interval', 'zh_try_interval') ORDER BY p.oid::regprocedure::text;
