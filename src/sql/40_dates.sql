-- ---------------------------------------------------------------------------
-- Dates and durations
-- ---------------------------------------------------------------------------
--
-- The api writes zh_daterange(text, ref date DEFAULT current_date).  It is
-- provided as two functions instead: zh_daterange(text, date) is IMMUTABLE,
-- and zh_daterange(text) is a separate STABLE function that reads
-- current_date.  A DEFAULT on the IMMUTABLE function would hide the clock
-- inside a function the catalog calls IMMUTABLE: pg_proc.provolatile is what
-- the planner, expression indexes, SQL-function inlining, postgres_fdw's
-- shipping rule and Citus trust, and a one-argument call whose answer
-- changes at midnight must not be labelled as if it never did.  Calls look
-- the same either way.

CREATE FUNCTION zh_daterange(text, ref date) RETURNS daterange
AS 'MODULE_PATHNAME', 'zh_daterange'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_daterange(text, date) IS
'the days a Chinese date expression denotes (2019年4月14日, 4月14—19日, 今年一季度, 去年以来, 近30天), relative words resolved against ref; NULL for vague words (近日); 22P02 if the text is not one date expression';

CREATE FUNCTION zh_daterange(text) RETURNS daterange
AS 'MODULE_PATHNAME', 'zh_daterange'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_daterange(text) IS
'zh_daterange(text, current_date): relative words resolved against today';

CREATE FUNCTION zh_try_daterange(text, ref date) RETURNS daterange
AS 'MODULE_PATHNAME', 'zh_try_daterange'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_try_daterange(text, date) IS
'like zh_daterange, but NULL where zh_daterange would raise an error';

CREATE FUNCTION zh_try_daterange(text) RETURNS daterange
AS 'MODULE_PATHNAME', 'zh_try_daterange'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_try_daterange(text) IS
'zh_try_daterange(text, current_date)';

CREATE FUNCTION zh_date(text, ref date) RETURNS date
AS 'MODULE_PATHNAME', 'zh_date'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_date(text, date) IS
'the single day a Chinese date expression denotes (2019年4月14日, 昨天, 下周三), relative words resolved against ref; 22023 if it covers several days, 22P02 if it is not a date';

CREATE FUNCTION zh_date(text) RETURNS date
AS 'MODULE_PATHNAME', 'zh_date'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_date(text) IS
'zh_date(text, current_date): relative words resolved against today';

CREATE FUNCTION zh_try_date(text, ref date) RETURNS date
AS 'MODULE_PATHNAME', 'zh_try_date'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_try_date(text, date) IS
'like zh_date, but NULL where zh_date would raise an error';

CREATE FUNCTION zh_try_date(text) RETURNS date
AS 'MODULE_PATHNAME', 'zh_try_date'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_try_date(text) IS
'zh_try_date(text, current_date)';

CREATE FUNCTION zh_interval(text) RETURNS interval
AS 'MODULE_PATHNAME', 'zh_interval'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_interval(text) IS
'a Chinese length of time as an interval (为期6天, 3个月, 半年, 两个多小时 = 2 hours); 22P02 if the text is not one';

CREATE FUNCTION zh_try_interval(text) RETURNS interval
AS 'MODULE_PATHNAME', 'zh_try_interval'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_try_interval(text) IS
'like zh_interval, but NULL where zh_interval would raise an error';
