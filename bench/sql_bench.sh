#!/bin/bash
# bench/sql_bench.sh CORE_BENCH WORKDIR DATA_FILE [QUICK]
#
# The in-SQL figures, each against a baseline measured in the same run, on the cluster named by
# PGHOST PGPORT PGUSER PGDATABASE (bench/run.sh calls this under test/zhnum-env.sh bench).
# Prints "R<TAB>key<TAB>value" lines for bench/report.py.
#
# Method: a figure and its baselines run in rounds, interleaved (figure, baseline, figure, …), RUNS
# rounds (fewer if they are slow: no new round after 60 s), inside one plpgsql function (EXECUTE …
# INTO, wall time from clock_timestamp()); the best run of each query counts.  Interleaving puts a
# burst of load from elsewhere on the machine on both sides of a ratio, not on one.  Parallel query,
# JIT and Memoize are off (PGOPTIONS), so a figure is one backend's work, one call per row.  Data
# sets are built first, then VACUUM ANALYZEd, and the first round warms the caches.
#
# Peak memory: in a fresh backend, the text is read once (warming shared buffers), then
# /proc/PID/clear_refs is written with 5 (resets VmHWM to the current RSS; needs root or the
# postgres user), the query runs, and the figure is VmHWM after minus VmRSS before, read from
# /proc/PID/status of the backend (pg_backend_pid()).  The same is done for `length(t)` (reading
# the text, which detoasts one copy of it).
set -uo pipefail
CB=$1 W=$2 DATA=$3 QUICK=${4:-0}
N=1000000 MB=50 RUNS=5 BIGX=2
((QUICK)) && N=100000 MB=5 RUNS=2 BIGX=2
# enable_memoize=off: the corpus repeats 59 paragraphs, and a Memoize node would call zh_extract
# (and regexp_matches) once per distinct paragraph instead of once per row.
export PGOPTIONS="${PGOPTIONS:-} -c max_parallel_workers_per_gather=0 -c jit=off -c enable_memoize=off -c client_min_messages=warning"

row() { printf 'R\t%s\t%s\n' "$1" "$2"; }
say() { printf '== %s\n' "$*" >&2; }
PSQL=(psql -X -q -At -v ON_ERROR_STOP=1)
# q SQL: one value; stderr kept in $W/sql.err
q() { "${PSQL[@]}" -c "$1" 2>"$W/sql.err"; }
err() { grep -m1 -E 'ERROR|FATAL' "$W/sql.err" | sed 's/^[^:]*: *//; s/^ERROR: *//' | cut -c1-160; }

row sql.method "best of $RUNS runs, each figure interleaved with its baselines (fewer rounds after 60 s; clock_timestamp() around EXECUTE in plpgsql), max_parallel_workers_per_gather=0, jit=off, enable_memoize=off (the corpus repeats its paragraphs); peak memory = backend VmHWM after the call minus VmRSS before it, VmHWM reset via /proc/PID/clear_refs, shared buffers pre-warmed by reading the text once"

"${PSQL[@]}" 2>"$W/sql.err" <<'SQL' || { row sql.amount "n/a cannot set up: $(err)"; exit 0; }
CREATE OR REPLACE FUNCTION bench_rounds(qs text[], n int, budget_ms float8)
RETURNS TABLE (k int, best_ms float8, result text)
LANGUAGE plpgsql AS $$
DECLARE
    t_start timestamptz := clock_timestamp();
    t0 timestamptz;
    d float8;
    r text;
    bests float8[] := array_fill('Infinity'::float8, ARRAY[cardinality(qs)]);
    results text[] := array_fill(NULL::text, ARRAY[cardinality(qs)]);
BEGIN
    FOR i IN 1..n LOOP
        -- no new round once the budget is spent (a slow function would take minutes)
        EXIT WHEN i > 1 AND extract(epoch FROM clock_timestamp() - t_start) * 1000 > budget_ms;
        FOR j IN 1..cardinality(qs) LOOP
            t0 := clock_timestamp();
            EXECUTE qs[j] INTO r;
            d := extract(epoch FROM clock_timestamp() - t0) * 1000;
            bests[j] := least(bests[j], d);
            results[j] := r;
        END LOOP;
    END LOOP;
    FOR j IN 1..cardinality(qs) LOOP
        k := j; best_ms := round(bests[j]::numeric, 2); result := results[j];
        RETURN NEXT;
    END LOOP;
END $$;
SQL

# rounds SQL…: one line per query, "MS RESULT" (its best time in ms and what it returned), the
# queries interleaved in rounds; nothing on an error (the error is in $W/sql.err).
rounds() {
    local arr="ARRAY[" sep="" x
    for x in "$@"; do arr+="$sep\$q\$$x\$q\$"; sep=", "; done
    q "SELECT best_ms || ' ' || coalesce(result, '') FROM bench_rounds($arr], $RUNS, 60000) ORDER BY k"
}

# ---- zh_amount --------------------------------------------------------------------------------
say "SQL: $N amounts"
"${PSQL[@]}" 2>"$W/sql.err" <<SQL || row sql.amount "n/a cannot build the data: $(err)"
DROP TABLE IF EXISTS bench_amt;
CREATE TABLE bench_amt (s text, a text);
SELECT setseed(0.386);
INSERT INTO bench_amt
SELECT ip::text
       || CASE nd WHEN 0 THEN '' WHEN 1 THEN '.' || (fr % 10) ELSE '.' || lpad(fr::text, 2, '0') END
       || CASE WHEN sp THEN ' ' ELSE '' END || (ARRAY['', '万', '亿'])[sc + 1] || '元',
       trim_scale((ip + CASE nd WHEN 0 THEN 0 WHEN 1 THEN (fr % 10) / 10.0 ELSE fr / 100.0 END)
                  * (ARRAY[1, 10000, 100000000])[sc + 1])::text
FROM (SELECT floor(random() * 9999 + 1)::int AS ip, floor(random() * 100)::int AS fr,
             floor(random() * 3)::int AS nd, floor(random() * 3)::int AS sc, random() < 0.5 AS sp
      FROM generate_series(1, $N)) r;
VACUUM ANALYZE bench_amt;
SQL
{ read -r ms _; read -r base _; } < <(rounds "SELECT sum(s::zh_amount) FROM bench_amt" \
                                            "SELECT sum(a::numeric) FROM bench_amt")
if [[ -z ${ms:-} ]]; then
    row sql.amount "n/a $(err)"
else
    c=$(q "SELECT zh_amount_value((SELECT sum(s::zh_amount) FROM bench_amt)) = (SELECT sum(a::numeric) FROM bench_amt)")
    case $c in t) check=equal ;; f) check=DIFFERENT ;; *) check="n/a" ;; esac
    row sql.amount "ms=$ms base_ms=$base rows=$N check=$check"
fi

# ---- zh_number ----------------------------------------------------------------------------------
say "SQL: $N Chinese numerals"
"$CB" numerals "$W/numerals.tsv" "$N" || row sql.number "n/a cannot generate numerals"
"${PSQL[@]}" 2>"$W/sql.err" <<SQL || row sql.number "n/a cannot load the data: $(err)"
DROP TABLE IF EXISTS bench_num;
CREATE TABLE bench_num (s text, a text);
\copy bench_num FROM '$W/numerals.tsv'
SQL
SPELL="bench/core_bench.c's own generator"
# the extension's own spelling of the same values
if q "CREATE TABLE bench_num2 AS SELECT zh_spell(a::numeric) AS s, a FROM bench_num;
      DROP TABLE bench_num; ALTER TABLE bench_num2 RENAME TO bench_num" >/dev/null; then
    SPELL="zh_spell(a)"
fi
q "VACUUM ANALYZE bench_num" >/dev/null
ex=$(q "SELECT string_agg(s || ' = ' || a, ', ') FROM (SELECT * FROM bench_num LIMIT 3) x")
{ read -r ms _; read -r base _; } < <(rounds "SELECT sum(zh_number(s)) FROM bench_num" \
                                            "SELECT sum(a::numeric) FROM bench_num")
if [[ -z ${ms:-} ]]; then
    row sql.number "n/a $(err)"
else
    c=$(q "SELECT sum(zh_number(s)) = sum(a::numeric) FROM bench_num")
    case $c in t) check=equal ;; f) check=DIFFERENT ;; *) check="n/a" ;; esac
    row sql.number "ms=$ms base_ms=$base rows=$N check=$check"
fi
row sql.number.data "numerals spelled by $SPELL, e.g. $ex"

# ---- zh_extract over the corpus -----------------------------------------------------------------
say "SQL: zh_extract over a ${MB} MiB corpus"
"$CB" corpus "$W/corpus.txt" "$DATA" --mb "$MB" 2>/dev/null || row sql.extract "n/a cannot build the corpus"
"${PSQL[@]}" 2>"$W/sql.err" <<SQL || row sql.extract "n/a cannot load the corpus: $(err)"
DROP TABLE IF EXISTS bench_p;
CREATE TABLE bench_p (t text);
\copy bench_p FROM '$W/corpus.txt'
VACUUM ANALYZE bench_p;
SQL
bytes=$(q "SELECT sum(octet_length(t)) FROM bench_p")
{ read -r ms figs; read -r rd _; read -r rx rxn; } < <(rounds \
    "SELECT count(*) FROM bench_p p, zh_extract(p.t)" \
    "SELECT sum(length(t)) FROM bench_p" \
    "SELECT count(*) FROM bench_p, regexp_matches(t, '([0-9]+(\.[0-9]+)?) ?(万|亿)?元', 'g')")
if [[ -z ${ms:-} ]]; then
    row sql.extract "n/a $(err)"
else
    row sql.extract "ms=$ms read_ms=$rd regex_ms=$rx bytes=$bytes figures=$figs regex_matches=$rxn"
fi

# ---- peak memory of one zh_extract call on a single text of about 100 MB --------------------------
say "SQL: peak memory of zh_extract on one $((BIGX * MB))+ MiB text"
"${PSQL[@]}" 2>"$W/sql.err" <<SQL || row sql.memory "n/a cannot build the text: $(err)"
DROP TABLE IF EXISTS bench_big;
CREATE TABLE bench_big (t text);
ALTER TABLE bench_big ALTER t SET STORAGE EXTERNAL;   -- no compression: reading it is a copy
INSERT INTO bench_big SELECT repeat(string_agg(t, E'\n'), $BIGX) FROM bench_p;
SQL
# peak_kb QUERY: the backend's peak memory growth (kB) while running QUERY; empty on failure.
peak_kb() {
    "${PSQL[@]}" 2>"$W/sql.err" >/dev/null <<SQL || return 1
SELECT pg_backend_pid() AS bench_pid \gset
\setenv BENCH_PID :bench_pid
SELECT length(t) FROM bench_big;
\! echo 5 2>/dev/null >/proc/\$BENCH_PID/clear_refs; grep -E '^(VmRSS|VmHWM)' /proc/\$BENCH_PID/status >$W/mem.before
$1;
\! grep -E '^(VmRSS|VmHWM)' /proc/\$BENCH_PID/status >$W/mem.after
SQL
    local rss hwm
    rss=$(awk '/^VmRSS/ {print $2}' "$W/mem.before")
    hwm=$(awk '/^VmHWM/ {print $2}' "$W/mem.after")
    [[ -n $rss && -n $hwm ]] && echo $((hwm - rss))
}
tb=$(q "SELECT octet_length(t) FROM bench_big")
if [[ -z $tb ]]; then
    row sql.memory "n/a the 100 MB text was not built"
else
    rd=$(peak_kb "SELECT length(t) FROM bench_big")
    pk=$(peak_kb "SELECT count(*) FROM bench_big b, zh_extract(b.t)")
    if [[ -z $pk ]]; then
        row sql.memory "n/a $(err)"
    else
        row sql.memory "peak_kb=$pk read_peak_kb=${rd:-0} text_bytes=$tb"
    fi
fi
q "DROP TABLE IF EXISTS bench_big" >/dev/null
exit 0
