"""Shared pieces of the conformance runner: results, decimals, qualifiers, the judged-wrong list."""
import collections
import json
import os
import unicodedata
from decimal import Decimal, InvalidOperation

# ---------------------------------------------------------------------------------------------
# Case results
# ---------------------------------------------------------------------------------------------

PASS, FAIL = 'pass', 'fail'
NOT_IMPL = 'not implemented'      # the SQL function the case needs does not exist (yet)
NOT_OFFERED = 'not offered'       # zhnum has no such feature by design (ordinals, spoken TN, ...)
UNSCORABLE = 'unscorable'         # the record cannot be turned into a zhnum question
ERROR = 'error'                   # the SQL call raised (or crashed the backend)

COUNTED = (PASS, FAIL, ERROR)     # statuses that enter a pass rate


class Case:
    """One scored question.  `group` is the row of the table it counts in (e.g. parse:number);
    `tags` are further rows it also counts in (e.g. parse:number/src:rt)."""
    __slots__ = ('id', 'group', 'tags', 'status', 'input', 'expected', 'got', 'note', 'excluded',
                 'source')

    def __init__(self, id, group, status, input='', expected='', got='', note='', tags=(),
                 source=''):
        self.id = id
        self.group = group
        self.tags = list(tags)
        self.status = status
        self.input = input
        self.expected = expected
        self.got = got
        self.note = note
        self.excluded = None          # reason, when the id is in judged-wrong.tsv
        self.source = source

    def as_json(self):
        d = {k: getattr(self, k) for k in self.__slots__}
        return d


class PRF:
    """Precision/recall tally for an extraction group."""
    __slots__ = ('tp', 'fp', 'fn', 'docs', 'docs_pass', 'status', 'neutral')

    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.docs = self.docs_pass = 0
        self.status = None            # NOT_IMPL when the function is missing
        self.neutral = collections.Counter()   # predictions on ignore spans, by reason

    def add(self, other):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self):
        p, r = self.precision, self.recall
        if not p or not r:
            return 0.0 if (self.tp + self.fp + self.fn) else None
        return 2 * p * r / (p + r)

    def as_json(self):
        return {'tp': self.tp, 'fp': self.fp, 'fn': self.fn, 'precision': self.precision,
                'recall': self.recall, 'f1': self.f1, 'docs': self.docs,
                'docs_pass': self.docs_pass, 'status': self.status,
                'neutral': dict(self.neutral)}


class Err:
    """A failed SQL call."""
    __slots__ = ('msg',)

    def __init__(self, msg):
        self.msg = msg

    def __repr__(self):
        return 'ERROR ' + self.msg

    __str__ = __repr__


class Missing:
    """A call to a function that does not exist."""
    __slots__ = ('func',)

    def __init__(self, func):
        self.func = func

    def __repr__(self):
        return '%s() missing' % self.func


def is_bad(x):
    return isinstance(x, (Err, Missing))


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------

def dec(s):
    """Decimal from a corpus or SQL string (None stays None)."""
    if s is None:
        return None
    if isinstance(s, Decimal):
        return s
    if isinstance(s, int):
        return Decimal(s)
    try:
        return Decimal(str(s).strip())
    except InvalidOperation:
        return None


REL_TOL = Decimal('1e-9')


def rounded_fraction(got):
    """zhnum rounds a non-terminating fraction (1/3) to 20 fractional digits: such a value is
    itself an approximation."""
    return got is not None and got.as_tuple().exponent <= -20


def same_value(exp, got, approx=False):
    """Exact decimal equality (trailing zeros do not matter); relative 1e-9 for approx cases, and
    when zhnum's value is a fraction it rounded to 20 digits while the corpus gives a rounded
    float without saying so (RT's 350.333333333333 for 三百五又三分之一)."""
    if exp is None or got is None:
        return exp is None and got is None
    if not approx and rounded_fraction(got) and len(exp.as_tuple().digits) >= 12:
        approx = True
    if not approx:
        return exp == got
    if exp == got:
        return True
    scale = max(abs(exp), abs(got))
    return abs(exp - got) <= REL_TOL * scale


def fmt_dec(d):
    if d is None:
        return 'NULL'
    if isinstance(d, Decimal):
        s = format(d, 'f')
        if '.' in s:
            s = s.rstrip('0').rstrip('.')
        return s
    return str(d)


def percent_to_fraction(v):
    """Corpus percent units (37.6) to zhnum's fraction (0.376), exactly."""
    return None if v is None else v.scaleb(-2)


# ---------------------------------------------------------------------------------------------
# Qualifiers: corpus names to the set of zhnum names accepted
# ---------------------------------------------------------------------------------------------

ZH_QUALIFIERS = ('exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most')

CORPUS_QUALIFIER = {
    None: {'exact'},
    'exact': {'exact'},
    'approx': {'approx'},
    'over': {'more_than'},
    'more_than': {'more_than'},
    'under': {'less_than'},
    'less_than': {'less_than'},
    'at_least': {'at_least'},
    'at_most': {'at_most'},
}


def accepted_qualifiers(q, text=''):
    """zhnum qualifiers that satisfy the corpus qualifier `q` for input `text`.

    JioNLP files 以上 under `over` and 以下/以内 under `under` (amounts.README.md); zhnum reads them
    the legal way (民法典 第1259条: inclusive), so there `at_least` / `at_most` are accepted too.
    The realtext annotator calls 近/将近/接近 `approx`; zhnum's API reads 近 as less_than: both
    are accepted for a span that starts with it."""
    acc = set(CORPUS_QUALIFIER.get(q, {q}))
    if q == 'approx' and text.startswith(('近', '将近', '接近')):
        acc.add('less_than')      # realtext's annotator files 近 under approx; zhnum: less_than
    if q == 'over' and '以上' in text:
        acc.add('at_least')
    if q == 'under' and ('以下' in text or '以内' in text):
        acc.add('at_most')
    return acc


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

def nfkc(s):
    return unicodedata.normalize('NFKC', s) if s is not None else None


def short(s, n=60):
    s = '' if s is None else str(s)
    s = s.replace('\n', '\\n')
    return s if len(s) <= n else s[:n - 1] + '…'


def jdump(x):
    return json.dumps(x, ensure_ascii=False, sort_keys=True, default=str)


# ---------------------------------------------------------------------------------------------
# judged-wrong.tsv
# ---------------------------------------------------------------------------------------------

def load_judged_wrong(path):
    """id<TAB>reason lines; '#' starts a comment; blank lines ignored.  Returns {id: reason}."""
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            if '\t' in line:
                cid, reason = line.split('\t', 1)
            else:
                cid, reason = line.strip(), ''
            out[cid.strip()] = reason.strip()
    return out


# ---------------------------------------------------------------------------------------------
# Figures: the expected side (from a corpus record) and the zhnum side (from zh_parse/zh_extract)
# ---------------------------------------------------------------------------------------------

# RT's English unit names (amounts.jsonl dimension cases) -> (zhnum unit text, factor): the case
# passes when zhnum reports that unit and value == corpus value * factor.  RT normalises
# 三千比特 to 3 Kilobit; zhnum keeps the written unit, 3000 比特, which is the same quantity.
RT_UNITS = {
    'Mu': [('亩', 1), ('畝', 1)],
    'Kilogram': [('公斤', 1), ('千克', 1), ('kg', 1)],
    'Centimeter': [('公分', 1), ('厘米', 1), ('cm', 1)],
    'Ton': [('吨', 1), ('噸', 1), ('t', 1)],
    'Meter': [('米', 1), ('m', 1), ('公尺', 1)],
    'Bit': [('位', 1), ('比特', 1), ('bit', 1)],
    'Jin': [('斤', 1)],
    'Kilometer': [('千米', 1), ('公里', 1), ('km', 1)],
    'Gram': [('克', 1), ('g', 1)],
    'Kilobit': [('千比特', 1), ('kbit', 1), ('比特', 1000)],
    'Megabyte': [('兆字节', 1), ('mb', 1), ('字节', 10 ** 6)],
    'Kilobyte': [('千字节', 1), ('kb', 1), ('字节', 1000)],
    'Megahertz': [('兆赫兹', 1), ('兆赫', 1), ('mhz', 1), ('赫兹', 10 ** 6), ('赫', 10 ** 6)],
    'Hertz': [('赫兹', 1), ('赫', 1), ('hz', 1)],
    'Kilowatt': [('千瓦', 1), ('kw', 1), ('瓦', 1000)],
    'Kilocalorie': [('千卡', 1), ('大卡', 1), ('kcal', 1), ('卡', 1000)],
    'Liang': [('两', 1), ('兩', 1)],
    'Microgram': [('微克', 1), ('μg', 1), ('ug', 1)],
}

# RT money units given with currency null
RT_CURRENCY_UNITS = {'Dollar': {'USD'}}


def norm_unit(u):
    return nfkc(u).strip().lower() if u else None


class Expect:
    """What a corpus record says about one figure, in zhnum's terms."""
    __slots__ = ('point', 'range', 'approx', 'quals', 'currencies', 'units', 'kind')

    def __init__(self):
        self.point = None        # Decimal: a point value
        self.range = None        # (low, high): a closed range (inclusivity is not compared)
        self.approx = False      # compare with relative tolerance
        self.quals = None        # set of accepted zhnum qualifiers, None = not checked
        self.currencies = None   # set of accepted currencies (None in it = no currency)
        self.units = None        # [(unit, factor)]: accepted units
        self.kind = None         # required zhnum kind

    def describe(self):
        parts = []
        if self.kind:
            parts.append('kind=' + self.kind)
        if self.point is not None:
            parts.append(('≈' if self.approx else '') + 'value=' + fmt_dec(self.point))
        if self.range is not None:
            parts.append('range=%s..%s' % (fmt_dec(self.range[0]), fmt_dec(self.range[1])))
        if self.quals is not None:
            parts.append('q∈{%s}' % ','.join(sorted(self.quals)))
        if self.currencies is not None:
            parts.append('cur∈{%s}' % ','.join(sorted(str(c) for c in self.currencies)))
        if self.units is not None:
            parts.append('unit∈{%s}' % ','.join('%s×%s' % (u, f) if f != 1 else u
                                                 for u, f in self.units))
        return ' '.join(parts)


def expect_from(e, kind, text=''):
    """Build an Expect from an amounts.jsonl `expected` object (or one extraction match).

    Mapping (see README.md):
      value                        -> a point (percent: value/100, zhnum keeps fractions)
      low/high both set            -> a closed range [low, high], qualifier as given
      low set, high null           -> point low, qualifier more_than (low_inclusive false) or
                                      at_least (true)
      low null, high set           -> point high, qualifier less_than / at_most
      qualifier key missing        -> qualifier not checked; null -> exact
      currency null                -> no currency or CNY (JioNLP default 元, duckling's generic
                                      元/块/蚊 and 分/角/毛: zhnum reads 元 as CNY)
    """
    x = Expect()
    x.approx = bool(e.get('approx'))
    if kind == 'digits':
        x.point = dec(e.get('digits'))
    elif 'value' in e:
        x.point = dec(e['value'])
        if kind == 'percent':
            x.point = percent_to_fraction(x.point)
        if 'qualifier' in e:
            x.quals = accepted_qualifiers(e['qualifier'], text)
    elif 'low' in e or 'high' in e:
        lo, hi = dec(e.get('low')), dec(e.get('high'))
        if kind == 'percent':
            lo, hi = percent_to_fraction(lo), percent_to_fraction(hi)
        if lo is not None and hi is not None and lo == hi:
            x.point = lo                  # RT's 等于一百七: [170, 170] is the point 170
            if 'qualifier' in e:
                x.quals = accepted_qualifiers(e['qualifier'], text)
        elif lo is not None and hi is not None:
            x.range = (lo, hi)
            if 'qualifier' in e:
                x.quals = accepted_qualifiers(e['qualifier'], text)
        elif lo is not None:
            x.point = lo
            x.quals = {'at_least'} if e.get('low_inclusive') else {'more_than'}
        elif hi is not None:
            x.point = hi
            x.quals = {'at_most'} if e.get('high_inclusive') else {'less_than'}
    if kind == 'money':
        cur = e.get('currency')
        if cur:
            x.currencies = {cur}
        else:
            x.currencies = {None, 'CNY'} | RT_CURRENCY_UNITS.get(e.get('unit'), set())
    elif kind == 'percent':
        x.kind = 'percent'
    elif kind == 'dimension':
        x.kind = 'quantity'
        u = e.get('unit')
        if u in RT_UNITS:
            x.units = RT_UNITS[u]
        elif u:
            x.units = [(u, 1)]
    return x


def got_from_parse(p):
    """zh_parse's row (a dict) as the zhnum side of a comparison; None when it did not parse."""
    if not p or p.get('kind') is None:
        return None
    return {'kind': p.get('kind'), 'value': dec(p.get('value')), 'lower': dec(p.get('lower')),
            'upper': dec(p.get('upper')), 'qualifier': p.get('qualifier'),
            'currency': p.get('currency'), 'unit': p.get('unit')}


def describe_got(g):
    if g is None:
        return 'NULL'
    if isinstance(g, (Err, Missing)):
        return str(g)
    parts = ['kind=%s' % g.get('kind')]
    if g.get('value') is not None:
        parts.append('value=' + fmt_dec(g['value']))
    elif g.get('lower') is not None or g.get('upper') is not None:
        parts.append('range=%s..%s' % (fmt_dec(g.get('lower')), fmt_dec(g.get('upper'))))
    if g.get('qualifier') not in (None, 'exact'):
        parts.append('q=' + g['qualifier'])
    if g.get('currency'):
        parts.append('cur=' + g['currency'])
    if g.get('unit'):
        parts.append('unit=' + g['unit'])
    if g.get('dates') is not None:
        parts.append('dates=' + str(g['dates']))
    if g.get('duration') is not None:
        parts.append('duration=' + str(g['duration']))
    return ' '.join(parts)


def compare(x, g):
    """List of fields where zhnum's figure g differs from the expectation x ([] = pass)."""
    if g is None:
        return ['no parse']
    bad = []
    if x.kind and g.get('kind') != x.kind:
        bad.append('kind')
    val = g.get('value')
    if x.point is not None:
        if x.units:
            u = norm_unit(g.get('unit'))
            ok_unit = [f for (name, f) in x.units if norm_unit(name) == u]
            if not ok_unit:
                bad.append('unit')
                ok_unit = [1]
            if val is None or not any(same_value(x.point * f, val, x.approx) for f in ok_unit):
                bad.append('value')
        elif val is None or not same_value(x.point, val, x.approx):
            bad.append('value')
    elif x.range is not None:
        if val is not None:
            bad.append('range (got a point)')
        elif not (same_value(x.range[0], g.get('lower'), x.approx)
                  and same_value(x.range[1], g.get('upper'), x.approx)):
            bad.append('range')
        if x.units:
            u = norm_unit(g.get('unit'))
            if not any(norm_unit(name) == u and f == 1 for name, f in x.units):
                bad.append('unit')
    if x.quals is not None and (g.get('qualifier') or 'exact') not in x.quals:
        bad.append('qualifier')
    if x.currencies is not None and g.get('currency') not in x.currencies:
        bad.append('currency')
    return bad


# ---------------------------------------------------------------------------------------------
# Extraction rows
# ---------------------------------------------------------------------------------------------

def parse_daterange(s):
    """'[2019-04-14,2019-04-15)' -> (date(2019,4,14), date(2019,4,14)) with inclusive ends;
    an unbounded or infinite end is None; 'empty' -> 'empty'; NULL -> None."""
    import datetime
    if s is None:
        return None
    s = s.strip()
    if s == 'empty':
        return 'empty'
    lb, ub = s[0], s[-1]
    lo_s, hi_s = s[1:-1].split(',')
    lo_s, hi_s = lo_s.strip().strip('"'), hi_s.strip().strip('"')
    one = datetime.timedelta(days=1)
    lo = hi = None
    if lo_s and lo_s != '-infinity':
        lo = datetime.date.fromisoformat(lo_s)
        if lb == '(':
            lo += one
    if hi_s and hi_s != 'infinity':
        hi = datetime.date.fromisoformat(hi_s)
        if ub == ')':
            hi -= one
    return (lo, hi)


def fmt_days(r):
    if r is None:
        return 'NULL'
    if r == 'empty':
        return 'empty'
    lo, hi = r
    return '[%s, %s]' % (lo.isoformat() if lo else '-∞', hi.isoformat() if hi else '∞')


class Pred:
    """One zh_extract row, normalised."""
    __slots__ = ('kind', 'span', 'pos', 'len', 'value', 'lower', 'upper', 'currency', 'qualifier',
                 'unit', 'dates', 'duration', 'raw')

    def fig(self):
        return {'kind': self.kind, 'value': self.value, 'lower': self.lower, 'upper': self.upper,
                'qualifier': self.qualifier, 'currency': self.currency, 'unit': self.unit}

    def describe(self):
        d = self.fig()
        if self.kind == 'date':
            d['dates'] = fmt_days(self.dates)
        if self.duration is not None:
            d['duration'] = self.duration
        return '%s@%s %s' % (self.span, self.pos, describe_got(d))


def norm_pred(row):
    p = Pred()
    p.raw = row
    par = row.get('_parse') or {}
    amt = row.get('_amount') or {}
    p.kind = row.get('kind')
    p.span = row.get('span')
    p.pos = int(row['pos']) if row.get('pos') is not None else None
    p.len = int(row['len']) if row.get('len') is not None else (len(p.span) if p.span else None)
    p.value = dec(row.get('value'))
    p.lower = dec(amt.get('lower')) if amt else None
    p.upper = dec(amt.get('upper')) if amt else None
    if p.lower is None and p.upper is None:
        if p.value is not None:
            p.lower = p.upper = p.value
        else:
            p.lower, p.upper = dec(par.get('lower')), dec(par.get('upper'))
    p.currency = (amt.get('currency') if amt else None) or par.get('currency')
    p.qualifier = row.get('qualifier') or (amt.get('qualifier') if amt else None) \
        or par.get('qualifier')
    p.unit = row.get('unit') if 'unit' in row else par.get('unit')
    p.dates = parse_daterange(row.get('dates')) if row.get('dates') is not None else None
    p.duration = row.get('duration')
    return p
