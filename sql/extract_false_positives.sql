-- zh_extract: idioms, names, ordinals, ranks, versions, codes and phone numbers hold no figure.
\pset null '∅'
SET datestyle = 'ISO, YMD';

-- each of these reports nothing
SELECT t AS text, (SELECT count(*) FROM zh_extract(t)) AS figures
FROM unnest(ARRAY[
    '一切为了群众', '四川省成都市', '五角大楼发言人', '一是确定好自身定位',
    '一看就知道', '还有一些问题', '设置统一的标识', '万一出了问题',
    '千万不要大意', '三四线城市', '一流的营商环境', '五证合一', '十分重要',
    '万万不可', '一个回合', '单位：万元',
    -- ordinals
    '位列第一', '排名第3', '第一张电子营业执照', '第十三届全国人大', '第3名',
    -- ranks, versions, identifiers
    '瞄准世界 500 强和中国 500 强企业', '中国企业 500 强超威集团',
    '全新升级的 4.0 版奥特莱斯', '地铁1号线',
    -- stock codes, phone and ID numbers
    '漳州发展(000753.SZ)公布', '纵横通信（603602）公布', '江苏有线（SH 600959）',
    '股票代码：600519', '联系电话0731-88888888', '热线400-800-8888',
    '手机13812345678', '身份证号140302197706220124。',
    -- digits glued to letters, versions, times, formulas
    '5G网络', 'A股市场', 'PM2.5浓度', 'iPhone11发布', 'COVID-19疫情',
    '版本v1.2.3', '上午10:30开会', '完善“1+6”政策服务体系', 'TOP 10榜单',
    '用时250ms'
]) WITH ORDINALITY v(t, n)
ORDER BY n;

-- and the figures around them are still found
SELECT span, kind, value FROM zh_extract('漳州发展(000753.SZ)公布，耗资7.3万港元');
SELECT span, kind, value FROM zh_extract('一是确定好自身定位，投资 20 亿元');
SELECT span, kind, value FROM zh_extract('瞄准世界 500 强企业，其中 35 家入驻');
SELECT span, kind, value FROM zh_extract('第一季度营收5亿元');
SELECT span, kind, value FROM zh_extract('小米集团-W(01810.HK)连续两天进行回购，共耗资约5亿港元');

-- a qualifier character that ends another word (签约 signed, 附近 nearby) qualifies nothing
SELECT span, kind, value, qualifier FROM zh_extract('现场签约25亿元，附近5公里，投资约3亿元');
