-- zh_amount binary output: the bytes of zh_amount_send, pinned.  (Binary
-- input, zh_amount_recv, is exercised through binary COPY and a real driver
-- in test/sh/test_amount_copy.sh and test/python/test_amount_psycopg.py.)
--
-- 38 bytes: version 1 | flags (1 = range) | qualifier (0 exact .. 5 at_most) |
-- currency, 3 ASCII letters | lower × 10^4 | upper × 10^4 (128-bit, big-endian)

SELECT a, zh_amount_send(a) FROM (VALUES ('25亿元'::zh_amount), ('0元'), ('0.0001元'),
  ('-0.0001元'), ('约200万美元'), ('20亿至30亿元'), ('最多-1至2美元'), ('逾3000亿元'),
  ('1000 XYZ'), ('9999999999999999999999999999999999.9999元'),
  ('-9999999999999999999999999999999999.9999元')) v(a);

-- the parts of the layout, read back with SQL
SELECT a, get_byte(b, 0) AS version, get_byte(b, 1) AS flags, get_byte(b, 2) AS qualifier,
       convert_from(substring(b FROM 4 FOR 3), 'SQL_ASCII') AS currency,
       length(b) AS bytes
FROM (VALUES ('25亿元'::zh_amount), ('约20亿至30亿美元'), ('不足5港元'), ('最多5港元')) v(a),
     LATERAL (SELECT zh_amount_send(a) AS b) x;

-- equal values send equal bytes, however they were written
SELECT count(DISTINCT zh_amount_send(a)) AS distinct_sends
FROM (VALUES ('25亿元'::zh_amount), ('25 亿元'), ('人民币25亿元'), ('2500000000 CNY'),
  ('贰拾伍亿元整'), ('二十五亿元'), ('RMB2,500,000,000.00')) v(a);

-- the last 8 bytes are the low half of upper × 10^4; here the high half is the sign
SELECT bool_and(('x' || encode(substring(b FROM 31 FOR 8), 'hex'))::bit(64)::bigint
                = (zh_amount_upper(a) * 10000)::bigint) AS low_half_matches,
       bool_and(('x' || encode(substring(b FROM 23 FOR 8), 'hex'))::bit(64)::bigint
                = CASE WHEN zh_amount_upper(a) < 0 THEN -1 ELSE 0 END) AS high_half_is_sign
FROM (SELECT zh_amount(i * 37.0001, 'CNY') AS a FROM generate_series(-500, 500) i) v,
     LATERAL (SELECT zh_amount_send(a) AS b) x;
