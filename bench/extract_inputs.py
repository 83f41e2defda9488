#!/usr/bin/env python3
"""bench/extract_inputs.py CONFORMANCE_DIR OUT_DIR [--no-realtext]

Write the input strings of the conformance corpora, one per line, into
OUT_DIR/numbers.txt, OUT_DIR/amounts.txt and OUT_DIR/dates.txt for
bench/core_bench.c.  Only the strings are taken (no expectations); the
benchmark measures how fast the core parses them, whether or not they parse.

  numbers.txt  amounts.jsonl: task parse, kind number/percent/digits, and task
               reject (inputs that must fail); realtext: spans without a
               currency and without a unit other than %
  amounts.txt  amounts.jsonl: task parse, kind money; realtext: spans with a
               currency
  dates.txt    dates.jsonl: the matched substring where the record names one
               (its "match"), else the input; realtext: date spans

--no-realtext leaves out realtext-*.jsonl: that is how bench/inputs/ (the
fallback committed in the repo, for a clone without ../shared) is built, since
the realtext corpus may not be copied into the repository.
"""
import glob
import json
import os
import sys


def clean(s):
    if not isinstance(s, str):
        return None
    s = s.strip()
    if not s or "\n" in s or "\r" in s:
        return None
    return s


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    no_realtext = "--no-realtext" in sys.argv
    if len(args) != 2:
        sys.exit(__doc__)
    src, out = args
    os.makedirs(out, exist_ok=True)
    numbers, amounts, dates = [], [], []

    path = os.path.join(src, "amounts.jsonl")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                s = clean(r.get("input"))
                if s is None:
                    continue
                task, kind = r.get("task"), r.get("kind")
                if task == "parse" and kind in ("number", "percent", "digits"):
                    numbers.append(s)
                elif task == "reject" and kind == "number":
                    numbers.append(s)
                elif task == "parse" and kind == "money":
                    amounts.append(s)

    path = os.path.join(src, "dates.jsonl")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                s = clean(r.get("match")) or clean(r.get("input"))
                if s is not None:
                    dates.append(s)

    if not no_realtext:
        for path in sorted(glob.glob(os.path.join(src, "realtext-*.jsonl"))):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    for a in r.get("amounts") or []:
                        s = clean(a.get("span"))
                        if s is None:
                            continue
                        if a.get("currency"):
                            amounts.append(s)
                        elif a.get("unit") in (None, "%"):
                            numbers.append(s)
                    for d in r.get("dates") or []:
                        s = clean(d.get("span"))
                        if s is not None:
                            dates.append(s)

    for name, items in (("numbers", numbers), ("amounts", amounts), ("dates", dates)):
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            for s in items:
                f.write(s + "\n")
        print(f"{name}: {len(items)} inputs")


if __name__ == "__main__":
    main()
