# Shared by bench/cluster*.sh (sourced after `dll` and `out` are set): time a `tempo` client, start two silo processes.

measure() { # label, then the tempo arguments
  local label=$1; shift
  /usr/bin/time -f "$label wall=%e client_cpu=%U+%S" dotnet "$dll" "$@" >"$out/last" 2>>"$out/times" || true
  tail -n 1 "$out/times"
}

start_silo() { # port, then more `cluster silo` arguments -> pid in $!
  local port=$1; shift
  setsid dotnet "$dll" cluster silo "$@" --port "$port" >"$out/silo-$port.log" 2>&1 < /dev/null &
}

start_two_silos() { # first port, then more `cluster silo` arguments -> pids in silo1 and silo2, both up
  start_silo "$@"; silo1=$!
  sleep 5
  local second=$(($1 + 1)); shift
  start_silo "$second" "$@"; silo2=$!
  for _ in $(seq 1 120); do [ "$(grep -l " up " "$out"/silo-*.log 2>/dev/null | wc -l)" = 2 ] && break; sleep 1; done
}
