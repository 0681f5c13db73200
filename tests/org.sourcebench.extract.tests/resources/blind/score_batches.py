#!/usr/bin/env python3
"""Scores an export against the blind gold per batch (conflict area) and overall with score.py's own functions.

Usage: score_batches.py SCORE_PY_DIR EXPORT.json [--markdown]
SCORE_PY_DIR is the folder holding score.py (shared/eval); the gold is gold/ next to this script.
Prints F1 of actors, locations, attributed claims, typed relations and overall per batch and for all 12.
"""
import glob, os, sys

BATCHES = [("Russia-Ukraine", ("201", "202")), ("Sudan", ("203", "204")), ("Koreas", ("205", "206")),
           ("Latin America", ("207", "208")), ("Myanmar", ("209", "210")), ("Israel-Gaza", ("211", "212"))]


def main(argv):
    sys.path.insert(0, argv[1])
    import score
    here = os.path.dirname(os.path.abspath(__file__))
    warnings = []
    gold = score.load_gold([os.path.join(here, "gold")], warnings)
    pred = score.load_pred(argv[2], warnings)
    matched = score.match_sources(gold, pred, warnings)
    rows = []
    for label, prefixes in BATCHES + [("all 12", tuple(k[:3] for k in gold))]:
        total = score.empty_counts()
        for key in sorted(gold):
            if key[:3] in prefixes:
                c, _ = score.score_source(gold[key][1], matched[key])
                score.add_counts(total, c)
        s = score.summarise(total)
        rows.append((label, s["actors"]["f1"], s["locations"]["f1"], s["claims_attributed"]["f1"],
                     s["relations_typed"]["f1"], s["overall_f1"]))
    md = "--markdown" in argv
    head = ("batch", "actors", "locations", "claims attributed", "typed relations", "overall")
    if md:
        print("| " + " | ".join(head) + " |")
        print("|---|---:|---:|---:|---:|---:|")
        for r in rows:
            print("| %s | %.3f | %.3f | %.3f | %.3f | %.3f |" % r)
    else:
        print("%-16s %8s %9s %8s %8s %8s" % ("batch", "actors", "locations", "claims*", "rel", "overall"))
        for r in rows:
            print("%-16s %8.3f %9.3f %8.3f %8.3f %8.3f" % r)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
