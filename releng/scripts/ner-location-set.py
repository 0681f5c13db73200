#!/usr/bin/env python3
"""Turns a held-out entity sample (CoNLL-U with BIO= in MISC, e.g. tests/.../resources/syntax/heldout-re3d.conllu)
into an article set for eval-extract.sh: OUT/articles/*.txt (chunks of N sentences, a title line first) and
OUT/gold/*.json whose only entries are the locations, one per distinct GPE/LOC name string of the chunk.

    releng/scripts/ner-location-set.py heldout-re3d.conllu OUT [--chunk 12]
    releng/scripts/eval-extract.sh OUT         # only the "locations" row means anything

Independent evidence for the location reader (never a development set): the corpora's place annotation is not
ours (re3d marks every named place, also in non-locative use; wikigold's LOC includes adjective-free region names),
so precision is a floor and the figures compare engine versions, not against the issue's targets.
"""
import argparse
import json
import os
import re

NO_SPACE_BEFORE = re.compile(r"^([.,;:!?%)\]}]|'s|'|n't|’s)$")
NO_SPACE_AFTER = {"(", "[", "{", "$", "“"}


def sentences(path):
	sent = []
	with open(path, encoding="utf-8") as fh:
		for line in fh:
			line = line.rstrip("\n")
			if not line:
				if sent:
					yield sent
				sent = []
				continue
			if line.startswith("#"):
				continue
			cols = line.split("\t")
			if len(cols) < 10 or "-" in cols[0] or "." in cols[0]:
				continue
			bio = "O"
			for f in cols[9].split("|"):
				if f.startswith("BIO="):
					bio = f[4:]
			sent.append((cols[1], bio))
	if sent:
		yield sent


def detok(sent):
	"""The sentence text and its GPE spans (as strings)."""
	text, places, cur, prev = "", [], None, None
	for tok, bio in sent:
		space = text and not NO_SPACE_BEFORE.match(tok) and prev not in NO_SPACE_AFTER
		if cur is not None and not bio.startswith("I-"):
			places.append(text[cur:].strip())
			cur = None
		if space:
			text += " "
		if bio in ("B-GPE", "B-LOC"):
			cur = len(text)
		text += tok
		prev = tok
	if cur is not None:
		places.append(text[cur:].strip())
	return text, places


def main():
	ap = argparse.ArgumentParser()
	ap.add_argument("conllu")
	ap.add_argument("out")
	ap.add_argument("--chunk", type=int, default=12)
	a = ap.parse_args()
	os.makedirs(os.path.join(a.out, "articles"), exist_ok=True)
	os.makedirs(os.path.join(a.out, "gold"), exist_ok=True)
	sents = [detok(s) for s in sentences(a.conllu)]
	stem = os.path.splitext(os.path.basename(a.conllu))[0]
	for i in range(0, len(sents), a.chunk):
		part = sents[i:i + a.chunk]
		name = "%s_%03d.txt" % (stem, i // a.chunk)
		with open(os.path.join(a.out, "articles", name), "w", encoding="utf-8") as fh:
			fh.write(name + "\n" + "\n".join(t for t, _ in part) + "\n")
		seen = []
		for _, ps in part:
			for p in ps:
				if p not in seen:
					seen.append(p)
		gold = {"article": name, "actors": [], "claims": [], "relationships": [],
				"locations": [{"name": p, "country": None, "mentions": [p]} for p in seen]}
		with open(os.path.join(a.out, "gold", name[:-4] + ".json"), "w", encoding="utf-8") as fh:
			json.dump(gold, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
	main()
