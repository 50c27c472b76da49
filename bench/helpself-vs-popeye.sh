#!/usr/bin/env bash
# Helpmates and selfmates (issue 14): Tempo against Popeye on the same set, in the same run, every solution compared.
#
# The set: every h#2-h#4 (with h#N.5) and s#2-s#4 line of tests/data/stipulations.tsv
# (sources in tests/data/README.md). Each side solves the whole set in one process: Tempo by `chess batch` on the
# set's .tsv (one thread, then --threads 2), Popeye by one problem file holding every problem (`option intelligent`
# for helpmates unless MODE=plain; `option whitetoplay` for h#N.5, Popeye's way of writing it). Rounds alternate
# Tempo 1 thread, Popeye, Tempo 2 threads; each process is timed by /usr/bin/time (wall, user+sys CPU).
# Agreement: Tempo's batch compares its solution lists (helpmates) and keys (selfmates) to the file's; the script
# reads Popeye's printed solutions back into UCI and compares them to the file's too, problem by problem.
#
# usage: bench/helpself-vs-popeye.sh POPEYE_BINARY [ROUNDS] [TEMPO_DLL]
#   POPEYE_BINARY: a Popeye executable built outside the project (this script never builds Popeye)
#   ROUNDS: default 1; TEMPO_DLL: a built tempo.dll (default: build src/Tempo.Cli into a temporary directory)
#   env: MODE=intelligent|plain (Popeye's helpmate search; default intelligent), STIPS="h#2 s#2 …" (only these
#        stipulations; default all), KEEP=DIR (keep the set, the Popeye file and every output there),
#        BYSTIP=0 (skip the pass that times each stipulation as its own process for both sides)
set -euo pipefail
cd "$(dirname "$0")/.."
POPEYE=${1:?usage: bench/helpself-vs-popeye.sh POPEYE_BINARY [ROUNDS] [TEMPO_DLL]}
ROUNDS=${2:-1}
TEMPO_DLL=${3:-}
MODE=${MODE:-intelligent}
STIPS=${STIPS:-}
POPEYE=$(realpath "$POPEYE")
[ -x "$POPEYE" ] || { echo "bench: $POPEYE: not an executable" >&2; exit 2; }
OUT=${KEEP:-$(mktemp -d)}
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$OUT"' EXIT

if [ -z "$TEMPO_DLL" ]; then
    dotnet build src/Tempo.Cli -c Release -o "$OUT/tempo" >/dev/null
    TEMPO_DLL="$OUT/tempo/tempo.dll"
fi

python3 bench/helpself_popeye.py write "$OUT" "$MODE" "$STIPS" tests/data/stipulations.tsv
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); set: $(wc -l < "$OUT/set.tsv") problems; Popeye mode: $MODE"

timed() { # NAME COMMAND...: runs COMMAND, appends "NAME wall cpu" to $OUT/times
    local name=$1; shift
    /usr/bin/time -f "%e %U %S" -o "$OUT/time.txt" "$@"
    read -r wall user sys < "$OUT/time.txt"
    echo "$name $wall $(echo "$user + $sys" | bc)" >> "$OUT/times"
}
: > "$OUT/times"
for round in $(seq 1 "$ROUNDS"); do
    timed tempo1 dotnet "$TEMPO_DLL" chess batch "$OUT/set.tsv" --threads 1 --out "$OUT/tempo1-$round.jsonl" > /dev/null 2>&1 || true
    # Popeye writes nothing but its answer to stdout; run from the output directory so nothing lands in the project.
    (cd "$OUT" && timed popeye "$POPEYE" "$OUT/set.inp" > "$OUT/popeye-$round.out")
    timed tempo2 dotnet "$TEMPO_DLL" chess batch "$OUT/set.tsv" --threads 2 --out "$OUT/tempo2-$round.jsonl" > /dev/null 2>&1 || true
done
# By stipulation, each side as its own process on that stipulation's problems alone (one round): Popeye's own
# "Time =" lines sum to up to twice its process CPU (h#3 on a quiet machine: 25.5 s printed, 13.6 s CPU), so only
# process times compare; Tempo's include the .NET start (about 0.4 s per process). BYSTIP=0 skips this.
if [ "${BYSTIP:-1}" = 1 ]; then
    for stip in $(cut -f1 "$OUT/set.tsv" | sort -u); do
        dir="$OUT/by-$(echo "$stip" | tr '#.' 'm_')"
        mkdir -p "$dir"
        python3 bench/helpself_popeye.py write "$dir" "$MODE" "$stip" tests/data/stipulations.tsv
        timed "stip:$stip:tempo1" dotnet "$TEMPO_DLL" chess batch "$dir/set.tsv" --threads 1 --out "$dir/tempo1.jsonl" > /dev/null 2>&1 || true
        (cd "$dir" && timed "stip:$stip:popeye" "$POPEYE" "$dir/set.inp" > "$dir/popeye.out")
    done
fi
python3 bench/helpself_popeye.py report "$OUT" "$ROUNDS"
