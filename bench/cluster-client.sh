#!/usr/bin/env bash
# The coordinator's cost: client CPU (user+sys of the `tempo` client only) per position and per sweep run against
# two `tempo cluster silo` processes on loopback, by shard size, interleaved (A B C … A B C …), with the client's fixed
# cost (a 1-position batch, a 1-run sweep) measured in the same rounds to subtract.
# Usage: bench/cluster-client.sh [ROUNDS] [TEMPO_DLL]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
dll=${2:-src/Tempo.Cli/bin/Release/net10.0/tempo.dll}
puzzles=tests/data/lichess-mate-in-1-3.csv
runs=20000
primary=12111                       # silos 12111 and 12112, gateways 31000 and 31001
gateway=loopback:$((primary + 18889))
out=$(mktemp -d)
trap 'kill $silo1 $silo2 2>/dev/null || true; rm -rf "$out"' EXIT

source bench/cluster-lib.sh
start_two_silos $primary --membership "local:$primary"
head -n 2 "$puzzles" > "$out/one.csv"

for round in $(seq 1 "$rounds"); do
  echo "round $round (load $(cut -d' ' -f1 /proc/loadavg))"
  measure "batch 1 position (fixed cost)  " chess batch "$out/one.csv" --cluster "$gateway"
  for size in 1 4 16 64; do
    measure "batch 394, --shard-size $size    " chess batch "$puzzles" --cluster "$gateway" --shard-size "$size"
  done
  measure "sweep 1 run (fixed cost)       " soccer sweep book --runs 1 --cluster "$gateway"
  for size in 250 1000 5000; do
    measure "sweep $runs, --shard-size $size" soccer sweep book --runs $runs --cluster "$gateway" --shard-size "$size"
  done
done
