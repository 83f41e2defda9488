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


def same_value(exp, got, approx=False):
    """Exact decimal equality (trailing zeros do not matter); relative 1e-9 for approx cases."""
    if exp is None or got is None:
        return exp is None and got is None
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
    the legal way (民法典 第1259条: inclusive), so there `at_least` / `at_most` are accepted too."""
    acc = set(CORPUS_QUALIFIER.get(q, {q}))
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
