#!/usr/bin/env bash
# Times `tempo chess perft` against Stockfish's `go perft` as whole processes, side by side in the same run.
# Both are single-threaded and bulk-count the last ply. Runs alternate (tempo, stockfish, tempo, ...) so that load
# from other work on the machine hits both alike; the median of RUNS runs is reported with the ratio, for wall-clock
# time and for CPU time (user + system, from /usr/bin/time), which other load on the machine disturbs less.
#
# Usage: bench/perft-vs-stockfish.sh [RUNS]        (default 5; needs /usr/games/stockfish: apt-get install stockfish)
# Env:   TEMPO=path/to/tempo (default: builds src/Tempo.Cli in Release and uses its apphost)
#        STOCKFISH=path (default /usr/games/stockfish)
#        SLIDERS=pext|magic (default: tempo's own choice; passed as `tempo chess perft --sliders`)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${1:-5}"
STOCKFISH="${STOCKFISH:-/usr/games/stockfish}"
SLIDERS="${SLIDERS:-}"
if [[ -z "${TEMPO:-}" ]]; then
  if ! build_log=$(dotnet build src/Tempo.Cli -c Release -nologo 2>&1); then
    grep -E 'error' <<<"$build_log" | sort -u | head -20 >&2
    echo "perft-vs-stockfish: building src/Tempo.Cli failed" >&2
    exit 1
  fi
  TEMPO=src/Tempo.Cli/bin/Release/net10.0/tempo
fi
[[ -x "$STOCKFISH" ]] || { echo "perft-vs-stockfish: $STOCKFISH not found (apt-get install stockfish)" >&2; exit 2; }

KIWIPETE="r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1"
CASES=("startpos|6|119060324" "$KIWIPETE|5|193690690")

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "# perft-vs-stockfish: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# stockfish: $("$STOCKFISH" quit </dev/null | head -1)"
echo "# tempo: $TEMPO"
echo
printf '| position | depth | nodes | tempo wall ms (median of %s) | stockfish wall ms | wall stockfish/tempo | tempo CPU ms | stockfish CPU ms | CPU stockfish/tempo |\n' "$RUNS"
echo "|---|---|---|---|---|---|---|---|---|"
for case in "${CASES[@]}"; do
  IFS='|' read -r fen depth expected <<<"$case"
  if [[ "$fen" == startpos ]]; then sfpos="position startpos"; name=startpos; else sfpos="position fen $fen"; name=kiwipete; fi
  tempo_times=(); sf_times=(); tempo_cpu=(); sf_cpu=()
  timing=$(mktemp)
  for ((i = 0; i < RUNS; i++)); do
    t0=$(now_ms)
    out=$(/usr/bin/time -f '%U %S' -o "$timing" "$TEMPO" chess perft "$fen" "$depth" ${SLIDERS:+--sliders "$SLIDERS"})
    t1=$(now_ms)
    nodes=$(awk '/^nodes/ {print $2}' <<<"$out")
    [[ "$nodes" == "$expected" ]] || { echo "tempo gave $nodes nodes for $name depth $depth, expected $expected" >&2; exit 1; }
    tempo_times+=($((t1 - t0)))
    tempo_cpu+=($(awk '{printf "%d", ($1 + $2) * 1000}' "$timing"))

    t0=$(now_ms)
    out=$(printf '%s\ngo perft %s\nquit\n' "$sfpos" "$depth" | /usr/bin/time -f '%U %S' -o "$timing" "$STOCKFISH")
    t1=$(now_ms)
    nodes=$(awk '/^Nodes searched/ {print $3}' <<<"$out")
    [[ "$nodes" == "$expected" ]] || { echo "stockfish gave $nodes nodes for $name depth $depth, expected $expected" >&2; exit 1; }
    sf_times+=($((t1 - t0)))
    sf_cpu+=($(awk '{printf "%d", ($1 + $2) * 1000}' "$timing"))
  done
  rm -f "$timing"
  tm=$(printf '%s\n' "${tempo_times[@]}" | median)
  sm=$(printf '%s\n' "${sf_times[@]}" | median)
  tc=$(printf '%s\n' "${tempo_cpu[@]}" | median)
  sc=$(printf '%s\n' "${sf_cpu[@]}" | median)
  ratio=$(awk -v s="$sm" -v t="$tm" 'BEGIN {printf "%.2f", s / t}')
  cpu_ratio=$(awk -v s="$sc" -v t="$tc" 'BEGIN {printf "%.2f", s / t}')
  printf '| %s | %s | %s | %s (runs: %s) | %s (runs: %s) | %s | %s | %s | %s |\n' "$name" "$depth" "$expected" \
    "$tm" "${tempo_times[*]}" "$sm" "${sf_times[*]}" "$ratio" "$tc" "$sc" "$cpu_ratio"
done
