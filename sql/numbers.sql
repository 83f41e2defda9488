-- zh_number, zh_try_number and zh_parse: every input class of the api page.
\pset null '∅'

-- Arabic digits with scales and separators; full-width forms
SELECT s, zh_number(s) FROM (VALUES ('25 亿'), ('3.86亿'), ('1,234.5万'), ('13万2'),
  ('２５亿'), ('３７．６％'), ('－５'), ('1.2万亿'), ('0.0012'), ('12.32e+14')) v(s);

-- compatibility characters go through ICU NFKC: ⼀ (Kangxi radical), ⑩ (circled ten), 參 (U+F96B)
SELECT s, zh_number(s) FROM (VALUES ('⼀千'), ('⑩万'), (E'\uF96B百')) v(s);
SELECT zh_try_number('⼀千x'), zh_try_number(E'25\u00A0亿');
SELECT zh_number('⼀千x');

-- Chinese numerals: 两 廿 卅 〇 幺, 大写, traditional, mixed, 万亿 / 万万
SELECT s, zh_number(s) FROM (VALUES ('一千零一'), ('两千万'), ('廿'), ('卅五'), ('〇'), ('幺'),
  ('十五'), ('二十亿零一十万零一百一十二'), ('贰拾伍亿'), ('壹仟零壹'), ('萬'), ('兩億參仟萬'),
  ('貳拾陸'), ('3亿5千万'), ('一万亿'), ('万万'), ('五千万亿'), ('兆')) v(s);

-- colloquial trailing digits, Chinese decimal points, negatives
SELECT s, zh_number(s) FROM (VALUES ('一万三'), ('两千六'), ('百三'), ('一亿五'), ('一万三千五'),
  ('三点八六亿'), ('一點零零五'), ('负五'), ('-5'), ('负二十三万三千一百二十三点九九四零亿')) v(s);

-- fractions, percent, per-mille, 成, 折 (values are mathematical: a percent is a fraction)
SELECT s, zh_number(s) FROM (VALUES ('三分之一'), ('三分之二'), ('一又二分之一'), ('-3/2'),
  ('百分之三十七点六'), ('37.6%'), ('千分之五'), ('5‰'), ('七成'), ('八五折')) v(s);

-- digit-by-digit readings
SELECT s, zh_number(s) FROM (VALUES ('二〇一九'), ('一二三四'), ('幺零零八六')) v(s);

-- figures from the sample page (data/hightech-zones-2019.txt)
SELECT s, zh_number(s) FROM (VALUES ('25 亿'), ('500'), ('70.276亿'), ('2019')) v(s);

-- errors: 22P02 with the input, the position of the first unexpected character, a hint
\set VERBOSITY default
SELECT zh_number('一切');
SELECT zh_number('四川');
SELECT zh_number('五角大楼');
SELECT zh_number('一看');
SELECT zh_number('一百你三');
SELECT zh_number('10..1万');
SELECT zh_number('零点');
SELECT zh_number('');
SELECT zh_number('25亿元');
-- positions count the user's characters, also after normalisation (⑩ became two)
SELECT zh_number('⑩万x');
-- a range or a qualified figure has no single value
SELECT zh_number('十五六');
SELECT zh_number('约200');
SELECT zh_number('30 多万');
-- 22003 beyond numeric's range or the core's 38 significant digits
SELECT zh_number('1' || repeat('亿', 20000));
SELECT zh_number('12345678901234567890123456789012345678901');
\set VERBOSITY terse
-- a megabyte of input: an error, not a crash
SELECT zh_number(repeat('7', 1048576));
SELECT zh_number(repeat('一', 1048576));
SELECT zh_try_number(repeat('三', 1048576)) IS NULL AS long_digits_null;

-- SQLSTATEs
DO $$
DECLARE s text;
BEGIN
  FOREACH s IN ARRAY ARRAY['一切', '十五六', '1' || repeat('亿', 20000)] LOOP
    BEGIN
      PERFORM zh_number(s);
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE '% -> %', left(s, 10), SQLSTATE;
    END;
  END LOOP;
END $$;

-- zh_try_number: NULL where zh_number raises 22P02 or 22003
SELECT left(s, 10) AS s, zh_try_number(s) FROM (VALUES ('25亿'), ('一切'), ('十五六'), (''), ('1' || repeat('亿', 20000))) v(s);

-- zh_parse: every detail, any kind
SELECT s, (zh_parse(s)).* FROM (VALUES ('25 亿元'), ('约200万美元'), ('3000多亿元人民币'), ('近50亿港币'),
  ('18至20亿元人民币'), ('二三十亿元'), ('数十亿元'), ('5000 余人'), ('约 200 亩'), ('500万人次'),
  ('200 多家'), ('7个百分点'), ('37.6%'), ('十五六'), ('一切'), (NULL)) v(s);

-- labels: every function here is immutable, strict (but zh_parse) and parallel safe
SELECT proname, provolatile, proisstrict, proparallel
FROM pg_proc WHERE proname IN ('zh_number', 'zh_try_number', 'zh_parse') ORDER BY 1;
