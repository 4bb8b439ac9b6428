#!/usr/bin/env bash
# Cross-language retrieval on the relevance collection (issue 7): nDCG@10 for every language pair (queries in A,
# only resources in B retrieved and judged), with and without query translation, as a markdown table.
#   bash scripts/evaluate-cross-language.sh [DATA_DIR]      (MODES="false true" by default: translation off, then on)
# DATA_DIR gets the collection imported (and keeps any dictionaries/thesauri you put under it); default a temp folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
collection="$root/tests/SilkRoad.Search.Tests/Relevance"
data="${1:-$(mktemp -d)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/SilkRoad.Cli" -c Release -v q -nologo >/dev/null
silkroad="$root/src/SilkRoad.Cli/bin/Release/net10.0/silkroad"
if [ ! -f "$data/silkroad.db" ]; then "$silkroad" --data "$data" import "$collection/corpus.csv" >/dev/null; fi
langs=(zh en fr ru es ar)
score() { # topics-lang result-lang cross
  local a=$1 b=$2 cross=$3 qrels
  if [ "$a" = "$b" ]; then qrels="$collection/qrels.$a.txt"; else qrels="$collection/qrels.cross.txt"; fi
  awk -v b="$b" '$3 ~ "^" b "-"' "$qrels" > "$work/qrels.txt"
  "$silkroad" --data "$data" evaluate --topics "$collection/topics.$a.tsv" --qrels "$work/qrels.txt" \
    --query-language "$a" --result-language "$b" --cross-language "$cross" --json 2>/dev/null \
    | python3 -c 'import json,sys; print("%.3f" % json.load(sys.stdin)["ndcgAt10"])'
}
for cross in ${MODES:-false true}; do
  echo
  echo "nDCG@10, translation $([ $cross = true ] && echo on || echo off) (rows: query language; columns: resources' language)"
  echo
  echo "| query \\ results | zh | en | fr | ru | es | ar | mean of other five |"
  echo "|---|---|---|---|---|---|---|---|"
  for a in "${langs[@]}"; do
    row="| $a |"; sum=0
    for b in "${langs[@]}"; do
      s=$(score "$a" "$b" "$cross"); row="$row $s |"
      if [ "$a" != "$b" ]; then sum=$(python3 -c "print($sum + $s)"); fi
    done
    echo "$row $(python3 -c "print('%.3f' % ($sum / 5))") |"
  done
done
