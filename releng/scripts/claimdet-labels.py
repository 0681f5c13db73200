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

from eval_common import add_claims, label_args, scorer, unpaired_claims, write_labels

S = scorer()


def labeller(file, g, src):
	mapper, gc, used, gspk, gtok, body = unpaired_claims(S, g, src)

	def label(p):
		ctok = S.tokens(body[int(p[3]):int(p[4])])
		spk = mapper(p[1])
		for j in range(len(gc)):
			if j not in used and gspk[j] in spk and S.token_f1(ctok, gtok[j]) >= 0.5:
				return "claim"
		return "none"
	return label


def main():
	a = label_args()
	if a.mode == "label":
		write_labels(S, a.gold, a.pred, a.features, a.out, labeller)
	else:
		add_claims(a.pred, a.decisions, a.out)


if __name__ == "__main__":
	main()
