-- zh_amount text input and output: every input class, the canonical form and
-- its round trip, the styles, constructors, accessors, casts, and the errors.
\pset null '∅'

-- An input's canonical form, or its SQLSTATE and message.
CREATE FUNCTION pg_temp.amt(t text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RETURN t::zh_amount::text;
EXCEPTION WHEN OTHERS THEN
  RETURN 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
END $$;

-- figures from the sample page (data/hightech-zones-2019.txt)
SELECT s, s::zh_amount FROM (VALUES ('25 亿元'), ('20 亿元'), ('3000 万元'), ('3.86 亿元'),
  ('507.3 亿元'), ('54.2 亿元'), ('42.1 亿元')) v(s);

-- the issue's examples
SELECT s, s::zh_amount AS canonical, zh_amount_lower(s::zh_amount) AS lower,
       zh_amount_upper(s::zh_amount) AS upper, zh_amount_currency(s::zh_amount) AS cur,
       zh_amount_qualifier(s::zh_amount) AS qualifier
FROM (VALUES ('25 亿元'), ('3.86亿元'), ('约200万美元'), ('3000多亿元人民币'), ('近50亿港币'),
  ('18至20亿元人民币'), ('贰亿贰仟陆佰贰拾陆万叁仟捌佰陆拾伍元'), ('每股10.42-10.52港元'),
  ('二三十亿元'), ('数十亿元')) v(s);

-- the currency before or after the number: names, symbols, ISO codes
SELECT s, pg_temp.amt(s) FROM (VALUES ('人民币25亿元'), ('RMB 25亿'), ('CNY 25亿'), ('25亿CNY'),
  ('￥25亿'), ('¥3,000万'), ('25亿元人民币'), ('US$200万'), ('USD 200万'), ('200万USD'),
  ('3亿美金'), ('HK$50亿'), ('港币50亿'), ('50亿港币'), ('€3亿'), ('3亿欧元'), ('£3亿'),
  ('3亿英镑'), ('3亿日元'), ('3亿円'), ('NT$177.1亿'), ('新台币177.1亿元'), ('MOP$5000万'),
  ('5000万澳门元'), ('A$3亿'), ('3亿澳元'), ('C$3亿'), ('3亿加元'), ('S$3亿'), ('3亿新加坡元'),
  ('₩3亿'), ('3亿韩元'), ('3亿瑞士法郎'), ('₽3亿'), ('3亿卢布'), ('XAU 100'), ('25亿 XYZ')) v(s);

-- 角 分 厘, 整 and 正, 大写, colloquial money
SELECT s, pg_temp.amt(s) FROM (VALUES ('3元5角'), ('3元5角2分'), ('3元5角2分1厘'), ('5角'),
  ('两毛五'), ('一块二'), ('3.5元整'), ('100元正'), ('壹佰元整'), ('叁万元整'),
  ('壹仟贰佰叁拾肆元伍角陆分'), ('壹元零伍分')) v(s);

-- numerals of every script
SELECT s, pg_temp.amt(s) FROM (VALUES ('二十五亿元'), ('两千万元'), ('3亿5千万元'), ('２５亿元'),
  ('三点八六亿元'), ('貳拾伍億元'), ('1,234.5万元'), ('一万三千元'), ('1.5万亿元'),
  ('25 亿 元'), (' 3.86亿元 '), ('-25亿元')) v(s);

-- qualifiers, by the legal reading (以上/以下/以内 include the number; 超过/不满 exclude it)
SELECT s, pg_temp.amt(s), zh_amount_qualifier(s::zh_amount)
FROM (VALUES ('约200万美元'), ('大约200万美元'), ('200万美元左右'), ('200万美元上下'),
  ('近似200万美元'), ('逾5000万元'), ('超5000万元'), ('超过5000万元'), ('5000余万元'),
  ('5000多万元'), ('一千多万元'), ('5000万元以上'), ('至少5000万元'), ('不低于5000万元'),
  ('不少于5000万元'), ('近50亿港币'), ('将近50亿港币'), ('不到50亿港币'), ('不足50亿港币'),
  ('不满50亿港币'), ('5000万元以下'), ('5000万元以内'), ('最多5000万元'), ('不超过5000万元')) v(s);

-- ranges: the scale applies to both ends; adjacent digits and vague numbers are approx ranges
SELECT s, pg_temp.amt(s), zh_amount_is_range(s::zh_amount) AS is_range
FROM (VALUES ('20亿至30亿元'), ('20-30亿元'), ('20—30亿元'), ('20~30亿元'), ('20到30亿元'),
  ('18至20亿元人民币'), ('5000万至3亿元'), ('5元至3亿元'), ('-30亿至-20亿元'),
  ('约20亿至30亿元'), ('二三十亿元'), ('三五百万元'), ('数十亿元'), ('几百万元'),
  ('数百万美元'), ('几千万元')) v(s);

-- the limits: four fractional digits, 34 integer digits
SELECT s, pg_temp.amt(s) FROM (VALUES ('0.0001元'), ('-0.0001元'), ('1.2345元'), ('1.23450元'),
  ('9999999999999999999999999999999999.9999元'), ('-9999999999999999999999999999999999.9999元'),
  ('1亿亿亿亿元')) v(s);

-- round trip: the canonical form of every class reads back to the same value
WITH inputs(s) AS (VALUES ('25亿元'), ('3.86亿元'), ('1234.56元'), ('约200万美元'), ('逾3000亿元'),
  ('不足50亿港元'), ('至少5000万元'), ('最多5000万元'), ('20亿至30亿元'), ('约20亿至30亿元'),
  ('约10亿至100亿元'), ('5元至3亿元'), ('5000万至3亿元'), ('-30亿至-20亿元'), ('-5至3.25元'),
  ('0元'), ('0.0001元'), ('9999元'), ('1万元'), ('1.0001万元'), ('1.5万亿元'), ('25亿 XYZ'),
  ('5 XYZ至3亿 XYZ'), ('100000000000000000000万亿元'),
  ('9999999999999999999999.9999999999999999万亿元'), ('10.42至10.52港元'), ('177.1亿新台币'),
  ('3亿瑞士法郎'), ('5000万澳门元'), ('3亿新加坡元'), ('3亿印度卢比'), ('3亿泰铢'), ('3亿林吉特'),
  ('3亿新西兰元'))
SELECT s, a::text = s AS canonical, a::text::zh_amount = a AS reads_back,
       zh_amount_format(a, 'arabic')::zh_amount = a AS arabic_reads_back,
       zh_amount_format(a, 'iso')::zh_amount = a AS iso_reads_back
FROM inputs, LATERAL (SELECT s::zh_amount AS a) x;

-- zh_amount_format: chinese (canonical), arabic, iso, capital
SELECT a, zh_amount_format(a, 'chinese') AS chinese, zh_amount_format(a, 'arabic') AS arabic,
       zh_amount_format(a, 'iso') AS iso, zh_amount_format(a, 'capital') AS capital
FROM (VALUES ('25亿元'::zh_amount), ('3.86亿元'), ('1234.56元'), ('约200万美元'),
  ('20亿至30亿元'), ('逾3000亿元'), ('0.5元'), ('0元'), ('-3.25元'), ('1234.56 XYZ'),
  ('1.5万日元')) v(a);
SELECT zh_amount_format('0.001元', 'capital');
SELECT zh_amount_format('1亿亿元', 'capital');
SELECT zh_amount_format('25亿元', 'Chinese');

-- constructors, casts, accessors
SELECT zh_amount(25e8), zh_amount(200e4, 'USD', 'approx'), zh_amount(5, 'hkd'),
       zh_amount_range(20e8, 30e8), zh_amount_range(20e8, 30e8, 'USD', 'approx'),
       zh_amount_range(5, 5, 'EUR');
SELECT 3.86e8::zh_amount, 1234.5600::numeric::zh_amount, '3.86亿元'::zh_amount::numeric,
       zh_amount_value('1234.56元'), zh_amount_value('-0.0001元');
SELECT zh_amount_lower(a), zh_amount_upper(a), zh_amount_currency(a), zh_amount_qualifier(a),
       zh_amount_is_range(a)
FROM (VALUES ('约20亿至30亿美元'::zh_amount), ('25亿元')) v(a);
SELECT zh_amount_value('20亿至30亿元');
SELECT zh_amount(1, 'US');
SELECT zh_amount(1, '美元');
SELECT zh_amount(1, 'CNY', 'roughly');
SELECT zh_amount(1.23456);
SELECT zh_amount(1.000000000000000000000000000000000000000001);
SELECT zh_amount('NaN'::numeric);
SELECT zh_amount('Infinity'::numeric);
-- zh_amount(unknown) is a cast of the literal, as for any type name
SELECT zh_amount('25亿元');
SELECT zh_amount_range(3, 2);
SELECT 1e34::zh_amount;
-- text::zh_amount is a cast function, which parses the text in place: explicit only, as the I/O
-- conversion it replaces, and the same values and errors as text input
SELECT castfunc::regprocedure, castcontext FROM pg_cast
WHERE castsource = 'text'::regtype AND casttarget = 'zh_amount'::regtype;
SELECT s, s::zh_amount = zh_amount_in(s::cstring) AS same_as_input, s::varchar::zh_amount AS from_varchar
FROM (VALUES ('25亿元'), ('约20亿至30亿美元'), (' 3.86亿元 '), ('２５亿元')) v(s);
SELECT ('25亿' || repeat('元', 0))::zh_amount;
SELECT ('1.23456' || '元')::zh_amount;
CREATE TEMP TABLE amount_column (a zh_amount);
INSERT INTO amount_column SELECT '25亿元'::text;
-- text that is not plain ASCII and CJK is prepared (NFKC where needed) before it is parsed, and
-- error positions count the user's characters
SELECT s, s::zh_amount, zh_try_amount(s) FROM (VALUES ('⼆⼗五亿元'), ('⑩万美元'), (E'\uF96B百元'),
  (E'25\u00A0亿元'), ('２５亿元'), ('二〇一九元')) v(s);
SELECT '⼆⼗五亿'::text::zh_amount;
SELECT '⑩万美元x'::text::zh_amount;

-- zh_try_amount: NULL where input raises
SELECT s, zh_try_amount(s) FROM (VALUES ('25亿元'), ('25亿'), ('1.23456元'), ('abc'), ('')) v(s);

-- errors: 22P02 with the input, the first unexpected character and its position, a hint
SELECT '25亿'::zh_amount;
SELECT 'abc'::zh_amount;
SELECT '25亿元x'::zh_amount;
SELECT '30亿至20亿元'::zh_amount;
SELECT ''::zh_amount;
-- 22003 with the input
SELECT '1.23456元'::zh_amount;
SELECT '1亿亿亿亿亿元'::zh_amount;

-- the error corpus, with SQLSTATEs
SELECT s, pg_temp.amt(s) FROM (VALUES (''), ('   '), ('25亿'), ('25'), ('二十五'), ('abc'), ('元'),
  ('约'), ('25亿元元'), ('25亿美元人民币'), ('25亿元x'), ('x25亿元'), ('NaN元'), ('30亿至20亿元'),
  ('25%'), ('5000人'), ('2019年'), ('1.23456元'), ('0.00001元'),
  ('10000000000000000000000000000000000元'), ('1亿亿亿亿亿元')) v(s);

-- a megabyte of input: an error, not a crash (the message shows its start only)
SELECT pg_temp.amt(repeat('1', 1048576) || '元');
SELECT pg_temp.amt(repeat('x', 1048576));
SELECT pg_temp.amt(repeat('约', 400000) || '5元');
SELECT pg_temp.amt('1.' || repeat('0', 1048576) || '1元');
SELECT zh_try_amount(repeat('亿', 400000) || '元') IS NULL AS megabyte_is_null;
