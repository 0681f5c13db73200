#!/usr/bin/env bash
# The twentieth session's reldet20 family (relations.learned-adjective-ends) is part of the learned relation proposer:
# its model is data/relation-roots.tsv, made by train-relation-roots.sh. This runs that script with the same arguments:
#   releng/scripts/train-reldet20.sh            retrain the model on dev (batches 1-29, 706 articles)
#   releng/scripts/train-reldet20.sh --cv 3     5-fold article CV over dev and even (the proposer off and on, margin 3);
#   with RELROOTS_OFF=relations.learned-adjective-ends the same without the adjective ends (the features are
#   dumped again; do not set RELROOTS_REUSE when switching).
exec "$(dirname "$0")/train-relation-roots.sh" "$@"
