#!/usr/bin/env python3
"""Labels for the learned relation proposer (relations.learned-roots), from study gold only.

relclass-labels.py label GOLD_DIR... --pred EXPORT.json --features FEATURES.tsv --out TRAIN.tsv
    FEATURES.tsv: file, from, to, begin, end, features (EngineExport --features: the candidate actor pairs of one
    sentence each). A candidate is labelled with the root of the first gold relation between the same ends (in that
    direction; ends matched as score.py matches them) that the engine's own relations do not already match typed
    and whose evidence lies in the candidate's sentence (60 % of its words); otherwise "none".
relclass-labels.py apply GOLD_DIR... --pred EXPORT.json --decisions DECISIONS.tsv --out EXPORT2.json
    DECISIONS.tsv: file, from, to, root (the proposed relations); writes the export with them added.
"""
import json

from eval_common import align_actors, label_args, rows_by_file, scorer, typed_relations, write_labels

S = scorer()


def labeller(file, g, src):
    mapper = align_actors(S, g, src)[3]
    grels = S.dicts(g.get("relationships"))
    g_ft, g_code, _, _, _, typed = typed_relations(S, grels, S.dicts(src.get("relationships")), mapper)
    gr = [(f, t, code, set(S.tokens(S.mention_text(r.get("evidence")) or "")))
          for (f, t), code, r in zip(g_ft, g_code, grels)]
    used = set(typed.values())
    body = src.get("body") or ""

    def label(p):
        fe, te = mapper(p[1]), mapper(p[2])
        sent = set(S.tokens(body[int(p[3]):int(p[4])]))
        for j, x in enumerate(gr):
            if j not in used and x[2] is not None and x[0] in fe and x[1] in te and (
                    not x[3] or len(x[3] & sent) >= 0.6 * len(x[3])):
                return x[2]
        return "none"
    return label


def main():
    a = label_args()
    if a.mode == "label":
        write_labels(S, a.gold, a.pred, a.features, a.out, labeller)
    else:
        dec = {file: [{"from": p[1], "to": p[2], "cameo": p[3], "confidence": 0.25} for p in rows]
               for file, rows in rows_by_file(a.decisions).items()}
        data = json.load(open(a.pred, encoding="utf-8"))
        for src in data["sources"]:
            src["relationships"] = list(src.get("relationships", [])) + dec.get(src["file"], [])
        json.dump(data, open(a.out, "w", encoding="utf-8"))


if __name__ == "__main__":
    main()
