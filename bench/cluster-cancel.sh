#!/usr/bin/env bash
# Ctrl-C on a cluster sweep client: how soon does the silo stop the shards it is running? One silo process, a
# `soccer sweep book` client with shards of 50,000 runs (about 25 s each); once the silo runs its fourth shard the
# client gets SIGINT, and the script prints the seconds from the signal to each "stopped runs" (or "ran runs") line.
# usage: bench/cluster-cancel.sh [REPEATS] [TEMPO_DLL] [PORT]
set -um   # job control: a background job started without it ignores SIGINT
cd "$(dirname "$0")/.."
reps=${1:-3}
dll=${2:-src/Tempo.Cli/bin/Release/net10.0/tempo.dll}
port=${3:-11200}
gateway=$((port + 18889))   # the loopback membership's gateway offset
out=$(mktemp -d)
trap 'pkill -f "cluster silo --membership local:$port" 2>/dev/null; rm -rf "$out"' EXIT

for rep in $(seq 1 "$reps"); do
  log=$out/silo-$rep.log; : > "$log"
  ( dotnet "$dll" cluster silo --membership "local:$port" --port "$port" 2>&1 |
      while IFS= read -r line; do echo "$(date +%s.%N) $line"; done >> "$log" ) &
  for _ in $(seq 1 300); do grep -q " up " "$log" && break; sleep 0.2; done
  dotnet "$dll" soccer sweep book --runs 1000000 --format json --shard-size 50000 --cluster "loopback:$gateway" > "$out/client-$rep" 2>&1 &
  client=$!
  for _ in $(seq 1 900); do grep -q "running runs 150000" "$log" && break; sleep 0.2; done
  sleep 2
  t0=$(date +%s.%N); kill -INT "$client"; wait "$client"; rc=$?; t1=$(date +%s.%N)
  sleep 10
  echo "repeat $rep: client exit $rc $(echo "$t1 - $t0" | bc) s after SIGINT; load $(cut -d' ' -f1 /proc/loadavg)"
  grep "stopped runs\|ran runs" "$log" | awk -v t0="$t0" '$1 > t0 { printf "  %+.2f s %s %s %s\n", $1 - t0, $2, $3, $4 }'
  pkill -f "cluster silo --membership local:$port"; sleep 2
done
