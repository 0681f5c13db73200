#!/usr/bin/env python3
"""Gold annotations -> the flat TSV the learned relation linker's trainer reads
(org.sourcebench.extract.relations.train.LinkerTrainer): one line per actor
(article, "A", name, mention|mention...) and per relationship (article, "R", from, to, CAMEO root).

Usage: linker-gold.py OUT.tsv GOLD_DIR_OR_FILE...   (only the STUDY half, own and seed: never the check half)
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
    return " ".join(str(s).split()).replace("|", " ")


def main():
    out, args = sys.argv[1], sys.argv[2:]
    rows = []
    for f in files(args):
        g = json.load(open(f, encoding="utf-8"))
        art = os.path.splitext(os.path.basename(g.get("article") or f))[0]
        for a in g.get("actors", []):
            ms = [m["text"] if isinstance(m, dict) else m for m in a.get("mentions", [])]
            rows.append("\t".join([art, "A", clean(a["name"]), "|".join(clean(m) for m in ms)]))
        for r in g.get("relationships", []):
            rows.append("\t".join([art, "R", clean(r["from"]), clean(r["to"]), str(r["cameo"])[:2]]))
    with open(out, "w", encoding="utf-8") as o:
        o.write("\n".join(rows) + "\n")
    print(f"{out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
