"""realtext-*.jsonl: figures and dates in real news sentences, scored by precision/recall.

A record: {"text", "ref", "amounts": [{span, offset (0-based code points), value, currency, unit,
qualifier, [range: low|high]}], "dates": [{span, offset, start, end, grain, ref}],
"ignore": [{span, offset, why}]}.
"""
import hashlib

from zc_common import (Case, PRF, PASS, FAIL, NOT_IMPL, ERROR, Err, Missing, dec,
                       same_value, percent_to_fraction, fmt_dec, norm_pred, fmt_days, nfkc,
                       accepted_qualifiers, norm_unit)
import datetime as dt

PERCENT_UNITS = {'%', '％', '个百分点'}
# gold units that make an amount a duration (zhnum reports those as kind duration); the value
# in ISO 8601 for PostgreSQL to normalise
DURATION_UNITS = {
    '年': 'P{}Y', '个月': 'P{}M', '月': 'P{}M', '天': 'P{}D', '日': 'P{}D', '周': 'P{}W',
    '个星期': 'P{}W', '星期': 'P{}W', '小时': 'PT{}H', '个小时': 'PT{}H', '分钟': 'PT{}M',
    '秒': 'PT{}S', '个季度': None,
}
BUCKETS = ('money', 'percent', 'quantity', 'duration', 'date')
PRED_BUCKET = {'money': 'money', 'percent': 'percent', 'quantity': 'quantity',
               'duration': 'duration', 'date': 'date'}


def bucket_of(a):
    if a.get('currency'):
        return 'money'
    if a.get('unit') in PERCENT_UNITS:
        return 'percent'
    if a.get('unit') in DURATION_UNITS:
        return 'duration'
    return 'quantity'


def iso_of(a):
    u, v = a.get('unit'), dec(a.get('value'))
    if v is None:
        return None
    if u == '个季度':
        return 'P{}M'.format(fmt_dec(v * 3))
    pat = DURATION_UNITS.get(u)
    return pat.format(fmt_dec(v)) if pat else None


def record_id(stem, r):
    return '%s:%s' % (stem, hashlib.sha1(r['text'].encode('utf-8')).hexdigest()[:10])


class Gold:
    __slots__ = ('id', 'bucket', 'span', 'pos', 'len', 'item', 'parts', 'range')

    def describe(self):
        a = self.item
        if self.bucket == 'date':
            return '%s@%d %s' % (self.span, self.pos, fmt_days(
                (dt.date.fromisoformat(a['start']) if a.get('start') else None,
                 dt.date.fromisoformat(a['end']) if a.get('end') else None)))
        bits = [self.bucket]
        if self.range:
            bits.append('range=%s..%s' % self.range)
        else:
            bits.append('value=%s' % a.get('value'))
        for k in ('currency', 'unit', 'qualifier'):
            if a.get(k):
                bits.append('%s=%s' % (k, a[k]))
        return '%s@%d %s' % (self.span, self.pos, ' '.join(bits))


class Realtext:
    def __init__(self, stem, records, judged):
        self.stem = stem
        self.records = records
        self.judged = judged
        self.cases = []
        self.prf = {}
        self.unscored = {}

    def plan(self, calls):
        for r in self.records:
            calls.ask('extract', r['text'], r.get('ref'))
            for a in r['amounts']:
                iso = iso_of(a) if bucket_of(a) == 'duration' else None
                if iso:
                    calls.ask('ivnorm', iso)

    def tally(self, key):
        return self.prf.setdefault(key, PRF())

    def golds(self, r, rid):
        out = []
        am = r['amounts']
        i = 0
        while i < len(am):
            a = am[i]
            g = Gold()
            g.id = '%s@%d' % (rid, a['offset'])
            g.bucket = bucket_of(a)
            g.item = a
            g.range = None
            g.parts = 1
            if a.get('range') == 'low' and i + 1 < len(am) and am[i + 1].get('range') == 'high':
                b = am[i + 1]
                g.span = r['text'][a['offset']:b['offset'] + len(b['span'])]
                g.pos, g.len = a['offset'] + 1, len(g.span)
                g.range = (a['value'], b['value'])
                g.parts = 2
                g.id += '+%d' % b['offset']
                g.item = dict(b, value=None)
                g.item['_low'], g.item['_low_id'] = a, '%s@%d' % (rid, a['offset'])
                g.item['_high_id'] = '%s@%d' % (rid, b['offset'])
                i += 2
            else:
                g.span, g.pos, g.len = a['span'], a['offset'] + 1, len(a['span'])
                i += 1
            out.append(g)
        for d in r['dates']:
            g = Gold()
            g.id = '%s@%d' % (rid, d['offset'])
            g.bucket, g.item, g.range, g.parts = 'date', d, None, 1
            g.span, g.pos, g.len = d['span'], d['offset'] + 1, len(d['span'])
            out.append(g)
        return out

    def fields_ok(self, g, p, calls):
        """[] when zhnum's row p has every field of the gold item g right."""
        a, bad = g.item, []
        if g.bucket == 'date':
            want = (dt.date.fromisoformat(a['start']) if a.get('start') else None,
                    dt.date.fromisoformat(a['end']) if a.get('end') else None)
            return [] if p.dates == want else ['dates']
        quals = accepted_qualifiers(a.get('qualifier'), g.span)
        if (p.qualifier or 'exact') not in quals:
            bad.append('qualifier')
        if g.bucket == 'duration' and p.kind == 'duration':
            want = calls.get('ivnorm', iso_of(a)) if iso_of(a) else None
            if want is None or p.duration != want:
                bad.append('duration')
            return bad
        if g.range:
            lo, hi = dec(g.range[0]), dec(g.range[1])
            if g.bucket == 'percent':
                lo, hi = percent_to_fraction(lo), percent_to_fraction(hi)
            if p.value is not None or not (same_value(lo, p.lower) and same_value(hi, p.upper)):
                bad.append('range')
        else:
            v = dec(a.get('value'))
            if g.bucket == 'percent':
                v = percent_to_fraction(v)
            if p.value is None or not same_value(v, p.value):
                bad.append('value')
        if g.bucket == 'money':
            if p.currency != a.get('currency'):
                bad.append('currency')
            if norm_unit(a.get('unit')) != norm_unit(p.unit):
                bad.append('unit')
        elif g.bucket == 'percent':
            if a.get('unit') == '个百分点' and p.unit != '个百分点':
                bad.append('unit')
            if a.get('unit') != '个百分点' and p.unit not in (None, '%', '％'):
                bad.append('unit')
        else:
            if norm_unit(a.get('unit')) != norm_unit(p.unit):
                bad.append('unit')
        return bad

    @staticmethod
    def kind_ok(g, p):
        if g.bucket == 'duration':
            return p.kind in ('duration', 'quantity')
        return PRED_BUCKET.get(p.kind) == g.bucket

    def score(self, calls):
        all_strict, all_span = self.tally('amounts (all)'), self.tally('amounts (all)~span')
        for r in self.records:
            rid = record_id(self.stem, r)
            if rid in self.judged:
                continue
            rows = calls.get('extract', r['text'], r.get('ref'))
            golds = self.golds(r, rid)
            excluded = [g for g in golds if g.id in self.judged or
                        g.item.get('_low_id') in self.judged or g.item.get('_high_id') in self.judged]
            golds = [g for g in golds if g not in excluded]
            exp = '; '.join(g.describe() for g in golds) or '(nothing)'
            if isinstance(rows, Missing):
                for b in BUCKETS:
                    self.tally(b).status = NOT_IMPL
                    self.tally(b + '~span').status = NOT_IMPL
                all_strict.status = all_span.status = NOT_IMPL
                self.cases.append(Case(rid, self.stem, NOT_IMPL, r['text'], exp, str(rows),
                                       source=r.get('source', '')))
                continue
            if isinstance(rows, Err):
                for g in golds:
                    for t in (self.tally(g.bucket), self.tally(g.bucket + '~span')):
                        t.fn += g.parts
                self.cases.append(Case(rid, self.stem, ERROR, r['text'], exp, str(rows),
                                       source=r.get('source', '')))
                continue
            preds = [norm_pred(x) for x in rows]
            scored = [p for p in preds if p.kind in PRED_BUCKET]
            for p in preds:
                if p.kind not in PRED_BUCKET:
                    self.unscored[p.kind] = self.unscored.get(p.kind, 0) + 1
            span_used, strict_used = set(), set()
            notes = []
            rec_ok = True
            for g in golds:
                cands = [i for i, p in enumerate(scored)
                         if p.pos == g.pos and p.len == g.len and self.kind_ok(g, p)]
                s_hit = next((i for i in cands if i not in span_used), None)
                t_span = self.tally(g.bucket + '~span')
                t = self.tally(g.bucket)
                if s_hit is None:
                    t_span.fn += g.parts
                else:
                    span_used.add(s_hit)
                    t_span.tp += g.parts
                hit, why = None, None
                for i in cands:
                    if i in strict_used:
                        continue
                    bad = self.fields_ok(g, scored[i], calls)
                    if not bad:
                        hit = i
                        break
                    why = bad
                if hit is None:
                    t.fn += g.parts
                    rec_ok = False
                    notes.append('missed %s [%s]%s' % (g.span, g.id, ' (wrong %s)' % ', '.join(why)
                                                       if why else ''))
                else:
                    strict_used.add(hit)
                    t.tp += g.parts
            # spurious rows: not matched, and not on an ignore span or a judged-wrong gold span
            shields = [(i['offset'] + 1, len(i['span']), i.get('why', 'ignore'))
                       for i in r.get('ignore', [])]
            shields += [(g.pos, g.len, 'judged-wrong') for g in excluded]
            for i, p in enumerate(scored):
                b = PRED_BUCKET[p.kind]
                shield = next((w for (s, n, w) in shields
                               if p.pos is not None and p.pos < s + n and s < p.pos + (p.len or 0)),
                              None)
                for used, t in ((span_used, self.tally(b + '~span')), (strict_used, self.tally(b))):
                    if i in used:
                        continue
                    if shield:
                        if t is self.tally(b):
                            t.neutral[shield] += 1
                        continue
                    t.fp += 1
                if i not in strict_used and not shield:
                    rec_ok = False
                    notes.append('spurious %s' % p.describe())
            got = '; '.join(p.describe() for p in preds) or '(nothing)'
            self.cases.append(Case(rid, self.stem, PASS if rec_ok else FAIL, r['text'], exp, got,
                                   '; '.join(notes), source=r.get('source', '')))
        for b in BUCKETS[:-1]:
            all_strict.add(self.tally(b))
            all_span.add(self.tally(b + '~span'))
        return self.cases
