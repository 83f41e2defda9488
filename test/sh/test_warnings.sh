#!/bin/bash
# Every C file builds warning-free with -Wall -Wextra under gcc and clang (the
# PostgreSQL glue against the installed server headers).  TAP output.
set -uo pipefail
cd "$(dirname "$0")/../.."

PG_INC=$("${PG_CONFIG:-pg_config}" --includedir-server)
ICU=$(pkg-config --cflags icu-uc icu-i18n 2>/dev/null)
# -Wno-ignored-attributes: PostgreSQL's own headers use gnu_printf, unknown to clang;
# -Wno-unused-parameter, -Wno-missing-field-initializers: the fmgr calling convention.
COMMON=(-c -O2 -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
        -Wno-ignored-attributes -Wno-unknown-warning-option -Isrc/core -Itest/unit $ICU)
n=0
failed=0
for cc in gcc clang; do
    if ! command -v "$cc" >/dev/null; then
        n=$((n + 1))
        echo "ok $n - $cc # SKIP not installed"
        continue
    fi
    for f in src/core/*.c src/pg/*.c test/unit/*.c; do
        extra=()
        [[ $f == src/pg/* ]] && extra=(-I"$PG_INC")
        n=$((n + 1))
        if out=$("$cc" "${COMMON[@]}" "${extra[@]}" -o /dev/null "$f" 2>&1); then
            echo "ok $n - $cc $f"
        else
            echo "not ok $n - $cc $f"
            sed 's/^/#   /' <<<"$out" | head -20
            failed=$((failed + 1))
        fi
    done
done
echo "1..$n"
exit $((failed > 0))
