#!/usr/bin/env bash
# Benchmark: the wall time of the acceptance command (./mvnw -o -B verify -Pacceptance) as a tenant's run makes it,
# through SAIL_BASE_URL, against the standalone simulator with three named clients (full, read-only, no access)
# and a report duration D: how much of a run is waiting for reports.
#
# Method: for each D of BENCH_DURATIONS (default "0ms 3s 20s 60s"), one standalone simulator
# (--port 0 --quiet --report-duration D --client ... x3) and one acceptance command against it; the time is the
# command's, from start to exit, with its exit code and the load average at the start. Raw logs are kept in
# target/bench/acceptance-wall-time-<time>/. Run from the project's root after ./mvnw -o -B -DskipTests package;
# traffic stays on 127.0.0.1. Extra Maven arguments: BENCH_MVN_ARGS (e.g. -Dreports.reportTimeout=3m); extra
# simulator flags: BENCH_SIM_FLAGS (e.g. --running-result empty).
#   src/test/bench/acceptance-wall-time.sh
#   BENCH_DURATIONS="90s" BENCH_MVN_ARGS="-Dreports.reportTimeout=3m" src/test/bench/acceptance-wall-time.sh
#   BENCH_DURATIONS="0ms 90s" BENCH_MVN_ARGS="-Dit.test=ReportsApiVerification -Dtest=NONE \
#     -Dsurefire.failIfNoSpecifiedTests=false -Dreports.reportTimeout=3m" src/test/bench/acceptance-wall-time.sh
set -euo pipefail
cd "${BENCH_PROJECT:-$(dirname "$0")/../../..}"
JAR=target/reports-simulator.jar
DURATIONS=${BENCH_DURATIONS:-0ms 3s 20s 60s}
MVN_ARGS=${BENCH_MVN_ARGS:-}
SIM_FLAGS=${BENCH_SIM_FLAGS:-}
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw -o -B -DskipTests package first"; exit 2; }
out="target/bench/acceptance-wall-time-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
sim_pid=""
cleanup() { if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

echo "simulator flags: --report-duration D ${SIM_FLAGS}; Maven: -o -B verify -Pacceptance ${MVN_ARGS}" | tee "$out/summary.txt"
printf '%-8s %-10s %-6s %s\n' D seconds exit "load average at start" | tee -a "$out/summary.txt"
for d in $DURATIONS; do
  # shellcheck disable=SC2086
  java -jar "$JAR" --port 0 --quiet --report-duration "$d" $SIM_FLAGS \
    --client bench-full:bench-full-secret:sp:report:read,sp:report:manage \
    --client bench-read:bench-read-secret:sp:report:read \
    --client bench-none:bench-none-secret:sp:scopes:default >"$out/simulator-$d.log" 2>&1 &
  sim_pid=$!
  url=""
  for _ in $(seq 1 100); do
    url=$(sed -n 's/^Reports API simulator listening on \(http[^ ]*\).*/\1/p' "$out/simulator-$d.log" | head -1)
    [ -n "$url" ] && break
    sleep 0.2
  done
  [ -n "$url" ] || { echo "the simulator did not start; see $out/simulator-$d.log"; exit 1; }
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s.%N)
  set +e
  # shellcheck disable=SC2086
  SAIL_BASE_URL=$url SAIL_CLIENT_ID=bench-full SAIL_CLIENT_SECRET=bench-full-secret \
    SAIL_READONLY_CLIENT_ID=bench-read SAIL_READONLY_CLIENT_SECRET=bench-read-secret \
    SAIL_NOACCESS_CLIENT_ID=bench-none SAIL_NOACCESS_CLIENT_SECRET=bench-none-secret \
    ./mvnw -o -B verify -Pacceptance $MVN_ARGS >"$out/run-$d.log" 2>&1
  code=$?
  set -e
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  printf '%-8s %-10.0f %-6s %s\n' "$d" "$seconds" "$code" "$load" | tee -a "$out/summary.txt"
  kill "$sim_pid" 2>/dev/null || true
  wait "$sim_pid" 2>/dev/null || true
  sim_pid=""
done
echo "logs: $out"
