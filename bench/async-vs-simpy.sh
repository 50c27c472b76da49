#!/usr/bin/env bash
# Tempo.Async vs SimPy on the `tempo bench async` workload, in the same run.
#
# Workload: 1,000 lines of control each awaiting 1,000 timers of 1 + ((line*7919 + step*104729) % 10) time units
# (1,000,000 resumptions, every line ends at t=5,500), and a ping-pong of 1,000,000 messages between two lines
# (Tempo: System.Threading.Channels; SimPy: simpy.Store). `tempo bench async` also times the bare
# PriorityQueue<Action> loop (the ceiling) in the same process. Both sides hash the order in which lines resume:
# equal checksums mean Tempo and SimPy ran exactly the same schedule.
#
# usage: bench/async-vs-simpy.sh [ROUNDS]      (each round runs tempo, then SimPy; medians are reported)
# needs: python3-simpy3 (SimPy 3.0.11 for /usr/bin/python3)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
PYTHON=${PYTHON:-/usr/bin/python3}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

dotnet build src/Tempo.Cli -c Release -o "$OUT/tempo" >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$ROUNDS"); do
    dotnet "$OUT/tempo/tempo.dll" bench async --format json > "$OUT/tempo-$round.json"
    "$PYTHON" bench/async_simpy.py 1000 1000 1000000 1 > "$OUT/simpy-$round.json"
done

"$PYTHON" - "$OUT" "$ROUNDS" <<'PY'
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
tempo = [json.load(open(f"{out}/tempo-{r}.json")) for r in range(1, rounds + 1)]
simpy = [json.load(open(f"{out}/simpy-{r}.json")) for r in range(1, rounds + 1)]
med = lambda rows, key: statistics.median(r[key] for r in rows)
for t, s in zip(tempo, simpy):
    assert t["checksum"] == s["checksum"] and t["simulatedEnd"] == s["simulatedEnd"], "Tempo and SimPy schedules differ"
t_rate, c_rate, s_rate = med(tempo, "resumptionsPerSecond"), med(tempo, "ceilingPerSecond"), med(simpy, "resumptionsPerSecond")
t_pp, s_pp = med(tempo, "pingPongMessagesPerSecond"), med(simpy, "pingPongMessagesPerSecond")
print(f"schedule checksum {tempo[0]['checksum']} (identical in Tempo, the ceiling loop and SimPy {simpy[0]['simpy']}), end t={tempo[0]['simulatedEnd']}")
print(f"{'':28}{'median':>14}  runs")
print(f"{'Tempo.Async timers':28}{t_rate/1e6:>10.2f} M/s  " + " ".join(f"{r['resumptionsPerSecond']/1e6:.2f}" for r in tempo))
print(f"{'PriorityQueue ceiling':28}{c_rate/1e6:>10.2f} M/s  " + " ".join(f"{r['ceilingPerSecond']/1e6:.2f}" for r in tempo))
print(f"{'SimPy timers':28}{s_rate/1e6:>10.2f} M/s  " + " ".join(f"{r['resumptionsPerSecond']/1e6:.2f}" for r in simpy))
print(f"{'Tempo.Async ping-pong':28}{t_pp/1e6:>10.2f} M/s  " + " ".join(f"{r['pingPongMessagesPerSecond']/1e6:.2f}" for r in tempo))
print(f"{'SimPy ping-pong':28}{s_pp/1e6:>10.2f} M/s  " + " ".join(f"{r['pingPongMessagesPerSecond']/1e6:.2f}" for r in simpy))
print(f"{'Tempo/ceiling per round':28}{statistics.median(r['ratio'] for r in tempo):>14.2f}  " + " ".join(f"{r['ratio']:.2f}" for r in tempo))
print(f"ratios: Tempo/ceiling {statistics.median(r['ratio'] for r in tempo):.2f} (median of per-round ratios), "
      f"Tempo/SimPy timers {t_rate/s_rate:.1f}x, Tempo/SimPy ping-pong {t_pp/s_pp:.1f}x")
PY
