#!/usr/bin/env python3
"""Post-hoc application of the roots-beyond-the-dictionary proposer's cross-validated leads (train-relroot23.sh).

relroot23-apply.py --pred EXPORT.json --leads LEADS.tsv --mode u|a --margin M --out EXPORT2.json
    LEADS.tsv: file, from, to, mode, root, lead, label (syntax.train.RelationRerootTrainer --folds: per article and
    ordered pair the best root no dictionary word supports, mode u, or the best of all roots, mode a). Adds, as
    LearnedReroot does in the engine, each pair's root whose lead exceeds M when the export has no relation
    from -> to and both ends are actors of the export; prints the added
    relations by root with how many the candidate's label says are right (the root gold gives the pair there).
relroot23-apply.py ... --strip EXPORT3.json --strip-out EXPORT4.json
    also writes EXPORT3 without the relations the leads add to EXPORT (from, to, root): with EXPORT the dump the leads
    were made on (retrain-learned.sh step 9, every component before the proposer on) and EXPORT3 the stacked CV export
    (all on, the same fold models), EXPORT4 is the stacked CV with the proposer off (nothing after it reads relations).
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
    p.add_argument("--strip")
    p.add_argument("--strip-out")
    a = p.parse_args()
    leads = rows_by_file(a.leads)
    data = json.load(open(a.pred, encoding="utf-8"))
    added = collections.Counter()
    right = collections.Counter()
    made = set()
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
            made.add((src["file"], f, t, root))
            added[root] += 1
            right[root] += label == root
        src["relationships"] = rels
    json.dump(data, open(a.out, "w", encoding="utf-8"))
    if a.strip:
        other = json.load(open(a.strip, encoding="utf-8"))
        gone = 0
        for src in other["sources"]:
            rels = src.get("relationships", [])
            kept = [r for r in rels if (src["file"], r.get("from"), r.get("to"), r.get("cameo")) not in made]
            gone += len(rels) - len(kept)
            src["relationships"] = kept
        json.dump(other, open(a.strip_out, "w", encoding="utf-8"))
        print("   stripped %d of the %d added from %s" % (gone, len(made), a.strip))
    print("   added %d, %d right (label): %s" % (sum(added.values()), sum(right.values()),
          " ".join("%s %d/%d" % (r, right[r], added[r]) for r in sorted(added))))


if __name__ == "__main__":
    main()
