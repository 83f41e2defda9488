"""amounts.jsonl: parse, reject, format and extract tasks."""
from decimal import Decimal, InvalidOperation

from zc_common import (Case, PRF, PASS, FAIL, NOT_IMPL, NOT_OFFERED, UNSCORABLE, ERROR, Err,
                       Missing, is_bad, dec, same_value, fmt_dec, expect_from, got_from_parse,
                       describe_got, compare, norm_pred, jdump, short)

# corpus format styles -> how zhnum is asked (None: not offered)
FORMAT_STYLE = {
    'lower': 'lower',
    'upper': 'capital',
    'lower_traditional_script': 'traditional',
    'rmb': 'rmb',                 # zh_capital_amount
    'money_lower': None,
    'spoken': None,
    'direct': None,
    'simple': None,
}

# The convention zhnum follows for each style: the headline figure for that style.  Every other
# convention is still reported on its own row (amounts.README.md: never pool conventions).
#   lower/capital: cn2an (十二, 十万, 壹拾壹; zhnum's spelling of 25亿 as 二十五亿)
#   traditional:   number-to-chinese-words, the only source of that style
#   rmb:           hutool (digitToChinese): 《支付结算办法》 with 整 after 元 or 角 and nothing
#                  below 分.  cn2an differs on two points where zhnum chose otherwise: it drops
#                  the (optional) 整 after 角, and truncates below 分 where zhnum raises 22023
CHOSEN_CONVENTION = {'lower': 'cn2an', 'capital': 'cn2an', 'traditional': 'n2cw', 'rmb': 'hutool'}

EXTRACT_PRED_KINDS = {
    'number': {'number', 'quantity'},
    'money': {'money'},
    'percent': {'percent'},
    'dimension': {'quantity'},
}


def src_of(r):
    return r['id'].split('-')[0]


def conventions(r):
    return [t.split(':', 1)[1] for t in r.get('tags', []) if t.startswith('convention:')]


def exp_str(e):
    e = {k: v for k, v in e.items() if k not in ('jionlp_definition', 'duckling_unit')}
    return jdump(e)


class Amounts:
    def __init__(self, records):
        self.records = records
        self.cases = []
        self.prf = {}             # extract:<kind> -> PRF

    # ---- planning --------------------------------------------------------------------------
    def plan(self, calls):
        for r in self.records:
            t, k, inp = r['task'], r['kind'], r['input']
            if t == 'parse' and k != 'ordinal':
                calls.ask('parse', inp.strip(), None)
                calls.ask('number', inp.strip())
            elif t == 'reject':
                calls.ask('parse', inp.strip(), None)
                calls.ask('number', inp.strip())
            elif t == 'format':
                style = FORMAT_STYLE.get(r['expected']['style'])
                num = self.format_number(inp)
                if style and num is not None:
                    calls.ask('spell', num, style)
            elif t == 'extract' and k in EXTRACT_PRED_KINDS:
                calls.ask('extract', inp, None)

    @staticmethod
    def format_number(s):
        """The format input as a numeric literal PostgreSQL accepts, or None."""
        s = s.strip().replace(',', '')
        try:
            Decimal(s)
        except InvalidOperation:
            return None
        return s

    # ---- scoring ---------------------------------------------------------------------------
    def score(self, calls):
        for r in self.records:
            t = r['task']
            if t == 'parse':
                self.score_parse(r, calls)
            elif t == 'reject':
                self.score_reject(r, calls)
            elif t == 'format':
                self.score_format(r, calls)
            elif t == 'extract':
                self.score_extract(r, calls)
            elif t == 'rewrite':
                self.add(r, 'rewrite', NOT_OFFERED, exp_str(r['expected']), '',
                         'sentence rewriting (ITN/TN) is not a zhnum feature')
            else:
                self.add(r, '%s:%s' % (t, r['kind']), UNSCORABLE, exp_str(r['expected']), '',
                         'unknown task')
        return self.cases

    def add(self, r, group, status, expected, got, note='', tags=()):
        c = Case(r['id'], group, status, r['input'], expected, got, note,
                 tags=['src:' + src_of(r)] + list(tags), source=r.get('source', ''))
        self.cases.append(c)
        return c

    def score_parse(self, r, calls):
        kind, inp, e = r['kind'], r['input'].strip(), r['expected']
        group = 'parse:' + kind
        if kind == 'ordinal':
            self.add(r, group, NOT_OFFERED, exp_str(e), '', 'zhnum has no ordinals')
            return
        x = expect_from(e, kind, inp)
        res = calls.get('parse', inp, None)
        if isinstance(res, Missing):
            self.add(r, group, NOT_IMPL, x.describe(), str(res))
        elif isinstance(res, Err):
            self.add(r, group, ERROR, x.describe(), str(res))
        else:
            g = got_from_parse(res)
            bad = compare(x, g)
            self.add(r, group, FAIL if bad else PASS, x.describe(), describe_got(g),
                     'wrong: ' + ', '.join(bad) if bad else '')
        # the secondary figure: zh_number's point value
        if kind in ('number', 'percent', 'digits') and x.point is not None and x.quals in (
                None, {'exact'}):
            n = calls.get('number', inp)
            g2 = 'zh_try_number=' + (str(n) if is_bad(n) else fmt_dec(dec(n)))
            if isinstance(n, Missing):
                st = NOT_IMPL
            elif isinstance(n, Err):
                st = ERROR
            else:
                st = PASS if same_value(x.point, dec(n), x.approx) else FAIL
            self.add(r, group + '[zh_number]', st, fmt_dec(x.point), g2)

    def score_reject(self, r, calls):
        inp = r['input'].strip()
        group = 'reject[strict_only]' if r['expected'].get('strict_only') else 'reject'
        n = calls.get('number', inp)
        p = calls.get('parse', inp, None)
        if isinstance(n, Missing):
            self.add(r, group, NOT_IMPL, 'no number', str(n))
            return
        if isinstance(n, Err) or isinstance(p, Err):
            self.add(r, group, ERROR, 'no number', str(n if isinstance(n, Err) else p))
            return
        g = got_from_parse(p) if isinstance(p, dict) else None
        number_from_parse = g is not None and (g['value'] is not None or g['lower'] is not None)
        ok = n is None and not number_from_parse
        got = 'zh_try_number=%s; zh_parse: %s' % (
            'NULL' if n is None else str(n) if is_bad(n) else fmt_dec(dec(n)),
            str(p) if is_bad(p) else describe_got(g))
        self.add(r, group, PASS if ok else FAIL, 'no number', got)

    def score_format(self, r, calls):
        e = r['expected']
        cstyle = e['style']
        style = FORMAT_STYLE.get(cstyle)
        convs = conventions(r) or [src_of(r)]
        conv = convs[0]
        zstyle = style or cstyle
        group = 'format:%s[%s]' % (zstyle, conv)
        tags = ['convention:' + c for c in convs]
        expected = e['text']
        opts = (e.get('options') or {}).get('nzh') or {}
        if conv == 'nzh' and cstyle == 'rmb' and opts.get('outSymbol', True) \
                and expected.startswith('人民币'):
            expected = expected[len('人民币'):]     # nzh prefixes 人民币 unless outSymbol:false
        if style is None:
            self.add(r, group, NOT_OFFERED, expected, '', 'style %r is not offered' % cstyle, tags)
            return
        extra = sorted(k for k, v in opts.items() if k != 'outSymbol' and v)
        if extra:
            self.add(r, group, NOT_OFFERED, expected, '',
                     'nzh option %s is not offered' % ','.join(extra), tags)
            return
        num = self.format_number(r['input'])
        if num is None:
            self.add(r, group, UNSCORABLE, expected, '', 'input is not a decimal', tags)
            return
        res = calls.get('spell', num, style)
        if isinstance(res, Missing):
            self.add(r, group, NOT_IMPL, expected, str(res), '', tags)
        elif isinstance(res, Err):
            self.add(r, group, ERROR, expected, str(res), '', tags)
        else:
            self.add(r, group, PASS if res == expected else FAIL, expected,
                     'NULL' if res is None else res, '', tags)

    # ---- extraction ------------------------------------------------------------------------
    def score_extract(self, r, calls):
        kind = r['kind']
        group = 'extract:' + kind
        golds = r['expected']['matches']
        if kind not in EXTRACT_PRED_KINDS:
            self.add(r, group, NOT_OFFERED, jdump([m['text'] for m in golds]), '',
                     'zhnum has no %s extraction' % kind)
            return
        tally = self.prf.setdefault(group, PRF())
        rows = calls.get('extract', r['input'], None)
        exp_desc = '; '.join('%s@%d %s' % (m['text'], m['start'] + 1,
                                           expect_from(m, kind, m['text']).describe())
                             for m in golds) or '(nothing)'
        if isinstance(rows, Missing):
            tally.status = NOT_IMPL
            self.add(r, group, NOT_IMPL, exp_desc, str(rows))
            return
        if isinstance(rows, Err):
            tally.fn += len(golds)
            tally.docs += 1
            self.add(r, group, ERROR, exp_desc, str(rows))
            return
        preds = [norm_pred(x) for x in rows]
        relevant = [p for p in preds if p.kind in EXTRACT_PRED_KINDS[kind]]
        used = set()
        tp = fn = 0
        notes = []
        for m in golds:
            x = expect_from(m, kind, m['text'])
            start, glen = m['start'] + 1, m['end'] - m['start']
            hit = None
            for i, p in enumerate(relevant):
                if i in used or p.pos != start:
                    continue
                same_span = p.len == glen
                # RT's number model reports the number inside a quantity (十 of 十斤): a zhnum
                # quantity that starts with the same number counts for it.
                inside = (kind == 'number' and p.kind == 'quantity' and p.len > glen
                          and (p.span or '').startswith(m['text']))
                if not (same_span or inside):
                    continue
                fig = p.fig()
                if kind == 'number' and p.kind == 'quantity':
                    fig['kind'] = 'number'
                bad = compare(x, fig)
                if not bad:
                    hit = i
                    break
                notes.append('%s: span ok, wrong %s' % (m['text'], ', '.join(bad)))
            if hit is None:
                fn += 1
            else:
                used.add(hit)
                tp += 1
        fp = len(relevant) - len(used)
        tally.tp += tp
        tally.fn += fn
        tally.fp += fp
        tally.docs += 1
        ok = fn == 0 and fp == 0
        tally.docs_pass += ok
        got = '; '.join(p.describe() for p in preds) or '(nothing)'
        self.add(r, group, PASS if ok else FAIL, exp_desc, got,
                 '; '.join(notes + (['%d missed, %d spurious' % (fn, fp)] if not ok else [])))
