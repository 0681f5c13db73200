#!/usr/bin/env python3
"""Labels and cross-validated decisions of the document-level relations (relations.document-pairs, DocumentPairs).

docrel-labels.py label GOLD_DIR... --pred EXPORT.json --features FEATURES.tsv --out TRAIN.tsv
    FEATURES.tsv: file, from, to, begin, end, features (EngineExport --docpair-features: one (actor pair, root)
    candidate a row; features start with root=R and rdr=0|1). A candidate is labelled keep when a gold relation of
    the article has root R and ends that the candidate's ends map to as score.py aligns actors (eval_common), else drop.
docrel-labels.py apply --pred EXPORT.json --leads LEADS.tsv --margin M [--drop D] --out EXPORT2.json
    LEADS.tsv: DocumentPairTrainer --folds (file, from, to, begin, end, root, reader, label, drop's lead over keep).
    Adds every candidate no reader emits whose keep leads drop by more than M, and (with --drop) removes the readers'
    relations of a candidate whose drop leads keep by more than D; prints added/dropped and how many right, by root.
"""
import argparse, json, sys

from eval_common import align_actors, by_file, rows_by_file, scorer


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode")
    ap.add_argument("gold", nargs="*")
    ap.add_argument("--pred", required=True)
    ap.add_argument("--features")
    ap.add_argument("--leads")
    ap.add_argument("--margin", type=float, default=1e9)
    ap.add_argument("--drop", type=float, default=1e9)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--roots", help="comma-separated roots that may be added (default all)")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if a.mode == "label":
        S = scorer()
        articles = by_file(S, a.gold, a.pred)
        cands = rows_by_file(a.features)
        out = open(a.out, "w", encoding="utf-8")
        counts = {}
        for file in sorted(articles):
            g, src = articles[file]
            mapper = align_actors(S, g, src)[3]
            gold = set()
            for r in S.dicts(g.get("relationships")):
                root = S.cameo_root(r.get("cameo"))
                if root is not None:
                    gold.add((S.norm(r.get("from")), S.norm(r.get("to")), root))
            for p in cands.get(file, []):
                feats = p[5].split(" ")
                root = feats[0][len("root="):]
                fe, te = mapper(p[1]), mapper(p[2])
                lab = "keep" if any(x[2] == root and x[0] in fe and x[1] in te for x in gold) else "drop"
                key = (lab, feats[1])
                counts[key] = counts.get(key, 0) + 1
                out.write("%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (file, p[1], p[2], p[3], p[4], lab, p[5]))
        out.close()
        print("labels (label, reader):", sorted(counts.items()), file=sys.stderr)
        return
    add, drop = {}, {}
    stats = {}
    with open(a.leads, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            file, fr, to, root, reader, label, lead = p[0], p[1], p[2], p[5], p[6], p[7], float(p[8])
            if reader == "0" and -lead > a.margin and (not a.roots or root in a.roots.split(",")):
                add.setdefault(file, []).append({"from": fr, "to": to, "cameo": root, "confidence": 0.3})
                s = stats.setdefault(root, [0, 0, 0, 0])
                s[0] += 1
                s[1] += label == "keep"
            elif reader == "1" and lead > a.drop:
                drop.setdefault(file, set()).add((fr, to, root))
                s = stats.setdefault(root, [0, 0, 0, 0])
                s[2] += 1
                s[3] += label == "keep"
    data = json.load(open(a.pred, encoding="utf-8"))
    for src in data["sources"]:
        gone = drop.get(src["file"], set())
        rels = [r for r in src.get("relationships", []) if (r["from"], r["to"], str(r["cameo"])[:2]) not in gone]
        src["relationships"] = rels + add.get(src["file"], [])
    json.dump(data, open(a.out, "w", encoding="utf-8"))
    if not a.quiet:
        tot = [sum(s[k] for s in stats.values()) for k in range(4)]
        print("   added %d (%d right), dropped %d (%d of them right); by root (added/right dropped/right): %s" % (
            tot[0], tot[1], tot[2], tot[3], " ".join("%s:%d/%d %d/%d" % ((r,) + tuple(s)) for r, s in sorted(stats.items()))))


if __name__ == "__main__":
    main()
