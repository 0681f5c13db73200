#!/usr/bin/env python3
"""Audit of the claims whose speaker is unnamed, described or unresolved (twenty-fifth session, claims25).

    releng/scripts/claims25-audit.py GOLD_DIR EXPORT.json [--list GROUP_PREFIX]

Every gold claim that is missed (no predicted claim pairs with it) or paired with a wrong speaker is put in one
group by (a) the FORM of its gold speaker: `unnamed` (the gold actor's name or every mention is a description with
a source head and no proper name: "unnamed officials", "witnesses", "a senior security source"), `state`, `body`
(organisation, government, military, armed group, media), `person`; and (b) whether the sentence (outside the claim)
holds a source phrase (a source head of claim-words.tsv, plural or not, with up to four words before it) and what
it has: a nationality adjective, "of/from X", a body word. Pairs and actor alignment are score.py's.
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_common import ROOT, aligned_articles, claim_pairs, find, load_matched, scorer, ws  # noqa: E402

score = scorer()
DATA = os.path.join(ROOT, "bundles", "org.sourcebench.extract", "data")


def source_heads():
	heads = set()
	for line in open(os.path.join(DATA, "claim-words.tsv"), encoding="utf-8"):
		cols = line.rstrip("\n").split("\t")
		if len(cols) > 1 and cols[1] == "source":
			heads.add(cols[0])
	return heads


HEADS = source_heads() | {"authority", "police", "investigator", "people", "villager", "survivor", "doctor",
		"medic", "worker", "journalist", "correspondent", "member", "leader", "spokesman", "person", "staff",
		"agency", "group", "militant", "fighter", "soldier", "rebel", "employee", "prosecutor", "student"}


def plural_forms(h):
	return {h, h + "s", h + "es", h[:-1] + "ies" if h.endswith("y") else h, "people" if h == "person" else h,
			"police" if h == "police" else h}


FORMS = {}
for h in HEADS:
	for f in plural_forms(h):
		FORMS[f] = h
FORMS["witnesses"] = "witness"
FORMS["authorities"] = "authority"
HEAD_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, FORMS), key=len, reverse=True)) + r")\b", re.I)
SOURCE_PHRASE = re.compile(r"((?:[\w’'-]+ ){0,4})(" + "|".join(sorted(map(re.escape, FORMS), key=len,
		reverse=True)) + r")\b((?: (?:of|from|close to|in|with|at) (?:the )?(?:[A-Z][\w’'-]*|and|of| )+)?)")


def is_unnamed_actor(actor):
	name = actor.get("name") or ""
	if name.lower().startswith("unnamed"):
		return True
	ms = [name] + list(actor.get("mentions") or [])
	for m in ms:
		words = m.split()
		if not words:
			continue
		hm = HEAD_RE.search(m)
		if not hm:
			return False
		caps = [w for w in words if w[0].isupper() and not re.search(r"(ish|ian|ese|an|i|ern|ch)$", w)]
		if caps and m.split()[0].lower() not in ("a", "an", "the", "one", "two"):
			return False
	return True


def speaker_form(actor):
	if actor is None:
		return "no-actor"
	if is_unnamed_actor(actor):
		return "unnamed"
	k = (actor.get("kind") or "").lower()
	if k in ("state", "country"):
		return "state"
	if k == "person":
		return "person"
	return "body"


def sentence(body, start, end):
	b = start
	while b > 0 and not (body[b - 1] in ".!?\n" and (b >= len(body) or body[b] in " \n")):
		b -= 1
	e = end
	while e < len(body) and not (body[e] in ".!?\n" and (e + 1 >= len(body) or body[e + 1] in " \n\"”")):
		e += 1
	return b, min(len(body), e + 1)


def phrase_shape(outside):
	m = None
	for m0 in SOURCE_PHRASE.finditer(outside):
		m = m0
		break
	if not m:
		return "no source phrase", ""
	pre, head, tail = m.group(1), m.group(2), m.group(3)
	shape = []
	if re.search(r"\b[A-Z][a-z]+(?:ish|ian|ese|an|i|ern|ch)\b", pre):
		shape.append("nationality")
	if tail.strip():
		shape.append(tail.split()[0])
	if re.search(r"\b(?:[A-Z][\w-]+)\b", pre) and "nationality" not in shape:
		shape.append("capitalised")
	return "source phrase" + (" (" + ", ".join(shape) + ")" if shape else " (bare)"), ws(m.group(0))


def run(gold_dir, export):
	gold, matched, _ = load_matched(score, [gold_dir], export)
	rows = []
	for key, g, p, body, ga, pa, apairs, mapper in aligned_articles(score, gold, matched):
		gactors = {score.norm(a.get("name")): a for a in score.dicts(g.get("actors"))}
		aligned_gold = {ga[gi].nname for pi, gi, _ in apairs}
		gc = score.dicts(g.get("claims"))
		pc = score.dicts(p.get("claims"))
		pairs, gspk, pspk = claim_pairs(score, gc, pc, mapper)
		pair = {gi: (pi, wrong) for pi, gi, wrong in pairs}
		for gi, gcl in enumerate(gc):
			if gi in pair and not pair[gi][1]:
				status = "right"
			elif gi in pair:
				status = "wrong-speaker"
			else:
				status = "missed"
			actor = gactors.get(gspk[gi])
			form = speaker_form(actor)
			text = score.mention_text(gcl.get("text")) or ""
			start = find(body, text)
			if start < 0:
				shape, phr, ctx = "unlocated", "", ""
			else:
				end = start + len(text)
				b, e = sentence(body, start, end)
				shape, phr = phrase_shape(body[b:start] + " | " + body[end:e])
				ctx = ws(body[b:start]) + " [[" + ws(text)[:90] + "]] " + ws(body[end:e])[:120]
			rows.append({"article": g.get("article"), "status": status, "form": form,
					"aligned": gspk[gi] in aligned_gold, "shape": shape, "phrase": phr,
					"gold": gcl.get("speaker"), "gmentions": (actor or {}).get("mentions"),
					"pred": pc[pair[gi][0]].get("speaker") if gi in pair else None, "context": ctx})
	return rows


def main(argv):
	rows = run(argv[0], argv[1])
	if "--list" in argv:
		pre = argv[argv.index("--list") + 1]
		for r in rows:
			grp = f"{r['status']} / {r['form']} / {r['shape']}"
			if grp.startswith(pre):
				print(f"--- {grp}  {r['article']}  gold={r['gold']!r} {r['gmentions']} aligned={r['aligned']} "
						f"pred={r['pred']!r} phrase={r['phrase']!r}")
				print("    " + r["context"][:400])
		return 0
	c = collections.Counter((r["status"], r["form"]) for r in rows)
	print("gold claims", len(rows))
	for (s, f), n in sorted(c.items()):
		print(f"{s:14} {f:9} {n:5}")
	print()
	c2 = collections.Counter((r["status"], r["form"], r["shape"]) for r in rows if r["status"] != "right")
	for (s, f, sh), n in sorted(c2.items(), key=lambda x: (x[0][0], x[0][1], -x[1])):
		print(f"{s:14} {f:9} {sh:40} {n:5}")
	print()
	un = [r for r in rows if r["form"] == "unnamed"]
	ca = collections.Counter((r["status"], r["aligned"]) for r in un)
	print("unnamed gold speakers: (status, speaker actor aligned)", dict(ca))
	return 0


if __name__ == "__main__":
	sys.exit(main(sys.argv[1:]))
