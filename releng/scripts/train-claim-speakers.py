#!/usr/bin/env python3
"""Trains the speaker choice of claims/SpeakerChoice.java (switch claims.speaker-choice) on the study half's gold.

    releng/scripts/train-claim-speakers.py GOLD_DIR EXPORT.json TRACE [--write MODEL.tsv] [--threshold P]
                                           [--folds N]

TRACE is the standard error of an export run with -Dsourcebench.trace.speakers=true (lines "#spk": one candidate
speaker of a cue whose subject the rules did not resolve, with its features). A candidate is labelled right when a
gold claim pairs with the cue's claim text (token F1 >= .5, as score.py pairs claims) and its speaker is the
candidate (actor names mapped as score.py maps them). The model is a logistic regression over the candidates, fitted
by plain batch gradient descent from zero weights with a fixed number of steps (no randomness: the same trace gives
the same file, byte for byte). --folds N prints, for thresholds .3 .. .8, how many cues the best candidate would
speak and how many of those would be right, with the model refitted N times on all articles but a fold (articles
assigned to folds by their order in the export). --write writes the weights fitted on everything, with @threshold.
Train only on the study half: never on select, check, fresh or a held-out batch.
"""
import collections
import math
import re
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_common import aligned_articles, load_matched, scorer  # noqa: E402

STEPS = 3000
RATE = 0.5
L2 = 0.001
HEADER = """# Learned speaker choice for cues whose subject the rules could not resolve (claims/SpeakerChoice.java,
# switch claims.speaker-choice): logistic-regression weights over the features SpeakerChoice computes, trained
# on the study half's gold by releng/scripts/train-claim-speakers.py; @threshold: the probability a claim needs.
"""


def read_trace(path):
	"""(doc length, prefix) -> cue offset -> [(begin, end, candidate name, {feature: value})]."""
	docs = collections.defaultdict(lambda: collections.defaultdict(list))
	for line in open(path, encoding="utf-8"):
		if not line.startswith("#spk\t"):
			continue
		f = line.rstrip("\n").split("\t")
		feats = {}
		for kv in f[8].split(","):
			if kv:
				k, v = kv.rsplit(":", 1)
				feats[k] = float(v)
		docs[(int(f[1]), f[2])][int(f[3])].append((int(f[4]), int(f[5]), f[6], feats))
	return docs


def instances(gold_dir, export, trace):
	"""[(article, [(features, label)])] per cue, in export order."""
	score = scorer()
	gold, matched, _ = load_matched(score, [gold_dir], export)
	docs = read_trace(trace)
	out = []
	for key, g, p, body, ga, pa, pairs, mapper in aligned_articles(score, gold, matched):
		doc = docs.get((len(body), re.sub(r"[ \t\n\x0b\f\r]", " ", body[:60])))
		if doc is None:
			doc = next((d for (n, pre), d in docs.items() if n == len(body)), None)
		if doc is None:
			continue
		gc = score.dicts(g.get("claims"))
		gtok = [score.tokens(score.mention_text(x.get("text"))) for x in gc]
		for cue in sorted(doc):
			cands = doc[cue]
			b, e = cands[0][0], cands[0][1]
			ptok = score.tokens(body[b:e])
			speakers = {score.norm(gc[i].get("speaker")) for i in range(len(gc))
					if score.token_f1(ptok, gtok[i]) >= 0.5}
			rows = [(feats, 1 if mapper(name) & speakers else 0) for _, _, name, feats in cands]
			out.append((key, rows))
	return out


def fit(rows):
	names = sorted({k for feats, _ in rows for k in feats})
	index = {k: i for i, k in enumerate(names)}
	xs = [[(index[k], v) for k, v in sorted(feats.items())] for feats, _ in rows]
	ys = [y for _, y in rows]
	w = [0.0] * len(names)
	n = max(1, len(rows))
	for _ in range(STEPS):
		grad = [L2 * wi for wi in w]
		for x, y in zip(xs, ys):
			z = sum(w[i] * v for i, v in x)
			p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
			d = (p - y) / n
			for i, v in x:
				grad[i] += d * v
		w = [wi - RATE * gi for wi, gi in zip(w, grad)]
	return {k: w[i] for k, i in index.items()}


def prob(w, feats):
	z = sum(w.get(k, 0.0) * v for k, v in feats.items())
	return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def cross_validate(data, folds):
	articles = []
	for key, _ in data:
		if key not in articles:
			articles.append(key)
	fold_of = {a: i % folds for i, a in enumerate(articles)}
	best = []  # (probability of the best candidate, whether it is right, any candidate right)
	for k in range(folds):
		train = [r for key, rows in data if fold_of[key] != k for r in rows]
		w = fit(train)
		for key, rows in data:
			if fold_of[key] == k:
				scored = sorted(((prob(w, f), y) for f, y in rows), key=lambda x: -x[0])
				best.append((scored[0][0], scored[0][1], any(y for _, y in rows)))
	print(f"cues {len(best)}, with a right candidate {sum(1 for b in best if b[2])}")
	for t in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
		chosen = [b for b in best if b[0] >= t]
		right = sum(1 for b in chosen if b[1])
		print(f"threshold {t:.2f}: speaks {len(chosen):4}, right {right:4} ({right / max(1, len(chosen)):.2f})")


def main(argv):
	if len(argv) < 3:
		print(__doc__, file=sys.stderr)
		return 2
	data = instances(argv[0], argv[1], argv[2])
	if "--folds" in argv:
		cross_validate(data, int(argv[argv.index("--folds") + 1]))
	if "--write" in argv:
		w = fit([r for _, rows in data for r in rows])
		threshold = float(argv[argv.index("--threshold") + 1]) if "--threshold" in argv else 0.5
		with open(argv[argv.index("--write") + 1], "w", encoding="utf-8") as f:
			f.write(HEADER)
			f.write(f"@threshold\t{threshold:.2f}\n")
			for k in sorted(w):
				f.write(f"{k}\t{w[k]:.4f}\n")
	return 0


if __name__ == "__main__":
	sys.exit(main(sys.argv[1:]))
