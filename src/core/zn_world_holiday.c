/*
 * zn_world_holiday.c — festivals of other calendars, a part of the date
 * grammar that zn_d_holiday falls back on when no Chinese holiday matches.
 *
 *   Hebrew    逾越节 犹太新年 赎罪日 住棚节 七七节 光明节/修殿节 普珥节 …
 *   Islamic   开斋节 古尔邦节/宰牲节 斋月 伊斯兰新年 圣纪节 登霄节 阿舒拉节 …
 *   Hindu     排灯节/万灯节 十胜节
 *
 * The days come from zn_world_holiday_table.c (years 1950..2050), generated
 * by tools/gen_world_holidays.js, which documents the conventions: a Hebrew
 * festival starts on its eve, 光明节 is eight days, 斋月 the whole month of
 * Ramadan.  Without a year the festival is the reference year's, as for any
 * holiday; a festival the table lacks for that year is no match.
 */
#include "zn_world_holiday.h"

#define NW(a) ((int) (sizeof(a) / sizeof((a)[0])))

typedef struct wh_name
{
	const char *name;
	zn_wh		fest;
	bool		common;			/* also an ordinary word: whole strings or with a year */
} wh_name;

/*
 * Indexed by first character (ZN_DWORDS): most offsets the grammar asks
 * about begin no name, which one bit test tells.  Among names that match,
 * the longest wins, the first in list order among equal ones.
 */
static const wh_name wh_names[] = {
	{"七七節", ZN_WH_SHAVUOT, false},
	{"七七节", ZN_WH_SHAVUOT, false},
	{"万灯节", ZN_WH_DIWALI, false},
	{"以色列国庆节", ZN_WH_YOM_HAATZMAUT, false},
	{"以色列國慶節", ZN_WH_YOM_HAATZMAUT, false},
	{"以色列独立日", ZN_WH_YOM_HAATZMAUT, false},
	{"以色列獨立日", ZN_WH_YOM_HAATZMAUT, false},
	{"伊斯兰历新年", ZN_WH_HIJRI_NEW_YEAR, false},
	{"伊斯兰教新年", ZN_WH_HIJRI_NEW_YEAR, false},
	{"伊斯兰新年", ZN_WH_HIJRI_NEW_YEAR, false},
	{"伊斯蘭教新年", ZN_WH_HIJRI_NEW_YEAR, false},
	{"伊斯蘭新年", ZN_WH_HIJRI_NEW_YEAR, false},
	{"伊斯蘭曆新年", ZN_WH_HIJRI_NEW_YEAR, false},
	{"住棚節", ZN_WH_SUKKOT, false},
	{"住棚节", ZN_WH_SUKKOT, false},
	{"修殿節", ZN_WH_CHANUKAH, false},
	{"修殿节", ZN_WH_CHANUKAH, false},
	{"光明節", ZN_WH_CHANUKAH, false},
	{"光明节", ZN_WH_CHANUKAH, false},
	{"凯旋节", ZN_WH_DUSSEHRA, true},
	{"凱旋節", ZN_WH_DUSSEHRA, true},
	{"十勝節", ZN_WH_DUSSEHRA, false},
	{"十胜节", ZN_WH_DUSSEHRA, false},
	{"印度灯节", ZN_WH_DIWALI, false},
	{"印度燈節", ZN_WH_DIWALI, false},
	{"古尔邦节", ZN_WH_EID_ADHA, false},
	{"古爾邦節", ZN_WH_EID_ADHA, false},
	{"哈努卡節", ZN_WH_CHANUKAH, false},
	{"哈努卡节", ZN_WH_CHANUKAH, false},
	{"图比舍巴特节", ZN_WH_TU_BISHVAT, false},
	{"圖比舍巴特節", ZN_WH_TU_BISHVAT, false},
	{"圣会節", ZN_WH_SHMINI_ATZERET, false},
	{"圣会节", ZN_WH_SHMINI_ATZERET, false},
	{"圣殿被毁日", ZN_WH_TISHA_BAV, false},
	{"圣纪节", ZN_WH_MAWLID, false},
	{"夜行登霄節", ZN_WH_ISRA_MIRAJ, false},
	{"夜行登霄节", ZN_WH_ISRA_MIRAJ, false},
	{"宰牲節", ZN_WH_EID_ADHA, false},
	{"宰牲节", ZN_WH_EID_ADHA, false},
	{"尔代节", ZN_WH_EID_FITR, false},
	{"屠妖節", ZN_WH_DIWALI, false},
	{"屠妖节", ZN_WH_DIWALI, false},
	{"开斋節", ZN_WH_EID_FITR, false},
	{"开斋节", ZN_WH_EID_FITR, false},
	{"律法節", ZN_WH_SIMCHAT_TORAH, false},
	{"律法节", ZN_WH_SIMCHAT_TORAH, false},
	{"排灯节", ZN_WH_DIWALI, false},
	{"排燈節", ZN_WH_DIWALI, false},
	{"收穫節", ZN_WH_SHAVUOT, true},
	{"收获节", ZN_WH_SHAVUOT, true},
	{"斋月", ZN_WH_RAMADAN, false},
	{"新果实节", ZN_WH_SHAVUOT, false},
	{"新果實節", ZN_WH_SHAVUOT, false},
	{"普林節", ZN_WH_PURIM, false},
	{"普林节", ZN_WH_PURIM, false},
	{"普珥節", ZN_WH_PURIM, false},
	{"普珥节", ZN_WH_PURIM, false},
	{"权力之夜", ZN_WH_LAYLAT_QADR, false},
	{"树木新年", ZN_WH_TU_BISHVAT, false},
	{"樹木新年", ZN_WH_TU_BISHVAT, false},
	{"權力之夜", ZN_WH_LAYLAT_QADR, false},
	{"欢庆圣法节", ZN_WH_SIMCHAT_TORAH, false},
	{"歡慶聖法節", ZN_WH_SIMCHAT_TORAH, false},
	{"沙夫幼特節", ZN_WH_SHAVUOT, false},
	{"沙夫幼特节", ZN_WH_SHAVUOT, false},
	{"法令之夜", ZN_WH_LAYLAT_QADR, false},
	{"烛光节", ZN_WH_CHANUKAH, false},
	{"燭光節", ZN_WH_CHANUKAH, false},
	{"爾代節", ZN_WH_EID_FITR, false},
	{"犹太历新年", ZN_WH_ROSH_HASHANA, false},
	{"犹太教篝火节", ZN_WH_LAG_BAOMER, false},
	{"犹太新年", ZN_WH_ROSH_HASHANA, false},
	{"犹太植树节", ZN_WH_TU_BISHVAT, false},
	{"献殿节", ZN_WH_CHANUKAH, false},
	{"猶太教篝火節", ZN_WH_LAG_BAOMER, false},
	{"猶太新年", ZN_WH_ROSH_HASHANA, false},
	{"猶太曆新年", ZN_WH_ROSH_HASHANA, false},
	{"猶太植樹節", ZN_WH_TU_BISHVAT, false},
	{"獻殿節", ZN_WH_CHANUKAH, false},
	{"獻殿节", ZN_WH_CHANUKAH, false},
	{"登霄節", ZN_WH_ISRA_MIRAJ, false},
	{"登霄节", ZN_WH_ISRA_MIRAJ, false},
	{"禁食日", ZN_WH_TISHA_BAV, true},
	{"穆斯林斋月", ZN_WH_RAMADAN, false},
	{"穆斯林齋月", ZN_WH_RAMADAN, false},
	{"篝火節", ZN_WH_LAG_BAOMER, true},
	{"篝火节", ZN_WH_LAG_BAOMER, true},
	{"聖会節", ZN_WH_SHMINI_ATZERET, false},
	{"聖會節", ZN_WH_SHMINI_ATZERET, false},
	{"聖殿被毀日", ZN_WH_TISHA_BAV, false},
	{"聖殿被毁日", ZN_WH_TISHA_BAV, false},
	{"聖紀節", ZN_WH_MAWLID, false},
	{"肉孜節", ZN_WH_EID_FITR, false},
	{"肉孜节", ZN_WH_EID_FITR, false},
	{"萬燈節", ZN_WH_DIWALI, false},
	{"西赫妥拉節", ZN_WH_SIMCHAT_TORAH, false},
	{"西赫妥拉节", ZN_WH_SIMCHAT_TORAH, false},
	{"西赫托拉節", ZN_WH_SIMCHAT_TORAH, false},
	{"西赫托拉节", ZN_WH_SIMCHAT_TORAH, false},
	{"誦經節", ZN_WH_SIMCHAT_TORAH, false},
	{"誦經节", ZN_WH_SIMCHAT_TORAH, false},
	{"诵经节", ZN_WH_SIMCHAT_TORAH, false},
	{"贖罪日", ZN_WH_YOM_KIPPUR, false},
	{"赎罪日", ZN_WH_YOM_KIPPUR, false},
	{"轉經節", ZN_WH_SIMCHAT_TORAH, true},
	{"转经节", ZN_WH_SIMCHAT_TORAH, true},
	{"週日節", ZN_WH_SHAVUOT, true},
	{"逾越節", ZN_WH_PESACH, false},
	{"逾越节", ZN_WH_PESACH, false},
	{"開齋節", ZN_WH_EID_FITR, false},
	{"阿舒拉節", ZN_WH_ASHURA, false},
	{"阿舒拉节", ZN_WH_ASHURA, false},
	{"馬加比節", ZN_WH_CHANUKAH, false},
	{"马加比节", ZN_WH_CHANUKAH, false},
	{"齋月", ZN_WH_RAMADAN, false},
};

ZN_DWORDS(wh_index, wh_names);

void
zn_d_world_holiday_starts(void (*add) (void *arg, const char *w), void *arg)
{
	int			k;

	for (k = 0; k < NW(wh_names); k++)
		add(arg, wh_names[k].name);
}

size_t
zn_d_world_holiday(zn_dstate *st, size_t i, int32_t year, bool year_rel, zn_dspan *out)
{
	size_t		j = zn_d_skip(st->c, i),
				best = 0,
				n;
	const wh_name *h = NULL;
	int32_t		y = year ? year : st->ry,
				start;
	uint16_t	v;
	int			k,
				d;
	zn_dw_iter	it;

	if (!zn_dw_begin(&it, &wh_index, st->c, j))
		return 0;
	while ((k = zn_dw_next(&it, &n)) >= 0)
	{
		if (j + n > best && (!wh_names[k].common || st->c->anchored || year))
		{
			best = j + n;
			h = &wh_names[k];
		}
	}
	if (h == NULL || y < ZN_WH_FIRST || y > ZN_WH_LAST)
		return 0;
	v = zn_wh_table[h->fest][y - ZN_WH_FIRST];
	if (v == 0)
		return 0;
	start = zn_year_first(y) + (int32_t) (v >> 5) - 1;
	out->lo = start;
	out->hi = start + (int32_t) (v & 31) - 1;
	out->grain = ZN_G_DAY;
	out->rel = year == 0 || year_rel;
	zn_ymd(start, &out->y, &out->m, &d);
	return best;
}
