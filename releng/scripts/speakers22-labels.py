#!/usr/bin/env python3
"""Labels for the document-level claim speakers (claims.document-speakers, claims/DocumentSpeakers.java), from dev gold.

speakers22-labels.py label GOLD_DIR... --pred EXPORT.json --features FEATURES.tsv --out TRAIN.tsv [--audit]
	FEATURES.tsv: file, candidate actor, orphan (its cue offset), begin, end, features (EngineExport
	--speaker22-features: every actor of the document as the speaker of every cue the rules left without one, with the
	text the rules would attribute there). An orphan's text pairs (token F1 >= 0.5, as score.py pairs claims; the best
	overlap) with a gold claim that no claim of the export pairs with; a candidate is labelled "speaker" when its name
	maps (as score.py maps names) to that gold claim's speaker, else "none" (every candidate of an orphan pairing with
	no such gold claim is "none"). --audit prints how the orphans split.
speakers22-labels.py apply GOLD_DIR... --pred EXPORT.json --decisions DECISIONS.tsv --out EXPORT2.json
	DECISIONS.tsv: file, speaker, begin, end (the orphans given a speaker); writes the export with their claims added.
"""
import collections, sys

from eval_common import add_claims, by_file, label_args, rows_by_file, scorer, unpaired_claims

S = scorer()


def main():
	a = label_args(extra=(("--audit", {"action": "store_true"}),))
	if a.mode == "label":
		articles = by_file(S, a.gold, a.pred)
		cands = rows_by_file(a.features)
		out = open(a.out, "w", encoding="utf-8")
		counts = collections.Counter()
		for file in sorted(articles):
			g, src = articles[file]
			mapper, gc, used, gspk, gtok, body = unpaired_claims(S, g, src)
			orphans = collections.OrderedDict()
			for p in cands.get(file, []):
				orphans.setdefault((p[2], p[3], p[4]), []).append(p)
			for (cue, b, e), rows in orphans.items():
				otok = S.tokens(body[int(b):int(e)])
				best, bf = None, 0.5
				for j in range(len(gc)):
					if j in used:
						continue
					f = S.token_f1(otok, gtok[j])
					if f >= bf:
						best, bf = j, f
				right = 0
				for p in rows:
					lab = "speaker" if best is not None and gspk[best] in mapper(p[1]) else "none"
					right += lab == "speaker"
					out.write("%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (file, p[1], p[2], p[3], p[4], lab, p[5]))
				kind = "no gold claim" if best is None else "gold speaker a candidate" if right else "gold speaker no candidate"
				counts[kind] += 1
				if a.audit and best is not None and not right:
					print("%s\t%s\t%s" % (file, gc[best].get("speaker"), body[int(b):int(e)][:100].replace("\n", " ")), file=sys.stderr)
		out.close()
		print("orphans:", sorted(counts.items()), file=sys.stderr)
	else:
		add_claims(a.pred, a.decisions, a.out)


if __name__ == "__main__":
	main()
