#!/usr/bin/python3
"""test_amount_psycopg.py — zh_amount through a real driver in binary mode.

Debian's python3-psycopg (psycopg 3) reads and writes zh_amount in the
binary format of zh_amount_send / zh_amount_recv:

    version (1) | flags (1 = range) | qualifier (0..5) | currency (3 ASCII)
    | lower × 10^4 | upper × 10^4   (signed 128-bit, big-endian)

Connection from PGHOST PGPORT PGUSER PGDATABASE (a database with zhnum).
Prints TAP lines "ok N - name".
"""
import sys
from dataclasses import dataclass
from decimal import Context, Decimal, Inexact

import psycopg
from psycopg.adapt import Dumper, Loader
from psycopg.pq import Format
from psycopg.types import TypeInfo

QUALIFIERS = ["exact", "approx", "more_than", "at_least", "less_than", "at_most"]
SCALE = 4
# 38 digits do not fit Python's default 28-digit context: compute in one that
# holds them and traps any rounding
EXACT = Context(prec=80, traps=[Inexact])


@dataclass(frozen=True)
class Amount:
    lower: Decimal
    upper: Decimal
    currency: str
    qualifier: str = "exact"


def units(d: Decimal) -> int:
    """A decimal in ten-thousandths, exactly (no float anywhere)."""
    scaled = d.scaleb(SCALE, context=EXACT)
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{d} has more than {SCALE} fractional digits")
    return int(scaled)


def pack(a: Amount, version: int = 1) -> bytes:
    lo, hi = units(a.lower), units(a.upper)
    return (bytes([version, 1 if lo != hi else 0, QUALIFIERS.index(a.qualifier)])
            + a.currency.encode("ascii")
            + lo.to_bytes(16, "big", signed=True) + hi.to_bytes(16, "big", signed=True))


def unpack(b: bytes) -> Amount:
    if len(b) != 38 or b[0] != 1:
        raise ValueError(f"not a version 1 zh_amount: {b.hex()}")
    lo = int.from_bytes(b[6:22], "big", signed=True)
    hi = int.from_bytes(b[22:38], "big", signed=True)
    if bool(b[1] & 1) != (lo != hi):
        raise ValueError("range flag does not match the bounds")
    return Amount(Decimal(lo).scaleb(-SCALE, context=EXACT),
                  Decimal(hi).scaleb(-SCALE, context=EXACT),
                  b[3:6].decode("ascii"), QUALIFIERS[b[2]])


class AmountBinaryLoader(Loader):
    format = Format.BINARY

    def load(self, data):
        return unpack(bytes(data))


class AmountBinaryDumper(Dumper):
    format = Format.BINARY
    oid = 0          # set once the type's OID is known

    def dump(self, obj):
        return pack(obj)


class RawBinaryDumper(Dumper):
    """Sends bytes as they are, as if they were a zh_amount (for corrupt input)."""
    format = Format.BINARY
    oid = 0

    def dump(self, obj):
        return bytes(obj.data)


@dataclass(frozen=True)
class Raw:
    data: bytes


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def check(self, cond, name, detail=None):
        self.n += 1
        print(f"{'ok' if cond else 'not ok'} {self.n} - {name}", flush=True)
        if not cond:
            self.failed += 1
            if detail is not None:
                print(f"#   {detail}", flush=True)
        return cond

    def eq(self, got, want, name):
        return self.check(got == want, name, f"got {got!r}, want {want!r}")

    def done(self):
        print(f"1..{self.n}")
        return 0 if self.failed == 0 and self.n > 0 else 1


def main():
    tap = Tap()
    conn = psycopg.connect("", autocommit=True)
    info = TypeInfo.fetch(conn, "zh_amount")
    if not tap.check(info is not None, "the zh_amount type exists"):
        return tap.done()
    AmountBinaryDumper.oid = info.oid
    RawBinaryDumper.oid = info.oid
    # register before making cursors; info.register lets arrays use the loader too
    info.register(conn)
    conn.adapters.register_loader(info.oid, AmountBinaryLoader)
    conn.adapters.register_dumper(Amount, AmountBinaryDumper)
    conn.adapters.register_dumper(Raw, RawBinaryDumper)

    cases = {
        "25 亿元": Amount(Decimal("2500000000"), Decimal("2500000000"), "CNY"),
        "3.86亿元": Amount(Decimal("386000000"), Decimal("386000000"), "CNY"),
        "约200万美元": Amount(Decimal("2000000"), Decimal("2000000"), "USD", "approx"),
        "3000多亿元人民币": Amount(Decimal("300000000000"), Decimal("300000000000"), "CNY",
                                   "more_than"),
        "近50亿港币": Amount(Decimal("5000000000"), Decimal("5000000000"), "HKD", "less_than"),
        "18至20亿元人民币": Amount(Decimal("1800000000"), Decimal("2000000000"), "CNY"),
        "每股10.42-10.52港元": Amount(Decimal("10.42"), Decimal("10.52"), "HKD"),
        "二三十亿元": Amount(Decimal("2000000000"), Decimal("3000000000"), "CNY", "approx"),
        "5000万元以上": Amount(Decimal("50000000"), Decimal("50000000"), "CNY", "at_least"),
        "不超过5000万元": Amount(Decimal("50000000"), Decimal("50000000"), "CNY", "at_most"),
        "-0.0001元": Amount(Decimal("-0.0001"), Decimal("-0.0001"), "CNY"),
        "1000 XYZ": Amount(Decimal("1000"), Decimal("1000"), "XYZ"),
        "9999999999999999999999999999999999.9999元":
            Amount(Decimal("9999999999999999999999999999999999.9999"),
                   Decimal("9999999999999999999999999999999999.9999"), "CNY"),
    }

    # reading: binary results through the loader
    with conn.cursor(binary=True) as cur:
        for text, want in cases.items():
            cur.execute("SELECT %s::zh_amount", [text])
            got = cur.fetchone()[0]
            tap.check(got == want, f"binary read of {text}", f"got {got!r}, want {want!r}")
            tap.eq(cur.pgresult.fformat(0), 1, f"{text} came in binary format")

        cur.execute("SELECT ARRAY['25亿元', NULL, '约200万美元']::zh_amount[]")
        tap.eq(cur.fetchone()[0], [cases["25 亿元"], None, cases["约200万美元"]],
               "binary read of a zh_amount[]")

    # writing: binary parameters through the dumper; the server shows what it got
    with conn.cursor(binary=True) as cur:
        cur.execute("CREATE TEMP TABLE sent (id int, a zh_amount)")
        for i, (text, value) in enumerate(cases.items()):
            cur.execute("INSERT INTO sent VALUES (%s, %b)", [i, value])
        cur.execute("SELECT count(*) FROM sent s JOIN (SELECT i - 1 AS id, t::zh_amount AS a "
                    "FROM unnest(%s::text[]) WITH ORDINALITY u(t, i)) x USING (id) "
                    "WHERE s.a = x.a", [list(cases)])
        tap.eq(cur.fetchone()[0], len(cases), "binary writes equal the text inputs")
        cur.execute("SELECT a::text FROM sent ORDER BY id LIMIT 3")
        tap.eq([r[0] for r in cur.fetchall()], ["25亿元", "3.86亿元", "约200万美元"],
               "binary writes read back canonically")

        # the round trip: read binary, write binary, compare on the server
        cur.execute("SELECT a FROM sent ORDER BY id")
        values = [r[0] for r in cur.fetchall()]
        cur.execute("CREATE TEMP TABLE back (id int, a zh_amount)")
        cur.executemany("INSERT INTO back VALUES (%s, %b)", list(enumerate(values)))
        cur.execute("SELECT count(*) FROM sent s JOIN back b USING (id) WHERE s.a = b.a")
        tap.eq(cur.fetchone()[0], len(cases), "binary round trip through Python")
        cur.execute("SELECT zh_amount_send(a) FROM sent ORDER BY id")
        sends = [bytes(r[0]) for r in cur.fetchall()]
        tap.eq(sends, [pack(v) for v in values], "the Python packer writes zh_amount_send's bytes")

        # a constructed value the parser never made, and its text
        cur.execute("SELECT %b::text", [Amount(Decimal("5"), Decimal("300000000"), "USD", "at_most")])
        tap.eq(cur.fetchone()[0], "最多5美元至3亿美元", "a range written from Python")

    # corrupt binary input: 22P03
    bad = {
        "version 2": pack(cases["25 亿元"], version=2),
        "37 bytes": pack(cases["25 亿元"])[:37],
        "39 bytes": pack(cases["25 亿元"]) + b"\0",
        "qualifier 6": pack(cases["25 亿元"])[:2] + b"\x06" + pack(cases["25 亿元"])[3:],
        "lowercase currency": pack(cases["25 亿元"])[:3] + b"cny" + pack(cases["25 亿元"])[6:],
        "range flag on a point": pack(cases["25 亿元"])[:1] + b"\x01" + pack(cases["25 亿元"])[2:],
        "lower above upper": pack(Amount(Decimal(1), Decimal(2), "CNY"))[:6]
            + (3 * 10**4).to_bytes(16, "big") + (2 * 10**4).to_bytes(16, "big"),
        "bound beyond 10^38": pack(cases["25 亿元"])[:6] + (10**38).to_bytes(16, "big") * 2,
    }
    with conn.cursor(binary=True) as cur:
        for name, data in bad.items():
            try:
                cur.execute("SELECT %b", [Raw(data)])
                tap.check(False, f"refused: {name}", f"accepted as {cur.fetchone()[0]!r}")
            except psycopg.Error as e:
                tap.eq(e.sqlstate, "22P03", f"refused: {name}")

    conn.close()
    return tap.done()


if __name__ == "__main__":
    sys.exit(main())
