#!/usr/bin/env python3
"""Checks the gold files of a blind batch (blind2, blind3) against their articles (run before any engine run; no engine involved).

Usage: check_gold.py [BATCH_DIR]   (default: the folder of this script)
Every actor/location mention, claim text and relationship evidence must be a verbatim substring of the article body
(line 2 onwards, whitespace-normalised); speakers and relationship ends must be actor names of the same file; kinds,
CAMEO roots and (from, to, cameo) uniqueness are checked. Exit 1 on any problem.
"""
import glob, json, os, re, sys

KINDS = {"person", "state", "government", "military", "organisation", "armed_group", "media", "company", "alliance",
         "other"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main(argv):
    here = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    problems = 0
    for gf in sorted(glob.glob(os.path.join(here, "gold", "*.json"))):
        g = json.load(open(gf, encoding="utf-8"))
        art = os.path.join(here, "articles", g["article"])
        with open(art, encoding="utf-8") as fh:
            body = norm(fh.read().replace("\r\n", "\n").split("\n", 1)[1])

        def bad(msg):
            nonlocal problems
            problems += 1
            print("%s: %s" % (os.path.basename(gf), msg))

        names = set()
        for a in g["actors"]:
            if a["name"] in names:
                bad("duplicate actor " + a["name"])
            names.add(a["name"])
            if a["kind"] not in KINDS:
                bad("bad kind %s for %s" % (a["kind"], a["name"]))
            if not a["mentions"]:
                bad("actor without mentions " + a["name"])
        for e in g["actors"] + g["locations"]:
            for m in e["mentions"]:
                if norm(m) not in body:
                    bad("mention not in body: %r (%s)" % (m, e["name"]))
            if len(set(e["mentions"])) != len(e["mentions"]):
                bad("repeated mention in " + e["name"])
        for c in g["claims"]:
            if norm(c["text"]) not in body:
                bad("claim text not in body: %r" % c["text"])
            if c["speaker"] not in names:
                bad("speaker is no actor: " + c["speaker"])
            if not isinstance(c["direct"], bool):
                bad("direct not boolean: %r" % c)
        seen = set()
        for r in g["relationships"]:
            key = (r["from"], r["to"], r["cameo"])
            if key in seen:
                bad("duplicate relationship %r" % (key,))
            seen.add(key)
            for end in (r["from"], r["to"]):
                if end not in names:
                    bad("relationship end is no actor: " + end)
            if r["from"] == r["to"]:
                bad("self relationship %r" % (key,))
            if not re.fullmatch(r"(0[1-9]|1[0-9]|20)", r["cameo"]):
                bad("bad cameo %r" % r["cameo"])
            if norm(r["evidence"]) not in body:
                bad("evidence not in body: %r" % r["evidence"])
        print("%-40s actors %2d  locations %2d  claims %2d  relationships %2d" % (
            g["article"], len(g["actors"]), len(g["locations"]), len(g["claims"]), len(g["relationships"])))
    print("problems:", problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
