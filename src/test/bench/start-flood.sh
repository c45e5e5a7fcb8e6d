#!/usr/bin/env bash
# Benchmark (not a test): the cost of startReport does not grow with the number of reports ever run, and the
# simulator's memory stays bounded. Starts the standalone simulator with a fixed heap, sends FLOOD_COUNT
# (default 200,000) startReport calls with distinct arguments on one keep-alive connection (StartFloodBench),
# prints for each 10,000 the rate and the simulator's CPU time per start, and the simulator's resident memory
# (VmRSS) at start, every 50,000 and at the end.
#
# Before the count: FLOOD_WARMUP (default 50,000) starts in two rounds, each followed by POST /__simulator/reset,
# so that the JIT of both sides is warm (in a cold JVM the rate climbs for the first 40,000 or so, and the JIT
# recompiles once after the first reset empties the simulator) and the simulator holds no task.
#
# Pass: the rate of the last 10,000 is not more than 10 % below that of the first 10,000 (the change is printed,
# and whether it is within 10 % either way, with the median and range over all blocks; the simulator's CPU time per
# start is printed beside it); the simulator's RSS stays under RSS_BOUND_MB (default 320:
# the heap's -Xmx, SIM_XMX, default 128m, plus 192 MB for what a JVM holds outside the heap: metaspace, code cache,
# thread stacks, GC structures); no start fails. Exit code 0 on pass, 1 on fail.
#
# Run from anywhere after ./mvnw -o -B -q -DskipTests package (the script builds the jar when it is missing).
# Traffic stays on 127.0.0.1. Takes about 1.5 minutes on a 2-core machine; the load average is printed with every
# block, since other processes on the same cores move the rate. SIM_JAVA_OPTS adds JVM options to the simulator.
#   src/test/bench/start-flood.sh
#   FLOOD_COUNT=30000 SIM_JAR=/path/to/older/reports-simulator.jar src/test/bench/start-flood.sh   # compare
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=${SIM_JAR:-target/reports-simulator.jar}
COUNT=${FLOOD_COUNT:-200000}
XMX=${SIM_XMX:-128m}
RSS_BOUND_MB=${RSS_BOUND_MB:-320}
WARMUP=${FLOOD_WARMUP:-50000}
[[ "$COUNT" =~ ^[0-9]+$ ]] && [ "$COUNT" -ge 20000 ] || { echo "FLOOD_COUNT must be a whole number >= 20000"; exit 2; }
[[ "$WARMUP" =~ ^[0-9]+$ ]] || { echo "FLOOD_WARMUP must be a whole number"; exit 2; }

[ -f target/reports-simulator.jar ] || ./mvnw -o -B -q -DskipTests package
[ -f "$JAR" ] || { echo "missing $JAR"; exit 2; }
cp=target/reports-simulator.jar   # the client needs api.ReportExamples only; the jar holds it
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$cp" src/test/bench/StartFloodBench.java

log=$(mktemp)
sim_pid=""
cleanup() {
  if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; fi
  rm -f "$log"
}
trap cleanup EXIT
# shellcheck disable=SC2206
SIM_CMD=(java "-Xmx$XMX" ${SIM_JAVA_OPTS:-} -jar "$JAR" --port 0 --rate-limit off --report-duration 100ms --token-ttl 24h --quiet)
"${SIM_CMD[@]}" > "$log" 2>&1 &
sim_pid=$!
for _ in $(seq 1 300); do grep -q "listening on" "$log" 2>/dev/null && break; sleep 0.1; done
base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | head -1)
[ -n "$base" ] || { echo "the simulator did not start:"; cat "$log"; exit 2; }

echo "date:      $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine:   $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:      $(java -version 2>&1 | head -1)"
echo "simulator: ${SIM_CMD[*]} (pid $sim_pid)"
echo "flood:     $COUNT startReport calls, distinct arguments, one keep-alive connection (java.net.http, HTTP/1.1)"
java -cp "target/bench-classes:$cp" StartFloodBench "$base" "$sim_pid" "$COUNT" "$RSS_BOUND_MB" "$WARMUP"
