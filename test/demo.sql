-- zhnum demo (`make demo`): figures from data/hightech-zones-2019.txt,
-- reports on Hunan's high-tech zones in April 2019.

-- 「“港洽周”狂揽 25 亿元」, 「完成产值 3.86 亿元」, 「技工贸总收入 507.3 亿元」,
-- 「实现年税收 3000 万元」, 「增长 37.6%」: Chinese numbers to exact numerics.
SELECT figure, zh_number(figure) AS value
FROM (VALUES ('25亿'), ('3.86亿'), ('507.3亿'), ('3000万'), ('37.6%'),
             ('百分之三十七点六'), ('二十五亿'), ('贰拾伍亿')) AS t(figure);

-- And back: a number written in Chinese, in each style.
SELECT style, zh_spell(2500000000, style) AS "25亿"
FROM (VALUES ('lower'), ('capital'), ('traditional')) AS t(style);

-- 人民币大写, as on an invoice or a cheque.
SELECT amount, zh_capital_amount(amount) AS capital
FROM (VALUES (30000000::numeric), (386000000), (1234.56), (100)) AS t(amount);
