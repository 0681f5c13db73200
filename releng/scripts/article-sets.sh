# Sourced by eval-extract.sh and time-extract.sh: the article sets of issue 11's development halves.
# build_half SET DIR TESTS   SET: study | select | check | fresh | even; links DIR/articles/*.txt and DIR/gold/*.json
# from the annotated batches under TESTS/resources.
# study: odd article numbers of the split batches plus all of the batches studied whole in the sessions that made
# them (rules are found here, per article). The even numbers of the split batches are never read; from the
# thirteenth session on they are cut in two by the number modulo 4:
#   select: numbers 2 mod 4, the held-in split: scored in aggregate as often as wanted, to choose among variants and to
#           estimate how precise a rule is on text it was not built from;
#   check:  numbers 0 mod 4, scored in aggregate once per mechanism, for the keep decision;
#   fresh:  the part of check no session ever studied (the batches annotated after the split); must not fall;
#   even:   select + check (the check half of the sessions before the thirteenth).
# confirm: from the fifteenth session on, the previous session's held-out batch, whole, stays out of the split for one
#          session: nobody studies it; the lead scores it once per mechanism (from the sixteenth session on: per
#          family of mechanisms) that passed check, and it is kept only if confirm does not fall. It joins the split
#          when the next held-out batch replaces it. The sixteenth session pooled batch 23 with batch 25 (made that
#          session as unseen decision data); the seventeenth's confirm set was batches 24 and 25 pooled with batch 27 (made
#          that session, 96 articles); the eighteenth's was batches 26 and 27 pooled with batch 29 (made
#          that session, 95 articles); the nineteenth's was batches 28 and 29 pooled with batch 31 (made
#          that session, 94 articles); the twentieth's was batches 30 and 31 pooled with batch 33 (made
#          that session, 92 articles); the twenty-first's was batches 32 and 33 pooled with batch 35 (made
#          that session, 92 articles); the twenty-second's was batches 34 and 35 (61 articles; no decision batch was made that
#          session); the twenty-third's was batch 36 (32 articles); the twenty-fourth's was batch 37 pooled with batch 38 (made
#          at the end of the twenty-third session as unseen decision data, 80 articles); the twenty-fifth's was batch 39
#          pooled with batch 40 (made during the twenty-fourth session as unseen decision data, 80 articles); the
#          twenty-sixth's was batch 41 pooled with batch 42 (made during the twenty-fifth session as unseen decision data,
#          80 articles); the twenty-seventh's was batch 43 (held out during the twenty-sixth session, 39 articles) pooled
#          with batch 44 (made during the twenty-sixth session as unseen decision data, 40 articles); the twenty-eighth's
#          was batch 45 (held out during the twenty-seventh session, 40 articles) pooled with batch 46 (made during the
#          twenty-seventh session as unseen decision data, 39 articles); the twenty-ninth's was batch 47 (held out during
#          the twenty-eighth session, 40 articles) pooled with batch 48 (made during the twenty-eighth session as unseen
#          decision data, 40 articles); the thirtieth's is batch 49 (held out during the twenty-ninth session, 40
#          articles) pooled with batch 50 (made during the twenty-ninth session as unseen decision data, 40 articles).
split_batches=(blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind12 blind14 blind16 blind18 blind19 blind20 blind21 blind22 blind23 blind24 blind25 blind26 blind27 blind28 blind29 blind30 blind31 blind32 blind33 blind34 blind35 blind36 blind37 blind38 blind39 blind40 blind41 blind42 blind43 blind44 blind45 blind46 blind47 blind48)
fresh_batches=(blind6 blind7 blind8 blind9 blind10 blind12 blind14 blind16 blind18 blind19 blind20 blind21 blind22 blind23 blind24 blind25 blind26 blind27 blind28 blind29 blind30 blind31 blind32 blind33 blind34 blind35 blind36 blind37 blind38 blind39 blind40 blind41 blind42 blind43 blind44 blind45 blind46 blind47 blind48)
confirm_batches=(blind49 blind50)
whole_batches=(blind11 blind13 blind15 blind17)

build_half() {
  local set=$1 half=$2 tests=$3 want=0 b a n num
  local batches=("${split_batches[@]}")
  [ "$set" = fresh ] && batches=("${fresh_batches[@]}")
  [ "$set" = confirm ] && batches=("${confirm_batches[@]}")
  if [ "$set" = study ]; then want=1; batches+=("${whole_batches[@]}"); fi
  rm -rf "$half"; mkdir -p "$half/articles" "$half/gold"
  for b in "${batches[@]}"; do
    [ -d "$tests/resources/$b/articles" ] || continue
    for a in "$tests/resources/$b/articles"/*.txt; do
      n=$(basename "$a" .txt); num=$(( 10#${n%%_*} ))
      case " ${whole_batches[*]} ${confirm_batches[*]} " in
        *" $b "*) ;;
        *) [ $(( num % 2 )) -eq $want ] || continue
           case $set in
             select) [ $(( num % 4 )) -eq 2 ] || continue ;;
             check|fresh) [ $(( num % 4 )) -eq 0 ] || continue ;;
           esac ;;
      esac
      ln -s "$a" "$half/articles/"; ln -s "$tests/resources/$b/gold/$n.json" "$half/gold/"
    done
  done
}

# resolve_set SET OUT TESTS SHARED: sets $arts and $gold (arrays: article files/folders, gold files/folders) and $name
# for SET: seed | own | blind | blind2 | ... | study | select | check | fresh | even | dev | confirm | DIR (articles/, gold/).
# dev = study + even (every annotated development article: the training corpus of the learned components).
resolve_set() {
  local set=$1 out=$2 tests=$3 shared=$4
  name=$set
  case $set in
    seed)   arts=("$shared/samples/000_e2a23cc3f04865a0.txt"); gold=("$shared/eval/gold") ;;
    own)    arts=("$tests/resources/articles"); gold=($(ls "$tests"/resources/gold/1*.json)) ;;
    blind|blind[2-9]|blind1[0-9]|blind2[0-9]|blind3[0-9]|blind4[0-9]|blind5[0-9]) arts=("$tests/resources/$set/articles"); gold=("$tests/resources/$set/gold") ;;
    study|select|check|fresh|even|confirm)
      build_half "$set" "$out/sets/$set" "$tests"
      arts=("$out/sets/$set/articles"); gold=("$out/sets/$set/gold") ;;
    dev)    build_half study "$out/sets/study" "$tests"; build_half even "$out/sets/even" "$tests"
            rm -rf "$out/sets/dev"; mkdir -p "$out/sets/dev/articles" "$out/sets/dev/gold"
            cp -P "$out"/sets/study/articles/* "$out"/sets/even/articles/* "$out/sets/dev/articles/"
            cp -P "$out"/sets/study/gold/* "$out"/sets/even/gold/* "$out/sets/dev/gold/"
            arts=("$out/sets/dev/articles"); gold=("$out/sets/dev/gold") ;;
    *)      arts=("$set/articles"); gold=("$set/gold"); name=$(basename "$set") ;;
  esac
}
