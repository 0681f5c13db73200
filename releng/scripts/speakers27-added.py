#!/usr/bin/env python3
"""Claims one export adds over another and whether score.py pairs each with its gold speaker (speakers27).

    releng/scripts/speakers27-added.py GOLD_DIR BEFORE.json AFTER.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_common import aligned_articles, claim_pairs, load_matched, scorer  # noqa: E402

score = scorer()


def keyset(path):
	out = {}
	for s in json.load(open(path, encoding="utf-8"))["sources"]:
		k = s.get("source") or s.get("file") or s.get("name") or s.get("title")
		out[k] = {(c.get("speaker"), c.get("text")) for c in score.dicts(s.get("claims"))}
	return out


def main():
	gold_dir, before, after = sys.argv[1:4]
	old = json.load(open(before, encoding="utf-8"))["sources"]
	oldc = [{(c.get("speaker"), c.get("text")) for c in score.dicts(s.get("claims"))} for s in old]
	oldall = set().union(*oldc) if oldc else set()
	gold, matched, _ = load_matched(score, [gold_dir], after)
	n = right = paired = 0
	for key, g, p, body, ga, pa, aligned, mapper in aligned_articles(score, gold, matched):
		gc = score.dicts(g.get("claims"))
		pc = score.dicts(p.get("claims"))
		pairs, gspk, pspk = claim_pairs(score, gc, pc, mapper)
		by = {pi: (gi, wrong) for pi, gi, wrong in pairs}
		for pi, c in enumerate(pc):
			if (c.get("speaker"), c.get("text")) in oldall:
				continue
			n += 1
			st = "unpaired"
			if pi in by:
				paired += 1
				st = "WRONG gold=%s" % gspk[by[pi][0]] if by[pi][1] else "right"
				right += 0 if by[pi][1] else 1
			print("%s %s | %s | %s" % (key[:40], st, c.get("speaker"), (c.get("text") or "")[:90]))
	print("added %d, paired %d, right %d" % (n, paired, right))


if __name__ == "__main__":
	main()
