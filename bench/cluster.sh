#!/usr/bin/env bash
# Cluster path vs one process, interleaved (A B C A B C ...): `chess batch` on Lichess mates and `soccer sweep book`,
# one process (--threads 2) vs --cluster local (a silo inside the process) vs --cluster loopback (two silo processes
# on this machine + the client). Prints wall and client CPU seconds per run. Usage: bench/cluster.sh [ROUNDS] [TEMPO_DLL]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
dll=${2:-src/Tempo.Cli/bin/Release/net10.0/tempo.dll}
puzzles=tests/data/lichess-mate-in-1-3.csv
runs=2000
out=$(mktemp -d)
trap 'kill $silo1 $silo2 2>/dev/null || true; rm -rf "$out"' EXIT

source bench/cluster-lib.sh
start_two_silos 11111

for round in $(seq 1 "$rounds"); do
  echo "round $round (load $(cut -d' ' -f1 /proc/loadavg))"
  measure "batch one-process --threads 2 " chess batch "$puzzles" --threads 2
  measure "batch --cluster local         " chess batch "$puzzles" --cluster local
  measure "batch --cluster loopback (2)  " chess batch "$puzzles" --cluster loopback
  measure "sweep one-process --threads 2 " soccer sweep book --runs $runs --threads 2
  measure "sweep --cluster local         " soccer sweep book --runs $runs --cluster local
  measure "sweep --cluster loopback (2)  " soccer sweep book --runs $runs --cluster loopback
done
