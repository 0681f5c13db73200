#!/usr/bin/env python3
"""Predicted claims a switch adds and removes, and how many of each are right (paired by score.py with the right speaker).

    releng/scripts/claims28-added.py GOLD_DIR OFF.json ON.json

A claim is (speaker, start, end); added = in ON only, removed = in OFF only. Pairs are score.py's (eval_common).
"""
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_common import aligned_articles, claim_pairs, load_matched, scorer  # noqa: E402

score = scorer()


def right_keys(gold_dir, export):
	gold, matched, _ = load_matched(score, [gold_dir], export)
	keys, right = {}, set()
	for key, g, p, body, ga, pa, apairs, mapper in aligned_articles(score, gold, matched):
		pc = score.dicts(p.get("claims"))
		pairs, _, _ = claim_pairs(score, score.dicts(g.get("claims")), pc, mapper)
		ks = [(key, c.get("speaker"), c.get("start"), c.get("end")) for c in pc]
		keys[key] = set(ks)
		for pi, gi, wrong in pairs:
			if not wrong:
				right.add(ks[pi])
	return keys, right


def main(argv):
	off, roff = right_keys(argv[0], argv[1])
	on, ron = right_keys(argv[0], argv[2])
	added = set().union(*[on[k] - off.get(k, set()) for k in on])
	removed = set().union(*[off[k] - on.get(k, set()) for k in off])
	arts = {k[0] for k in added | removed}
	print(f"added {len(added)} (right {len(added & ron)}), removed {len(removed)} (right {len(removed & roff)}), "
			f"in {len(arts)} articles; right {len(roff)} -> {len(ron)}")
	if "-v" in argv:
		for k in sorted(added | removed):
			print(("+" if k in added else "-") + ("R" if k in ron or k in roff else " "), k)
	return 0


if __name__ == "__main__":
	sys.exit(main(sys.argv[1:]))
