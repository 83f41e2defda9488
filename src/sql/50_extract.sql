
-- ---------------------------------------------------------------------------
-- Extraction from running text
-- ---------------------------------------------------------------------------
--
-- One scan of the text finds every figure; spans never overlap and come in
-- text order.  zh_extract is not STRICT: a NULL ref resolves nothing
-- relative (dates is NULL for 今年, 4月14日 …, unless an earlier date of the
-- same text names the year), and a NULL text has no rows.

CREATE FUNCTION zh_extract(input text, ref date DEFAULT NULL)
RETURNS TABLE(kind text, span text, pos int, len int, value numeric, amount zh_amount,
              unit text, qualifier text, dates daterange, duration interval)
AS 'MODULE_PATHNAME', 'zh_extract'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 1000 ROWS 20;
COMMENT ON FUNCTION zh_extract(text, date) IS
'every figure of a running text: kind (money, number, quantity, percent, date, duration), the exact span with its 1-based character position and length, value (the point value; a percent as a fraction; NULL for a range), amount (money), unit, qualifier, dates (resolved against ref, or NULL) and duration';

CREATE FUNCTION zh_amounts(text) RETURNS zh_amount[]
AS 'MODULE_PATHNAME', 'zh_amounts'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;
COMMENT ON FUNCTION zh_amounts(text) IS
'the money figures of a text, in order, as zh_amount (an empty array when there are none); for generated columns and expression indexes';
