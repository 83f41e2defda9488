#!/bin/bash
# bench/run.sh [--quick] [--core-only | --sql-only] [--no-callgrind] [--no-results]
#
# zhnum's benchmarks: `make bench` runs this inside test/zhnum-env.sh, which builds and installs
# the extension and exports PGHOST PGPORT PGUSER PGDATABASE for a throwaway cluster.
#
#   1. bench/core_bench.c, built here from src/core/*.c with -O2 (no PostgreSQL): parses/s of
#      numbers, amounts and dates, MB/s of extraction, and instructions per parse under callgrind;
#   2. bench/sql_bench.sh on the cluster: each SQL figure as a ratio against a baseline measured
#      in the same run;
#   3. bench/report.py: the table on stdout, and bench/RESULTS.md (unless --no-results).
#
# Inputs: the conformance corpora in ../shared/conformance (or $ZHNUM_SHARED/conformance) when
# present, else the copy in bench/inputs/.  A figure that cannot be measured (a query that fails)
# is reported as "not available", with the reason.
#
# --quick: smaller data and fewer runs (a smoke test; its figures are not comparable and it never
# writes RESULTS.md).
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
ROOT=$PWD

QUICK=0 CORE=1 SQL=1 CG=1 WRITE=1
for a in "$@"; do
    case $a in
    --quick) QUICK=1 WRITE=0 ;;
    --core-only) SQL=0 ;;
    --sql-only) CORE=0 CG=0 ;;
    --no-callgrind) CG=0 ;;
    --no-results) WRITE=0 ;;
    *) echo "usage: bench/run.sh [--quick] [--core-only|--sql-only] [--no-callgrind] [--no-results]" >&2; exit 2 ;;
    esac
done

W=$(mktemp -d /tmp/zhnum-bench.XXXXXX)
trap 'rm -rf "$W"' EXIT
chmod 755 "$W"
ROWS=$W/rows.tsv
: >"$ROWS"
say() { printf '== %s\n' "$*" >&2; }
row() { printf 'R\t%s\t%s\n' "$1" "$2" >>"$ROWS"; }

# ---- inputs ------------------------------------------------------------------------------
SHARED=${ZHNUM_SHARED:-$ROOT/../shared}
DATA=$ROOT/data/hightech-zones-2019.txt
[[ -f $DATA ]] || DATA=$SHARED/data/hightech-zones-2019.txt
INPUTS=$ROOT/bench/inputs
INPUT_SRC="bench/inputs (copied from the non-realtext conformance corpora)"
if [[ -f $SHARED/conformance/amounts.jsonl ]] && command -v python3 >/dev/null; then
    if python3 bench/extract_inputs.py "$SHARED/conformance" "$W/inputs" >"$W/inputs.log" 2>&1; then
        INPUTS=$W/inputs
        INPUT_SRC="shared/conformance/*.jsonl ($(tr '\n' ' ' <"$W/inputs.log" | sed 's/ *$//'))"
    else
        cat "$W/inputs.log" >&2
    fi
fi
row meta.inputs "$INPUT_SRC"
row meta.load "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (1, 5, 15 min, when the run began; other work on the machine makes wall-clock figures noisy, callgrind counts are not)"

# ---- build core_bench ------------------------------------------------------------------------
# The core and the benchmark, -O2 as the extension is built; -g for callgrind's line numbers.
CC=${CC:-cc}
CFLAGS_BENCH="-O2 -g -std=c11 -Wall -Wno-unused-parameter"
ICU_CFLAGS=$(pkg-config --cflags icu-uc icu-i18n 2>/dev/null || true)
ICU_LIBS=$(pkg-config --libs icu-uc icu-i18n 2>/dev/null || true)
CB=$W/core_bench
build_core_bench() {
    # shellcheck disable=SC2086  # (the flags split)
    $CC $CFLAGS_BENCH -Isrc/core $ICU_CFLAGS -o "$CB" bench/core_bench.c src/core/*.c $ICU_LIBS \
        2>"$W/build.log"
}
CB_OK=0
if command -v "$CC" >/dev/null && build_core_bench; then
    CB_OK=1
else
    say "core_bench did not build"; cat "$W/build.log" >&2
fi

# ---- core figures ------------------------------------------------------------------------------
RUNS=5 MS=200 MB=50
((QUICK)) && RUNS=2 MS=50 MB=5
if ((CORE)); then
    if ((CB_OK)); then
        say "core_bench (best of $RUNS runs of ~${MS} ms; extraction over ${MB} MiB)"
        "$CB" run "$INPUTS" "$DATA" --runs "$RUNS" --ms "$MS" --mb "$MB" >>"$ROWS" ||
            row core.error "n/a core_bench exited with status $?"
    else
        for k in numbers amounts dates extract; do row "core.$k" "n/a core_bench did not build"; done
    fi
fi

# ---- instructions per parse under callgrind ------------------------------------------------
if ((CG)) && ((CB_OK)) && ! command -v valgrind >/dev/null && ((EUID == 0)); then
    say "installing valgrind"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null 2>&1; }
fi
if ((CG)); then
    if ((CB_OK)) && command -v valgrind >/dev/null; then
        say "callgrind (instructions per parse)"
        for k in numbers amounts dates extract; do
            out=$W/cg.$k.out
            if valgrind --tool=callgrind --toggle-collect=cg_loop --toggle-collect=cg_extract \
                --callgrind-out-file="$out" "$CB" cg "$k" "$INPUTS" "$DATA" >"$W/cg.$k.log" 2>"$W/cg.$k.err"; then
                ir=$(awk '/^summary:/ {print $2; exit} /^totals:/ {t=$2} END {if (t) print t}' "$out" | head -1)
                n=$(awk -F'\t' '$1 == "R" {print $3}' "$W/cg.$k.log")
                row "cg.$k" "ir=${ir:-0} count=${n:-0}"
                # the hottest functions, for RESULTS.md
                if command -v callgrind_annotate >/dev/null; then
                    callgrind_annotate --inclusive=no --threshold=100 "$out" 2>/dev/null |
                        awk '/^-+$/ {sec++} sec >= 3 && /[0-9] *\(/ {print}' | grep -v '???' |
                        sed 's/ \[[^]]*\]$//; s#[./]*string/\.\./sysdeps/[^:]*/##' | head -12 >"$W/top.$k" || true
                    # inclusive: which grammar functions (with their callees) cost the most
                    callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null |
                        awk '/^-+$/ {sec++} sec >= 3 && /[0-9] *\(/ {print}' | grep -E ' src/core/' |
                        sed 's/ \[[^]]*\]$//' | awk '!seen[$NF]++' | head -12 >"$W/incl.$k" || true
                fi
            else
                row "cg.$k" "n/a $(if [[ $k == extract ]]; then echo 'zn_extract is not in the core yet'; else echo 'core_bench failed under callgrind'; fi)"
            fi
        done
    else
        row cg.numbers "n/a valgrind (or core_bench) is not available"
    fi
fi

# ---- SQL figures ---------------------------------------------------------------------------------
if ((SQL)); then
    if [[ -n ${PGHOST:-} || -n ${PGPORT:-} ]] && psql -X -Atqc 'SELECT 1' >/dev/null 2>&1; then
        row meta.pg "$(psql -X -Atqc 'SHOW server_version')"
        if ((CB_OK)); then
            bash bench/sql_bench.sh "$CB" "$W" "$DATA" "$QUICK" >>"$ROWS"
        else
            row sql.amount "n/a core_bench (which writes the data) did not build"
        fi
    else
        row sql.amount "n/a no cluster: run \`make bench\` (test/zhnum-env.sh bench)"
    fi
fi

# ---- report ---------------------------------------------------------------------------------------
args=("$ROWS" --top "$W")
((WRITE)) && args+=(--write bench/RESULTS.md)
((QUICK)) && args+=(--quick)
python3 bench/report.py "${args[@]}"
