"""dates.jsonl: dates, periods, ranges, open ranges, windows, durations, negatives."""
import datetime as dt
import re

from zc_common import (Case, PASS, FAIL, NOT_IMPL, NOT_OFFERED, UNSCORABLE, ERROR, Err, Missing,
                       is_bad, norm_pred, fmt_days, parse_daterange, nfkc, jdump)

# the dates headline: these kinds together (sub-day windows and ranges are moved out, see below)
HEADLINE_KINDS = ('date', 'period', 'range', 'open_range', 'window', 'duration')
DAY_KINDS = ('date', 'period', 'range', 'open_range', 'window', 'datetime', 'datetime_range')
TIME_OF_DAY_KINDS = ('datetime', 'datetime_range')

SOURCES = {
    'dongrixinyu/JioNLP': 'jio',
    'microsoft/Recognizers-Text': 'rt',
    'facebook/duckling': 'duck',
    'wanasit/chrono': 'chrono',
    'y00281951/fst-time-nlu': 'fst',
    'Kelab/ChineseTimeNLP': 'ctn',
    'zhnum:handwritten': 'hw',
}

RANGE_RE = re.compile(r'[~～到至—–\-]|以上.*以下')
STRIP = ' \t\r\n,，。.、;；:：!！?？“”"\'‘’()（）[]【】「」'
ONE_DAY = dt.timedelta(days=1)
MIDNIGHT = dt.time(0, 0)


def src_of(r):
    s = r.get('source', '')
    for k, v in SOURCES.items():
        if s.startswith(k):
            return v
    return s.split(':')[0] or '?'


def clean(s):
    return s.strip(STRIP)


def parse_when(s):
    if s is None:
        return None
    if 'T' in s:
        return dt.datetime.fromisoformat(s)
    return dt.date.fromisoformat(s)


def as_dt(x):
    return x if isinstance(x, dt.datetime) else dt.datetime.combine(x, MIDNIGHT)


def to_days(r, e, kind):
    """The corpus's start/end as the inclusive days zhnum's daterange should hold.

    Returns (days, alternatives, subday): days is (lo, hi) with dates, None for an open end;
    alternatives are other readings of the same timestamps that are also accepted.  Rules
    (README.md), following the project's date policy (windows include the reference day:
    近30天 is [ref - 30 days, ref], 未来7天 [ref, ref + 7 days]):
      * a date is that day; a start timestamp is the day it falls on;
      * an end timestamp is the day it falls on, except:
        - an end equal to the reference instant (ref + ref_time) after the start: ref;
        - an end at exactly 00:00:00 after the start is exclusive: the day before.  When the
          record has no ref_time (the reference instant is midnight), a window from the
          reference to a midnight is ambiguous between "N whole units later" and "until that
          midnight": both readings are accepted;
      * subday: both ends are timestamps less than a day apart (a time-of-day expression).
    """
    ref = dt.date.fromisoformat(r['ref'])
    rt = dt.time.fromisoformat(r.get('ref_time', '00:00:00'))
    refdt = dt.datetime.combine(ref, rt)
    s, en = e.get('start'), e.get('end')
    if 'end' not in e and kind in ('date', 'datetime'):
        en = s
    S, E = parse_when(s), parse_when(en)
    lo = None if S is None else (S.date() if isinstance(S, dt.datetime) else S)
    hi = None
    alts = []
    if E is not None:
        if not isinstance(E, dt.datetime):
            hi = E
        elif S is not None and E == refdt and as_dt(S) < E:
            hi = ref
        elif (kind == 'window' and isinstance(S, dt.datetime) and S == refdt and E > S
              and E.time() == rt):
            hi = E.date()                            # N whole units after the reference
            if rt == MIDNIGHT:
                alts.append((lo, E.date() - ONE_DAY))
        elif E.time() == MIDNIGHT and S is not None and E > as_dt(S):
            hi = E.date() - ONE_DAY
        else:
            hi = E.date()
    subday = (isinstance(S, dt.datetime) and isinstance(E, dt.datetime)
              and kind != 'datetime' and (E - S) < ONE_DAY)
    return (lo, hi), alts, subday


# ---- ISO 8601 durations (PostgreSQL's intervalstyle iso_8601 output) ----------------------------
ISO_RE = re.compile(r'^P(?:(-?\d+)Y)?(?:(-?\d+)M)?(?:(-?\d+)D)?'
                    r'(?:T(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+(?:\.\d+)?)S)?)?$')


def iso_usecs(s):
    """A PostgreSQL ISO interval as microseconds with PostgreSQL's own comparison rule
    (1 month = 30 days, 1 day = 24 hours); None if it cannot be read."""
    if s is None:
        return None
    m = ISO_RE.match(s.strip())
    if not m:
        return None
    y, mo, d, h, mi, sec = m.groups()
    months = int(y or 0) * 12 + int(mo or 0)
    days = int(d or 0)
    usecs = (int(h or 0) * 3600 + int(mi or 0) * 60) * 10 ** 6 + round(float(sec or 0) * 10 ** 6)
    return (months * 30 + days) * 86400 * 10 ** 6 + usecs


class Dates:
    def __init__(self, records):
        self.records = records
        self.cases = []

    # which text is parsed whole: the record's `match` when it has one, else the input without
    # surrounding punctuation; records of several results (result_index) are read by extraction
    @staticmethod
    def whole_text(r):
        if 'result_index' in r:
            return None
        return r['match'] if 'match' in r else clean(r['input'])

    @staticmethod
    def may_extract(r):
        """Fall back on zh_extract over the sentence when the whole-string parse gives nothing
        and the record names no match (so the input may be a sentence)."""
        return 'match' not in r

    def plan(self, calls):
        for r in self.records:
            k, ref = r['kind'], r['ref']
            w = self.whole_text(r)
            if k in DAY_KINDS:
                if w is not None:
                    calls.ask('daterange', w, ref)
                if self.may_extract(r):
                    calls.ask('extract', r['input'], ref)
            elif k == 'duration':
                if w is not None:
                    calls.ask('interval', w)
                if self.may_extract(r):
                    calls.ask('extract', r['input'], ref)
                e = r['expected']
                for key in ('duration', 'min', 'max'):
                    if e.get(key) and '(' not in e[key]:
                        calls.ask('ivnorm', e[key])
            elif k == 'negative':
                calls.ask('daterange', clean(r['input']), ref)
                calls.ask('extract', r['input'], ref)
            elif k == 'invalid':
                calls.ask('daterange', w, ref)
            elif k == 'vague':
                calls.ask('parse', w, ref)
            elif k == 'span':
                calls.ask('extract', r['input'], ref)

    def add(self, r, group, status, expected, got, note='', tags=()):
        tags = ['src:' + src_of(r)] + list(tags)
        if r['expected'].get('fuzzy'):
            tags.append('fuzzy')
        c = Case(r['id'], group, status, r['input'], expected, got, note, tags=tags,
                 source=r.get('source', ''))
        self.cases.append(c)
        return c

    def score(self, calls):
        for r in self.records:
            k = r['kind']
            if k in DAY_KINDS:
                self.score_days(r, calls)
            elif k == 'duration':
                self.score_duration(r, calls)
            elif k == 'negative':
                self.score_negative(r, calls)
            elif k == 'invalid':
                self.score_invalid(r, calls)
            elif k == 'vague':
                self.score_vague(r, calls)
            elif k == 'span':
                self.score_span(r, calls)
            elif k == 'set':
                self.add(r, 'dates:set', NOT_OFFERED, jdump(r['expected']), '',
                         'recurring times (每周一) are not a zhnum feature')
            else:
                self.add(r, 'dates:' + k, UNSCORABLE, jdump(r['expected']), '', 'unknown kind')
        return self.cases

    def extracted(self, r, calls, kinds):
        """The figure zh_extract finds in the sentence: the result_index-th (default first) row of
        the given kinds.  Returns (pred or None, error or None)."""
        rows = calls.get('extract', r['input'], r['ref'])
        if rows is None or is_bad(rows):
            return None, rows
        preds = [p for p in map(norm_pred, rows) if p.kind in kinds]
        idx = r.get('result_index', 0)
        return (preds[idx] if idx < len(preds) else None), None

    def score_days(self, r, calls):
        k = r['kind']
        want, alts, subday = to_days(r, r['expected'], k)
        for a in r.get('alt', []):
            d, more, _ = to_days(r, a, k)
            alts += [d] + more
        group = 'dates:' + k
        if subday and k not in TIME_OF_DAY_KINDS:
            group = 'dates:%s(sub-day)' % k
        exp = ' or '.join(fmt_days(x) for x in [want] + alts)
        w = self.whole_text(r)
        got, how = None, 'zh_try_daterange'
        res = calls.get('daterange', w, r['ref']) if w is not None else None
        if is_bad(res):
            got = res
        elif res is not None:
            got = parse_daterange(res)
        nofallback = ''
        if (got is None or isinstance(got, Missing)) and self.may_extract(r):
            p, err = self.extracted(r, calls, ('date',))
            if p is not None:
                got, how = p.dates, 'zh_extract'
                if got is None:
                    got = 'vague'
            elif err is None:
                got = None                   # extraction answered: nothing there
            elif w is None or isinstance(got, Missing):
                got = err
            elif isinstance(err, Missing):
                nofallback = ' (zh_extract missing: no fallback to the sentence)'
        tags = ['via:' + how]
        if isinstance(got, Missing):
            self.add(r, group, NOT_IMPL, exp, str(got), tags=tags)
        elif isinstance(got, Err):
            self.add(r, group, ERROR, exp, str(got), tags=tags)
        else:
            ok = got in [want] + alts
            shown = got if isinstance(got, str) else fmt_days(got)
            self.add(r, group, PASS if ok else FAIL, exp, '%s (%s)' % (shown, how),
                     ('parsed: %s' % w if how == 'zh_try_daterange' else 'from the sentence')
                     + nofallback, tags)

    def score_duration(self, r, calls):
        e = r['expected']
        w = self.whole_text(r)
        group = 'dates:duration'
        if '(workdays)' in (e.get('duration') or ''):
            self.add(r, group, NOT_OFFERED, e['duration'], '',
                     'working/trading days are not a calendar interval')
            return
        if e.get('duration'):
            want = calls.get('ivnorm', e['duration'])
            exp = '%s (%s)' % (want, e['duration'])
            if is_bad(want) or want is None:
                self.add(r, group, UNSCORABLE, e['duration'], '', 'expected duration unreadable')
                return
            # PostgreSQL's interval equality: 1 month = 30 days, 1 day = 24 hours
            # (一个半月: duckling says P45D, zhnum P1M15D)
            uwant = iso_usecs(want)
            check = lambda g: g == want or (uwant is not None and iso_usecs(g) == uwant)
        else:
            text = w if w is not None else r['input']
            if RANGE_RE.search(text):
                self.add(r, group, NOT_OFFERED, 'between %s and %s' % (e.get('min'), e.get('max')),
                         '', 'a range of durations (3~6个月) is not one interval')
                return
            lo = calls.get('ivnorm', e['min']) if e.get('min') else None
            hi = calls.get('ivnorm', e['max']) if e.get('max') else None
            exp = 'between %s and %s' % (lo or '0', hi or '∞')
            ulo, uhi = iso_usecs(lo) if lo else 0, iso_usecs(hi) if hi else None
            check = lambda g: (iso_usecs(g) is not None and ulo is not None
                               and ulo <= iso_usecs(g) and (uhi is None or iso_usecs(g) <= uhi))
        got, how = None, 'zh_try_interval'
        res = calls.get('interval', w) if w is not None else None
        if res is not None:
            got = res
        if (got is None or isinstance(got, Missing)) and self.may_extract(r):
            p, err = self.extracted(r, calls, ('duration',))
            if p is not None:
                got, how = p.duration, 'zh_extract'
            elif err is None:
                got = None
            elif w is None or isinstance(got, Missing):
                got = err
        tags = ['via:' + how]
        if isinstance(got, Missing):
            self.add(r, group, NOT_IMPL, exp, str(got), tags=tags)
        elif isinstance(got, Err):
            self.add(r, group, ERROR, exp, str(got), tags=tags)
        else:
            self.add(r, group, PASS if got is not None and check(got) else FAIL, exp,
                     '%s (%s)' % (got or 'NULL', how),
                     'parsed: %s' % w if how == 'zh_try_interval' else 'from the sentence', tags)

    def score_negative(self, r, calls):
        group = 'dates:negative'
        res = calls.get('daterange', clean(r['input']), r['ref'])
        rows = calls.get('extract', r['input'], r['ref'])
        if isinstance(res, Missing) and isinstance(rows, Missing):
            self.add(r, group, NOT_IMPL, 'no date', '%s, %s' % (res, rows))
            return
        bad = []
        if isinstance(res, Err) or isinstance(rows, Err):
            self.add(r, group, ERROR, 'no date', str(res if isinstance(res, Err) else rows))
            return
        if res is not None and not is_bad(res):
            bad.append('zh_try_daterange=%s' % fmt_days(parse_daterange(res)))
        if not is_bad(rows):
            for p in map(norm_pred, rows or []):
                if p.kind == 'date':
                    bad.append('zh_extract: %s' % p.describe())
        how = 'zh_try_daterange' + ('' if is_bad(rows) else ' + zh_extract')
        self.add(r, group, FAIL if bad else PASS, 'no date', '; '.join(bad) or 'none (%s)' % how)

    def score_invalid(self, r, calls):
        w = self.whole_text(r)
        res = calls.get('daterange', w, r['ref'])
        if isinstance(res, Missing):
            self.add(r, 'dates:invalid', NOT_IMPL, 'NULL', str(res))
        elif isinstance(res, Err):
            self.add(r, 'dates:invalid', ERROR, 'NULL', str(res))
        else:
            self.add(r, 'dates:invalid', PASS if res is None else FAIL, 'NULL',
                     fmt_days(parse_daterange(res)) if res else 'NULL')

    def score_vague(self, r, calls):
        w = self.whole_text(r)
        p = calls.get('parse', w, r['ref'])
        if isinstance(p, Missing):
            self.add(r, 'dates:vague', NOT_IMPL, 'a date with no range', str(p))
        elif isinstance(p, Err):
            self.add(r, 'dates:vague', ERROR, 'a date with no range', str(p))
        else:
            kind = (p or {}).get('kind')
            ok = kind == 'date' and (p or {}).get('dates') is None
            self.add(r, 'dates:vague', PASS if ok else FAIL, 'kind=date dates=NULL',
                     'kind=%s dates=%s' % (kind, (p or {}).get('dates')))

    def score_span(self, r, calls):
        rows = calls.get('extract', r['input'], r['ref'])
        m = r['match']
        off = r['expected'].get('offset')
        exp = '%s@%s' % (m, off[0] + 1 if off else '?')
        if isinstance(rows, Missing):
            self.add(r, 'dates:span', NOT_IMPL, exp, str(rows))
            return
        if isinstance(rows, Err):
            self.add(r, 'dates:span', ERROR, exp, str(rows))
            return
        preds = [p for p in map(norm_pred, rows) if p.kind in ('date', 'duration')]
        ok = any(nfkc(p.span) == nfkc(m) and (not off or p.pos == off[0] + 1) for p in preds)
        self.add(r, 'dates:span', PASS if ok else FAIL, exp,
                 '; '.join('%s@%s' % (p.span, p.pos) for p in preds) or '(nothing)')
