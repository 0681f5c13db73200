#!/usr/bin/env python3
"""The audit of roots beyond the dictionary (train-relroot23.sh, relations.learned-reroot).

relroot23-audit.py roots GOLD_DIR... --pred EXPORT.json
    typed relations right/predicted/gold by gold/predicted root; WRONG-ROOT errors (a predicted relation no gold
    relation matches typed whose ends gold relates, this way or the other, with another root): the confusions
    predicted -> gold root, counts only.
relroot23-audit.py unsupported --train TRAIN.tsv [--files LIST]
    TRAIN.tsv: the labelled candidate dump (relclass-labels.py label): candidates whose gold root is one no dictionary
    word of the path supports (LearnedRoots.supported: pd=, lcad=, sf=, st= features), by root, with their path's top
    lemmas (lca=) — the words that carry them — and how many no dictionary word of the whole sentence supports
    (sd=, the reroot dump's sentence roots); with --files only those articles (e.g. study's).
"""
import argparse
import collections
import os
import sys

from eval_common import by_file, scorer, tsv_rows, typed_relations

S = scorer()


def roots(a):
    right, pred, gold = collections.Counter(), collections.Counter(), collections.Counter()
    conf = collections.Counter()
    wrong_pairs = 0
    for file, (g, src) in sorted(by_file(S, a.gold, a.pred).items()):
        from eval_common import align_actors
        mapper = align_actors(S, g, src)[3]
        grels = S.dicts(g.get("relationships"))
        prels = S.dicts(src.get("relationships"))
        g_ft, g_code, p_from, p_to, p_code, typed = typed_relations(S, grels, prels, mapper)
        for c in g_code:
            gold[c] += 1
        for i, c in enumerate(p_code):
            pred[c] += 1
            if i in typed:
                right[c] += 1
                continue
            other = [g_code[j] for j in range(len(grels)) if (g_ft[j][0] in p_from[i] and g_ft[j][1] in p_to[i])
                     or (g_ft[j][1] in p_from[i] and g_ft[j][0] in p_to[i])]
            if other and c not in other:
                wrong_pairs += 1
                conf[(c, other[0])] += 1
    print("typed by root (right/predicted/gold):")
    for r in sorted(set(gold) | set(pred), key=lambda x: (x is None, x or "")):
        print("  %s %d/%d/%d" % (r, right[r], pred[r], gold[r]))
    print("total %d/%d/%d" % (sum(right.values()), sum(pred.values()), sum(gold.values())))
    print("wrong-root predictions (gold relates the ends with another root): %d; top confusions pred->gold:" % wrong_pairs)
    print("  " + ", ".join("%s->%s %d" % (p, q, n) for (p, q), n in conf.most_common(25)))


def unsupported(a):
    keep = None
    if a.files:
        keep = {os.path.basename(l.strip()).replace(".json", ".txt") for l in open(a.files)}
    by_root, sup_root, sent_root = collections.Counter(), collections.Counter(), collections.Counter()
    words = collections.defaultdict(collections.Counter)
    for p in tsv_rows(a.train):
        if keep is not None and p[0] not in keep:
            continue
        lab = p[5]
        if lab == "none":
            continue
        feats = p[6].split(" ")
        sup = {f.split("=", 1)[1] for f in feats if f.split("=", 1)[0] in ("pd", "lcad", "sf", "st")}
        if lab in sup:
            sup_root[lab] += 1
            continue
        by_root[lab] += 1
        if lab not in {f[3:] for f in feats if f.startswith("sd=")}:
            sent_root[lab] += 1
        for f in feats:
            if f.startswith("lca="):
                words[lab][f[4:]] += 1
    print("labelled candidates: gold root supported by the path %d, unsupported %d (by no word of the sentence %d)"
          % (sum(sup_root.values()), sum(by_root.values()), sum(sent_root.values())))
    for r, n in by_root.most_common():
        print("  %s unsupported %d (by no sentence word %d; supported %d): %s" % (r, n, sent_root[r], sup_root[r],
              ", ".join("%s %d" % w for w in words[r].most_common(12))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode")
    ap.add_argument("gold", nargs="*")
    ap.add_argument("--pred")
    ap.add_argument("--train")
    ap.add_argument("--files")
    a = ap.parse_args()
    {"roots": roots, "unsupported": unsupported}[a.mode](a)


if __name__ == "__main__":
    sys.exit(main())
