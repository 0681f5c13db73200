#!/usr/bin/env python3
"""seed-spread.py OUT CONFIG... : the row-level cross-validated decisions of the seven learned components, per training
method, and how many of them change with the shuffle seeds (releng/scripts/seed-spread.sh makes the inputs).

OUT holds the seven training-row files of the last dump (claimdet-train.tsv, locfilter-train.tsv, relroots-train.tsv,
actfilter-train.tsv, relfilter-train.tsv, locdet-train.tsv, actdet-train.tsv) and, per CONFIG (a folder name under
OUT/spread, "K.OFFSET": K seeds averaged, every seed moved by OFFSET), each trainer's --folds output at the engine's
margin. Per component and config it prints the decisions the CV takes (claims and relations added, actors and
places added, actors, locations and relations dropped), how many of them the labels call right, net (right - wrong),
and, for two configs with the same K, how many decisions differ (the seed spread)."""
import collections, os, sys

from eval_common import tsv_rows

out, configs = sys.argv[1], sys.argv[2:]

def rows(name):
	return list(tsv_rows(os.path.join(out, name)))

def proposed(cfg, name, right):
	"""The rows a proposer's cross-validation added (its --folds decisions in `name`, the first four cells the key):
	key -> right(key)."""
	decided = {tuple(p[:4]) for p in tsv_rows(os.path.join(out, "spread", cfg, name))}
	return {k: right(k) for k in decided}

def claimdet(cfg):
	lab = {(p[0], p[1], p[3], p[4]): p[5] for p in rows("claimdet-train.tsv")}
	return proposed(cfg, "claimdet.3.0.tsv", lambda k: lab.get(k) == "claim")

def relroots(cfg):
	pos = {(p[0], p[1], p[2], p[5]) for p in rows("relroots-train.tsv")}
	return proposed(cfg, "relroots.3.0.tsv", lambda k: k in pos)

def leads(cfg, name, key, label, lead, margin, sign, good):
	"""Rows whose sign * lead exceeds margin: decided (sign 1: dropped, -1: added); right when the label is good."""
	res = {}
	for i, p in enumerate(tsv_rows(os.path.join(out, "spread", cfg, name))):
		if sign * float(p[lead]) > margin:
			res[tuple(p[k] for k in key) + (i,)] = p[label] == good
	return res

parts = [
	("claim detector (added)", claimdet),
	("location filter (dropped)", lambda c: leads(c, "locfilter.tsv", (0, 1), 2, 3, 18, 1, "drop")),
	("relation proposer (added)", relroots),
	("actor filter (dropped)", lambda c: leads(c, "actfilter.tsv", (0, 1), 2, 3, 3, 1, "drop")),
	("relation filter (dropped)", lambda c: leads(c, "relfilter.tsv", (0, 1, 2, 5), 6, 7, 100, 1, "drop")),
	("location detector (added)", lambda c: leads(c, "locdet.tsv", (0, 1), 2, 3, 25, -1, "keep")),
	("actor detector (added)", lambda c: leads(c, "actdet.tsv", (0, 1), 2, 3, 6, -1, "keep")),
]
decided = collections.defaultdict(dict)
for title, f in parts:
	print("== " + title)
	for c in configs:
		try:
			d = f(c)
		except FileNotFoundError as e:
			print("   %-10s missing %s" % (c, e.filename))
			continue
		decided[title][c] = d
		right = sum(1 for v in d.values() if v)
		print("   %-10s %5d decided, %5d right, net %+d" % (c, len(d), right, right - (len(d) - right)))
	cs = [c for c in configs if c in decided[title]]
	for i, a in enumerate(cs):
		for b in cs[i + 1:]:
			if a.split(".")[0] == b.split(".")[0]:
				x, y = set(decided[title][a]), set(decided[title][b])
				print("   seeds %s vs %s: %d decisions differ (%d only in the first, %d only in the second)"
						% (a, b, len(x ^ y), len(x - y), len(y - x)))
