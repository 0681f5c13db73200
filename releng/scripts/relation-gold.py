#!/usr/bin/env python3
"""Gold annotations -> the flat TSV the learned relation model's trainer reads
(org.sourcebench.extract.eval.RelationTrainer): one line per actor (article, "A", name, mention|mention...)
and per relationship (article, "R", from, to, CAMEO root, evidence).

Usage: relation-gold.py OUT.tsv GOLD_DIR_OR_FILE...
releng/scripts/train-relations.sh passes the STUDY half (and optionally own and seed): never check or fresh.
"""
import glob
import json
import os
import sys


def files(args):
    for a in args:
        if os.path.isdir(a):
            yield from sorted(glob.glob(os.path.join(a, "*.json")))
        else:
            yield a


def clean(s):
    return " ".join(str(s or "").split()).replace("|", " ")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, args = sys.argv[1], sys.argv[2:]
    rows = []
    for f in files(args):
        with open(f, encoding="utf-8") as fh:
            g = json.load(fh)
        art = os.path.splitext(os.path.basename(g.get("article") or f))[0]
        for a in g.get("actors", []):
            ms = [m["text"] if isinstance(m, dict) else m for m in a.get("mentions", [])]
            rows.append("\t".join([art, "A", clean(a["name"]), "|".join(clean(m) for m in ms)]))
        for r in g.get("relationships", []):
            ev = r.get("evidence")
            ev = ev.get("text") if isinstance(ev, dict) else ev
            rows.append("\t".join([art, "R", clean(r["from"]), clean(r["to"]), str(r["cameo"])[:2], clean(ev)]))
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as o:
        o.write("\n".join(rows) + "\n")
    os.replace(tmp, out)
    print(f"{out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
