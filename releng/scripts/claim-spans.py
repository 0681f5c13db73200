#!/usr/bin/env python3
"""Sorts the claim BOUND errors of an engine export: every gold claim no prediction pairs with (token F1 < .5) although a
predicted claim overlaps its text, by what the predicted text has too much or too little.

    releng/scripts/claim-spans.py GOLD_DIR EXPORT.json [--list CLASS_PREFIX] [--direct]

Pairs are score.py's (eval_common.claim_pairs). For each unpaired gold claim the overlapping predicted claim with the
largest character overlap is compared with it: the text it has before the gold start (head) and after the gold end
(tail), and the gold text it lacks at the start (lack-head) and end (lack-tail). Each side gets a class from its
surface: a cue ("said", "that"), a sentence break, a quotation break, a conjunction ("and", "but"), an attribution
(", he said"), a second gold claim, a comma clause; the prediction is "shared" when score.py already paired it with
another gold claim. --direct counts the direct flags of the paired claims (gold vs predicted).
"""
import collections
import re
import sys

from eval_common import aligned_articles, claim_pairs, find, load_matched, scorer, ws

score = scorer()
QUOTES = "\"“”«»"
CUE = re.compile(r"\b(said|says|say|told|tells|added|adds|stated|noted|stressed|warned|argued|insisted|claimed|"
		r"confirmed|according to|explained|wrote|announced|declared|accused|reported|urged|called|believes?|"
		r"emphasi[sz]ed|underlined|affirmed|asserted|maintained|pointed out|indicated|suggested)\b", re.I)


def side_class(piece, other_gold):
	"""Class of a piece of text a prediction has too much or too little."""
	p = piece.strip()
	if not p:
		return "nothing"
	if other_gold:
		return "another gold claim"
	if re.search(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]", piece) or "\n" in piece.strip():
		return "sentence break"
	if CUE.search(p):
		return "cue/attribution"
	if any(q in p for q in QUOTES):
		return "quote mark"
	if re.match(r"^[,;:]?\s*(and|but|while|whereas|as|because|though|although|so|or|adding|saying)\b", p, re.I) or \
			re.search(r"\b(and|but|while|whereas|because|although)\s*$", p, re.I):
		return "conjunction"
	if re.match(r"^[,;:(–—-]", p) or re.search(r"[,;:)–—-]$", p):
		return "comma/clause"
	if re.match(r"^that\b", p, re.I) or re.search(r"\bthat$", p, re.I):
		return "that"
	return "words"


def run(gold_dir, export, listing=None, direct=False):
	gold, matched, _ = load_matched(score, [gold_dir], export)
	counts = collections.Counter()
	dcount = collections.Counter()
	total = unpaired = 0
	for key, g, p, body, ga, pa, apairs, mapper in aligned_articles(score, gold, matched):
		gc = score.dicts(g.get("claims"))
		pc = score.dicts(p.get("claims"))
		pairs, gspk, pspk = claim_pairs(score, gc, pc, mapper)
		for pi, gi, wrong in pairs:
			dcount[(score.to_bool(gc[gi].get("direct")), score.to_bool(pc[pi].get("direct")))] += 1
		paired_g = {gi: pi for pi, gi, _ in pairs}
		paired_p = {pi: gi for pi, gi, _ in pairs}
		gpos = []
		for x in gc:
			t = score.mention_text(x.get("text")) or ""
			s = find(body, t)
			gpos.append((s, s + len(t)) if s >= 0 else None)
		for gi, x in enumerate(gc):
			total += 1
			if gi in paired_g:
				continue
			unpaired += 1
			if gpos[gi] is None:
				counts[("unlocated",)] += 1
				continue
			gs, ge = gpos[gi]
			best = None
			for pi, y in enumerate(pc):
				ps, pe = y.get("start"), y.get("end")
				if ps is None or pe is None:
					continue
				ov = min(pe, ge) - max(ps, gs)
				if ov > 0 and (best is None or ov > best[0]):
					best = (ov, pi, ps, pe)
			if best is None:
				counts[("no overlap",)] += 1
				continue
			_, pi, ps, pe = best
			others = [gpos[o] for o in range(len(gc)) if o != gi and gpos[o]]

			def has_other(a, b):
				return any(o[0] >= a - 2 and o[1] <= b + 2 and o[1] - o[0] > 10 for o in others)
			parts = []
			if ps < gs:
				parts.append("head: " + side_class(body[ps:gs], has_other(ps, gs)))
			elif ps > gs:
				parts.append("lack-head: " + side_class(body[gs:ps], False))
			if pe > ge:
				parts.append("tail: " + side_class(body[ge:pe], has_other(ge, pe)))
			elif pe < ge:
				parts.append("lack-tail: " + side_class(body[pe:ge], False))
			state = "shared" if pi in paired_p else "unpaired"
			f = score.token_f1(score.tokens(body[ps:pe]), score.tokens(body[gs:ge]))
			cls = (state,) + tuple(parts)
			counts[cls] += 1
			if listing is not None and " | ".join(cls).startswith(listing):
				print(f"--- {' | '.join(cls)}  {key}  f1={f:.2f}")
				a, b = min(ps, gs), max(pe, ge)
				print("   P: " + ws(body[max(0, a - 60):ps]) + " [[" + ws(body[ps:pe]) + "]] " + ws(body[pe:b + 40]))
				print("   G: " + ws(body[max(0, a - 60):gs]) + " {{" + ws(body[gs:ge]) + "}} " + ws(body[ge:b + 40]))
	if listing is None:
		print(f"gold claims {total}, unpaired {unpaired}")
		bystate = collections.Counter()
		for k, n in counts.items():
			bystate[k[0]] += n
		for s, n in bystate.most_common():
			print(f"{s:12} {n:4}")
		side = collections.Counter()
		for k, n in counts.items():
			for part in k[1:]:
				side[(k[0], part)] += n
		print("\nby side (a claim counts on each of its sides):")
		for (s, part), n in sorted(side.items(), key=lambda x: -x[1]):
			print(f"  {n:4}  {s:9} {part}")
		print("\nfull classes:")
		for k, n in counts.most_common(40):
			print(f"  {n:4}  {' | '.join(k)}")
	if direct:
		print("\ndirect flag of paired claims (gold, predicted): " + ", ".join(f"{k}: {n}" for k, n in sorted(
				dcount.items(), key=str)))


if __name__ == "__main__":
	a = sys.argv[1:]
	lst = a[a.index("--list") + 1] if "--list" in a else None
	run(a[0], a[1], lst, "--direct" in a)
