#!/usr/bin/env python3
"""Labels for the learned claim detector (claims.learned-detect, claims/LearnedClaims.java), from dev gold.

claimdet-labels.py label GOLD_DIR... --pred EXPORT.json --features FEATURES.tsv --out TRAIN.tsv
	FEATURES.tsv: file, speaker, "claim", begin, end, features (EngineExport --claim-features: the complements of the
	parse's claim verbs that no rule claim overlaps, with the speaker the rules resolve, or none). A candidate is labelled
	"claim" when its text pairs (token F1 >= 0.5, as score.py pairs claims) with a gold claim that no claim of the
	export pairs with and its speaker is that gold claim's speaker (as score.py maps names); otherwise "none".
claimdet-labels.py apply GOLD_DIR... --pred EXPORT.json --decisions DECISIONS.tsv --out EXPORT2.json
	DECISIONS.tsv: file, speaker, begin, end (the kept candidates); writes the export with their claims added (none
	for a candidate without a speaker, as the engine adds none).
"""
import argparse, json, sys

from eval_common import align_actors, by_file, claim_pairs, rows_by_file, scorer

S = scorer()


def main():
	ap = argparse.ArgumentParser()
	ap.add_argument("mode")
	ap.add_argument("gold", nargs="+")
	ap.add_argument("--pred", required=True)
	ap.add_argument("--features")
	ap.add_argument("--decisions")
	ap.add_argument("--out", required=True)
	a = ap.parse_args()
	if a.mode == "label":
		articles = by_file(S, a.gold, a.pred)
		cands = rows_by_file(a.features)
		out = open(a.out, "w", encoding="utf-8")
		counts = {}
		for file in sorted(articles):
			g, src = articles[file]
			mapper = align_actors(S, g, src)[3]
			gc = S.dicts(g.get("claims"))
			pairs, gspk, _ = claim_pairs(S, gc, S.dicts(src.get("claims")), mapper)
			used = {gi for _, gi, _ in pairs}
			gtok = [S.tokens(S.mention_text(x.get("text"))) for x in gc]
			body = src.get("body") or ""
			for p in cands.get(file, []):
				ctok = S.tokens(body[int(p[3]):int(p[4])])
				spk = mapper(p[1])
				lab = "none"
				for j in range(len(gc)):
					if j not in used and gspk[j] in spk and S.token_f1(ctok, gtok[j]) >= 0.5:
						lab = "claim"
						break
				counts[lab] = counts.get(lab, 0) + 1
				out.write("%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (file, p[1], p[2], p[3], p[4], lab, p[5]))
		out.close()
		print("labels:", sorted(counts.items()), file=sys.stderr)
	else:
		dec = {}
		with open(a.decisions, encoding="utf-8") as f:
			for line in f:
				p = line.rstrip("\n").split("\t")
				dec.setdefault(p[0], []).append(p)
		data = json.load(open(a.pred, encoding="utf-8"))
		for src in data["sources"]:
			body = src.get("body") or ""
			add = [{"speaker": p[1], "direct": False, "text": body[int(p[2]):int(p[3])], "start": int(p[2]),
					"end": int(p[3])} for p in dec.get(src["file"], []) if p[1]]
			src["claims"] = list(src.get("claims", [])) + add
		json.dump(data, open(a.out, "w", encoding="utf-8"))


if __name__ == "__main__":
	main()
