#!/usr/bin/env bash
# Runs one SharpFuzz target under AFL++ for a fixed number of executions.
# Usage: fuzz/run.sh fen|epd|san|uci|csv|play|pgn|ucicmd EXECUTIONS
# Needs: afl++ (apt-get install -y afl++) and the SharpFuzz instrumenter (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0).
set -euo pipefail
target=${1:?target: fen|epd|san|uci|csv|play|pgn|ucicmd}
execs=${2:?number of executions}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/$target"
rm -rf "$out" && mkdir -p "$out"
# Other builds of the same projects may run at the same time (shared obj/ folders): retry a failed build.
for attempt in 1 2 3; do
  dotnet build "$here/Tempo.Fuzz" -c Release -o "$out/bin" -nologo -v q && break
  [ "$attempt" = 3 ] && exit 1
  sleep 20
done
sharpfuzz="${SHARPFUZZ:-$HOME/.dotnet/tools/sharpfuzz}"
# Instrument the code under test (not the harness): the parsers' assemblies, and YamlDotNet for play files.
for dll in Tempo.Chess.dll Tempo.Soccer.dll YamlDotNet.dll; do
  "$sharpfuzz" "$out/bin/$dll" > /dev/null
done
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
afl-fuzz -i "$here/corpus/$target" -o "$out/findings" -E "$execs" -t 5000 -m none -- dotnet "$out/bin/Tempo.Fuzz.dll" "$target"
stats="$out/findings/default/fuzzer_stats"
grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|run_time) ' "$stats"
crashes=$(find "$out/findings/default/crashes" -type f ! -name README.txt | wc -l)
echo "$target: $crashes crashing inputs in $out/findings/default/crashes"
