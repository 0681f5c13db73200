#!/usr/bin/env python3
"""Reads switch-ablation.sh's scores.tsv files: what each mechanism switch is worth per set, and how sets agree.

Usage: switch-ablation.py SCORES.tsv... [--decide SET] [--confirm SET] [--held SET]

Effect of a switch on a set = overall F1 (mean of the four parts' F1) with everything on minus with that switch off,
x 1000. Prints every switch that changes any set, the sum of effects per set, the correlation of effects between each
pair of sets, and with --decide/--held how the switches that gain on the decision set do on the held set (with
--confirm also: those that gain on both).
"""
import argparse
import collections
import itertools

PARTS = ("actors", "locations", "claims_attributed", "relations_typed")


def f1(tp, pred, gold):
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def overall(rows, s):
    return sum(f1(*rows[(s, p)]) for p in PARTS) / len(PARTS)


def pearson(a, b):
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    va, vb = sum((x - ma) ** 2 for x in a), sum((y - mb) ** 2 for y in b)
    return cov / (va * vb) ** 0.5 if va and vb else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("scores", nargs="+")
    ap.add_argument("--decide")
    ap.add_argument("--confirm")
    ap.add_argument("--held")
    a = ap.parse_args()
    rows = collections.defaultdict(dict)
    sets = []
    for path in a.scores:
        for line in open(path, encoding="utf-8"):
            sw, s, part, tp, pred, gold = line.rstrip("\n").split("\t")
            rows[sw][(s, part)] = (int(tp), int(pred), int(gold))
            if s not in sets:
                sets.append(s)
    base = rows.pop("none")
    eff = {sw: {s: 1000 * (overall(base, s) - overall(r, s)) for s in sets}
           for sw, r in rows.items() if all((s, p) in r for s in sets for p in PARTS)}
    switches = sorted(eff, key=lambda sw: -eff[sw][sets[0]])
    print("switch".ljust(40) + "".join(s[:10].rjust(11) for s in sets))
    for sw in switches:
        if any(abs(v) > 1e-9 for v in eff[sw].values()):
            print(sw.ljust(40) + "".join(f"{eff[sw][s]:+11.2f}" for s in sets))
    print(f"{len(switches)} switches, {sum(1 for sw in switches if any(abs(v) > 1e-9 for v in eff[sw].values()))} change a set")
    print("sum of effects: " + ", ".join(f"{s} {sum(eff[sw][s] for sw in switches):+.1f}" for s in sets))
    for s, t in itertools.combinations(sets, 2):
        print(f"correlation {s} / {t}: {pearson([eff[sw][s] for sw in switches], [eff[sw][t] for sw in switches]):.2f}")
    if a.decide and a.held:
        def group(label, chosen):
            held = [eff[sw][a.held] for sw in chosen]
            print(f"{label}: {len(chosen)} switches; on {a.held} {sum(v > 1e-9 for v in held)} gain, "
                  f"{sum(abs(v) <= 1e-9 for v in held)} unchanged, {sum(v < -1e-9 for v in held)} lose; "
                  f"sum {sum(held):+.1f} there, {sum(eff[sw][a.decide] for sw in chosen):+.1f} on {a.decide}")
        gain = [sw for sw in switches if eff[sw][a.decide] > 0.5]
        group(f"gain > 0.5 on {a.decide}", gain)
        if a.confirm:
            group(f"  and gain on {a.confirm}", [sw for sw in gain if eff[sw][a.confirm] > 1e-9])
            group(f"  and no gain on {a.confirm}", [sw for sw in gain if eff[sw][a.confirm] <= 1e-9])
        group(f"no gain > 0.5 on {a.decide}", [sw for sw in switches if eff[sw][a.decide] <= 0.5])


if __name__ == "__main__":
    main()
