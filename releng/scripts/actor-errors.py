#!/usr/bin/env python3
"""Actor errors of an engine export against gold, by cause.

  releng/scripts/actor-errors.py GOLD_DIR EXPORT.json [--list] [--shared DIR]

Aligns actors exactly as shared/eval/score.py does (imported from there), then puts every missed gold actor and
every spurious predicted actor in one cause category:

  missed   not-found      no predicted actor shares a name or mention with it
           merged         a predicted actor holds its names but is aligned to another gold actor (two merged)
           split-lost     its names sit only in predicted actors that are aligned elsewhere or share one name
  spurious split         shares a name with a gold actor already aligned to another predicted actor
           place          its name is a gold location of the article
           common-noun    its name is all lower case (a description the gold does not count)
           not-in-gold    a capitalised name the gold never mentions
  aligned  wrong-name     aligned, but the predicted canonical name differs from the gold name (speakers and
                          relation ends then only match through the alignment)

--list prints every error with its article; the default prints the table only.
"""
import argparse
import json
import os
import sys
from collections import Counter, defaultdict

from eval_common import load_matched, print_causes, scorer


def classify(score, gold, pred):
	"""Yields (side, category, name, detail) for one article."""
	gactors = [score.Ent(a) for a in score.dicts(gold.get("actors"))]
	pactors = [score.Ent(a) for a in score.dicts((pred or {}).get("actors"))]
	glocs = set()
	for loc in score.dicts(gold.get("locations")):
		glocs |= score.Ent(loc).names
	pairs = score.align_entities(pactors, gactors)
	p2g = {pi: gi for pi, gi, _ in pairs}
	g2p = {gi: pi for pi, gi, _ in pairs}
	for pi, gi, _ in pairs:
		if pactors[pi].nname != gactors[gi].nname:
			yield ("aligned", "wrong-name", gactors[gi].name, "pred " + pactors[pi].name)
	for gi, g in enumerate(gactors):
		if gi in g2p:
			continue
		holders = [pi for pi, p in enumerate(pactors) if p.names & g.names]
		if not holders:
			yield ("missed", "not-found", g.name, "mentions " + "|".join(sorted(g.mentions)))
			continue
		owners = [pactors[pi].name + "->" + (gactors[p2g[pi]].name if pi in p2g else "-") for pi in holders]
		cat = "merged" if any(pi in p2g for pi in holders) else "split-lost"
		yield ("missed", cat, g.name, "in " + "; ".join(owners))
	for pi, p in enumerate(pactors):
		if pi in p2g:
			continue
		shared = [g for gi, g in enumerate(gactors) if p.names & g.names]
		if shared:
			yield ("spurious", "split", p.name, "of " + "; ".join(g.name for g in shared))
		elif p.names & glocs:
			yield ("spurious", "place", p.name, "")
		elif p.name == p.name.lower():
			yield ("spurious", "common-noun", p.name, "mentions " + "|".join(sorted(p.mentions)))
		else:
			yield ("spurious", "not-in-gold", p.name,
				"mentions " + "|".join(sorted(p.mentions)))


def main(argv=None):
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("gold")
	ap.add_argument("export")
	ap.add_argument("--list", action="store_true")
	ap.add_argument("--shared", default=os.environ.get("SOURCEBENCH_SHARED", "/work/shared"))
	a = ap.parse_args(argv)
	score = scorer(a.shared)
	gold, matched, warnings = load_matched(score, [a.gold], a.export)
	counts = Counter()
	rows = defaultdict(list)
	for art in sorted(gold):
		for side, cat, name, detail in classify(score, gold[art][1], matched.get(art)):
			counts[(side, cat)] += 1
			rows[(side, cat)].append((art, name, detail))
	print_causes(counts, rows, a.list)
	return 0


if __name__ == "__main__":
	sys.exit(main())
