#!/usr/bin/env bash
# Moremovers (issue 19): how many matetrack mates of a given distance does `tempo chess batch` prove within a cap?
#
# Positions are taken from matetrack.epd the way tests/data/mates-dev.epd is built: for each distance d, the lines
# with `bm #d;` in file order, even-indexed ones only, spread evenly: spread(P, m) = [P[floor(i*|P|/m)] for i < m].
# Tempo is not told the distance beyond the file's N as its move limit (it proves there is no shorter mate), one
# thread, --time-per CAP per position, one process for the whole set.
#
# usage: bench/moremovers.sh [PER_DISTANCE] [CAP_SECONDS] [DISTANCES] [TEMPO_DLL]
#   defaults: 8 20 "6 7 8" (a built tempo.dll; default: build src/Tempo.Cli into a temporary directory)
#   full size (quiet machine): bench/moremovers.sh 30 60 "6 7 8"; bench/moremovers.sh 10 60 "9 10 11 12"
#   env: MATETRACK (default /work/shared/data/mates/matetrack.epd), KEEP (a directory to keep the .epd and .jsonl in)
set -euo pipefail
cd "$(dirname "$0")/.."
PER=${1:-8}
CAP=${2:-20}
DISTANCES=${3:-"6 7 8"}
TEMPO_DLL=${4:-}
MATETRACK=${MATETRACK:-/work/shared/data/mates/matetrack.epd}
OUT=${KEEP:-$(mktemp -d)}
mkdir -p "$OUT"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$OUT"' EXIT

if [ -z "$TEMPO_DLL" ]; then
    dotnet build src/Tempo.Cli -c Release -o "$OUT/tempo" >/dev/null
    TEMPO_DLL="$OUT/tempo/tempo.dll"
fi

python3 - "$MATETRACK" "$PER" "$DISTANCES" "$OUT/set.epd" <<'PY'
import sys
path, per, distances, out = sys.argv[1], int(sys.argv[2]), [int(d) for d in sys.argv[3].split()], sys.argv[4]
lines = [l.rstrip("\n") for l in open(path)]
with open(out, "w") as f:
    for d in distances:
        tagged = [l for l in lines if f" bm #{d};" in l][0::2]
        picked = tagged if len(tagged) <= per else [tagged[i * len(tagged) // per] for i in range(per)]
        f.writelines(l + "\n" for l in picked)
PY

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); set: $(wc -l < "$OUT/set.epd") positions, cap ${CAP} s, 1 thread"
start=$(date +%s.%N)
dotnet "$TEMPO_DLL" chess batch "$OUT/set.epd" --threads 1 --time-per "$CAP" --out "$OUT/result.jsonl" >/dev/null || true
end=$(date +%s.%N)
python3 - "$OUT/result.jsonl" "$(echo "$end - $start" | bc)" "$CAP" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
cap_ms = float(sys.argv[3]) * 1000
# "proven" = the distance agrees; "at the cap" = the time ran out first (the key list or the tree may be incomplete)
at_cap = lambda r: r["ms"] >= cap_ms or not r.get("keysComplete", True)
by = {}
for r in rows:
    by.setdefault(r["expected"], []).append(r)
total_ok = 0
for n, rs in sorted(by.items()):
    ok = [r for r in rs if r.get("agrees")]
    wrong = [r for r in rs if r.get("status") == "mate" and not r.get("agrees")]
    total_ok += len(ok)
    secs = sum(r["ms"] for r in rs) / 1000
    within = [r for r in ok if not at_cap(r)]
    print(f"#{n}: {len(ok)}/{len(rs)} proven ({len(within)} complete within the cap, {len(ok) - len(within)} at the cap),"
          f" {secs:.1f} s in all (proven ones {sum(r['ms'] for r in ok)/1000:.1f} s)"
          + (f", {len(wrong)} DISAGREE" if wrong else ""))
print(f"all: {total_ok}/{len(rows)} proven, {sum(r['ms'] for r in rows)/1000:.1f} s of solve time, wall {float(sys.argv[2]):.1f} s")
print("per position (line, N, status, ms):", " ".join(f"{r['lineNumber']}:{r['expected']}:{r['status'][0]}:{r['ms']}" for r in rows))
PY
