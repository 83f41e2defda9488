#!/usr/bin/env python3
"""bench/report.py ROWS [--top DIR] [--write bench/RESULTS.md] [--quick]

Turn the "R<TAB>key<TAB>value" lines of core_bench and sql_bench.sh into the
table bench/run.sh prints (figure, value, baseline, ratio, target, met?) and,
with --write, into bench/RESULTS.md with the machine it ran on.
"""
import datetime
import os
import platform
import re
import subprocess
import sys


def kv(text):
    """'123 parses/s ok=4 ms=1.5' -> {'_': ['123', 'parses/s'], 'ok': '4', 'ms': '1.5'}"""
    d = {"_": []}
    for tok in text.split():
        if "=" in tok:
            k, v = tok.split("=", 1)
            d[k] = v
        else:
            d["_"].append(tok)
    return d


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def si(x, unit=""):
    if x >= 1e6:
        return f"{x / 1e6:,.2f} M{unit}"
    if x >= 1e3:
        return f"{x / 1e3:,.1f} k{unit}"
    return f"{x:,.0f} {unit}".strip()


class Table:
    def __init__(self):
        self.rows = []  # (figure, value, baseline, ratio, target, met)
        self.notes = []

    def add(self, figure, value, baseline="—", ratio="—", target="—", met="—"):
        self.rows.append((figure, value, baseline, ratio, target, met))

    def na(self, figure, why, target="—"):
        self.add(figure, "not available", "—", "—", target, "n/a")
        self.notes.append(f"{figure}: {why}")


def rt(r):
    return f"{r:.2f}" if r >= 0.1 else f"{r:.2g}"


def yes(b):
    return "yes" if b else "NO"


def build(R):
    t = Table()

    # ---- core ----
    def parse_row(key, figure, target=None, detail=False):
        v = R.get(key)
        if v is None:
            return
        if v.startswith("n/a"):
            t.na(figure, v[4:], f"≥ {si(target, '/s')}" if target else "—")
            return
        d = kv(v)
        rate = num(d["_"][0])
        ok, n = d.get("ok"), d.get("inputs")
        val = f"{si(rate, '/s')} ({num(d['_'][2]):.0f} ns; {ok}/{n} parse)"
        if target:
            t.add(figure, val, "—", f"{rt(rate / target)}× target", f"≥ {si(target, '/s')}", yes(rate >= target))
        else:
            t.add(figure, val, "—", "—", "(detail)" if detail else "—", "—")

    parse_row("core.numbers", "core: numbers, zn_parse_number")
    parse_row("core.amounts", "core: amounts, zn_parse(MONEY)", 10e6)
    parse_row("core.amounts.corpus", "  · conformance money inputs", detail=True)
    parse_row("core.amounts.generated", "  · generated (386.42 亿元)", detail=True)
    parse_row("core.dates", "core: dates, zn_parse(DATE)", 5e6)

    for key, figure, target in (("core.extract", "core: zn_extract, per paragraph", 500),
                                ("core.extract.whole", "  · one call on the whole corpus", None)):
        v = R.get(key)
        if v is None:
            continue
        if v.startswith("n/a skipped"):
            t.add(figure, "skipped", "—", "—", "(detail)", "—")
            t.notes.append(f"{figure.strip(' ·')}: {v[4:]}")
            continue
        if v.startswith("n/a"):
            t.na(figure, v[4:], "≥ 500 MB/s" if target else "—")
            continue
        d = kv(v)
        mbs = num(d["_"][0])
        val = f"{mbs:,.1f} MB/s ({int(d['figures']):,} figures in {int(d['bytes']) / 1e6:.1f} MB)"
        if target:
            t.add(figure, val, "—", f"{rt(mbs / target)}× target", "≥ 500 MB/s", yes(mbs >= target))
        else:
            t.add(figure, val, "—", "—", "(detail)", "—")

    for k, label, per in (("numbers", "numbers", "parse"), ("amounts", "amounts", "parse"),
                          ("dates", "dates", "parse"), ("extract", "extraction", "byte")):
        v = R.get("cg." + k)
        if v is None:
            continue
        figure = f"callgrind: {label}, instructions/{per}"
        if v.startswith("n/a"):
            t.na(figure, v[4:])
            continue
        d = kv(v)
        ir, n = num(d.get("ir")), num(d.get("count"))
        if not ir or not n:
            t.na(figure, "callgrind gave no count")
            continue
        t.add(figure, f"{ir / n:,.0f} Ir ({ir:,.0f} Ir / {n:,.0f})")

    # ---- SQL ----
    def sql_ratio(key, figure, base_label, target, base_key="base_ms", ms_key="ms"):
        v = R.get(key)
        rows = kv(v).get("rows") if v else None
        if rows:
            figure = figure.replace("1M rows", f"{int(rows):,} rows")
        tgt = f"≤ {target}×"
        if v is None:
            return
        if v.startswith("n/a"):
            t.na(figure, v[4:], tgt)
            return
        d = kv(v)
        ms, base = num(d.get(ms_key)), num(d.get(base_key))
        if ms is None or base is None:
            t.na(figure, v, tgt)
            return
        r = ms / base
        extra = []
        if d.get("check"):
            extra.append(f"check: {d['check']}")
        t.add(figure, f"{ms:,.0f} ms" + (f" ({', '.join(extra)})" if extra else ""),
              f"{base:,.0f} ms {base_label}", f"{r:.2f}×", tgt, yes(r <= target))

    sql_ratio("sql.amount", "SQL: sum(s::zh_amount), 1M rows", "sum(a::numeric)", 1.3)
    sql_ratio("sql.number", "SQL: sum(zh_number(s)), 1M rows", "sum(a::numeric)", 1.5)
    v = R.get("sql.extract")
    if v is not None:
        if v.startswith("n/a"):
            t.na("SQL: zh_extract over the corpus", v[4:], "≤ 3× read, ≤ 0.2× regex")
        else:
            d = kv(v)
            ms, rd, rx = num(d.get("ms")), num(d.get("read_ms")), num(d.get("regex_ms"))
            mb = num(d.get("bytes", 0)) / 1e6
            t.add("SQL: count(*) FROM p, zh_extract(p.t)",
                  f"{ms:,.0f} ms ({mb / (ms / 1000):,.1f} MB/s, {int(d.get('figures', 0)):,} rows)",
                  f"{rd:,.0f} ms sum(length(t))", f"{ms / rd:.2f}×", "≤ 3×", yes(ms / rd <= 3))
            t.add("  vs the regex", f"{ms:,.0f} ms",
                  f"{rx:,.0f} ms regexp_matches ({int(d.get('regex_matches', 0)):,} rows)",
                  f"{ms / rx:.3f}× ({rx / ms:.1f}× faster)" if rx >= ms else f"{ms / rx:.2f}× ({ms / rx:.1f}× slower)", "≤ 0.2× (5× faster)", yes(rx / ms >= 5))
    v = R.get("sql.memory")
    if v is not None:
        if v.startswith("n/a"):
            t.na("SQL: peak memory, zh_extract on 100 MB", v[4:], "< 3× text")
        else:
            d = kv(v)
            pk, size, rd = num(d.get("peak_kb")) * 1024, num(d.get("text_bytes")), num(d.get("read_peak_kb")) * 1024
            t.add("SQL: peak memory, zh_extract on one text", f"{pk / 1e6:,.0f} MB",
                  f"{size / 1e6:,.0f} MB text (reading it: {rd / 1e6:,.0f} MB)",
                  f"{pk / size:.2f}× text", "< 3× text", yes(pk / size < 3))
    for key in sorted(R):
        if key.startswith("sql.") and key not in ("sql.amount", "sql.number", "sql.extract", "sql.memory",
                                                   "sql.method"):
            t.notes.append(f"{key}: {R[key]}")
    return t


def render(t, md=False):
    head = ("figure", "value", "baseline", "ratio", "target", "met?")
    rows = [head] + t.rows
    if md:
        out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        for r in t.rows:
            out.append("| " + " | ".join(c.replace("|", "\\|") for c in r) + " |")
        return "\n".join(out)

    def w(s):  # display width: CJK characters take two columns
        return sum(2 if ord(ch) >= 0x1100 and not 0x2000 <= ord(ch) < 0x2100 else 1 for ch in s)

    widths = [max(w(r[i]) for r in rows) for i in range(len(head))]
    lines = []
    for j, r in enumerate(rows):
        lines.append("  ".join(c + " " * (widths[i] - w(c)) for i, c in enumerate(r)).rstrip())
        if j == 0:
            lines.append("  ".join("-" * x for x in widths))
    return "\n".join(lines)


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception:
        return ""


def machine(R):
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return [
        ("date", datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
        ("command", "`make bench`"),
        ("commit", (sh("git rev-parse --short HEAD") or "?") +
         (" + uncommitted changes" if sh("git status --porcelain --untracked-files=no") else "")),
        ("machine", f"{os.cpu_count()} CPUs (nproc {sh('nproc') or '?'}), {cpu}, {mem} RAM, "
                    f"{platform.system()} {platform.release()}"),
        ("compiler", sh("cc --version | head -1") or "?"),
        ("load average", R.get("meta.load", "?")),
        ("PostgreSQL", R.get("meta.pg", "not run")),
        ("inputs", R.get("meta.inputs", "?")),
    ]


def main():
    argv = sys.argv[1:]
    rows_file = argv[0]
    write = argv[argv.index("--write") + 1] if "--write" in argv else None
    top = argv[argv.index("--top") + 1] if "--top" in argv else None
    R = {}
    for line in open(rows_file, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t", 2)
        if len(parts) == 3 and parts[0] == "R":
            R[parts[1]] = parts[2]
    t = build(R)
    print()
    print(render(t))
    if t.notes:
        print()
        for n in t.notes:
            print("  note: " + n)
    met = sum(1 for r in t.rows if r[5] == "yes")
    missed = [r[0].strip() for r in t.rows if r[5] == "NO"]
    na = [r[0].strip() for r in t.rows if r[5] == "n/a"]
    print()
    print(f"targets met: {met}; missed: {len(missed)}{' (' + '; '.join(missed) + ')' if missed else ''}; "
          f"not available: {len(na)}")
    if not write:
        return
    tops = []
    if top:
        for k in ("numbers", "amounts", "dates", "extract"):
            txt = []
            for kind, label in (("top", "exclusive"), ("incl", "inclusive (with callees)")):
                p = os.path.join(top, f"{kind}.{k}")
                if os.path.exists(p) and os.path.getsize(p):
                    txt.append(f"{label}:\n\n```\n" +
                               open(p, encoding="utf-8", errors="replace").read().rstrip() + "\n```")
            if txt:
                tops.append((k, "\n\n".join(txt)))
    # before the file is opened: opening it truncates it, and git would call the tree changed
    meta = machine(R)
    with open(write, "w", encoding="utf-8") as f:
        f.write("# zhnum benchmark results\n\n")
        f.write("Written by `make bench` (bench/run.sh); see bench/README.md for what each figure "
                "measures and how.\n\n")
        for k, v in meta:
            f.write(f"- **{k}**: {v}\n")
        f.write("\n## Figures\n\n")
        f.write(render(t, md=True) + "\n\n")
        f.write(f"Targets met: {met}; missed: {len(missed)}"
                f"{' (' + '; '.join(missed) + ')' if missed else ''}; not available: {len(na)}.\n")
        if missed:
            f.write("\nWhy the missed targets are missed, and what would close the gap: "
                    "[bench/README.md](README.md#targets-and-where-they-stand).\n")
        if t.notes:
            f.write("\nNotes:\n\n")
            for n in t.notes:
                f.write(f"- {n}\n")
        sm = R.get("sql.method")
        if sm:
            f.write(f"\nSQL method: {sm}\n")
        if tops:
            f.write("\n## Where the core spends its instructions (callgrind Ir, one pass over the inputs)\n")
            for k, txt in tops:
                f.write(f"\n### {k}\n\n{txt}\n")
    print(f"wrote {write}")


if __name__ == "__main__":
    main()
