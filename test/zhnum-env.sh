#!/bin/bash
# test/zhnum-env.sh MODE [ARGS...] — build zhnum, install it, run MODE against a throwaway cluster.
#
#   demo         create the extension and run test/demo.sql with psql
#   test         C unit tests, pg_regress suites, test/python/test_*.py, test/sh/test_*.sh;
#                ends with one line "N passed, N failed", exits non-zero on any failure
#   conformance  python3 conformance/run.py ARGS...
#   bench        bash bench/run.sh ARGS...
#
# Meant for root on Debian 12: missing packages are installed with apt-get.  The cluster lives
# in a private mktemp -d dir (data, socket, log), listens on no TCP address, and is stopped and
# removed on exit, even on failure or Ctrl-C.  No other server is touched.  Programs get the
# connection in PGHOST PGPORT PGUSER PGDATABASE (a fresh database with zhnum created).
#
# Environment: ZHNUM_KEEP=1 keeps the cluster and prints how to connect;
#              ZHNUM_TIMEOUT=secs limits each test program (default 600);
#              PG_CONFIG (default /usr/lib/postgresql/15/bin/pg_config).
set -euo pipefail

MODE=${1:?usage: test/zhnum-env.sh demo|test|conformance|bench [ARGS...]}
shift
case $MODE in demo | test | conformance | bench) ;; *) echo "unknown mode: $MODE" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."
ROOT=$PWD
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
KEEP=0; [[ ${ZHNUM_KEEP:-0} == 0 || -z ${ZHNUM_KEEP:-} ]] || KEEP=1
TIMEOUT=${ZHNUM_TIMEOUT:-600}
PY=/usr/bin/python3                         # Debian's python3, which has python3-psycopg
LOCK=/tmp/zhnum-install.lock                # serialises runs that share the installed copy
TMPD=''                                     # this run's private dir: scratch files, the cluster
PASS=0 FAIL=0 SUMMARY_DONE=0 BIN=''

say() { printf '== %s\n' "$*"; }

summary() {   # test mode's closing line, printed once
    ((SUMMARY_DONE)) && return
    SUMMARY_DONE=1
    echo "$PASS passed, $FAIL failed"
}

as_pg() {     # run as postgres (initdb and postgres refuse root), from a dir it can read
    if ((EUID == 0)); then (cd "$TMPD" && runuser -u postgres -- "$@"); else (cd "$TMPD" && "$@"); fi
}

cleanup() {   # on any exit: stop the server, remove TMPD (unless a cluster is kept); close the summary
    local rc=$?
    set +e
    local pid=$TMPD/data/postmaster.pid
    if [[ -n $TMPD && -d $TMPD ]] && ! { ((KEEP)) && [[ -f $pid ]]; }; then
        [[ -f $pid ]] && as_pg "$BIN/pg_ctl" -D "$TMPD/data" -s -w -m fast stop >/dev/null
        rm -rf "$TMPD"
    fi
    if [[ $MODE == test ]] && ((!SUMMARY_DONE)); then   # aborted part-way: that is a failure
        echo "# test run aborted (status $rc)"
        FAIL=$((FAIL + 1))
        summary
        ((rc)) || rc=1
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- packages ----------------------------------------------------------------------------
installed() { dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | grep -q '^ii'; }
apt_quiet() {   # apt-get, silent unless it fails
    local log rc=0
    log=$(mktemp)
    DEBIAN_FRONTEND=noninteractive apt-get "$@" >"$log" 2>&1 || { rc=$?; cat "$log" >&2; }
    rm -f "$log"
    return "$rc"
}
missing=()
for p in postgresql-15 postgresql-server-dev-15 libicu-dev pkg-config make gcc python3-psycopg; do
    installed "$p" || missing+=("$p")
done
if ((${#missing[@]})) && ((EUID != 0)); then
    echo "missing packages (run as root to install them): ${missing[*]}" >&2
    exit 1
fi
optional=()
installed clang || optional=(clang)                   # only fuzzing needs it
if ((EUID == 0 && ${#missing[@]} + ${#optional[@]})); then
    say "installing ${missing[*]} ${optional[*]}"
    apt_quiet update -qq
    ((${#missing[@]} == 0)) || apt_quiet install -y -qq "${missing[@]}"
    ((${#optional[@]} == 0)) || apt_quiet install -y -qq clang || echo "warning: clang (optional) was not installed" >&2
fi
BIN=$("$PG_CONFIG" --bindir)
TMPD=$(mktemp -d /tmp/zhnum.XXXXXX)

# ---- build ---------------------------------------------------------------------------------
# -j unless an outer make already shares its job slots with us.
JOBS=(-j"$(nproc)")
[[ ${MAKEFLAGS:-} == *-j* || ${MAKEFLAGS:-} == *jobserver* ]] && JOBS=()
say "building zhnum"
BUILD_OK=1
make -s "${JOBS[@]}" || BUILD_OK=0
if ((!BUILD_OK)) && [[ $MODE != test ]]; then echo "build failed" >&2; exit 1; fi

# ---- test bookkeeping: every runner reports TAP lines; a runner that fails to run counts ----
# tally LABEL PASSED FAILED OUTPUT-FILE: add to the totals; when something failed, show the
# output but for its passing lines and plan.
tally() {
    PASS=$((PASS + $2)) FAIL=$((FAIL + $3))
    printf '   %-44s %4d passed, %d failed\n' "$1" "$2" "$3"
    if (($3)); then grep -Ev '^(ok [0-9]|1\.\.[0-9]+$)' "$4" | sed 's/^/   | /' || true; fi
}
fail_one() { echo "# $2" >"$TMPD/msg"; tally "$1" 0 1 "$TMPD/msg"; }   # fail_one LABEL WHY

# run_tap LABEL CMD...: run a program that prints "ok N - x" / "not ok N - x" lines.
run_tap() {
    local label=$1 out=$TMPD/out rc=0 p f
    shift
    # (... || exit): a subshell, so that a crash report ("Segmentation fault") lands in $out.
    (timeout --foreground "$TIMEOUT" "$@" || exit) >"$out" 2>&1 || rc=$?
    p=$(grep -c '^ok [0-9]' "$out" || true)
    f=$(grep -c '^not ok [0-9]' "$out" || true)
    if ((rc == 124)); then echo "# timed out after ${TIMEOUT}s" >>"$out"; fi
    if ((rc != 0)); then echo "# exited with status $rc" >>"$out"; ((f)) || f=1; fi
    if ((p + f == 0)); then echo "# printed no 'ok N - name' lines" >>"$out"; f=1; fi
    tally "$label" "$p" "$f" "$out"
}

# ---- unit tests: core only, no server needed -----------------------------------------------
if [[ $MODE == test ]]; then
    say "C unit tests (test/unit)"
    make -s -k "${JOBS[@]}" unit || true
    for src in test/unit/test_*.c; do
        [[ -e $src ]] || continue
        t=$(basename "$src" .c)
        # make -q: is the binary up to date?  If not, building it just failed.
        if make -s -q "test/unit/bin/$t" 2>/dev/null; then
            run_tap "unit/$t" "test/unit/bin/$t"
        else
            fail_one "unit/$t" "did not compile (see the compiler output above)"
        fi
    done
    if ((!BUILD_OK)); then
        fail_one "build (make)" "the extension did not build: nothing installed, server-side tests not run"
        summary
        exit 1
    fi
fi

# ---- install, under a lock: concurrent runs share the one installed copy -------------------
exec 9>>"$LOCK"
if ! flock -n 9; then
    say "waiting for another zhnum run ($(cat "$LOCK" 2>/dev/null)) to finish with the installed copy"
    flock 9
fi
echo "pid $$ in $ROOT" >"$LOCK"
make -s install >/dev/null

# ---- the throwaway cluster ---------------------------------------------------------------
((EUID == 0)) && chown postgres: "$TMPD"

# A port nobody uses: no TCP listener on localhost and no socket in the usual places.
port_in_use() {
    compgen -G "/tmp/.s.PGSQL.$1" >/dev/null || compgen -G "/tmp/*/.s.PGSQL.$1" >/dev/null ||
        [[ -e /var/run/postgresql/.s.PGSQL.$1 ]] || (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
PORT=$((54400 + RANDOM % 5000))
while port_in_use "$PORT"; do PORT=$((PORT + 1)); done

say "starting a throwaway cluster in $TMPD (port $PORT)"
as_pg "$BIN/initdb" -D "$TMPD/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$TMPD/initdb.log" 2>&1 ||
    { cat "$TMPD/initdb.log" >&2; exit 1; }
# 9>&-: the server must not inherit (and hold) the install lock.
as_pg "$BIN/pg_ctl" -D "$TMPD/data" -l "$TMPD/server.log" -s -w \
    -o "-p $PORT -k $TMPD -c listen_addresses='' -c fsync=off" start 9>&- ||
    { cat "$TMPD/server.log" >&2; exit 1; }
export PGHOST=$TMPD PGPORT=$PORT PGUSER=postgres PGDATABASE=zhnum
if ((KEEP)); then
    echo "   ZHNUM_KEEP=1: the cluster stays up after this run"
    echo "   connect: psql -h $TMPD -p $PORT -U postgres zhnum"
    echo "   stop:    (cd /tmp && runuser -u postgres -- $BIN/pg_ctl -D $TMPD/data stop) && rm -rf $TMPD"
fi

# fresh_db NAME: (re)create database NAME with zhnum in it.
fresh_db() {
    "$BIN/psql" -X -q -d postgres -v ON_ERROR_STOP=1 -v db="$1" <<'SQL'
SET client_min_messages = warning;
DROP DATABASE IF EXISTS :"db";
CREATE DATABASE :"db";
\connect :"db"
CREATE EXTENSION zhnum;
SQL
}

# ---- the modes -----------------------------------------------------------------------------
case $MODE in
demo)
    fresh_db zhnum
    say "test/demo.sql"
    "$BIN/psql" -X -v ON_ERROR_STOP=1 --echo-all --quiet -f test/demo.sql
    ;;

conformance)
    [[ -f conformance/run.py ]] || { echo "conformance/run.py does not exist yet" >&2; exit 1; }
    fresh_db zhnum
    say "conformance/run.py $*"
    "$PY" conformance/run.py "$@"
    ;;

bench)
    [[ -f bench/run.sh ]] || { echo "bench/run.sh does not exist yet" >&2; exit 1; }
    fresh_db zhnum
    say "bench/run.sh $*"
    bash bench/run.sh "$@"
    ;;

test)
    # pg_regress: one result per sql/NAME.sql; a test with no result line failed.  A missing
    # expected/NAME.out would abort the whole run, so such a test is left out (and failed).
    say "pg_regress suites (sql/*.sql)"
    out=$TMPD/out
    : >"$out"
    rm -f regression.diffs
    names=() runnable=()
    for sql in sql/*.sql; do [[ -e $sql ]] && names+=("$(basename "$sql" .sql)"); done
    for name in "${names[@]}"; do
        if [[ -e expected/$name.out ]]; then runnable+=("$name"); else echo "# expected/$name.out is missing" >>"$out"; fi
    done
    rc=0
    if ((${#runnable[@]})); then make -s installcheck REGRESS="${runnable[*]}" >>"$out" 2>&1 || rc=$?; fi
    declare -A result=()
    while IFS= read -r line; do
        if [[ $line =~ ^(test)?\ +([^ ]+)\ +\.\.\.\ +(ok|FAILED|failed) ]]; then   # PG <= 15
            result[${BASH_REMATCH[2]}]=${BASH_REMATCH[3]}
        elif [[ $line =~ ^(not\ )?ok\ +[0-9]+\ +[-+]\ +([^ ]+) ]]; then          # PG 16+
            [[ -n ${BASH_REMATCH[1]} ]] && result[${BASH_REMATCH[2]}]=FAILED || result[${BASH_REMATCH[2]}]=ok
        fi
    done <"$out"
    p=0 f=0
    for name in "${names[@]}"; do
        case ${result[$name]:-} in
        ok) p=$((p + 1)) ;;
        '') f=$((f + 1)); echo "# $name: no result from pg_regress" >>"$out" ;;
        *) f=$((f + 1)) ;;
        esac
    done
    if ((rc != 0 && f == 0)); then f=1; echo "# make installcheck exited with status $rc" >>"$out"; fi
    # Leave out pg_regress's set-up chatter when showing its output.
    sed -i -E '/^(=+ .* =+|\+\+\+ .* \+\+\+|\(using postmaster .*\)|SET|(CREATE|DROP|ALTER) DATABASE|CREATE EXTENSION)$/d' "$out"
    tally "pg_regress" "$p" "$f" "$out"
    if ((f)) && [[ -s regression.diffs ]]; then
        echo "   regression.diffs:"
        cat regression.diffs
    fi

    # Client-side tests, each with a fresh database of its own.
    for t in test/python/test_*.py test/sh/test_*.sh; do
        [[ -e $t ]] || continue
        name=$(basename "${t%.*}")
        [[ $t == *.py ]] && run=("$PY" "$t") || run=(bash "$t")
        if fresh_db "$name" >"$TMPD/db.log" 2>&1; then
            run_tap "$t" env PGDATABASE="$name" "${run[@]}"
        else
            echo "# could not create database $name with the extension" >>"$TMPD/db.log"
            tally "$t" 0 1 "$TMPD/db.log"
        fi
    done
    summary
    ((FAIL == 0))
    ;;
esac
