#!/usr/bin/python3
"""zhnum conformance runner: scores the installed extension against the shared corpora.

    make conformance [ARGS="--show-failures 10"]          (a throwaway cluster, see test/zhnum-env.sh)
    /usr/bin/python3 conformance/run.py [options]          (against PGHOST/PGPORT/PGUSER/PGDATABASE)

See conformance/README.md for what is scored and how corpus expectations map onto zhnum's.
"""
import argparse
import collections
import glob
import json
import os
import sys
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from zc_common import (PASS, FAIL, ERROR, NOT_IMPL, NOT_OFFERED, UNSCORABLE, COUNTED,  # noqa: E402
                       load_judged_wrong, short)
import zc_db  # noqa: E402
from zc_amounts import Amounts, CHOSEN_CONVENTION  # noqa: E402
from zc_dates import Dates, HEADLINE_KINDS  # noqa: E402
from zc_realtext import Realtext  # noqa: E402

ROOT = os.path.dirname(HERE)
DEFAULT_CORPUS = os.path.join(ROOT, '..', 'shared', 'conformance')
JUDGED = os.path.join(HERE, 'judged-wrong*.tsv')


def load_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


# ---------------------------------------------------------------------------------------------
# Tallies
# ---------------------------------------------------------------------------------------------

class Row:
    __slots__ = ('n', 'passed', 'errors', 'other', 'by_src', 'fuzzy')

    def __init__(self):
        self.n = self.passed = self.errors = 0
        self.other = collections.Counter()       # not implemented / not offered / unscorable
        self.by_src = collections.defaultdict(lambda: [0, 0])
        self.fuzzy = [0, 0]

    def add(self, c):
        if c.status in COUNTED:
            self.n += 1
            self.passed += c.status == PASS
            self.errors += c.status == ERROR
            for t in c.tags:
                if t.startswith('src:'):
                    s = self.by_src[t[4:]]
                    s[0] += 1
                    s[1] += c.status == PASS
                if t == 'fuzzy':
                    self.fuzzy[0] += 1
                    self.fuzzy[1] += c.status == PASS
        else:
            self.other[c.status] += 1

    def rate(self):
        return 100.0 * self.passed / self.n if self.n else None

    def as_json(self):
        return {'n': self.n, 'pass': self.passed, 'errors': self.errors, 'rate': self.rate(),
                'other': dict(self.other), 'by_source': {k: {'n': v[0], 'pass': v[1]}
                                                         for k, v in self.by_src.items()}}


def tally(cases):
    rows = collections.OrderedDict()
    for c in cases:
        if c.excluded is not None:
            continue
        rows.setdefault(c.group, Row()).add(c)
    return rows


def fmt_rate(row):
    if row is None:
        return '%6s %6s %7s' % ('', '', '')
    r = row.rate()
    if r is None:
        return '%6d %6s %7s' % (0, '', '')
    return '%6d %6d %6.1f%%' % (row.n, row.passed, r)


def other_note(row):
    bits = []
    for st in (NOT_IMPL, NOT_OFFERED, UNSCORABLE):
        if row.other.get(st):
            bits.append('%d %s' % (row.other[st], st))
    if row.errors:
        bits.append('%d errors' % row.errors)
    return '; '.join(bits)


def src_note(row):
    if len(row.by_src) <= 1:
        return ''
    return ' '.join('%s %d/%d' % (k, v[1], v[0]) for k, v in sorted(row.by_src.items()))


def fmt_f(x):
    return '   -  ' if x is None else '%5.1f%%' % (100 * x)


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

def print_table(title, rows, order=None, width=34, sources=True):
    keys = [k for k in (order or rows.keys()) if k in rows]
    if not keys:
        return
    print()
    print(title)
    print('  %-*s %6s %6s %7s   %s' % (width, 'task/kind', 'n', 'pass', 'rate',
                                      'by source (pass/n), notes' if sources else 'notes'))
    for k in keys:
        row = rows[k]
        notes = [x for x in ((src_note(row) if sources else ''), other_note(row)) if x]
        if row.n == 0 and not row.other:
            continue
        if row.n == 0 and row.other:
            print('  %-*s %6s %6s %7s   %s' % (width, k, '-', '-', '-', '; '.join(notes)))
            continue
        print('  %-*s %s   %s' % (width, k, fmt_rate(row), '; '.join(notes)))


def print_prf(title, prf, width=34):
    keys = [k for k in prf if not k.endswith('~span')]
    if not keys:
        return
    print()
    print(title)
    print('  %-*s %6s %6s %6s %7s %7s %7s   %s' % (width, 'kind', 'gold', 'found', 'tp',
                                                 'P', 'R', 'F1', 'span-F1; notes'))
    for k in keys:
        t = prf[k]
        sp = prf.get(k + '~span')
        if t.status == NOT_IMPL:
            print('  %-*s %s' % (width, k, 'not implemented (zh_extract missing)'))
            continue
        notes = []
        if sp is not None:
            notes.append('span-F1 %s' % fmt_f(sp.f1).strip())
        if t.docs:
            notes.append('records %d/%d' % (t.docs_pass, t.docs))
        if t.neutral:
            notes.append('on ignore spans: ' + ', '.join('%s %d' % kv for kv in
                                                         sorted(t.neutral.items())))
        print('  %-*s %6d %6d %6d %7s %7s %7s   %s' % (
            width, k, t.tp + t.fn, t.tp + t.fp, t.tp, fmt_f(t.precision), fmt_f(t.recall),
            fmt_f(t.f1), '; '.join(notes)))


def show_failures(cases, patterns, limit):
    chosen = collections.OrderedDict()
    for c in cases:
        if c.status not in (FAIL, ERROR) or c.excluded is not None:
            continue
        if patterns and not any(c.group == p or c.group.startswith(p) or p in c.tags
                                or c.id == p for p in patterns):
            continue
        chosen.setdefault(c.group, []).append(c)
    for g, cs in chosen.items():
        print()
        print('FAILURES %s (%d%s)' % (g, len(cs), ', showing %d' % limit if len(cs) > limit else ''))
        for c in cs[:limit]:
            print('  %-14s %s' % (c.id, short(c.input, 100)))
            print('      expected: %s' % short(c.expected, 160))
            print('      got:      %s' % short(c.got, 160))
            if c.note:
                print('      note:     %s' % short(c.note, 160))


# ---------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(
        description='Score the installed zhnum extension against the conformance corpora.',
        epilog='Connection: the usual libpq environment (PGHOST, PGPORT, PGUSER, PGDATABASE) or '
               '--dsn.  make conformance runs this against a throwaway cluster.')
    ap.add_argument('--corpus', default=DEFAULT_CORPUS,
                    help='folder with amounts.jsonl, dates.jsonl, realtext-*.jsonl '
                         '(default: ../shared/conformance from the repository root)')
    ap.add_argument('--dsn', default='', help='libpq connection string (default: environment)')
    ap.add_argument('--only', default='', help='comma list of corpora: amounts,dates,realtext')
    ap.add_argument('--failures', action='append', default=[], metavar='KIND',
                    help='list failing cases of these groups (prefix match on the group, e.g. '
                         'parse:money, format:capital, dates:window, realtext; or a tag such as '
                         'src:jio, or a case id); repeatable or comma-separated')
    ap.add_argument('--show-failures', type=int, default=None, metavar='N',
                    help='list at most N failing cases per group (default 20 with --failures; '
                         'without --failures: every group)')
    ap.add_argument('--json', metavar='FILE', help='write all results (summary and cases) to FILE')
    ap.add_argument('--judged-wrong', action='append', default=[], metavar='TSV',
                    help='cases excluded from the figures; repeatable (default: every '
                         'conformance/judged-wrong*.tsv)')
    ap.add_argument('--convention', action='append', default=[], metavar='STYLE=SOURCE',
                    help='headline convention for a format style (default %s)' %
                         ', '.join('%s=%s' % kv for kv in CHOSEN_CONVENTION.items()))
    ap.add_argument('--timeout', type=float, default=120,
                    help='statement timeout per batch, seconds (default 120)')
    ap.add_argument('--max-crashes', type=int, default=5, metavar='N',
                    help='stop looking for inputs that crash the backend after N (default 5); '
                         'the rest of a crashing batch is reported as not run')
    ap.add_argument('-v', '--verbose', action='store_true', help='timings per batch')
    args = ap.parse_args(argv)

    t_start = time.time()
    corpus = os.path.normpath(args.corpus)
    if not os.path.isdir(corpus):
        print('conformance corpus not found at %s; nothing to score' % corpus)
        return 0
    only = set(x.strip() for x in args.only.split(',') if x.strip())
    chosen = dict(CHOSEN_CONVENTION)
    for kv in args.convention:
        k, _, v = kv.partition('=')
        chosen[k] = v
    patterns = [p.strip() for f in args.failures for p in f.split(',') if p.strip()]

    # ---- corpora -----------------------------------------------------------------------------
    judged, judged_files = {}, []
    for pattern in args.judged_wrong or [JUDGED]:
        for path in sorted(glob.glob(pattern)) or ([pattern] if os.path.exists(pattern) else []):
            entries = load_judged_wrong(path)
            judged_files.append('%s %d' % (os.path.basename(path), len(entries)))
            for k, v in entries.items():
                judged.setdefault(k, v)
    tasks = []
    counts = []
    path = os.path.join(corpus, 'amounts.jsonl')
    if (not only or 'amounts' in only) and os.path.exists(path):
        recs = load_jsonl(path)
        tasks.append(('amounts', Amounts(recs)))
        counts.append('amounts %d' % len(recs))
    path = os.path.join(corpus, 'dates.jsonl')
    if (not only or 'dates' in only) and os.path.exists(path):
        recs = load_jsonl(path)
        tasks.append(('dates', Dates(recs)))
        counts.append('dates %d' % len(recs))
    if not only or 'realtext' in only:
        for path in sorted(glob.glob(os.path.join(corpus, 'realtext-*.jsonl'))):
            stem = os.path.basename(path)[:-len('.jsonl')]
            recs = load_jsonl(path)
            tasks.append(('realtext', Realtext(stem, recs, judged)))
            counts.append('%s %d' % (stem, len(recs)))
    if not tasks:
        print('conformance corpus not found at %s (no amounts.jsonl, dates.jsonl or '
              'realtext-*.jsonl); nothing to score' % corpus)
        return 0

    # ---- the server ------------------------------------------------------------------------
    if zc_db.psycopg is None:
        print('python3-psycopg (psycopg 3) is not installed: apt-get install python3-psycopg',
              file=sys.stderr)
        return 2
    try:
        db = zc_db.DB(args.dsn, timeout=args.timeout, verbose=args.verbose,
                      max_crashes=args.max_crashes)
    except zc_db.psycopg.Error as e:
        print('cannot connect to PostgreSQL: %s' % str(e).strip(), file=sys.stderr)
        return 2
    if db.version is None:
        print('warning: no zhnum extension in this database (CREATE EXTENSION zhnum); scoring '
              'whatever zh_* functions exist', file=sys.stderr)

    calls = zc_db.Calls()
    for _, t in tasks:
        t.plan(calls)
    t_sql = time.time()
    db.run(calls)
    t_sql = time.time() - t_sql

    cases, prfs = [], collections.OrderedDict()
    for name, t in tasks:
        cs = t.score(calls)
        cases.extend(cs)
        if getattr(t, 'prf', None):
            label = 'extract' if name == 'amounts' else t.stem
            prfs[label] = t.prf
    for c in cases:
        if c.id in judged:
            c.excluded = judged[c.id]
    rows = tally(cases)

    # ---- report ------------------------------------------------------------------------------
    print('zhnum conformance: extension %s on PostgreSQL %s' % (db.version, db.server))
    print('corpus %s (%s)' % (corpus, ', '.join(counts)))
    print('functions: ' + '  '.join('%s%s' % (f, '' if db.has(f) else ' (missing)')
                                    for f in ('zh_parse', 'zh_try_number', 'zh_spell',
                                              'zh_capital_amount', 'zh_extract',
                                              'zh_try_daterange', 'zh_try_interval')))

    # headline
    head = collections.OrderedDict()
    for k in ('parse:number', 'parse:percent', 'reject'):
        head[k] = rows.get(k)
    for style in ('lower', 'capital', 'traditional', 'rmb'):
        head['format:%s [%s]' % (style, chosen.get(style))] = rows.get(
            'format:%s[%s]' % (style, chosen.get(style)))
    head['parse:money'] = rows.get('parse:money')
    dh = Row_sum(rows, ['dates:' + k for k in HEADLINE_KINDS])
    head['dates:headline'] = dh
    print()
    print('HEADLINE (judged-wrong cases excluded; dates:headline = %s)' % ' '.join(HEADLINE_KINDS))
    W = 30
    for k, row in head.items():
        if row is None:
            print('  %-*s %6s %6s %7s   %s' % (W, k, '-', '-', '-', 'no cases'))
        elif row.n == 0:
            print('  %-*s %6s %6s %7s   %s' % (W, k, '-', '-', '-', other_note(row) or 'no cases'))
        else:
            print('  %-*s %s' % (W, k, fmt_rate(row)) + ('   ' + other_note(row)
                                                         if other_note(row) else ''))
    for label, prf in prfs.items():
        if label == 'extract':
            continue
        for b in ('money', 'date'):
            t = prf.get(b)
            if t is None:
                continue
            name = '%s %s F1' % (label, 'money' if b == 'money' else 'dates')
            if t.status == NOT_IMPL:
                print('  %-*s %6s %6s %7s   %s' % (W, name, '-', '-', '-', 'not implemented'))
            else:
                print('  %-*s %6d %6d %7s   F1; P %s R %s' % (
                    W, name, t.tp + t.fn, t.tp, fmt_f(t.f1), fmt_f(t.precision).strip(),
                    fmt_f(t.recall).strip()))

    amount_groups = sorted((k for k in rows if k.split(':')[0] in ('parse', 'reject', 'reject[strict_only]',
                                                                   'extract', 'rewrite')),
                           key=group_order)
    print_table('AMOUNTS (amounts.jsonl)', rows, amount_groups)
    fmt_groups = sorted(k for k in rows if k.startswith('format:'))
    print_table('FORMAT (per style and convention; never pooled; headline convention marked *)',
                mark_chosen(rows, chosen), [mark_key(k, chosen) for k in fmt_groups],
                sources=False)
    date_groups = sorted((k for k in rows if k.startswith('dates:')), key=date_order)
    print_table('DATES (dates.jsonl)', rows, date_groups, width=34)
    if 'extract' in prfs:
        print_prf('EXTRACTION in amounts.jsonl (zh_extract, strict: span, value and every field)',
                  prfs['extract'])
    for label, prf in prfs.items():
        if label == 'extract':
            continue
        print_prf('%s (zh_extract over real sentences; strict F1, span-F1 = position only)'
                  % label.upper(), prf)
        t = [x for _, x in tasks if getattr(x, 'stem', None) == label]
        if t and t[0].unscored:
            print('  (not scored: %s)' % ', '.join('%d %s rows' % (v, k) for k, v in
                                                    sorted(t[0].unscored.items())))
        rrow = rows.get(label)
        if rrow and rrow.n:
            print('  records with every figure right and nothing spurious: %d/%d (%.1f%%)'
                  % (rrow.passed, rrow.n, rrow.rate()))

    excluded = [c for c in cases if c.excluded is not None]
    if judged:
        print()
        print('JUDGED WRONG (%s: %d ids, %d cases excluded above)'
              % (', '.join(judged_files), len(judged), len(excluded)))
        by_reason = collections.OrderedDict()
        for c in excluded:
            by_reason.setdefault(judged[c.id], []).append(c)
        for why, cs in by_reason.items():
            st = collections.Counter(c.status for c in cs)
            ids = ' '.join(sorted(set(c.id for c in cs)))
            print('  %s' % short(why, 110))
            print('      %s  [%s; now %s]' % (short(ids, 80), ', '.join(sorted(set(c.group for c in cs))),
                                           ', '.join('%d %s' % (v, k) for k, v in sorted(st.items()))))
        known = set(c.id for c in cases)
        items = sorted(j for j in judged if j not in known and j.startswith('realtext'))
        if items and any(name == 'realtext' for name, _ in tasks):
            print('  %d realtext items/records excluded inside the extraction figures: %s' % (
                len(items), ', '.join(items[:8]) + (' …' if len(items) > 8 else '')))
        absent = [j for j in judged if j not in known and (
            not j.startswith('realtext') or not any(name == 'realtext' for name, _ in tasks))]
        if absent:
            print('  %d listed ids are not among this run\'s cases' % len(absent))

    if db.crashes:
        print()
        print('BACKEND CRASHES (%d inputs%s): %s' % (
            len(db.crashes), ', search stopped' if len(db.crashes) >= args.max_crashes else '',
            '; '.join('%s%r' % (k, a) for k, a in db.crashes[:10])))

    if patterns or args.show_failures is not None:
        show_failures(cases, patterns, args.show_failures if args.show_failures is not None else 20)

    elapsed = time.time() - t_start
    print()
    print('%d cases in %.1fs (SQL %.1fs)' % (len(cases), elapsed, t_sql))

    if args.json:
        out = {
            'extension_version': db.version, 'server_version': db.server, 'corpus': corpus,
            'functions': sorted(f for f in db.funcs if '/' not in f),
            'headline': {k: (v.as_json() if v else None) for k, v in head.items()},
            'groups': {k: v.as_json() for k, v in rows.items()},
            'extraction': {label: {k: v.as_json() for k, v in prf.items()}
                           for label, prf in prfs.items()},
            'judged_wrong': judged,
            'chosen_convention': chosen,
            'crashes': [[k, list(a)] for k, a in db.crashes],
            'cases': [c.as_json() for c in cases],
            'seconds': elapsed,
        }
        with open(args.json, 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1, default=str)
        print('results written to %s' % args.json)
    return 0


def Row_sum(rows, keys):
    r = Row()
    for k in keys:
        x = rows.get(k)
        if x is None:
            continue
        r.n += x.n
        r.passed += x.passed
        r.errors += x.errors
        r.other.update(x.other)
        for s, v in x.by_src.items():
            r.by_src[s][0] += v[0]
            r.by_src[s][1] += v[1]
    return r


GROUP_ORDER = ['parse:number', 'parse:number[zh_number]', 'parse:percent',
               'parse:percent[zh_number]', 'parse:money', 'parse:dimension', 'parse:digits',
               'parse:digits[zh_number]', 'parse:ordinal', 'reject', 'reject[strict_only]',
               'extract:number', 'extract:money', 'extract:percent', 'extract:dimension',
               'extract:ordinal', 'rewrite']


def group_order(k):
    return (GROUP_ORDER.index(k) if k in GROUP_ORDER else len(GROUP_ORDER), k)


DATE_ORDER = ['date', 'period', 'range', 'open_range', 'window', 'duration', 'datetime',
              'datetime_range', 'open_range(sub-day)', 'window(sub-day)', 'range(sub-day)',
              'negative', 'invalid', 'vague', 'span', 'set']


def date_order(k):
    k = k.split(':', 1)[1]
    return (DATE_ORDER.index(k) if k in DATE_ORDER else len(DATE_ORDER), k)


def mark_key(k, chosen):
    style, conv = k[len('format:'):].rstrip(']').split('[')
    return k + (' *' if chosen.get(style) == conv else '')


def mark_chosen(rows, chosen):
    out = collections.OrderedDict()
    for k, v in rows.items():
        out[mark_key(k, chosen) if k.startswith('format:') else k] = v
    return out


if __name__ == '__main__':
    sys.exit(main())
