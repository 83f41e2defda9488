#!/usr/bin/env node
/*
 * gen_world_holidays.js — regenerate src/core/zn_world_holiday_table.c, the
 * days of Hebrew, Islamic and Hindu festivals for Gregorian years 1950..2050.
 * The table is data, so the extension has no run-time dependency; run this
 * only to extend or check it:
 *
 *   (cd /tmp/wh && npm install @hebcal/core@6.9.3 hijri-converter@1.1.1 \
 *       @umalqura/core@0.0.7 @ishubhamx/panchangam-js@2.2.3)
 *   NODE_PATH=/tmp/wh/node_modules node tools/gen_world_holidays.js \
 *       > src/core/zn_world_holiday_table.c
 *
 * Sources (only the dates they compute are kept, no code):
 *   Hebrew   @hebcal/core 6.9.3 (GPL-2.0, github.com/hebcal/hebcal-es6),
 *            diaspora schedule
 *   Islamic  hijri-converter 1.1.1 (MIT, Umm al-Qura calendar), checked day
 *            by day against @umalqura/core 0.0.7 (MIT): they agree from 1402 AH
 *            (1981) on and differ by a day on ~100 earlier festival days;
 *            hijri-converter is kept
 *   Hindu    @ishubhamx/panchangam-js 2.2.3 (MIT), New Delhi, IST
 *
 * Conventions (those of the Duckling corpus, which is consistent on them):
 *   - a Hebrew festival begins at sundown, so its span starts on the eve
 *     (Yom Kippur 2013 is 2013-09-13, 逾越节 2018 is 2018-03-30..04-07 =
 *     eve..Pesach VIII); 光明节 is the eight nights from the first candle
 *     (2018-12-02..12-09); 住棚节 runs from its eve to Shmini Atzeret.
 *   - Islamic days are the Umm al-Qura civil days; 斋月 is the whole of
 *     Ramadan.  A Gregorian year holding two of one festival (1967, 2000,
 *     2033 …) keeps the first.
 *   - Hindu festivals are single days; only those where the package agrees
 *     with the corpus are kept (排灯节 = Diwali Lakshmi Puja, 十胜节 =
 *     Vijaya Dashami).  Holi, Navaratri, Raksha Bandhan, Onam, Pongal and
 *     Chhath disagree with it (or are not detected every year) and are left
 *     out.
 *
 * Each entry packs (start day of year + 1) << 5 | length, start counted from
 * January 1 (0) and possibly -1 (an eve on December 31); 0 = no date.
 */
'use strict';

const fs = require('fs'), path = require('path'), url = require('url');

/* import() of an ES-module package, also from NODE_PATH (which import() ignores) */
async function importPkg(name) {
  try {
    return await import(name);
  } catch (e) {
    for (const dir of (process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean)) {
      const pj = path.join(dir, name, 'package.json');
      if (fs.existsSync(pj))
        return import(url.pathToFileURL(path.join(dir, name, require(pj).exports['.'].import)).href);
    }
    throw e;
  }
}

const FIRST = 1950, LAST = 2050;
const hc = require('hijri-converter');
const umalqura = require('@umalqura/core').default;

/* Festival keys, in the order of zn_world_holiday.h's enum. */
const KEYS = [
  'ZN_WH_PESACH', 'ZN_WH_ROSH_HASHANA', 'ZN_WH_YOM_KIPPUR', 'ZN_WH_SUKKOT',
  'ZN_WH_SHMINI_ATZERET', 'ZN_WH_SIMCHAT_TORAH', 'ZN_WH_CHANUKAH', 'ZN_WH_SHAVUOT',
  'ZN_WH_TU_BISHVAT', 'ZN_WH_LAG_BAOMER', 'ZN_WH_PURIM', 'ZN_WH_TISHA_BAV',
  'ZN_WH_YOM_HAATZMAUT',
  'ZN_WH_EID_FITR', 'ZN_WH_EID_ADHA', 'ZN_WH_HIJRI_NEW_YEAR', 'ZN_WH_ASHURA',
  'ZN_WH_MAWLID', 'ZN_WH_ISRA_MIRAJ', 'ZN_WH_LAYLAT_QADR', 'ZN_WH_RAMADAN',
  'ZN_WH_DIWALI', 'ZN_WH_DUSSEHRA'
];

/* Checks from shared/conformance/dates.jsonl (Duckling) and well-known dates. */
const CHECKS = [
  ['ZN_WH_YOM_KIPPUR', 2013, '2013-09-13', '2013-09-13'],
  ['ZN_WH_LAG_BAOMER', 2013, '2013-04-27', '2013-04-27'],
  ['ZN_WH_SHMINI_ATZERET', 2013, '2013-09-25', '2013-09-25'],
  ['ZN_WH_SIMCHAT_TORAH', 2013, '2013-09-26', '2013-09-26'],
  ['ZN_WH_TISHA_BAV', 2013, '2013-07-15', '2013-07-15'],
  ['ZN_WH_TU_BISHVAT', 2014, '2014-01-15', '2014-01-15'],
  ['ZN_WH_YOM_HAATZMAUT', 2013, '2013-04-15', '2013-04-15'],
  ['ZN_WH_CHANUKAH', 2018, '2018-12-02', '2018-12-09'],
  ['ZN_WH_PESACH', 2018, '2018-03-30', '2018-04-07'],
  ['ZN_WH_ROSH_HASHANA', 2018, '2018-09-09', '2018-09-11'],
  ['ZN_WH_SHAVUOT', 2018, '2018-05-19', '2018-05-21'],
  ['ZN_WH_SUKKOT', 2018, '2018-09-23', '2018-10-01'],
  ['ZN_WH_EID_FITR', 2013, '2013-08-08', '2013-08-08'],
  ['ZN_WH_EID_ADHA', 2013, '2013-10-15', '2013-10-15'],
  ['ZN_WH_HIJRI_NEW_YEAR', 2013, '2013-11-04', '2013-11-04'],
  ['ZN_WH_ASHURA', 2013, '2013-11-13', '2013-11-13'],
  ['ZN_WH_MAWLID', 2014, '2014-01-13', '2014-01-13'],
  ['ZN_WH_ISRA_MIRAJ', 2013, '2013-06-06', '2013-06-06'],
  ['ZN_WH_LAYLAT_QADR', 2013, '2013-08-04', '2013-08-04'],
  ['ZN_WH_RAMADAN', 2034, '2034-11-12', '2034-12-11'],
  ['ZN_WH_DIWALI', 2013, '2013-11-03', '2013-11-03'],
  ['ZN_WH_DIWALI', 2018, '2018-11-07', '2018-11-07'],
  ['ZN_WH_DUSSEHRA', 2013, '2013-10-14', '2013-10-14'],
  ['ZN_WH_DUSSEHRA', 2018, '2018-10-19', '2018-10-19'],
];

const DAY = 86400000;
const utc = (y, m, d) => Date.UTC(y, m - 1, d) / DAY;		/* days since 1970 */
const fromLocal = dt => utc(dt.getFullYear(), dt.getMonth() + 1, dt.getDate());
const iso = n => new Date(n * DAY).toISOString().slice(0, 10);

/* table[key][year - FIRST] = [start, end] in days since 1970 */
const table = {};
for (const k of KEYS) table[k] = new Array(LAST - FIRST + 1).fill(null);
function put(key, year, lo, hi) {
  if (year < FIRST || year > LAST) return;
  const row = table[key];
  if (row[year - FIRST] === null || lo < row[year - FIRST][0]) row[year - FIRST] = [lo, hi];
}

async function hebrew() {
  const { HebrewCalendar } = await importPkg('@hebcal/core');
  /* [key, first-day test, last-day test or null] — the eve precedes the first day */
  const defs = [
    ['ZN_WH_PESACH', d => d === 'Pesach I', d => d === 'Pesach VIII'],
    ['ZN_WH_ROSH_HASHANA', d => /^Rosh Hashana \d+$/.test(d), d => d === 'Rosh Hashana II'],
    ['ZN_WH_YOM_KIPPUR', d => d === 'Yom Kippur', null],
    ['ZN_WH_SUKKOT', d => d === 'Sukkot I', d => d === 'Shmini Atzeret'],
    ['ZN_WH_SHMINI_ATZERET', d => d === 'Shmini Atzeret', null],
    ['ZN_WH_SIMCHAT_TORAH', d => d === 'Simchat Torah', null],
    ['ZN_WH_SHAVUOT', d => d === 'Shavuot I', d => d === 'Shavuot II'],
    ['ZN_WH_TU_BISHVAT', d => d === 'Tu BiShvat', null],
    ['ZN_WH_LAG_BAOMER', d => d === 'Lag BaOmer', null],
    ['ZN_WH_PURIM', d => d === 'Purim', null],
    ['ZN_WH_TISHA_BAV', d => /^Tish'a B'Av/.test(d), null],
    ['ZN_WH_YOM_HAATZMAUT', d => d === "Yom HaAtzma'ut", null],
  ];
  for (let y = FIRST; y <= LAST; y++) {
    const ev = HebrewCalendar.calendar({ year: y, isHebrewYear: false, il: false });
    for (const [key, first, last] of defs) {
      const a = ev.filter(e => first(e.getDesc()));
      if (key === 'ZN_WH_YOM_HAATZMAUT' && y < 1949) continue;
      if (a.length !== 1) throw new Error(`${key} ${y}: ${a.length} first days`);
      const lo = fromLocal(a[0].getDate().greg()) - 1;
      let hi = lo;
      if (last) {
        const b = ev.filter(e => last(e.getDesc()));
        if (b.length !== 1) throw new Error(`${key} ${y}: no last day`);
        hi = fromLocal(b[0].getDate().greg());
      }
      put(key, y, lo, hi);
    }
    /* 光明节: the first candle is lit on the eve; eight nights */
    const c = ev.filter(e => e.getDesc() === 'Chanukah: 1 Candle');
    if (c.length !== 1) throw new Error(`Chanukah ${y}`);
    const lo = fromLocal(c[0].getDate().greg());
    put('ZN_WH_CHANUKAH', y, lo, lo + 7);
  }
}

let hijriDiffs = 0;
function islamic() {
  /* [key, Hijri month, day] */
  const defs = [
    ['ZN_WH_EID_FITR', 10, 1], ['ZN_WH_EID_ADHA', 12, 10], ['ZN_WH_HIJRI_NEW_YEAR', 1, 1],
    ['ZN_WH_ASHURA', 1, 10], ['ZN_WH_MAWLID', 3, 12], ['ZN_WH_ISRA_MIRAJ', 7, 27],
    ['ZN_WH_LAYLAT_QADR', 9, 27],
  ];
  const g = (hy, hm, hd) => {
    const r = hc.toGregorian(hy, hm, hd);
    const n = utc(r.gy, r.gm, r.gd);
    const u = umalqura(hy, hm, hd).date;
    if (fromLocal(u) !== n) hijriDiffs++;
    return n;
  };
  for (let hy = 1368; hy <= 1474; hy++) {
    for (const [key, hm, hd] of defs) {
      const n = g(hy, hm, hd);
      put(key, new Date(n * DAY).getUTCFullYear(), n, n);
    }
    const lo = g(hy, 9, 1), hi = g(hy, 10, 1) - 1;
    put('ZN_WH_RAMADAN', new Date(lo * DAY).getUTCFullYear(), lo, hi);
  }
}

function hindu() {
  const P = require('@ishubhamx/panchangam-js');
  const observer = new P.Observer(28.6139, 77.2090, 216);	/* New Delhi */
  const defs = [['ZN_WH_DIWALI', 'Diwali (Lakshmi Puja)'], ['ZN_WH_DUSSEHRA', 'Vijaya Dashami (Dussehra)']];
  for (let y = FIRST; y <= LAST; y++) {
    const seen = {};
    /* both fall between late September and mid-November */
    for (let n = utc(y, 9, 15); n <= utc(y, 11, 20); n++) {
      const p = P.getPanchangam(new Date(n * DAY + 6.5 * 3600000), observer, { timezoneOffset: 330 });
      for (const f of p.festivals || [])
        for (const [key, name] of defs)
          if (f.name === name) {
            if (seen[key]) throw new Error(`${key} ${y}: twice`);
            seen[key] = true;
            put(key, y, n, n);
          }
    }
    for (const [key] of defs)
      if (!seen[key]) process.stderr.write(`warning: no ${key} in ${y}\n`);
  }
}

(async () => {
  await hebrew();
  islamic();
  hindu();
  for (const [key, y, lo, hi] of CHECKS) {
    const r = table[key][y - FIRST];
    if (!r || iso(r[0]) !== lo || iso(r[1]) !== hi)
      throw new Error(`check ${key} ${y}: ${r && iso(r[0])}..${r && iso(r[1])}, want ${lo}..${hi}`);
  }
  if (hijriDiffs) process.stderr.write(`warning: hijri-converter and @umalqura/core differ on ${hijriDiffs} days\n`);

  const out = [];
  out.push('/*');
  out.push(' * zn_world_holiday_table.c — generated by tools/gen_world_holidays.js; do not');
  out.push(' * edit by hand.  Dates computed by @hebcal/core 6.9.3 (GPL-2.0; Hebrew),');
  out.push(' * hijri-converter 1.1.1 (MIT; Islamic, Umm al-Qura, checked against');
  out.push(' * @umalqura/core 0.0.7, MIT) and @ishubhamx/panchangam-js 2.2.3 (MIT; Hindu).');
  out.push(' * Only the resulting dates are kept, no code of those packages.');
  out.push(' *');
  out.push(' * zn_wh_table[f][y - ZN_WH_FIRST] = (start + 1) << 5 | length: festival f of');
  out.push(' * Gregorian year y starts `start` days after January 1 (-1: December 31 of');
  out.push(' * the year before, the eve of a Hebrew festival) and lasts `length` days;');
  out.push(' * 0 = no date.  Hebrew festivals start on their eve (sundown), as in the');
  out.push(' * Duckling corpus; see the generator for the conventions.');
  out.push(' */');
  out.push('#include "zn_world_holiday.h"');
  out.push('');
  out.push('const uint16_t zn_wh_table[ZN_WH_COUNT][ZN_WH_LAST - ZN_WH_FIRST + 1] = {');
  for (const k of KEYS) {
    out.push(`\t[${k}] = {`);
    const vals = table[k].map((r, i) => {
      if (!r) return 0;
      const start = r[0] - utc(FIRST + i, 1, 1), len = r[1] - r[0] + 1;
      if (start < -1 || start > 365 || len < 1 || len > 31) throw new Error(`range ${k} ${FIRST + i}`);
      return ((start + 1) << 5) | len;
    });
    for (let i = 0; i < vals.length; i += 10) out.push('\t\t' + vals.slice(i, i + 10).join(', ') + ',');
    out.push('\t},');
  }
  out.push('};');
  console.log(out.join('\n'));
})().catch(e => { console.error(e.message); process.exit(1); });
