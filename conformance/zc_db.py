"""Batched calls into the zhnum extension.

Every kind of question is asked once per chunk of inputs (one round trip per chunk), through a
PL/pgSQL wrapper in pg_temp that loops over an array and catches each item's error in its own
subtransaction, so one bad input costs one result, not the batch.  Rows come back as JSON text
(to_jsonb of the function's row), read with exact decimals, so the runner does not depend on the
exact column list and never sees a float.  A backend crash is bisected down to the input that
causes it, reported as an error for that input, and the run goes on.
"""
import json
import sys
import time
from decimal import Decimal

from zc_common import Err, Missing

try:
    import psycopg
except ImportError:   # reported by run.py
    psycopg = None

CHUNK = 1000

# function name -> the argument types of the signature the runner calls
FUNCS = {
    'zh_parse': 'text, date',
    'zh_try_number': 'text',
    'zh_spell': 'numeric, text',
    'zh_capital_amount': 'numeric',
    'zh_try_daterange': 'text, date',
    'zh_try_interval': 'text',
    'zh_extract': 'text, date',
    'zh_amount_lower': 'zh_amount',
    'zh_amount_upper': 'zh_amount',
    'zh_amount_currency': 'zh_amount',
    'zh_amount_qualifier': 'zh_amount',
}


def jloads(s):
    return json.loads(s, parse_float=Decimal)


class Calls:
    """Collects the distinct questions of all tasks, then answers them in batches."""

    KINDS = ('parse', 'number', 'spell', 'daterange', 'interval', 'extract', 'ivnorm')

    def __init__(self):
        self.req = {k: {} for k in self.KINDS}     # kind -> {args tuple: None}
        self.res = {k: {} for k in self.KINDS}     # kind -> {args tuple: result}

    def ask(self, kind, *args):
        self.req[kind].setdefault(args, None)
        return args

    def get(self, kind, *args):
        return self.res[kind].get(args)


class DB:
    def __init__(self, conninfo='', timeout=120, verbose=False, max_crashes=5):
        self.conninfo = conninfo
        self.timeout = timeout
        self.max_crashes = max_crashes
        self.verbose = verbose
        self.conn = None
        self.crashes = []
        self.connect()
        self.funcs = self._find_funcs()
        self.version = self._scalar("SELECT extversion FROM pg_extension WHERE extname = 'zhnum'")
        self.server = self._scalar('SHOW server_version')

    # ---- connection ------------------------------------------------------------------------
    def connect(self):
        self.conn = psycopg.connect(self.conninfo, autocommit=True)
        with self.conn.cursor() as cur:
            cur.execute("SET intervalstyle = 'iso_8601'")
            cur.execute("SET datestyle = 'ISO, YMD'")
            cur.execute("SET statement_timeout = %s" % int(self.timeout * 1000))
            cur.execute("SET client_min_messages = warning")
        self._wrappers_made = False

    def reconnect(self):
        for attempt in range(60):
            try:
                self.conn.close()
            except Exception:
                pass
            try:
                self.connect()
                self._make_wrappers()
                return
            except psycopg.OperationalError:
                time.sleep(0.5)     # the postmaster is restarting after a crash
        raise RuntimeError('could not reconnect to the server after a backend crash')

    def _scalar(self, sql, args=None):
        with self.conn.cursor() as cur:
            cur.execute(sql, args)
            row = cur.fetchone()
            return row[0] if row else None

    def _find_funcs(self):
        """The functions of FUNCS that exist with a callable signature."""
        have = set()

        def exists(sig):
            try:
                with self.conn.cursor() as cur:
                    cur.execute("SELECT to_regprocedure(%s) IS NOT NULL", (sig,))
                    return cur.fetchone()[0]
            except psycopg.Error:       # e.g. type "zh_amount" does not exist
                return False

        for name, args in FUNCS.items():
            ok = exists('%s(%s)' % (name, args))
            if not ok and name in ('zh_spell', 'zh_parse', 'zh_extract', 'zh_try_daterange'):
                # tolerate a one-argument variant (defaults not yet added)
                if exists('%s(%s)' % (name, args.split(',')[0])):
                    have.add(name + '/1')
                    ok = True
            if ok:
                have.add(name)
        return have

    def has(self, name):
        return name in self.funcs

    # ---- wrappers ----------------------------------------------------------------------------
    def _call(self, name, *args):
        """SQL text of a call, dropping the second argument if only the one-argument form exists."""
        if name + '/1' in self.funcs:
            args = args[:1]
        return '%s(%s)' % (name, ', '.join(args))

    def _make_wrappers(self):
        if self._wrappers_made:
            return
        w = []
        loop_head = """
    FOR k IN 1 .. coalesce(array_length(a, 1), 0) LOOP
        i := k; j := NULL; err := NULL;
        BEGIN
"""
        loop_tail = """
        EXCEPTION WHEN OTHERS THEN
            err := SQLSTATE || ': ' || SQLERRM;
        END;
        RETURN NEXT;
    END LOOP;
END $f$"""
        if self.has('zh_parse'):
            w.append("""
CREATE FUNCTION pg_temp.zc_parse(a text[], r date[]) RETURNS TABLE(i int, j text, err text)
LANGUAGE plpgsql AS $f$
BEGIN""" + loop_head + """
            SELECT to_jsonb(p)::text INTO j FROM %s p;""" % self._call('zh_parse', 'a[k]', 'r[k]')
                     + loop_tail)
        if self.has('zh_try_number'):
            w.append("""
CREATE FUNCTION pg_temp.zc_number(a text[]) RETURNS TABLE(i int, j text, err text)
LANGUAGE plpgsql AS $f$
BEGIN""" + loop_head + """
            j := zh_try_number(a[k])::text;""" + loop_tail)
        # spell: a[k] is the number, r[k] the style ('rmb' means zh_capital_amount)
        spell = []
        if self.has('zh_capital_amount'):
            spell.append("IF r[k] = 'rmb' THEN j := zh_capital_amount(a[k]::numeric); END IF;")
        if self.has('zh_spell'):
            spell.append("IF r[k] <> 'rmb' THEN j := %s; END IF;"
                         % self._call('zh_spell', 'a[k]::numeric', 'r[k]'))
        if spell:
            w.append("""
CREATE FUNCTION pg_temp.zc_spell(a text[], r text[]) RETURNS TABLE(i int, j text, err text)
LANGUAGE plpgsql AS $f$
BEGIN""" + loop_head + '\n            '.join([''] + spell) + loop_tail)
        if self.has('zh_try_daterange'):
            w.append("""
CREATE FUNCTION pg_temp.zc_daterange(a text[], r date[]) RETURNS TABLE(i int, j text, err text)
LANGUAGE plpgsql AS $f$
BEGIN""" + loop_head + """
            j := %s::text;""" % self._call('zh_try_daterange', 'a[k]', 'r[k]') + loop_tail)
        if self.has('zh_try_interval'):
            w.append("""
CREATE FUNCTION pg_temp.zc_interval(a text[]) RETURNS TABLE(i int, j text, err text)
LANGUAGE plpgsql AS $f$
BEGIN""" + loop_head + """
            j := zh_try_interval(a[k])::text;""" + loop_tail)
        # normalise ISO 8601 durations from the corpus through PostgreSQL's own interval input
        w.append("""
CREATE FUNCTION pg_temp.zc_ivnorm(a text[]) RETURNS TABLE(i int, j text, err text)
LANGUAGE plpgsql AS $f$
BEGIN""" + loop_head + """
            j := a[k]::interval::text;""" + loop_tail)
        if self.has('zh_extract'):
            amt = "NULL::jsonb"
            if all(self.has('zh_amount_' + x) for x in ('lower', 'upper', 'currency', 'qualifier')):
                amt = ("CASE WHEN e.amount IS NULL THEN NULL ELSE jsonb_build_object("
                       "'lower', zh_amount_lower(e.amount), 'upper', zh_amount_upper(e.amount), "
                       "'currency', zh_amount_currency(e.amount), "
                       "'qualifier', zh_amount_qualifier(e.amount)) END")
            parse = ("(SELECT to_jsonb(p) FROM %s p)" % self._call('zh_parse', 'e.span', 'r[k]')
                     if self.has('zh_parse') else "NULL::jsonb")
            # one row per extracted figure; the row's parse of its own span and the amount's
            # accessors are added (each guarded: their failure must not lose the row)
            w.append("""
CREATE FUNCTION pg_temp.zc_extract(a text[], r date[]) RETURNS TABLE(i int, j text, err text)
LANGUAGE plpgsql AS $f$
DECLARE
    e record;
    x jsonb;
    y jsonb;
    n int;
BEGIN
    FOR k IN 1 .. coalesce(array_length(a, 1), 0) LOOP
        i := k;
        BEGIN
            n := 0;
            FOR e IN SELECT * FROM %s e LOOP
                n := n + 1;
                x := to_jsonb(e);
                BEGIN
                    y := %s;
                    x := x || jsonb_build_object('_amount', y);
                EXCEPTION WHEN OTHERS THEN
                    x := x || jsonb_build_object('_amount_err', SQLSTATE || ': ' || SQLERRM);
                END;
                BEGIN
                    y := %s;
                    x := x || jsonb_build_object('_parse', y);
                EXCEPTION WHEN OTHERS THEN
                    x := x || jsonb_build_object('_parse_err', SQLSTATE || ': ' || SQLERRM);
                END;
                j := x::text; err := NULL;
                RETURN NEXT;
            END LOOP;
            IF n = 0 THEN
                j := NULL; err := NULL;
                RETURN NEXT;
            END IF;
        EXCEPTION WHEN OTHERS THEN
            j := NULL; err := SQLSTATE || ': ' || SQLERRM;
            RETURN NEXT;
        END;
    END LOOP;
END $f$""" % (self._call('zh_extract', 'a[k]', 'r[k]'), amt, parse))
        with self.conn.cursor() as cur:
            for sql in w:
                cur.execute(sql)
        self._wrappers_made = True

    # ---- running ---------------------------------------------------------------------------
    WRAPPER = {
        'parse': ('zc_parse', 2, 'zh_parse'),
        'number': ('zc_number', 1, 'zh_try_number'),
        'spell': ('zc_spell', 2, None),
        'daterange': ('zc_daterange', 2, 'zh_try_daterange'),
        'interval': ('zc_interval', 1, 'zh_try_interval'),
        'extract': ('zc_extract', 2, 'zh_extract'),
        'ivnorm': ('zc_ivnorm', 1, None),
    }

    def run(self, calls):
        self._make_wrappers()
        for kind in Calls.KINDS:
            keys = list(calls.req[kind])
            if not keys:
                continue
            fname, nargs, needs = self.WRAPPER[kind]
            if kind == 'spell':
                missing = [k for k in keys if not self.has(
                    'zh_capital_amount' if k[1] == 'rmb' else 'zh_spell')]
                for k in missing:
                    calls.res[kind][k] = Missing('zh_capital_amount' if k[1] == 'rmb' else 'zh_spell')
                keys = [k for k in keys if k not in calls.res[kind]]
            elif needs and not self.has(needs):
                for k in keys:
                    calls.res[kind][k] = Missing(needs)
                continue
            t0 = time.time()
            for s in range(0, len(keys), CHUNK):
                self._run_chunk(kind, fname, nargs, keys[s:s + CHUNK], calls.res[kind])
            if self.verbose:
                print('   %-10s %5d calls  %.2fs' % (kind, len(keys), time.time() - t0),
                      file=sys.stderr)

    def _exec(self, fname, nargs, keys):
        a = [k[0] for k in keys]
        if nargs == 2:
            r = [k[1] for k in keys]
            rtype = 'text[]' if fname == 'zc_spell' else 'date[]'
            sql = 'SELECT i, j, err FROM pg_temp.%s(%%s::text[], %%s::%s)' % (fname, rtype)
            args = (a, r)
        else:
            sql = 'SELECT i, j, err FROM pg_temp.%s(%%s::text[])' % fname
            args = (a,)
        with self.conn.cursor() as cur:
            cur.execute(sql, args)
            return cur.fetchall()

    def _run_chunk(self, kind, fname, nargs, keys, out):
        try:
            rows = self._exec(fname, nargs, keys)
        except psycopg.errors.QueryCanceled:
            for k in keys:
                out[k] = Err('timed out (statement_timeout %ss for a batch of %d)'
                             % (self.timeout, len(keys)))
            return
        except psycopg.OperationalError as e:
            # the backend died: find the input(s) responsible, up to max_crashes of them
            self.reconnect()
            if len(self.crashes) >= self.max_crashes:
                for k in keys:
                    out[k] = Err('not run: the backend crashed on %d inputs already '
                                 '(--max-crashes)' % len(self.crashes))
                return
            if len(keys) == 1:
                out[keys[0]] = Err('backend crashed: %s' % str(e).strip().splitlines()[0])
                self.crashes.append((kind, keys[0]))
                return
            half = len(keys) // 2
            self._run_chunk(kind, fname, nargs, keys[:half], out)
            self._run_chunk(kind, fname, nargs, keys[half:], out)
            return
        except psycopg.Error as e:
            # an error the wrapper could not catch (should not happen): charge the batch
            for k in keys:
                out[k] = Err(str(e).strip().splitlines()[0])
            return
        if kind == 'extract':
            acc = {}
            for i, j, err in rows:
                k = keys[i - 1]
                if err is not None:
                    acc[k] = Err(err)
                elif not isinstance(acc.get(k), Err):
                    acc.setdefault(k, [])
                    if j is not None:
                        acc[k].append(jloads(j))
            for k in keys:
                out[k] = acc.get(k, [])
        else:
            for i, j, err in rows:
                k = keys[i - 1]
                if err is not None:
                    out[k] = Err(err)
                elif kind == 'parse':
                    out[k] = jloads(j) if j is not None else None
                else:
                    out[k] = j
