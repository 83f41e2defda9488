
-- ---------------------------------------------------------------------------
-- Numbers
-- ---------------------------------------------------------------------------

CREATE FUNCTION zh_number(text) RETURNS numeric
AS 'MODULE_PATHNAME', 'zh_number'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_number(text) IS
'the exact value of a Chinese number expression (3.86亿, 一千零一, 百分之三十七点六); 22P02 if the text is not one number';

CREATE FUNCTION zh_try_number(text) RETURNS numeric
AS 'MODULE_PATHNAME', 'zh_try_number'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_try_number(text) IS
'like zh_number, but NULL where zh_number would raise 22P02 or 22003';

CREATE FUNCTION zh_parse(input text, ref date DEFAULT NULL,
    OUT kind text, OUT value numeric, OUT lower numeric, OUT upper numeric,
    OUT qualifier text, OUT currency text, OUT unit text,
    OUT dates daterange, OUT duration interval)
RETURNS record
AS 'MODULE_PATHNAME', 'zh_parse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION zh_parse(text, date) IS
'the whole text as one figure of any kind (number, money, quantity, percent, date, duration) with every detail; all fields NULL when it is not one';
