
-- ---------------------------------------------------------------------------
-- Investment figures: the type zh_amount
-- ---------------------------------------------------------------------------

CREATE TYPE zh_amount;

CREATE FUNCTION zh_amount_in(cstring) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_in(cstring) IS
'text input of zh_amount: an amount with its currency (25亿元, 约200万美元, 20亿至30亿元); 22P02 without a currency, 22003 beyond four fractional digits or 10^34';

CREATE FUNCTION zh_amount_out(zh_amount) RETURNS cstring
AS 'MODULE_PATHNAME', 'zh_amount_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_out(zh_amount) IS
'text output of zh_amount: the canonical Chinese form, which reads back to the same value';

CREATE FUNCTION zh_amount_recv(internal) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_recv(internal) IS
'binary input of zh_amount (38 bytes, version 1); validates like text input, 22P03 for anything else';

CREATE FUNCTION zh_amount_send(zh_amount) RETURNS bytea
AS 'MODULE_PATHNAME', 'zh_amount_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_send(zh_amount) IS
'binary output of zh_amount: version byte 1, flags, qualifier, currency, then the bounds × 10^4 as big-endian 128-bit integers';

CREATE FUNCTION zh_amount_typanalyze(internal) RETURNS boolean
AS 'MODULE_PATHNAME', 'zh_amount_typanalyze'
LANGUAGE C STRICT;
COMMENT ON FUNCTION zh_amount_typanalyze(internal) IS
'ANALYZE for zh_amount: the standard statistics for a column of one currency, only null fraction and width for several (which cannot be sorted together)';

CREATE TYPE zh_amount (
    INPUT = zh_amount_in,
    OUTPUT = zh_amount_out,
    RECEIVE = zh_amount_recv,
    SEND = zh_amount_send,
    ANALYZE = zh_amount_typanalyze,
    INTERNALLENGTH = 40,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE zh_amount IS
'an exact amount of money: lower and upper bound (equal for a point) with four fractional digits, an ISO 4217 currency and a qualifier (exact, approx, more_than, at_least, less_than, at_most)';

-- ---- constructors, accessors, formats --------------------------------------

CREATE FUNCTION zh_try_amount(text) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_try_amount'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_try_amount(text) IS
'like text::zh_amount, but NULL where that would raise 22P02 or 22003';

CREATE FUNCTION zh_amount(value numeric, currency text DEFAULT 'CNY',
                          qualifier text DEFAULT 'exact') RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_make'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount(numeric, text, text) IS
'a point amount from its value, ISO 4217 currency code (either case) and qualifier name; 22023 for an unknown currency or qualifier, 22003 beyond four fractional digits';

CREATE FUNCTION zh_amount_range(lower numeric, upper numeric, currency text DEFAULT 'CNY',
                                qualifier text DEFAULT 'exact') RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_range'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_range(numeric, numeric, text, text) IS
'an amount from its bounds (a point when they are equal); 22023 if lower exceeds upper';

CREATE FUNCTION zh_amount_from_numeric(numeric) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_from_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_from_numeric(numeric) IS
'the cast numeric → zh_amount: an exact amount in CNY';

CREATE FUNCTION zh_amount_from_text(text) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_from_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_from_text(text) IS
'the cast text → zh_amount: the same as text input (zh_amount_in), without copying the text first';

CREATE FUNCTION zh_amount_value(zh_amount) RETURNS numeric
AS 'MODULE_PATHNAME', 'zh_amount_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_value(zh_amount) IS
'the value of a point amount (also the cast zh_amount → numeric); 22023 for a range';

CREATE FUNCTION zh_amount_lower(zh_amount) RETURNS numeric
AS 'MODULE_PATHNAME', 'zh_amount_lower'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_lower(zh_amount) IS
'the lower bound of an amount (its value for a point)';

CREATE FUNCTION zh_amount_upper(zh_amount) RETURNS numeric
AS 'MODULE_PATHNAME', 'zh_amount_upper'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_upper(zh_amount) IS
'the upper bound of an amount (its value for a point)';

CREATE FUNCTION zh_amount_currency(zh_amount) RETURNS text
AS 'MODULE_PATHNAME', 'zh_amount_currency'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_currency(zh_amount) IS
'the ISO 4217 code of an amount''s currency (CNY, USD, ...)';

CREATE FUNCTION zh_amount_qualifier(zh_amount) RETURNS text
AS 'MODULE_PATHNAME', 'zh_amount_qualifier'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_qualifier(zh_amount) IS
'the qualifier of an amount: exact, approx, more_than, at_least, less_than or at_most';

CREATE FUNCTION zh_amount_is_range(zh_amount) RETURNS boolean
AS 'MODULE_PATHNAME', 'zh_amount_is_range'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_is_range(zh_amount) IS
'whether an amount is a range (lower < upper) rather than a point';

CREATE FUNCTION zh_amount_format(zh_amount, style text) RETURNS text
AS 'MODULE_PATHNAME', 'zh_amount_format'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_format(zh_amount, text) IS
'an amount written in a style: chinese (25亿元, the canonical form), arabic (2,500,000,000.00元), iso (CNY 2500000000.00) or capital (贰拾伍亿元整)';

-- Explicit only, as the I/O conversion it replaces: text::zh_amount, CAST(t AS zh_amount).
CREATE CAST (text AS zh_amount) WITH FUNCTION zh_amount_from_text(text);
CREATE CAST (numeric AS zh_amount) WITH FUNCTION zh_amount_from_numeric(numeric);
CREATE CAST (zh_amount AS numeric) WITH FUNCTION zh_amount_value(zh_amount);

-- ---- comparison -------------------------------------------------------------

CREATE FUNCTION zh_amount_eq(zh_amount, zh_amount) RETURNS boolean
AS 'MODULE_PATHNAME', 'zh_amount_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION zh_amount_eq(zh_amount, zh_amount) IS
'implementation of = for zh_amount: same bounds, currency and qualifier';

CREATE FUNCTION zh_amount_ne(zh_amount, zh_amount) RETURNS boolean
AS 'MODULE_PATHNAME', 'zh_amount_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION zh_amount_ne(zh_amount, zh_amount) IS
'implementation of <> for zh_amount';

CREATE FUNCTION zh_amount_lt(zh_amount, zh_amount) RETURNS boolean
AS 'MODULE_PATHNAME', 'zh_amount_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_lt(zh_amount, zh_amount) IS
'implementation of < for zh_amount; 22023 for two currencies';

CREATE FUNCTION zh_amount_le(zh_amount, zh_amount) RETURNS boolean
AS 'MODULE_PATHNAME', 'zh_amount_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_le(zh_amount, zh_amount) IS
'implementation of <= for zh_amount; 22023 for two currencies';

CREATE FUNCTION zh_amount_gt(zh_amount, zh_amount) RETURNS boolean
AS 'MODULE_PATHNAME', 'zh_amount_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_gt(zh_amount, zh_amount) IS
'implementation of > for zh_amount; 22023 for two currencies';

CREATE FUNCTION zh_amount_ge(zh_amount, zh_amount) RETURNS boolean
AS 'MODULE_PATHNAME', 'zh_amount_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_ge(zh_amount, zh_amount) IS
'implementation of >= for zh_amount; 22023 for two currencies';

CREATE FUNCTION zh_amount_cmp(zh_amount, zh_amount) RETURNS integer
AS 'MODULE_PATHNAME', 'zh_amount_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_cmp(zh_amount, zh_amount) IS
'btree comparison of zh_amount: lower bound, then upper bound, then qualifier (exact < approx < more_than < at_least < less_than < at_most); 22023 for two currencies';

CREATE FUNCTION zh_amount_sortsupport(internal) RETURNS void
AS 'MODULE_PATHNAME', 'zh_amount_sortsupport'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_sortsupport(internal) IS
'btree sort support for zh_amount';

CREATE FUNCTION zh_amount_hash(zh_amount) RETURNS integer
AS 'MODULE_PATHNAME', 'zh_amount_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_hash(zh_amount) IS
'hash of a zh_amount: of bytes 2 to 38 of its binary form (all that = compares)';

CREATE FUNCTION zh_amount_hash_extended(zh_amount, bigint) RETURNS bigint
AS 'MODULE_PATHNAME', 'zh_amount_hash_extended'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_hash_extended(zh_amount, bigint) IS
'seeded 64-bit hash of a zh_amount, for hash partitioning';

CREATE OPERATOR = (
    LEFTARG = zh_amount, RIGHTARG = zh_amount, FUNCTION = zh_amount_eq,
    COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
    HASHES
    -- not MERGES: a merge join sorts, and sorting two currencies raises
    -- 22023, where a hash join or nested loop finds that they are not equal
);
COMMENT ON OPERATOR = (zh_amount, zh_amount) IS 'equal: same bounds, currency and qualifier';

CREATE OPERATOR <> (
    LEFTARG = zh_amount, RIGHTARG = zh_amount, FUNCTION = zh_amount_ne,
    COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR <> (zh_amount, zh_amount) IS 'not equal';

CREATE OPERATOR < (
    LEFTARG = zh_amount, RIGHTARG = zh_amount, FUNCTION = zh_amount_lt,
    COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR < (zh_amount, zh_amount) IS 'less than, within one currency';

CREATE OPERATOR <= (
    LEFTARG = zh_amount, RIGHTARG = zh_amount, FUNCTION = zh_amount_le,
    COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR <= (zh_amount, zh_amount) IS 'less than or equal, within one currency';

CREATE OPERATOR > (
    LEFTARG = zh_amount, RIGHTARG = zh_amount, FUNCTION = zh_amount_gt,
    COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR > (zh_amount, zh_amount) IS 'greater than, within one currency';

CREATE OPERATOR >= (
    LEFTARG = zh_amount, RIGHTARG = zh_amount, FUNCTION = zh_amount_ge,
    COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR >= (zh_amount, zh_amount) IS 'greater than or equal, within one currency';

-- Equal values are equal bytes (every constructor zeroes the padding), so
-- btree may deduplicate: support function 4 is btequalimage.
CREATE OPERATOR CLASS zh_amount_ops
    DEFAULT FOR TYPE zh_amount USING btree AS
        OPERATOR 1 <,
        OPERATOR 2 <=,
        OPERATOR 3 =,
        OPERATOR 4 >=,
        OPERATOR 5 >,
        FUNCTION 1 zh_amount_cmp(zh_amount, zh_amount),
        FUNCTION 2 zh_amount_sortsupport(internal),
        FUNCTION 4 btequalimage(oid);

CREATE OPERATOR CLASS zh_amount_hash_ops
    DEFAULT FOR TYPE zh_amount USING hash AS
        OPERATOR 1 =,
        FUNCTION 1 zh_amount_hash(zh_amount),
        FUNCTION 2 zh_amount_hash_extended(zh_amount, bigint);

-- ---- arithmetic -------------------------------------------------------------

CREATE FUNCTION zh_amount_pl(zh_amount, zh_amount) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_pl'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_pl(zh_amount, zh_amount) IS
'implementation of + for zh_amount: bounds add; one currency (22023 otherwise); exact only if both are';

CREATE FUNCTION zh_amount_mi(zh_amount, zh_amount) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_mi'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_mi(zh_amount, zh_amount) IS
'implementation of - for zh_amount: [a, b] - [c, d] = [a - d, b - c]; one currency (22023 otherwise)';

CREATE FUNCTION zh_amount_um(zh_amount) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_um'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_um(zh_amount) IS
'implementation of unary - for zh_amount: the bounds swap and the qualifier turns round (逾 ↔ 不足)';

CREATE FUNCTION zh_amount_mul(zh_amount, numeric) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_mul'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_mul(zh_amount, numeric) IS
'implementation of zh_amount * numeric: exact or 22003 (never rounded)';

CREATE FUNCTION zh_amount_numeric_mul(numeric, zh_amount) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_numeric_mul'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_numeric_mul(numeric, zh_amount) IS
'implementation of numeric * zh_amount';

CREATE FUNCTION zh_amount_div(zh_amount, numeric) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_div'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_div(zh_amount, numeric) IS
'implementation of zh_amount / numeric: exact within four fractional digits or 22003 (never rounded); 22012 for zero';

CREATE OPERATOR + (
    LEFTARG = zh_amount, RIGHTARG = zh_amount, FUNCTION = zh_amount_pl, COMMUTATOR = +
);
COMMENT ON OPERATOR + (zh_amount, zh_amount) IS 'sum of two amounts in one currency';

CREATE OPERATOR - (
    LEFTARG = zh_amount, RIGHTARG = zh_amount, FUNCTION = zh_amount_mi
);
COMMENT ON OPERATOR - (zh_amount, zh_amount) IS 'difference of two amounts in one currency';

CREATE OPERATOR - (
    RIGHTARG = zh_amount, FUNCTION = zh_amount_um
);
COMMENT ON OPERATOR - (NONE, zh_amount) IS 'negation';

CREATE OPERATOR * (
    LEFTARG = zh_amount, RIGHTARG = numeric, FUNCTION = zh_amount_mul, COMMUTATOR = *
);
COMMENT ON OPERATOR * (zh_amount, numeric) IS 'an amount times a number, exactly';

CREATE OPERATOR * (
    LEFTARG = numeric, RIGHTARG = zh_amount, FUNCTION = zh_amount_numeric_mul, COMMUTATOR = *
);
COMMENT ON OPERATOR * (numeric, zh_amount) IS 'a number times an amount, exactly';

CREATE OPERATOR / (
    LEFTARG = zh_amount, RIGHTARG = numeric, FUNCTION = zh_amount_div
);
COMMENT ON OPERATOR / (zh_amount, numeric) IS 'an amount divided by a number, exactly';

-- ---- aggregates -------------------------------------------------------------

CREATE FUNCTION zh_amount_sum_accum(zh_amount, zh_amount) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_sum_accum'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_sum_accum(zh_amount, zh_amount) IS
'transition and combine function of sum(zh_amount)';

CREATE FUNCTION zh_amount_avg_accum(internal, zh_amount) RETURNS internal
AS 'MODULE_PATHNAME', 'zh_amount_avg_accum'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_avg_accum(internal, zh_amount) IS
'transition function of avg(zh_amount)';

CREATE FUNCTION zh_amount_avg_combine(internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'zh_amount_avg_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_avg_combine(internal, internal) IS
'combine function of avg(zh_amount)';

CREATE FUNCTION zh_amount_avg_serialize(internal) RETURNS bytea
AS 'MODULE_PATHNAME', 'zh_amount_avg_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_avg_serialize(internal) IS
'serialisation of the avg(zh_amount) state: the sum as zh_amount_send writes it, then the count (8 bytes)';

CREATE FUNCTION zh_amount_avg_deserialize(bytea, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'zh_amount_avg_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_avg_deserialize(bytea, internal) IS
'deserialisation of the avg(zh_amount) state';

CREATE FUNCTION zh_amount_avg_final(internal) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_avg_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_avg_final(internal) IS
'final function of avg(zh_amount): each bound divided by the count, rounded half away from zero to four fractional digits; approx when that rounds';

CREATE FUNCTION zh_amount_smaller(zh_amount, zh_amount) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_smaller'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_smaller(zh_amount, zh_amount) IS
'the smaller of two amounts in one currency (min)';

CREATE FUNCTION zh_amount_larger(zh_amount, zh_amount) RETURNS zh_amount
AS 'MODULE_PATHNAME', 'zh_amount_larger'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_amount_larger(zh_amount, zh_amount) IS
'the larger of two amounts in one currency (max)';

CREATE AGGREGATE sum(zh_amount) (
    SFUNC = zh_amount_sum_accum,
    STYPE = zh_amount,
    COMBINEFUNC = zh_amount_sum_accum,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE sum(zh_amount) IS
'exact sum of amounts in one currency (22023 for several); bounds add; exact only if every term is';

CREATE AGGREGATE avg(zh_amount) (
    SFUNC = zh_amount_avg_accum,
    STYPE = internal,
    SSPACE = 48,
    FINALFUNC = zh_amount_avg_final,
    COMBINEFUNC = zh_amount_avg_combine,
    SERIALFUNC = zh_amount_avg_serialize,
    DESERIALFUNC = zh_amount_avg_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE avg(zh_amount) IS
'mean of amounts in one currency, rounded to four fractional digits; approx when it rounds';

CREATE AGGREGATE min(zh_amount) (
    SFUNC = zh_amount_smaller,
    STYPE = zh_amount,
    COMBINEFUNC = zh_amount_smaller,
    SORTOP = <,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE min(zh_amount) IS 'smallest amount, in one currency';

CREATE AGGREGATE max(zh_amount) (
    SFUNC = zh_amount_larger,
    STYPE = zh_amount,
    COMBINEFUNC = zh_amount_larger,
    SORTOP = >,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE max(zh_amount) IS 'largest amount, in one currency';
