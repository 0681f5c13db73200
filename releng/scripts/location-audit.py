#!/usr/bin/env python3
"""Classes the missed and spurious locations of an engine export by the frame their mentions stand in.

    releng/scripts/location-audit.py --gold GOLD_DIR --pred EXPORT.json [--list] [--only CLASS]

Uses the scorer's alignment (eval_common), so "missed" and "spurious" are what score.py counts. Each gold location no
predicted location aligns with gets one class, from the best occurrence of any of its mentions in the body (first
that applies, in this order):
  span        a predicted location overlaps an occurrence (truncated or longer name)
  dateline    the occurrence opens a line in dateline form
  locative    a locative preposition of location-words.tsv (or "in/at/near the", with direction or skip words
              between) comes before it
  place-poss  "X's" before a place word ("X's capital", "X's northern province", "X's border")
  possessive  "X's" before anything else
  object      the object of a verb ("borders X", "invaded X")
  other       none of these, or not in the body
and a status: actor (the engine made an actor of the name), gazetteer (a data file has the name), unknown.
Spurious locations are classed as gold actor (a gold actor has the name), part (part of a missed gold location),
or other; each with the word before it.
"""
import argparse
import collections
import importlib.util
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_common  # noqa: E402

ROOT = eval_common.ROOT
DATA = os.path.join(ROOT, "bundles", "org.sourcebench.extract", "data")


def location_words():
	words = collections.defaultdict(set)
	with open(os.path.join(DATA, "location-words.tsv"), encoding="utf-8") as fh:
		for line in fh:
			if line.startswith("#") or "\t" not in line:
				continue
			cat, word = line.rstrip("\n").split("\t")[:2]
			words[cat].add(word.lower())
	return words


def load_errors_module():
	path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "location-errors.py")
	spec = importlib.util.spec_from_file_location("location_errors", path)
	mod = importlib.util.module_from_spec(spec)
	spec.loader.exec_module(mod)
	return mod


PLACE_WORDS = {"capital", "border", "borders", "province", "region", "north", "south", "east", "west", "northern",
		"southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "northeastern",
		"northwestern", "southeastern", "southwestern", "central", "far", "city", "town", "village", "territory",
		"coast", "capital", "state", "district", "side", "soil", "airspace", "waters", "largest", "biggest",
		"second", "troubled", "restive", "main", "port", "frontier"}


def occurrences(body, text):
	for m in re.finditer(r"(?<![\w-])" + re.escape(text) + r"(?![\w-])", body):
		yield m.start(), m.end()


def frame(body, start, end, words, dateline):
	before = body[max(0, start - 60):start]
	after = body[end:end + 40]
	toks = re.findall(r"[\w’'-]+|[^\w\s]", before)
	low = [t.lower() for t in toks]
	skip = words["skip"] | words["direction"] | {"the", "a", "an"}
	i = len(low) - 1
	while i >= 0 and (low[i] in skip or low[i] == "of" and i > 0 and low[i - 1] in words["direction"]):
		i -= 1
	if i >= 0:
		w1 = low[i]
		w2 = low[i - 1] + " " + w1 if i > 0 else w1
		if w2 in words["preposition"] or w1 in words["preposition"] and w1 != "of":
			return "locative", w2 if w2 in words["preposition"] else w1
	if dateline:
		return "dateline", ""
	m = re.match(r"[’']s\s+(\w+)(?:\s+(\w+))?", after)
	if m:
		nxt = [m.group(1).lower(), (m.group(2) or "").lower()]
		if nxt[0] in PLACE_WORDS or nxt[1] in PLACE_WORDS:
			return "place-poss", " ".join(nxt)
		return "possessive", " ".join(nxt)
	if i >= 0 and re.match(r"[a-z]+(ed|s|es)$", low[i]):
		return "object", low[i]
	return "other", low[i] if i >= 0 else ""


CLASS_ORDER = ["span", "dateline", "locative", "place-poss", "possessive", "object", "other"]


def main():
	ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	ap.add_argument("--gold", required=True)
	ap.add_argument("--pred", required=True)
	ap.add_argument("--list", action="store_true", help="every error under its class")
	ap.add_argument("--only", help="list one class only (missed/CLASS or spurious/CLASS)")
	a = ap.parse_args()
	score = eval_common.scorer()
	errors = load_errors_module()
	gazetteer = errors.gazetteer_names()
	words = location_words()
	gold, matched, _ = eval_common.load_matched(score, [a.gold], a.pred)
	counts = collections.Counter()
	rows = collections.defaultdict(list)
	for key, g, p, body, ga, pa, pairs, mapper in eval_common.aligned_articles(score, gold, matched):
		gl, pl = score.dicts(g.get("locations")), score.dicts(p.get("locations"))
		gents, pents = [score.Ent(x) for x in gl], [score.Ent(x) for x in pl]
		lpairs = score.align_entities(pents, gents)
		used_p = {x for x, _, _ in lpairs}
		used_g = {x for _, x, _ in lpairs}
		pred_actor_names = set().union(*[e.names for e in pa]) if pa else set()
		gold_actor_names = set().union(*[e.names for e in ga]) if ga else set()
		pred_spans = []
		for x in pl:
			for t in errors.mention_list(x):
				if t:
					pred_spans += list(occurrences(body, t))
		missed_spans = []
		for gi, x in enumerate(gl):
			if gi in used_g:
				continue
			texts = sorted({t for t in errors.mention_list(x) if t}, key=len, reverse=True)
			best = ("other", "", "(not in body)")
			for t in texts:
				for s, e in occurrences(body, t):
					missed_spans.append((s, e))
					ctx = (body[max(0, s - 50):s] + "[" + t + "]" + body[e:e + 40]).replace("\n", " / ")
					if any(ps < e and s < pe for ps, pe in pred_spans):
						cls, word = "span", ""
					else:
						cls, word = frame(body, s, e, words, errors.is_dateline(body, s, t))
					if CLASS_ORDER.index(cls) < CLASS_ORDER.index(best[0]) or best[2] == "(not in body)":
						best = (cls, word, ctx)
			ent = score.Ent(x)
			status = "actor" if ent.names & pred_actor_names else "gazetteer" if ent.names & gazetteer else "unknown"
			counts[("missed", best[0], status)] += 1
			rows[("missed", best[0])].append((key, x.get("name"), status, best[1], best[2]))
		for pi, x in enumerate(pl):
			if pi in used_p:
				continue
			ent = score.Ent(x)
			texts = [t for t in errors.mention_list(x) if t]
			occ = [(s, e, t) for t in texts for s, e in occurrences(body, t)]
			cls = "other"
			if any(ms < e and s < me for s, e, _ in occ for ms, me in missed_spans):
				cls = "part"
			elif ent.names & gold_actor_names:
				cls = "gold actor"
			ctx, word = "(not in body)", ""
			if occ:
				s, e, t = occ[0]
				ctx = (body[max(0, s - 50):s] + "[" + t + "]" + body[e:e + 40]).replace("\n", " / ")
				word = frame(body, s, e, words, False)[1]
			counts[("spurious", cls, "")] += 1
			rows[("spurious", cls)].append((key, x.get("name"), "", word, ctx))
	for (side, cls, status), n in sorted(counts.items()):
		print("%-9s %-11s %-10s %3d" % (side, cls, status, n))
	if a.list or a.only:
		for k in sorted(rows):
			if a.only and "/".join(k) != a.only:
				continue
			print("\n== %s %s" % k)
			for art, name, status, word, ctx in rows[k]:
				print("  %-34s %-26s %-9s %-12s %s" % (art[:34], (name or "")[:26], status, word[:12], ctx))


if __name__ == "__main__":
	main()
