#!/usr/bin/env python3
"""Scores an export against a blind batch's gold per batch (conflict area) and overall with score.py's own functions.

Usage: score_batches.py SCORE_PY_DIR EXPORT.json [--set blind|blind2] [--markdown] [--detail]
SCORE_PY_DIR is the folder holding score.py (shared/eval); the gold is <set>/gold next to this script's folder
(default set: blind, this folder). Prints F1 of actors, locations, attributed claims, typed relations and overall
per batch and for all articles; --detail adds P, R, F1 and tp/pred/gold per batch and category.
"""
import os, sys

SETS = {
    "blind": [("Russia-Ukraine", ("201", "202")), ("Sudan", ("203", "204")), ("Koreas", ("205", "206")),
              ("Latin America", ("207", "208")), ("Myanmar", ("209", "210")), ("Israel-Gaza", ("211", "212"))],
    "blind2": [("Syria/Middle East 2016-2019", ("301", "302", "303", "304", "305", "306")),
               ("Other conflicts", ("307", "308", "309", "310", "311", "312"))],
}
CATEGORIES = [("actors", "actors"), ("locations", "locations"), ("claims_attributed", "claims attributed"),
              ("relations_typed", "typed relations")]


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    name = argv[argv.index("--set") + 1] if "--set" in argv else "blind"
    if name not in SETS:
        print("unknown set %s (one of %s)" % (name, ", ".join(SETS)), file=sys.stderr)
        return 2
    args = [a for a in args if a != name]
    sys.path.insert(0, args[0])
    import score
    here = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), name)
    warnings = []
    gold = score.load_gold([os.path.join(here, "gold")], warnings)
    pred = score.load_pred(args[1], warnings)
    matched = score.match_sources(gold, pred, warnings)
    rows = []
    batches = SETS[name] + [("all %d" % len(gold), tuple(k[:3] for k in gold))]
    for label, prefixes in batches:
        total = score.empty_counts()
        for key in sorted(gold):
            if key[:3] in prefixes:
                c, _ = score.score_source(gold[key][1], matched[key])
                score.add_counts(total, c)
        rows.append((label, score.summarise(total)))
    width = max(16, max(len(r[0]) for r in rows))
    if "--markdown" in argv:
        print("| batch | actors | locations | claims attributed | typed relations | overall |")
        print("|---|---:|---:|---:|---:|---:|")
        for label, s in rows:
            print("| %s | %s | %.3f |" % (label, " | ".join("%.3f" % s[k]["f1"] for k, _ in CATEGORIES),
                                         s["overall_f1"]))
        if "--detail" in argv:
            print()
            print("| batch | category | P | R | F1 | tp/pred/gold |")
            print("|---|---|---:|---:|---:|---:|")
            for label, s in rows:
                for k, title in CATEGORIES:
                    t = s[k]
                    print("| %s | %s | %.3f | %.3f | %.3f | %d/%d/%d |" % (label, title, t["p"], t["r"], t["f1"],
                                                                         t["tp"], t["pred"], t["gold"]))
    else:
        print("%-*s %8s %9s %8s %8s %8s" % (width, "batch", "actors", "locations", "claims*", "rel", "overall"))
        for label, s in rows:
            print("%-*s %8.3f %9.3f %8.3f %8.3f %8.3f" % ((width, label) + tuple(s[k]["f1"] for k, _ in CATEGORIES)
                                                          + (s["overall_f1"],)))
        if "--detail" in argv:
            for label, s in rows:
                print()
                print(label)
                for k, title in CATEGORIES:
                    t = s[k]
                    print("  %-18s P %.3f  R %.3f  F1 %.3f  %d/%d/%d" % (title, t["p"], t["r"], t["f1"], t["tp"],
                                                                        t["pred"], t["gold"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
