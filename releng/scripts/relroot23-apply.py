#!/usr/bin/env python3
"""Post-hoc application of the roots-beyond-the-dictionary proposer's cross-validated leads (train-relroot23.sh).

relroot23-apply.py --pred EXPORT.json --leads LEADS.tsv --mode u|a --margin M --out EXPORT2.json
    LEADS.tsv: file, from, to, mode, root, lead, label (syntax.train.RelationRerootTrainer --folds: per article and
    ordered pair the best root no dictionary word supports, mode u, or the best of all roots, mode a). Adds, as
    LearnedReroot does in the engine, each pair's root whose lead exceeds M when the export has no relation
    from -> to and both ends are actors of the export; prints the added
    relations by root with how many the candidate's label says are right (the root gold gives the pair there).
"""
import argparse
import collections
import json

from eval_common import rows_by_file


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--pred", required=True)
    p.add_argument("--leads", required=True)
    p.add_argument("--mode", default="u")
    p.add_argument("--margin", type=float, default=4.0)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    leads = rows_by_file(a.leads)
    data = json.load(open(a.pred, encoding="utf-8"))
    added = collections.Counter()
    right = collections.Counter()
    for src in data["sources"]:
        rels = list(src.get("relationships", []))
        names = {x.get("name") for x in src.get("actors", [])}
        have = {(r.get("from"), r.get("to")) for r in rels}
        for row in leads.get(src["file"], []):
            _, f, t, mode, root, lead, label = row[:7]
            if mode != a.mode or float(lead) <= a.margin or (f, t) in have or f not in names or t not in names:
                continue
            rels.append({"from": f, "to": t, "cameo": root, "confidence": 0.25})
            have.add((f, t))
            added[root] += 1
            right[root] += label == root
        src["relationships"] = rels
    json.dump(data, open(a.out, "w", encoding="utf-8"))
    print("   added %d, %d right (label): %s" % (sum(added.values()), sum(right.values()),
          " ".join("%s %d/%d" % (r, right[r], added[r]) for r in sorted(added))))


if __name__ == "__main__":
    main()
