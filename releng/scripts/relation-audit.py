#!/usr/bin/env python3
"""Where the typed relations of a gold set are lost: every missed gold relation in one class, every spurious
predicted one by cause, read from the engine's export AND the parse reader's event trace.

    JAVA_OPTS=-Dsourcebench.trace.events=true EVAL_OUT=/tmp/out releng/scripts/eval-extract.sh study 2>/tmp/trace.txt
    releng/scripts/relation-audit.py /tmp/out/sets/study/gold --pred /tmp/out/study.json --trace /tmp/trace.txt [--list CLASS]

Only for the study half (it reads articles and gold).

Missed gold relation (first class that applies):
  a:source / a:target   that side's gold actor is aligned to no predicted actor (not extracted, another name)
  d:one-way             the engine has the pair the other way with the same root (symmetric events: gold has both)
  e:cross-sentence      the gold evidence spans more than one parsed sentence
  e:no-mention          a side has no mention of its predicted actor in the evidence's sentence (pronoun,
                        description, an earlier sentence); the word standing for it is shown
  c:other-root          the engine relates the pair (either way) with another root, or the parse found an event in
                        the evidence with another root and no event with the gold root
  f:gated               the parse found an event of the gold root in the evidence, not asserted (negation, modal ...)
  f:unattached          the parse found an asserted event of the gold root in the evidence, its sides not the pair
  b:no-trigger          both ends there, no event of any root in the evidence: the trigger lemma (the head word of the
                        dependency path between the two ends) with whether CAMEO.2.0.txt lists it as a verb
Spurious predicted relation:
  fp:wrong-actor        a side is no gold actor (or names a place)
  fp:wrong-direction    gold has the pair reversed with this root
  fp:wrong-code         gold relates the pair (either way) with another root
  fp:not-asserted       negation/modal/condition words govern the evidence (a gate may have missed it)
  fp:not-in-gold        both are gold actors, gold does not relate them
"""
import argparse
import collections
import json
import os
import re
import sys

from eval_common import ROOT, load_matched, locate, scorer, typed_relations

score = scorer()

DATA = os.path.join(ROOT, "bundles", "org.sourcebench.extract", "data")
GATE_WORDS = re.compile(r"\b(not|n't|never|no|would|could|might|may|will|should|if|unless|whether|plan\w*|"
                        r"threaten\w*|ready|want\w*|seek\w*|possible|potential|alleged\w*)\b", re.I)
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "us", "our", "i", "my",
            "who", "which", "whom", "whose"}


def cameo_verbs():
    """Verb lemma (lower case, '_' for multiword) -> the code of its block in CAMEO.2.0.txt."""
    verbs = {}
    code = None
    for line in open(os.path.join(DATA, "petrarch", "CAMEO.2.0.txt"), encoding="utf-8", errors="replace"):
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            code = m.group(2)
            continue
        if code is None or not line.strip() or line[0] in "-#&+~":
            continue
        w = line.split("#")[0].split("{")[0].split()
        if w:
            verbs.setdefault(w[0].lower(), code)
            for form in re.findall(r"\{([^}]*)\}", line.split("#")[0]):
                for f in form.split():
                    verbs.setdefault("form:" + f.lower(), w[0].lower())
    return verbs


def read_trace(path):
    """[(doc_len, prefix, sentences, events)]: sentences as lists of token dicts, events as dicts."""
    docs = []
    cur = None
    sent = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#doc\t"):
            _, n, prefix = line.split("\t", 2)
            cur = {"len": int(n), "prefix": prefix, "sents": [], "events": []}
            docs.append(cur)
        elif line == "#sent":
            sent = []
            cur["sents"].append(sent)
        elif line.startswith("#event\t"):
            f = line.split("\t")
            cur["events"].append({"start": int(f[1]), "end": int(f[2]), "word": f[3], "code": f[4],
                                  "asserted": f[5] == "1", "sources": f[6], "targets": f[7], "mutual": f[8],
                                  "pairs": [p.split("|", 1) for p in f[9].split(";") if p] if len(f) > 9 else []})
        elif line.startswith("#tok\t") and sent is not None:
            c = line.split("\t")[1:]
            off = re.search(r"Offsets=(\d+)-(\d+)", c[9]).groups()
            sent.append({"id": int(c[0]) - 1, "word": c[1], "lemma": c[2].lower(), "pos": c[3], "head": int(c[6]) - 1,
                         "rel": c[7], "start": int(off[0]), "end": int(off[1])})
    return docs


def sentences_of(doc, span):
    return [s for s in doc["sents"] if s and s[0]["start"] < span[1] and s[-1]["end"] > span[0]]


def tokens_in(sent, a, z):
    return [t for t in sent if t["start"] < z and t["end"] > a]


def head_chain(sent, t):
    """Token t and its heads up to the root (at most 60)."""
    out = [t]
    while sent[t]["head"] >= 0 and len(out) < 60:
        t = sent[t]["head"]
        out.append(t)
    return out


def path_head(sent, x, y):
    """The highest token on the dependency path between tokens x and y (their lowest common ancestor)."""
    cx, cy = head_chain(sent, x), head_chain(sent, y)
    sy = set(cy)
    for t in cx:
        if t in sy:
            return t
    return None


def trigger_of(sent, ends, span):
    """The likely trigger token: the common ancestor of the two ends' heads, else the evidence's first content verb."""
    if len(ends) == 2 and ends[0] is not None and ends[1] is not None:
        h = path_head(sent, ends[0], ends[1])
        if h is not None and h not in ends and sent[h]["pos"] in ("VERB", "NOUN", "ADJ"):
            # a reporting verb above the event: go down to the verb on the path below it
            return h
        if h is not None and h in ends:
            other = ends[1] if h == ends[0] else ends[0]
            t = other
            while sent[t]["head"] >= 0 and sent[t]["head"] != h:
                t = sent[t]["head"]
            if sent[t]["pos"] in ("VERB", "NOUN"):
                return t
    for t in tokens_in(sent, *span):
        if t["pos"] == "VERB" and not t["rel"].startswith("aux") and t["lemma"] not in ("say", "tell", "be", "have"):
            return t["id"]
    for t in tokens_in(sent, *span):
        if t["pos"] == "NOUN":
            return t["id"]
    return None


def head_token(sent, a, z):
    """The token heading the words in [a, z)."""
    toks = tokens_in(sent, a, z)
    ids = {t["id"] for t in toks}
    for t in toks:
        if t["head"] not in ids:
            return t["id"]
    return toks[0]["id"] if toks else None


def occurrences(body, actor, a, z):
    """Every occurrence in body[a:z] of a mention text of the predicted actor (the export lists each text once)."""
    out = []
    for m in actor.get("mentions", []):
        text = m.get("text") if isinstance(m, dict) else m
        if not text:
            continue
        for x in re.finditer(re.escape(text), body[a:z]):
            i = a + x.start()
            if (i == 0 or not body[i - 1].isalnum()) and (i + len(text) >= len(body) or not body[i + len(text)].isalnum()):
                out.append({"start": i, "end": i + len(text)})
    return sorted(out, key=lambda m: m["start"])


def gold_mentions(ga, name):
    for x in ga:
        if x.nname == name:
            return sorted(x.names, key=len, reverse=True)
    return []


def path_tokens(sent, x, y):
    """The tokens on the dependency path between x and y (ends excluded)."""
    cx, cy = head_chain(sent, x), head_chain(sent, y)
    common = next((t for t in cx if t in set(cy)), None)
    if common is None:
        return []
    path = cx[:cx.index(common) + 1] + cy[:cy.index(common)]
    return [t for t in path if t not in (x, y)]


def words_at(body, offsets):
    out = []
    for o in offsets.split(","):
        if "-" in o:
            a, z = o.split("-")
            out.append(body[int(a):int(z)])
    return ",".join(out)


ADJECTIVES = {}
for _line in open(os.path.join(DATA, "countries.tsv"), encoding="utf-8"):
    if _line.startswith("#"):
        continue
    _f = _line.rstrip("\n").split("\t")
    if len(_f) > 3:
        for _name in [_f[1]] + _f[2].split("|"):
            if _name:
                ADJECTIVES.setdefault(score.norm(_name), set()).update(a for a in _f[3].split("|") if a)


def country_adjective(text, side):
    for adj in sorted(ADJECTIVES.get(side, ()), key=len, reverse=True):
        if re.search(r"\b" + re.escape(adj) + r"\b", text):
            return adj
    return None


def overlap(a, b):
    a, b = a.lower(), b.lower()
    return b[:40] in a or a[:40] in b


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--pred", required=True)
    ap.add_argument("--trace", required=True)
    ap.add_argument("--list", nargs="?", const="", default=None,
                    help="list the items of classes starting with this (--list or --list \"\" lists every class)")
    a = ap.parse_args(argv)
    gold, matched, warnings = load_matched(score, a.gold, a.pred)
    trace = read_trace(a.trace)
    verbs = cameo_verbs()
    counts = collections.Counter()
    listed = collections.defaultdict(list)
    lemmas = collections.Counter()
    lemma_in_cameo = collections.Counter()
    symmetric_missing = collections.Counter()
    unlinked = collections.Counter()
    other_roots = collections.Counter()
    n_gold = n_pred = 0
    for key in sorted(gold):
        g = gold[key][1]
        p = matched[key] or {}
        body = p.get("body", "")
        doc = next((d for d in trace if d["len"] == len(body) and body[:80].replace("\n", " ").replace("\t", " ")
                    .startswith(d["prefix"][:60].rstrip())), None)
        pa = [score.Ent(x) for x in score.dicts(p.get("actors"))]
        ga = [score.Ent(x) for x in score.dicts(g.get("actors"))]
        gl = [score.Ent(x) for x in score.dicts(g.get("locations"))]
        pairs = score.align_entities(pa, ga)
        aligned = {ga[gi].nname: pi for pi, gi, _ in pairs}
        mapper = score.name_mapper(pa, ga, pairs)
        gr = score.dicts(g.get("relationships"))
        pr = score.dicts(p.get("relationships"))
        n_gold += len(gr)
        n_pred += len(pr)
        g_ft, g_code, p_from, p_to, p_code, typed = typed_relations(score, gr, pr, mapper)
        hit = set(typed.values())
        pactors = score.dicts(p.get("actors"))
        name_of_pred = {score.norm(x.get("name")): x for x in pactors}
        gold_names = {x.nname for x in ga}
        place_names = set().union(*[x.names for x in gl]) if gl else set()
        for j, r in enumerate(gr):
            if j in hit:
                continue
            f, t = g_ft[j]
            root = g_code[j]
            ev = r.get("evidence") if isinstance(r.get("evidence"), str) else score.mention_text(r.get("evidence")) or ""
            span = locate(body, ev)
            detail = ""
            cls = None
            if f not in aligned:
                cls = "a:source"
            elif t not in aligned:
                cls = "a:target"
            elif any(t in p_from[i] and f in p_to[i] and p_code[i] == root for i in range(len(pr))):
                cls = "d:one-way"
                symmetric_missing[root] += 1
            elif span is None or doc is None:
                cls = "e:evidence-not-found"
            else:
                sents = sentences_of(doc, span)
                if len(sents) > 1:
                    cls = "e:cross-sentence"
                else:
                    sent = sents[0] if sents else []
                    sa, sz = (sent[0]["start"], sent[-1]["end"]) if sent else span
                    ends = []
                    missing = []
                    for side in (f, t):
                        pact = pactors[aligned[side]]
                        ms = occurrences(body, pact, sa, sz)
                        if not ms:
                            missing.append(side)
                            ends.append(None)
                        else:
                            inside = [m for m in ms if span[0] <= m["start"] < span[1]] or ms
                            ends.append(head_token(sent, inside[0]["start"], inside[0]["end"]) if sent else None)
                    events = [e for e in doc["events"] if span[0] <= e["start"] < span[1]]
                    pair_roots = {p_code[i] for i in range(len(pr)) if (f in p_from[i] and t in p_to[i])
                                  or (t in p_from[i] and f in p_to[i])}
                    if missing:
                        side = missing[0]
                        gm = [m for m in gold_mentions(ga, side) if re.search(r"\b" + re.escape(m) + r"\b", body[sa:sz])]
                        pron = [w for w in re.findall(r"[A-Za-z']+", body[sa:sz]) if w.lower() in PRONOUNS]
                        speaking = [c for c in score.dicts(g.get("claims")) if score.norm(c.get("speaker")) == side
                                    and isinstance(c.get("text"), str) and overlap(c["text"], ev)]
                        adjective = country_adjective(body[sa:sz], side)
                        if speaking:
                            cls = "e:speaker-of-claim"
                            detail = side
                        elif adjective:
                            cls = "e:country-adjective"
                            detail = "%s='%s'" % (side, adjective)
                        elif gm:
                            cls = "e:unlinked-mention"
                            detail = "%s='%s'" % (side, gm[0])
                            unlinked[gm[0].lower()] += 1
                        elif pron:
                            cls = "e:pronoun-or-absent"
                            detail = "%s pron=%s" % (side, ",".join(pron[:3]))
                        else:
                            cls = "e:absent"
                            detail = side
                    elif pair_roots:
                        cls = "c:pair-other-root"
                        detail = "->" + ",".join(sorted(pair_roots))
                    else:
                        on_path = path_tokens(sent, ends[0], ends[1])
                        at = {(sent[x]["start"]) for x in on_path}
                        path_events = [e for e in events if e["start"] in at]
                        good = [e for e in path_events if e["code"][:2] == root] or \
                            [e for e in events if e["code"][:2] == root]
                        trig = trigger_of(sent, ends, span)
                        lemma = sent[trig]["lemma"] if trig is not None else "?"
                        pos = sent[trig]["pos"] if trig is not None else "?"
                        if good:
                            cls = "f:unattached" if any(e["asserted"] for e in good) else "f:gated"
                            e0 = good[0]
                            detail = e0["word"] + ("" if e0 in path_events else " (off path)") + \
                                " src=%s tgt=%s mut=%s pairs=%s" % (words_at(body, e0["sources"]), words_at(body, e0["targets"]),
                                                                   words_at(body, e0["mutual"]), ";".join("|".join(x) for x in e0["pairs"]))
                        elif path_events:
                            cls = "c:trigger-other-root"
                            detail = ",".join("%s=%s" % (e["word"], e["code"]) for e in path_events)
                            other_roots[(root, path_events[0]["code"][:2])] += 1
                        else:
                            cls = "b:no-trigger"
                            incameo = lemma in verbs
                            lemmas[(lemma, pos, root)] += 1
                            lemma_in_cameo[(pos, incameo)] += 1
                            detail = "%s/%s cameo=%s" % (lemma, pos, verbs.get(lemma, "-"))
            counts[("miss", cls)] += 1
            listed[cls].append("%s  %s -> %s %s %s | %s" % (key[:26], r.get("from"), r.get("to"), root, detail,
                                                          ev[:170]))
        for i, r in enumerate(pr):
            if i in typed:
                continue
            ev = (r.get("evidence") or {}).get("text", "") if isinstance(r.get("evidence"), dict) else ""
            path = "parse" if r.get("confidence") == 0.6 else "window"
            fr, to = p_from[i] & gold_names, p_to[i] & gold_names
            if not fr or not to:
                cls = "fp:wrong-actor"
            elif any(g_ft[j][1] in fr and g_ft[j][0] in to and g_code[j] == p_code[i] for j in range(len(gr))):
                cls = "fp:wrong-direction"
            elif any((g_ft[j][0] in fr and g_ft[j][1] in to) or (g_ft[j][1] in fr and g_ft[j][0] in to)
                     for j in range(len(gr))):
                cls = "fp:wrong-code"
                gold_roots = sorted({g_code[j] for j in range(len(gr)) if (g_ft[j][0] in fr and g_ft[j][1] in to)
                                     or (g_ft[j][1] in fr and g_ft[j][0] in to)})
                path += " gold=" + ",".join(gold_roots)
            elif GATE_WORDS.search(ev):
                cls = "fp:not-asserted"
            else:
                cls = "fp:not-in-gold"
            counts[("fp", cls)] += 1
            listed[cls].append("%s  %s -> %s %s [%s] | %s" % (key[:26], r.get("from"), r.get("to"), r.get("cameo"),
                                                            path, ev[:170]))
    print("gold %d, predicted %d" % (n_gold, n_pred))
    for kind in ("miss", "fp"):
        print("%s: %d" % (kind, sum(n for (k, _), n in counts.items() if k == kind)))
        for (k, c), n in sorted(counts.items(), key=lambda x: -x[1]):
            if k == kind:
                print("  %-22s %4d" % (c, n))
    print("b:no-trigger by position and CAMEO verb dictionary:", dict(lemma_in_cameo))
    print("b:no-trigger lemmas (lemma/pos/gold root: n):")
    print("  " + ", ".join("%s/%s/%s:%d" % (k[0], k[1], k[2], n) for k, n in lemmas.most_common(80)))
    print("d:one-way by root:", dict(symmetric_missing))
    print("c:trigger-other-root (gold root, trigger root):", dict(other_roots.most_common()))
    print("e:unlinked-mention texts:", ", ".join("%s:%d" % kv for kv in unlinked.most_common(60)))
    if a.list is not None:
        for cls in sorted(listed):
            if cls.startswith(a.list):
                print("== " + cls)
                for line in listed[cls]:
                    print("   " + line)
    for w in warnings:
        print("warning: " + w, file=sys.stderr)


if __name__ == "__main__":
    main()
