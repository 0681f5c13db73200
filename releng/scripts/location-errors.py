#!/usr/bin/env python3
"""Lists the location errors of an engine export against gold files, each with a guessed cause.

    releng/scripts/location-errors.py --gold GOLD_DIR --pred EXPORT.json [--articles DIR] [--summary]

Uses the alignment of shared/eval/score.py (imported), so "missed" and "spurious" are exactly what the scorer counts.
Causes are guesses from the text and the bundle's data files, meant for sorting errors into categories:
  missed:   dateline | truncated (a predicted place covers part of the name) | longer (a predicted place contains
            it) | actor only (the engine made it an actor, not a place) | in gazetteer (a data file has the name;
            not read as locative) | not in gazetteer
  spurious: truncated part (part of a missed gold place) | gold actor (the name is a gold actor) |
            adjective (the mention is followed by a lower-case noun) | other
  aligned with the wrong country: wrong resolution
"""
import argparse
import collections
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "bundles", "org.sourcebench.extract", "data")
SHARED = os.environ.get("SOURCEBENCH_SHARED", os.path.join(ROOT, "..", "shared"))
if not os.path.isdir(os.path.join(SHARED, "eval")):
	SHARED = "/work/shared"
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score  # noqa: E402  (shared/eval/score.py)


def gazetteer_names():
	"""Normalised names (and aliases) of every entry of the location data files."""
	names = set()
	for f, cols in (("cities.tsv", (1, 2)), ("regions.tsv", (0, 1)), ("places.tsv", (0, 6)),
			("seats.tsv", (0, 6)), ("countries.tsv", (1, 2, 4))):
		path = os.path.join(DATA, f)
		if not os.path.exists(path):
			continue
		with open(path, encoding="utf-8") as fh:
			for line in fh:
				if line.startswith("#"):
					continue
				parts = line.rstrip("\n").split("\t")
				for c in cols:
					if c < len(parts):
						for n in parts[c].split("|"):
							if n:
								names.add(score.norm(n))
	return names


def contexts(body, text, width=60):
	out = []
	for m in re.finditer(re.escape(text), body):
		a, b = max(0, m.start() - width), min(len(body), m.end() + width)
		out.append((m.start(), body[a:m.start()] + "[" + text + "]" + body[m.end():b]))
	return out


DATELINE_AFTER = re.compile(r"^(,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2}|,?\s*\(|\s*[—–-]{1,2}\s|,\s*[A-Z][a-zA-Z ]+[—–-])")


def is_dateline(body, start, text):
	line_start = body.rfind("\n", 0, start) + 1
	prefix = body[line_start:start].strip()
	after = body[start + len(text):start + len(text) + 40]
	return (prefix == "" or len(prefix) < 40 and prefix.isupper()) and (text.isupper() or DATELINE_AFTER.match(after))


def mention_list(ent):
	return [score.mention_text(m) for m in score.as_list(ent.get("mentions"))] + [ent.get("name") or ""]


def diagnose(gold_dir, pred_path, gazetteer):
	warnings = []
	gold = score.load_gold([gold_dir], warnings)
	pred = score.load_pred(pred_path, warnings)
	matched = score.match_sources(gold, pred, warnings)
	rows = []
	for key in sorted(gold):
		_, g = gold[key]
		src = matched.get(key) or {}
		body = src.get("body") or ""
		gl, pl = score.dicts(g.get("locations")), score.dicts(src.get("locations"))
		ga, pa = score.dicts(g.get("actors")), score.dicts(src.get("actors"))
		gents, pents = [score.Ent(x) for x in gl], [score.Ent(x) for x in pl]
		pairs = score.align_entities(pents, gents)
		used_p = {p for p, _, _ in pairs}
		used_g = {gi for _, gi, _ in pairs}
		pred_actor_names = set()
		for a in pa:
			pred_actor_names |= score.Ent(a).names
		gold_actor_names = set()
		for a in ga:
			gold_actor_names |= score.Ent(a).names
		pred_loc_texts = [(t, pi) for pi, x in enumerate(pl) for t in mention_list(x) if t]
		missed_texts = [(t, gi) for gi, x in enumerate(gl) if gi not in used_g for t in mention_list(x) if t]
		for pi, gi, _ in pairs:
			if pents[pi].country != gents[gi].country:
				rows.append((key, "wrong country", "wrong resolution", gl[gi]["name"],
						"pred %s -> %s, gold %s" % (pl[pi].get("name"), pents[pi].country, gents[gi].country)))
		for gi, x in enumerate(gl):
			if gi in used_g:
				continue
			cause, note = None, ""
			texts = [t for t in mention_list(x) if t]
			ctx = []
			for t in texts:
				ctx += contexts(body, t)
			if any(is_dateline(body, s, t) for t in texts for s, _ in contexts(body, t)):
				cause = "dateline"
			if cause is None:
				for t in texts:
					for pt, pi in pred_loc_texts:
						if pt != t and re.search(r"\b" + re.escape(pt) + r"\b", t):
							cause, note = "truncated", "pred %r" % pt
						elif pt != t and re.search(r"\b" + re.escape(t) + r"\b", pt):
							cause, note = "longer", "pred %r" % pt
			if cause is None and score.Ent(x).names & pred_actor_names:
				cause = "actor only"
			if cause is None:
				cause = "in gazetteer" if score.Ent(x).names & gazetteer else "not in gazetteer"
			rows.append((key, "missed", cause, x.get("name"), (note + " " if note else "")
					+ (ctx[0][1].replace("\n", " / ") if ctx else "(not in body)")))
		for pi, x in enumerate(pl):
			if pi in used_p:
				continue
			texts = [t for t in mention_list(x) if t]
			cause = None
			for t in texts:
				for mt, gi in missed_texts:
					if t != mt and re.search(r"\b" + re.escape(t) + r"\b", mt):
						cause = "truncated part"
			if cause is None and score.Ent(x).names & gold_actor_names:
				cause = "gold actor"
			ctx = []
			for t in texts:
				ctx += contexts(body, t)
			if cause is None and ctx and all(re.match(r"\s+[a-z]", body[s + len(t):s + len(t) + 2])
					for t in texts for s, _ in contexts(body, t)):
				cause = "adjective?"
			rows.append((key, "spurious", cause or "other", x.get("name"),
					ctx[0][1].replace("\n", " / ") if ctx else "(not in body)"))
	return rows


def main():
	ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	ap.add_argument("--gold", required=True)
	ap.add_argument("--pred", required=True)
	ap.add_argument("--summary", action="store_true", help="only the count per cause")
	a = ap.parse_args()
	rows = diagnose(a.gold, a.pred, gazetteer_names())
	if not a.summary:
		for r in rows:
			print("%-38s %-13s %-17s %-24s %s" % r)
	counts = collections.Counter((r[1], r[2]) for r in rows)
	for (kind, cause), n in sorted(counts.items()):
		print("# %-13s %-17s %d" % (kind, cause, n))


if __name__ == "__main__":
	main()
