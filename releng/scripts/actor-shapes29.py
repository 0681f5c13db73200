#!/usr/bin/env python3
"""Actor errors by SHAPE (the twenty-seventh session's actor audit): actor-spans.py's categories, its "description"
and "name" misses and its spans split further by what the gold actor looks like.

  releng/scripts/actor-shapes29.py GOLD_DIR EXPORT.json [--list] [--articles DIR] [--shared DIR]

missed (first that applies, after actor-spans.py's span / merged / acronym):
  state-bare        a state the article names by its name ("Oman", "Sudan"): no actor made of it
  state-described   a state named only by a description ("caribbean nation", "occupation", "government")
  adjective-only    every mention is a nationality adjective on a thing or a possessive ("russian drones", "indian drones")
  title-no-name     a person known only by a title ("the defence minister", "police chief")
  national-body     a nationality's body by its bare head ("foreign ministry", "parliament", "military", "state media")
  nationality-role  a nationality + role phrase ("russian border guards", "pakistani security forces")
  common-group      a lower-case group or unnamed source ("protesters", "residents", "witnesses", "unnamed reports")
  media-name        a media outlet ("dpa", "malaymail", "24.kg", "France 24")
  name              a named person / organisation the engine found nowhere
spurious: actor-spans.py's categories, with "glued-dash" (a dash glued to the next word inside the name: "Mohammad
Mustafa-who") split off the spans.
"""
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("actor_spans", os.path.join(HERE, "actor-spans.py"))
spans = importlib.util.module_from_spec(spec)
spec.loader.exec_module(spans)

BODY = {"ministry", "parliament", "military", "army", "government", "presidency", "police", "court", "media",
	"television", "embassy", "office", "forces", "agency", "agencies", "authorities", "legislature", "senate",
	"council", "committee", "navy", "force", "guard", "cabinet", "administration", "gendarmerie", "service",
	"intelligence", "coalition", "junta", "tribunal", "staff", "department", "leadership", "board", "authority"}
GROUP = re.compile(r"^(unnamed |an? |the |one |some |two |four |other )?")
DASH = re.compile(r"[\u2013\u2014]|\w-(who|which|one|the|an?|and|opposed|early|nearly|meaning)\b")


def shape(g, text):
	ms = sorted(g.mentions)
	low = all(m == m.lower() for m in ms)
	name = g.name
	first = name.split()[0] if name else ""
	demonym = spans.DEMONYM.search(first.casefold()) and first[:1].isupper()
	if g.kind == "state":
		if g.nname in {m for m in ms} or any(m == name.casefold() for m in ms):
			return "state-bare"
		return "state-described"
	if g.kind == "media":
		return "media-name"
	heads = {m.split()[-1] for m in ms if m.split()}
	if g.kind == "person" and any(w in spans.TITLES for m in ms for w in m.split()) and not name.startswith("unnamed"):
		return "title-no-name"
	if (demonym or first in {"South", "North"}) and any(m.split()[0] == first.casefold() for m in ms if m.split()) \
			and not heads & BODY and not any(h.endswith("s") and h not in {"forces"} and h in name.casefold() for h in heads):
		return "adjective-only"
	if (demonym or name.split()[0].casefold() not in {"unnamed"}) and name[:1].isupper() and low \
			and all(first.casefold() not in m for m in ms) and heads & BODY:
		return "national-body"
	if demonym and any(m.split()[0] == first.casefold() for m in ms if m.split()):
		return "nationality-role"
	if low or name.startswith("unnamed"):
		return "common-group"
	return "other-description"


def classify(score, gold, pred, text):
	gactors = {score.Ent(a).name: score.Ent(a) for a in score.dicts(gold.get("actors"))}
	for side, cat, name, detail in spans.classify(score, gold, pred, text):
		if side == "missed" and cat in ("description", "name"):
			g = gactors.get(name)
			if g is not None:
				sh = shape(g, text)
				if cat == "name":
					sh = {"state-bare": "state-bare", "media-name": "media-name"}.get(sh, "name-" + (g.kind or "?"))
				cat = sh
		elif side == "spurious" and cat == "span" and DASH.search(name):
			cat = "glued-dash"
		yield side, cat, name, detail


def main(argv=None):
	return spans.main(argv, classify_errors=classify, description=__doc__.split("\n")[0])


if __name__ == "__main__":
	sys.exit(main())
