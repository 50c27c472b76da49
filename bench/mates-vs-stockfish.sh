#!/usr/bin/env bash
# Mate prover vs Stockfish on tests/data/mates-dev.epd (117 matetrack mates, #1-#5).
#
# Tempo is NOT told the distance: `tempo chess batch` searches 1, 2, ... and proves there is no shorter mate
# (for a known distance N it searches up to N, so "no mate in N-1" is proven for every position).
# Stockfish is told the distance (`go mate N`) and is capped at SF_MOVETIME ms per position; it counts as
# confirmed when it reports `score mate N` (never shorter in this file) before the cap.
#
# usage: bench/mates-vs-stockfish.sh [RUNS]    env: SF_MOVETIME (ms, default 10000), STOCKFISH (default /usr/games/stockfish)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
SF_MOVETIME=${SF_MOVETIME:-10000}
STOCKFISH=${STOCKFISH:-/usr/games/stockfish}
DATA=tests/data/mates-dev.epd
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

dotnet build src/Tempo.Cli -c Release -o "$OUT/tempo" >/dev/null
TEMPO=(dotnet "$OUT/tempo/tempo.dll")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "data: $DATA ($(wc -l < "$DATA") positions)"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

run_tempo() {
    local threads=$1 label=$2 times=()
    for run in $(seq "$RUNS"); do
        local start end
        start=$(date +%s.%N)
        "${TEMPO[@]}" chess batch "$DATA" --threads "$threads" --out "$OUT/tempo-$threads-$run.jsonl" > "$OUT/summary-$threads-$run.txt"
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    local wall
    wall=$(printf '%s\n' "${times[@]}" | median)
    python3 - "$OUT/tempo-$threads-1.jsonl" "$label" "$wall" "${times[*]}" <<'PY'
import json, sys
path, label, wall, runs = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
rows = [json.loads(l) for l in open(path)]
exact = sum(1 for r in rows if r.get("agrees"))
ms = sorted(r["ms"] for r in rows)
by = {}
for r in rows:
    by.setdefault(r["expected"], []).append(r["ms"])
parts = ", ".join(f"#{k}: {sum(v)/1000:.1f} s" for k, v in sorted(by.items()))
print(f"{label}: {exact}/{len(rows)} proven exactly; wall {wall:.1f} s (median of runs {runs}); "
      f"sum of per-position solve times {sum(ms)/1000:.1f} s ({parts}); slowest {ms[-1]/1000:.2f} s")
PY
}

run_tempo 1 "tempo 1 thread "
run_tempo 2 "tempo 2 threads"

python3 - "$STOCKFISH" "$DATA" "$SF_MOVETIME" <<'PY'
import re, subprocess, sys, time
engine, data, movetime = sys.argv[1], sys.argv[2], int(sys.argv[3])
sf = subprocess.Popen([engine], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
def send(cmd): sf.stdin.write(cmd + "\n"); sf.stdin.flush()
def wait_for(prefix):
    lines = []
    while True:
        line = sf.stdout.readline()
        if not line: raise SystemExit("stockfish exited")
        lines.append(line.strip())
        if line.startswith(prefix): return lines
send("uci"); wait_for("uciok")
send("setoption name Threads value 1"); send("setoption name Hash value 64")
send("isready"); wait_for("readyok")
confirmed, total, spent, by = 0, 0, 0.0, {}
for line in open(data):
    m = re.search(r"bm #(-?\d+);", line)
    if not m: continue
    n = int(m.group(1)); fen = " ".join(line.split()[:4])
    send("ucinewgame"); send("isready"); wait_for("readyok")
    send(f"position fen {fen}")
    start = time.perf_counter()
    send(f"go mate {n} movetime {movetime}")
    out = wait_for("bestmove")
    elapsed = time.perf_counter() - start
    mates = [int(x) for x in re.findall(r"score mate (-?\d+)", " ".join(out))]
    ok = bool(mates) and mates[-1] == n
    confirmed += ok; total += 1; spent += elapsed
    by.setdefault(n, [0, 0, 0.0]); by[n][0] += ok; by[n][1] += 1; by[n][2] += elapsed
send("quit")
parts = ", ".join(f"#{k}: {v[0]}/{v[1]} in {v[2]:.1f} s" for k, v in sorted(by.items()))
print(f"stockfish go mate N (cap {movetime} ms): {confirmed}/{total} confirmed; total {spent:.1f} s ({parts})")
PY
