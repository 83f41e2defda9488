#!/bin/bash
# test/sh/test_amount_copy.sh — zh_amount through psql's \copy: a binary
# COPY round trip (values and arrays), the bytes in the file pinned, corrupt
# binary input refused with 22P03, and malformed UTF-8 refused with 22021.
#
# Needs PGHOST PGPORT PGUSER PGDATABASE for a database with zhnum created
# (test/zhnum-env.sh provides them).  Prints TAP lines "ok N - name".
set -u

BIN=$("${PG_CONFIG:-pg_config}" --bindir)
PSQL=("$BIN/psql" -X -q -At -v ON_ERROR_STOP=1)
TMP=$(mktemp -d)
ASCII_DB="${PGDATABASE}_sqlascii"
cleanup() {
    "$BIN/psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$ASCII_DB\"" >/dev/null 2>&1
    rm -rf "$TMP"
}
trap cleanup EXIT

n=0
failed=0
result() {   # result OK NAME [DETAIL]
    n=$((n + 1))
    if [[ $1 == 1 ]]; then
        echo "ok $n - $2"
    else
        failed=$((failed + 1))
        echo "not ok $n - $2"
        [[ -n ${3:-} ]] && printf '#   %s\n' "$3"
    fi
}
expect_eq() {   # expect_eq NAME GOT WANT
    if [[ $2 == "$3" ]]; then result 1 "$1"; else result 0 "$1" "got '$2', want '$3'"; fi
}
hex() { od -An -tx1 -v "$1" | tr -d ' \n'; }

# ---- a binary round trip of every kind of value ------------------------------------------
"${PSQL[@]}" <<'SQL'
SET client_min_messages = warning;
DROP TABLE IF EXISTS amounts, amounts_in, one;
CREATE TABLE amounts (id int, a zh_amount, arr zh_amount[]);
INSERT INTO amounts (id, a) VALUES
  (1, '25亿元'), (2, '3.86亿元'), (3, '约200万美元'), (4, '逾3000亿元'), (5, '近50亿港币'),
  (6, '18至20亿元人民币'), (7, '数十亿元'), (8, '每股10.42-10.52港元'), (9, '5000万元以上'),
  (10, '不超过5000万元'), (11, '-0.0001元'), (12, '0元'), (13, '1000 XYZ'),
  (14, '9999999999999999999999999999999999.9999元'),
  (15, '-9999999999999999999999999999999999.9999元'), (16, NULL),
  (17, '贰亿贰仟陆佰贰拾陆万叁仟捌佰陆拾伍元'), (18, '二三十亿元');
INSERT INTO amounts (id, a) SELECT 100 + i, zh_amount(i * 12345.6789, 'EUR') FROM generate_series(-200, 200) i;
UPDATE amounts SET arr = ARRAY[a, -a, NULL] WHERE a IS NOT NULL;
CREATE TABLE amounts_in (LIKE amounts);
SQL
"${PSQL[@]}" -c "\\copy amounts TO '$TMP/amounts.bin' WITH (FORMAT binary)" &&
    "${PSQL[@]}" -c "\\copy amounts_in FROM '$TMP/amounts.bin' WITH (FORMAT binary)"
result $(($? == 0)) "binary COPY out and in"
expect_eq "every row came back" \
    "$("${PSQL[@]}" -c "SELECT count(*) FROM amounts_in")" \
    "$("${PSQL[@]}" -c "SELECT count(*) FROM amounts")"
expect_eq "every value came back equal" \
    "$("${PSQL[@]}" -c "SELECT count(*) FROM amounts o JOIN amounts_in i USING (id)
                        WHERE o.a IS NOT DISTINCT FROM i.a AND o.a::text IS NOT DISTINCT FROM i.a::text")" \
    "$("${PSQL[@]}" -c "SELECT count(*) FROM amounts")"
expect_eq "every array came back equal" \
    "$("${PSQL[@]}" -c "SELECT count(*) FROM amounts o JOIN amounts_in i USING (id)
                        WHERE o.arr::text IS NOT DISTINCT FROM i.arr::text")" \
    "$("${PSQL[@]}" -c "SELECT count(*) FROM amounts")"
expect_eq "the same bytes as zh_amount_send" \
    "$("${PSQL[@]}" -c "SELECT count(*) FROM amounts o JOIN amounts_in i USING (id)
                        WHERE zh_amount_send(o.a) = zh_amount_send(i.a)")" \
    "$("${PSQL[@]}" -c "SELECT count(a) FROM amounts")"

# the text format, for comparison
"${PSQL[@]}" -c "TRUNCATE amounts_in" &&
    "${PSQL[@]}" -c "\\copy amounts TO '$TMP/amounts.txt'" &&
    "${PSQL[@]}" -c "\\copy amounts_in FROM '$TMP/amounts.txt'"
expect_eq "text COPY round trip" \
    "$("${PSQL[@]}" -c "SELECT count(*) FROM amounts o JOIN amounts_in i USING (id)
                        WHERE o.a IS NOT DISTINCT FROM i.a")" \
    "$("${PSQL[@]}" -c "SELECT count(*) FROM amounts")"

# ---- the bytes in a binary COPY file -----------------------------------------------------
# header (19 bytes), field count (2), field length (4), the 38 bytes, trailer (2)
"${PSQL[@]}" -c "\\copy (SELECT '约20亿至30亿美元'::zh_amount) TO '$TMP/one.bin' WITH (FORMAT binary)"
expect_eq "binary COPY bytes of 约20亿至30亿美元" "$(hex "$TMP/one.bin")" \
"5047434f50590aff0d0a00""0000000000000000""0001""00000026"\
"010101555344""0000000000000000000012309ce54000""000000000000000000001b48eb57e000""ffff"

# ---- corrupt binary input is refused with 22P03 ------------------------------------------
"${PSQL[@]}" -c "CREATE TABLE one (a zh_amount)"
# patch BYTE (offset in the field, 0-based) of one.bin to VALUE, then load it
corrupt() {   # corrupt NAME OFFSET HEXBYTE
    local f=$TMP/bad.bin out state
    cp "$TMP/one.bin" "$f"
    printf "\\x$3" | dd of="$f" bs=1 seek=$((25 + $2)) conv=notrunc status=none
    out=$("$BIN/psql" -X -q -At -d "$PGDATABASE" 2>&1 <<SQL
\\set VERBOSITY sqlstate
\\copy one FROM '$f' WITH (FORMAT binary)
SQL
)
    state=$(sed -n 's/^ERROR:  *//p' <<<"$out")
    if [[ $state == 22P03 ]]; then result 1 "refused: $1"; else result 0 "refused: $1" "$out"; fi
}
corrupt "version 2" 0 02
corrupt "version 0" 0 00
corrupt "unknown flag bit" 1 03
corrupt "range flag cleared on a range" 1 00
corrupt "qualifier 6" 2 06
corrupt "lowercase currency" 3 75
corrupt "NUL in the currency" 5 00
corrupt "lower bound beyond 10^38" 6 7f
corrupt "upper bound below the lower" 32 00
corrupt "upper bound below -10^38" 22 80
# a field of 37 bytes (length word and data both shortened)
head -c 24 "$TMP/one.bin" >"$TMP/short.bin"
printf '\x25' >>"$TMP/short.bin"
tail -c +26 "$TMP/one.bin" | head -c 37 >>"$TMP/short.bin"
printf '\xff\xff' >>"$TMP/short.bin"
out=$("$BIN/psql" -X -q -At 2>&1 <<SQL
\\set VERBOSITY sqlstate
\\copy one FROM '$TMP/short.bin' WITH (FORMAT binary)
SQL
)
expect_eq "refused: 37 bytes" "$(sed -n 's/^ERROR:  *//p' <<<"$out")" "22P03"
expect_eq "nothing corrupt was loaded" "$("${PSQL[@]}" -c "SELECT count(*) FROM one")" "0"
"${PSQL[@]}" -c "\\copy one FROM '$TMP/one.bin' WITH (FORMAT binary)"
expect_eq "the uncorrupted file loads" "$("${PSQL[@]}" -c "SELECT a FROM one")" "约20亿至30亿美元"

# ---- malformed UTF-8 (only a SQL_ASCII database lets it through to the type) --------------
if "$BIN/psql" -X -q -d postgres -v ON_ERROR_STOP=1 >/dev/null 2>&1 <<SQL
CREATE DATABASE "$ASCII_DB" ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\\connect "$ASCII_DB"
CREATE EXTENSION zhnum;
SQL
then
    for input in "E'\\xff元'" "E'25亿\\xe5\\x85'" "E'\\xc0\\xaf5元'"; do
        out=$("$BIN/psql" -X -q -At -d "$ASCII_DB" 2>&1 <<SQL
SELECT ($input)::zh_amount;
\\echo state=:LAST_ERROR_SQLSTATE
SELECT zh_try_amount($input);
\\echo try_state=:LAST_ERROR_SQLSTATE
SQL
)
        expect_eq "malformed UTF-8 $input: 22021" "$(sed -n 's/^state=//p' <<<"$out")" "22021"
        expect_eq "malformed UTF-8 $input: zh_try_amount raises too" \
            "$(sed -n 's/^try_state=//p' <<<"$out")" "22021"
    done
else
    result 0 "create a SQL_ASCII database with zhnum"
fi

echo "1..$n"
((failed == 0))
