#!/usr/bin/env python3
"""Actor errors of an engine export against gold, sorted by what went wrong with the name.

  releng/scripts/actor-spans.py GOLD_DIR EXPORT.json [--list] [--shared DIR]

Aligns actors as shared/eval/score.py does and puts every missed gold actor and every spurious predicted actor in
one category (first that applies):

  missed   span         a spurious predicted actor shares a capitalised word with it (words too many or too few)
           merged       a predicted actor aligned to another gold actor holds one of its names
           acronym      one of its mentions is an acronym (M23, FDLR, KCNA)
           description  no mention holds a capitalised word other than a country or its adjective (the police,
                        "Russian military", "European leaders")
           name         a name the engine found nowhere
  spurious span         the partner of a missed span actor
           split        shares a name with an aligned gold actor (a second actor for one gold actor)
           weekday      a weekday or month in its name
           place        its name is a gold location of the article
           fragment     one capitalised common word ("Assembly", "Affairs", "Minister")
           title        a title word in its name ("US Special Envoy", "House Spokesperson Karoline Leavitt")
           acronym      an acronym the gold does not have
           lowercase    an all lower-case name
           unannotated  a capitalised name the gold does not list
"""
import argparse
import os
import re
import sys
from collections import Counter, defaultdict

from eval_common import load_matched, print_causes, scorer

STOP = {"the", "of", "and", "for", "in", "on", "al", "el", "de", "a", "an", "to", "at"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
	"march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
TITLES = {"president", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "envoy", "ambassador",
	"affairs", "chief", "general", "commander", "director", "head", "chairman", "prime", "deputy", "foreign",
	"special", "representative", "king", "prince", "governor", "senator", "mayor", "leader", "official"}
ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z0-9])[A-Z0-9][A-Z0-9.&-]{1,7}$")


def surface(text, name):
	"""The spellings of a normalised name as the article writes them."""
	out = []
	for m in re.finditer(re.escape(name), text, re.IGNORECASE):
		out.append(text[m.start():m.end()])
	return out


def words(s):
	return {w for w in re.findall(r"\w+", s.casefold()) if w not in STOP and len(w) > 1}


def capwords(text, names):
	caps = set()
	for n in names:
		for s in surface(text, n):
			caps |= {w.casefold() for w in re.findall(r"\w+", s) if w[0].isupper() and w.casefold() not in STOP}
	return caps


def country_words(gold_locs, gold_actors):
	cw = set()
	for e in gold_locs + gold_actors:
		if e.kind == "state" or e.country:
			cw |= words(e.name)
	return cw


DEMONYM = re.compile(r"(an|ian|ese|i|ish|ic|ean)$")


def classify(score, gold, pred, text):
	gactors = [score.Ent(a) for a in score.dicts(gold.get("actors"))]
	pactors = [score.Ent(a) for a in score.dicts((pred or {}).get("actors"))]
	glocent = [score.Ent(x) for x in score.dicts(gold.get("locations"))]
	glocs = set()
	for loc in glocent:
		glocs |= loc.names
	cwords = country_words(glocent, gactors)
	pairs = score.align_entities(pactors, gactors)
	p2g = {pi: gi for pi, gi, _ in pairs}
	g2p = {gi: pi for pi, gi, _ in pairs}
	spurious = [pi for pi in range(len(pactors)) if pi not in p2g]
	pcaps = {pi: capwords(text, pactors[pi].names) or words(pactors[pi].name) for pi in spurious}
	partners = set()
	for gi, g in enumerate(gactors):
		if gi in g2p:
			continue
		gcaps = capwords(text, g.names)
		span = [pi for pi in spurious if gcaps & pcaps[pi] - cwords]
		mentions = "|".join(sorted(g.mentions))
		if span:
			partners |= set(span)
			yield ("missed", "span", g.name, "pred " + "; ".join(pactors[pi].name for pi in span))
		elif any(pi in p2g for pi, p in enumerate(pactors) if p.names & g.names):
			yield ("missed", "merged", g.name, mentions)
		elif any(ACRONYM.match(s) for n in g.names for s in surface(text, n)):
			yield ("missed", "acronym", g.name, mentions)
		elif not {w for w in gcaps if w not in cwords and not DEMONYM.search(w)}:
			yield ("missed", "description", g.name, mentions)
		else:
			yield ("missed", "name", g.name, mentions)
	for pi in spurious:
		p = pactors[pi]
		toks = re.findall(r"\w+", p.name)
		detail = "|".join(sorted(p.mentions))
		if pi in partners:
			cat = "span"
		elif any(p.names & g.names for g in gactors):
			cat = "split"
		elif {t.casefold() for t in toks} & WEEKDAYS:
			cat = "weekday"
		elif p.names & glocs:
			cat = "place"
		elif len(toks) == 1 and p.name[:1].isupper() and not ACRONYM.match(p.name) and \
				re.search(r"(?<![.!?]\s)\b%s\b" % re.escape(p.name.lower()), text):
			cat = "fragment"
		elif {t.casefold() for t in toks} & TITLES and p.kind != "organisation":
			cat = "title"
		elif any(ACRONYM.match(s) for n in p.names for s in surface(text, n)):
			cat = "acronym"
		elif p.name == p.name.lower() or p.name.startswith("unnamed"):
			cat = "lowercase"
		else:
			cat = "unannotated"
		yield ("spurious", cat, p.name, detail)


def main(argv=None, classify_errors=None, description=None):
	"""Counts (and with --list lists) the actor errors of an export by cause; classify_errors (default: classify)
	lets actor-shapes29.py reuse this command line with its finer shapes."""
	classify_errors = classify_errors or classify
	ap = argparse.ArgumentParser(description=description or __doc__.split("\n")[0])
	ap.add_argument("gold")
	ap.add_argument("export")
	ap.add_argument("--list", action="store_true")
	ap.add_argument("--tsv", action="store_true", help="with --list: side, category, article, name, detail by tabs")
	ap.add_argument("--articles", help="directory of the articles (default: GOLD/../articles)")
	ap.add_argument("--shared", default=os.environ.get("SOURCEBENCH_SHARED", "/work/shared"))
	a = ap.parse_args(argv)
	score = scorer(a.shared)
	gold, matched, warnings = load_matched(score, [a.gold], a.export)
	arts = a.articles or os.path.join(os.path.dirname(os.path.abspath(a.gold.rstrip("/"))), "articles")
	counts = Counter()
	rows = defaultdict(list)
	for art in sorted(gold):
		path = os.path.join(arts, art)
		text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
		for side, cat, name, detail in classify_errors(score, gold[art][1], matched.get(art), text):
			counts[(side, cat)] += 1
			rows[(side, cat)].append((art, name, detail))
	print_causes(counts, rows, a.list, a.tsv)
	return 0


if __name__ == "__main__":
	sys.exit(main())
