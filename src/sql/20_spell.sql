
-- ---------------------------------------------------------------------------
-- Spelling numbers in Chinese
-- ---------------------------------------------------------------------------

CREATE FUNCTION zh_spell(value numeric, style text DEFAULT 'lower') RETURNS text
AS 'MODULE_PATHNAME', 'zh_spell'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_spell(numeric, text) IS
'a number written in Chinese: style lower (二十五亿), capital (贰拾伍亿) or traditional (二十五億); the fractional digits are read one by one as numeric shows them (12.50 → 十二点五零)';

CREATE FUNCTION zh_capital_amount(numeric) RETURNS text
AS 'MODULE_PATHNAME', 'zh_capital_amount'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION zh_capital_amount(numeric) IS
'人民币大写 of an amount in 元 by the rules of 《支付结算办法》 (1234.56 → 壹仟贰佰叁拾肆元伍角陆分, 100 → 壹佰元整); 22023 beyond two decimal places, 22003 from 10^16 元';
