#!/usr/bin/env bash
# Real goals replayed (issue #17): import each real goal, simulate it with seeds 1..N, and print one line per seed
# (ball median error, goal time real vs simulated, same event order), then the book's and each imported play's goal
# rate over a sweep. Usage: bench/real-goals.sh TEMPO_DLL [SEEDS=20] [RUNS=2000]
# Run it from the repository root; writes only under a temporary directory.
set -euo pipefail
T="dotnet $1"
SEEDS=${2:-20}
RUNS=${3:-2000}
D=tests/data/tracking
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
$T soccer import $D/lastrow-LIV_2-1_CHE.csv --format lastrow --out "$W/liv.yaml" > /dev/null
$T soccer import $D/lastrow-Real_vs_Barcelona_Calma.csv --format lastrow --out "$W/rb.yaml" > /dev/null
summary() { grep -E "^(ball position error|goal:|same events)" | sed -E 's/ball position error[^m]*median/ball median/; s/, 90th percentile [0-9.]+ m//' | tr '\n' ' '; }
for clip in liv:lastrow-LIV_2-1_CHE.csv rb:lastrow-Real_vs_Barcelona_Calma.csv; do
  name=${clip%%:*}; file=${clip#*:}
  for s in $(seq 1 "$SEEDS"); do
    echo "$name seed $s: $($T soccer compare "$W/$name.yaml" "$D/$file" --seed "$s" | summary)"
  done
done
if $T soccer import $D/metrica-Sample_Game_1_RawEventsData-first200.csv --format metrica-events --goal 1 --out "$W/m1.yaml" > /dev/null 2>&1; then
  $T soccer import $D/metrica-Sample_Game_1-goals-2-3.csv --format metrica-events --goal 1 --out "$W/m2.yaml" > /dev/null
  for g in 1 2; do
    file=$([ $g = 1 ] && echo metrica-Sample_Game_1_RawEventsData-first200.csv || echo metrica-Sample_Game_1-goals-2-3.csv)
    for s in $(seq 1 "$SEEDS"); do
      echo "metrica goal $g seed $s: $($T soccer compare "$W/m$g.yaml" "$D/$file" --format metrica-events --goal 1 --seed "$s" | summary)"
    done
  done
fi
for play in book "$W/liv.yaml" "$W/rb.yaml" "$W/m1.yaml" "$W/m2.yaml"; do
  [ -f "$play" ] || [ "$play" = book ] || continue
  echo "sweep $(basename "$play") --runs $RUNS: $($T soccer sweep "$play" --runs "$RUNS" | grep -m1 -E "goals|scored" || true)"
done
