#!/usr/bin/env python3
"""Heads and labels for the learned description resolver (actors.learned-coref, entity22), from development gold.

coref-labels.py heads GOLD_DIR... --out HEADS.txt [--min N]
    The description heads of the gold: the last word of every lower-case actor mention ("government", "ruling junta",
    "the group"), one a line, kept when at least N articles (default 2) list such a mention.
coref-labels.py label GOLD_DIR... --pred EXPORT.json --features PAIRS.tsv --out TRAIN.tsv
    PAIRS.tsv: file, actor, description, begin, end, features (EngineExport --coref-features, the switch off: every
    pair of an unresolved definite description and an actor named before it). A pair is labelled keep when the
    description's text (score.py's norm) is a mention of a gold actor that score.py aligns with the pair's actor,
    else drop. Descriptions no gold actor lists, or whose gold actor no candidate aligns with, keep all pairs drop
    (the "none" rows).
coref-labels.py audit GOLD_DIR... --pred EXPORT.json
    Study audit: the gold's lower-case mentions by whether the export lists them for the aligned actor, another
    actor or none.
"""
import argparse, collections, sys

from eval_common import align_actors, by_file, rows_by_file, scorer


def lower_mention(S, text):
	"""The head of a lower-case mention ("ruling junta" -> "junta"), or None."""
	n = S.norm(text)
	w = n.split()
	if not w or not text:
		return None
	raw = text.strip()
	if raw.lower().startswith("the "):
		raw = raw[4:]
	if not raw or not raw[0].islower():
		return None
	head = w[-1]
	return head if head.isalpha() and len(w) <= 4 else None


def main():
	ap = argparse.ArgumentParser()
	ap.add_argument("mode")
	ap.add_argument("gold", nargs="*")
	ap.add_argument("--pred")
	ap.add_argument("--features")
	ap.add_argument("--out")
	ap.add_argument("--min", type=int, default=2)
	a = ap.parse_args()
	S = scorer()
	if a.mode == "heads":
		warnings = []
		gold = S.load_gold(list(a.gold), warnings)
		df = collections.Counter()
		for key in gold:
			hs = set()
			for g in S.dicts(gold[key][1].get("actors")):
				for m in S.as_list(g.get("mentions")):
					h = lower_mention(S, S.mention_text(m))
					if h:
						hs.add(h)
			df.update(hs)
		heads = sorted(h for h, n in df.items() if n >= a.min)
		open(a.out, "w", encoding="utf-8").write("".join(h + "\n" for h in heads))
		print("heads: %d" % len(heads), file=sys.stderr)
		return
	articles = by_file(S, a.gold, a.pred)
	if a.mode == "audit":
		c = collections.Counter()
		for file, (g, src) in sorted(articles.items()):
			ga, pa, pairs, _ = align_actors(S, g, src)
			al = {gi: pi for pi, gi, _ in pairs}
			for gi, gd in enumerate(S.dicts(g.get("actors"))):
				for m in S.as_list(gd.get("mentions")):
					t = S.mention_text(m)
					if not lower_mention(S, t):
						continue
					n = S.norm(t)
					if gi in al and n in pa[al[gi]].mentions:
						c["aligned actor has it"] += 1
					elif any(n in p.mentions for p in pa):
						c["another actor has it"] += 1
					elif gi in al:
						c["none has it, gold actor aligned"] += 1
					else:
						c["none has it, gold actor missed"] += 1
		for k, v in sorted(c.items()):
			print("%6d  %s" % (v, k))
		return
	rows = rows_by_file(a.features)
	counts = collections.Counter()
	with open(a.out, "w", encoding="utf-8") as out:
		for file in sorted(rows):
			if file not in articles:
				continue
			g, src = articles[file]
			ga, pa, pairs, _ = align_actors(S, g, src)
			gold_of = {}
			for pi, gi, _ in pairs:
				gold_of.setdefault(pa[pi].name, set()).add(gi)
			for p in rows[file]:
				n = S.norm(p[2])
				owners = {gi for gi, ge in enumerate(ga) if n in ge.mentions}
				lab = "keep" if owners & gold_of.get(p[1], set()) else "drop"
				counts[lab] += 1
				counts["described" if owners else "none"] += 1
				out.write("%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (file, p[1], p[2], p[3], p[4], lab, p[5]))
	print("labels:", sorted(counts.items()), file=sys.stderr)


if __name__ == "__main__":
	main()
