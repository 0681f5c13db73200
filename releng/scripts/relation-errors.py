#!/usr/bin/env python3
"""Classifies the typed-relation errors of an engine export against gold files, by cause.

    releng/scripts/relation-errors.py GOLD_DIR EXPORT.json [--list] [--set NAME]

GOLD_DIR: a directory of gold *.json (shared/eval/GUIDELINES.md); EXPORT.json: what
releng/scripts/eval-extract.sh writes (${EVAL_OUT:-/tmp/sourcebench-eval-<uid>-<worktree>}/<set>.json). The
relationships are matched as shared/eval/score.py matches them (its functions are imported), then every missed gold
relation and every spurious predicted one gets ONE cause, the first that applies in the order below. The causes are
heuristics on the text (quotes, cue words, the bundle's trigger tables), meant to size categories, not to be exact:
read the --list output before acting on a category.

Missed gold relation:
  speech:quoted        the gold evidence lies inside quotation marks
  speech:reported      the sentence reports it through a speech cue (said, told, according to ...) outside it
  speech:act           a verbal root (01 02 11 12 13) whose evidence carries a communication verb (urge, accuse ...)
  actor:source/target  that side's gold actor is aligned to no predicted actor (not extracted / another name)
  reversed             the engine has the same root with the sides swapped
  other-root           the engine has the same pair with another root (gold -> predicted shown)
  side-wrong           the engine has the same root with one side right and the other a different actor
  gate                 negation, modal or condition words in the evidence (our gates may have dropped it)
  no-trigger           no word of the evidence is in event-triggers.tsv, event-words.tsv (nominal) or the CAMEO
                       verb dictionary's verbs
  unlinked             a trigger is there, both actors are there: the sides were not attached (parse / windows)
Spurious predicted relation (path: parse = ParsedRelationReader, window = RelationExtractor, from the confidence):
  fp:actor             a side is no gold actor (names a place: fp:place)
  fp:reversed          gold has the same root with the sides swapped
  fp:other-root        gold has the pair with another root
  fp:unasserted        negation/modal/condition words in the evidence
  fp:not-in-gold       both actors are gold actors but gold relates them in no way
"""
import argparse
import collections
import glob
import json
import os
import re
import sys

from eval_common import ROOT, load_matched, locate, scorer, typed_relations

score = scorer()

DATA = os.path.join(ROOT, "bundles", "org.sourcebench.extract", "data")
SPEECH_CUES = re.compile(r"\b(said|says|say|saying|told|tells|stated|added|according to|announced|claimed|"
                         r"reported|noted|wrote|posted|insisted|stressed|declared)\b", re.I)
COMMUNICATION = re.compile(r"\b(urg\w*|call\w* (on|for|upon)|appeal\w*|ask\w*|demand\w*|accus\w*|condemn\w*|"
                           r"criticis\w*|criticiz\w*|blam\w*|denounc\w*|warn\w*|deni\w*|deny\w*|reject\w*|"
                           r"slam\w*|threat\w*|prais\w*|welcom\w*|thank\w*|express\w*|protest\w*)\b", re.I)
GATE_WORDS = re.compile(r"\b(not|n't|never|no|would|could|might|may|will|should|if|unless|whether|plan\w*|"
                        r"threaten\w*|ready|want\w*|seek\w*|possible|potential|alleged\w*)\b", re.I)
QUOTES = "\"\u201c\u201d"
VERBAL = {"01", "02", "11", "12", "13"}


def words_of(text):
    return re.findall(r"[a-z][a-z'-]*", text.lower())


def stems(word):
    """Crude lemma candidates of a word (enough to look it up in the trigger tables)."""
    out = {word}
    for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                     ("ing", "e")):
        if word.endswith(suf) and len(word) > len(suf) + 2:
            out.add(word[:-len(suf)] + rep)
    if len(word) > 4 and word[-1] == word[-2]:
        out.add(word[:-1])
    for w in list(out):
        if len(w) > 3 and w[-1] == w[-2]:
            out.add(w[:-1])  # "stopped" -> "stopp" -> "stop"
    return out


def trigger_words():
    """First lemmas of the trigger table's patterns, the nominal event words, the CAMEO dictionary's verbs."""
    trig = set()
    irregular = {}
    for line in open(os.path.join(DATA, "irregular-forms.tsv"), encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        lemma, forms = line.rstrip("\n").split("\t")[:2]
        for f in forms.split("|"):
            irregular[f] = lemma
    for line in open(os.path.join(DATA, "event-triggers.tsv"), encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        pattern, code = line.split("\t")[:2]
        if not code.startswith("01"):
            trig.add(pattern.split()[0])
    for line in open(os.path.join(DATA, "event-words.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(f) > 2 and f[1] == "nominal":
            trig.add(f[0])
    verbs = set()
    for name in ("CAMEO.2.0.txt", "sourcebench.verbs.txt"):
        path = os.path.join(DATA, "petrarch", name)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8", errors="replace"):
            m = re.match(r"^---\s+([A-Z][A-Z_]+)", line) or re.match(r"^([A-Z][A-Z_]+)\s*(\{|$|\[)", line)
            if m:
                verbs.add(m.group(1).split("_")[0].lower())
    return trig, verbs, irregular


def has_trigger(text, trig, verbs, irregular):
    for w in words_of(text):
        cands = stems(w) | ({irregular[w]} if w in irregular else set())
        if cands & trig or cands & verbs:
            return True
    return False


def sentence_of(body, span):
    a, z = span
    b = max(body.rfind(". ", 0, a), body.rfind("\n", 0, a)) + 1
    e = min([x for x in (body.find(". ", z), body.find("\n", z)) if x >= 0] or [len(body)])
    return b, e


def quoted(body, span):
    """Whether the span starts inside a quotation of its paragraph."""
    a = span[0]
    par = body.rfind("\n", 0, a) + 1
    before = body[par:a]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def classify(gold, pred, tables):
    """[(kind, cause, detail, record)] for one source: kind 'miss' or 'fp'."""
    trig, verbs, irregular = tables
    body = pred.get("body", "") if pred else ""
    pa = [score.Ent(a) for a in score.dicts(pred.get("actors"))] if pred else []
    ga = [score.Ent(a) for a in score.dicts(gold.get("actors"))]
    gl = [score.Ent(a) for a in score.dicts(gold.get("locations"))]
    pairs = score.align_entities(pa, ga)
    aligned_gold = {ga[gi].nname for _, gi, _ in pairs}
    gold_names = {g.nname for g in ga}
    place_names = set().union(*[g.names for g in gl]) if gl else set()
    mapper = score.name_mapper(pa, ga, pairs)
    gr = score.dicts(gold.get("relationships"))
    pr = score.dicts(pred.get("relationships")) if pred else []
    g_ft, g_code, p_from, p_to, p_code, typed = typed_relations(score, gr, pr, mapper)
    hit_g = set(typed.values())
    out = []
    for j, r in enumerate(gr):
        if j in hit_g:
            continue
        f, t = g_ft[j]
        ev = r.get("evidence") if isinstance(r.get("evidence"), str) else score.mention_text(r.get("evidence")) or ""
        span = locate(body, ev)
        sent = body[slice(*sentence_of(body, span))] if span else ev
        outside = sent.replace(ev, " ") if ev else sent
        detail = ""
        if span and quoted(body, span) or any(q in ev for q in QUOTES):
            cause = "speech:quoted"
        elif SPEECH_CUES.search(outside) and not SPEECH_CUES.search(ev):
            cause = "speech:reported"
        elif g_code[j] in VERBAL and COMMUNICATION.search(ev):
            cause = "speech:act"
        elif f not in aligned_gold:
            cause = "actor:source"
        elif t not in aligned_gold:
            cause = "actor:target"
        elif any(t in p_from[i] and f in p_to[i] and p_code[i] == g_code[j] for i in range(len(pr))):
            cause = "reversed"
        elif any(f in p_from[i] and t in p_to[i] for i in range(len(pr))):
            cause = "other-root"
            detail = "->" + ",".join(sorted({p_code[i] for i in range(len(pr)) if f in p_from[i] and t in p_to[i]}))
        elif any(p_code[i] == g_code[j] and (f in p_from[i]) != (t in p_to[i]) for i in range(len(pr))):
            cause = "side-wrong"
        elif GATE_WORDS.search(ev):
            cause = "gate"
        elif not has_trigger(ev, trig, verbs, irregular):
            cause = "no-trigger"
        else:
            cause = "unlinked"
        out.append(("miss", cause, detail, {"from": r.get("from"), "to": r.get("to"), "cameo": g_code[j],
                                            "evidence": ev}))
    for i, r in enumerate(pr):
        if i in typed:
            continue
        ev = (r.get("evidence") or {}).get("text", "") if isinstance(r.get("evidence"), dict) else ""
        path = "parse" if r.get("confidence") == 0.6 else "window" if "confidence" in r else "?"
        fr, to = p_from[i] & gold_names, p_to[i] & gold_names
        if not fr or not to:
            names = {score.norm(r.get("from")), score.norm(r.get("to"))}
            cause = "fp:place" if names & place_names else "fp:actor"
        elif any(g_ft[j][1] in fr and g_ft[j][0] in to and g_code[j] == p_code[i] for j in range(len(gr))):
            cause = "fp:reversed"
        elif any(g_ft[j][0] in fr and g_ft[j][1] in to for j in range(len(gr))):
            cause = "fp:other-root"
        elif GATE_WORDS.search(ev):
            cause = "fp:unasserted"
        else:
            cause = "fp:not-in-gold"
        out.append(("fp", cause, path, {"from": r.get("from"), "to": r.get("to"), "cameo": r.get("cameo"),
                                        "evidence": ev}))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+", help="gold directories or files")
    ap.add_argument("--pred", required=True, help="engine export (eval-extract.sh's <set>.json)")
    ap.add_argument("--list", action="store_true", help="list every error under its cause")
    a = ap.parse_args(argv)
    gold, matched, warnings = load_matched(score, a.gold, a.pred)
    tables = trigger_words()
    counts = collections.Counter()
    listed = collections.defaultdict(list)
    n_gold = n_pred = 0
    for key in sorted(gold):
        g = gold[key][1]
        p = matched[key]
        n_gold += len(score.dicts(g.get("relationships")))
        n_pred += len(score.dicts(p.get("relationships"))) if p else 0
        for kind, cause, detail, rec in classify(g, p, tables):
            label = cause + (" " + detail if kind == "fp" else "")
            counts[(kind, label)] += 1
            listed[(kind, label)].append("%s  %s -> %s %s %s  | %s" % (key[:28], rec["from"], rec["to"], rec["cameo"],
                                                                     detail if kind == "miss" else "",
                                                                     (rec["evidence"] or "")[:150]))
    print("gold %d, predicted %d" % (n_gold, n_pred))
    for kind, title in (("miss", "missed gold"), ("fp", "spurious predicted")):
        total = sum(n for (k, _), n in counts.items() if k == kind)
        print("%s: %d" % (title, total))
        for (k, label), n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
            if k == kind:
                print("  %-28s %3d" % (label, n))
                if a.list:
                    for line in listed[(k, label)]:
                        print("      " + line)
    for w in warnings:
        print("warning: " + w, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
