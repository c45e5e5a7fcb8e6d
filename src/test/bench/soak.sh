#!/usr/bin/env bash
# Soak (not a test): the load simulations' soak profile, shortened, against the standalone simulator. Starts
# target/reports-simulator.jar on 127.0.0.1 (--quiet, its default limit of 100/10s per client, 3 s reports,
# eight clients soak-1..soak-8 with both report scopes), then runs, one after another, the three simulations
# that start reports (StartAndPoll, PollStorm, CancelUnderConcurrency) with -Dprofile=soak and
# -Dload.soakSeconds=SOAK_SECONDS (default 100: five minutes of load in all), each gated as usual: no 5xx or
# undocumented status, truthful Retry-After, latency bounds, every report it started ended (its cleanup).
#
# Prints the requests per simulation and in all, the 5xx count, the reports the simulator still runs at the end
# (asked through its control API), and the simulator's resident memory (VmRSS) at start, after each simulation
# and at the end. Exit code 0 when every simulation passed, no 5xx was seen and no report runs at the end.
#
# Run from anywhere: src/test/bench/soak.sh      (SOAK_SECONDS=1800 for the full soak profile: 1.5 hours)
# Needs a JDK, curl and python3. Traffic stays on 127.0.0.1. Results: target/soak/ (logs, summaries).
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_EACH=${SOAK_SECONDS:-100}
SIMULATIONS=(StartAndPollSimulation PollStormSimulation CancelUnderConcurrencySimulation)
OUT=target/soak
[[ "$SECONDS_EACH" =~ ^[0-9]+$ ]] && [ "$SECONDS_EACH" -ge 10 ] || { echo "SOAK_SECONDS must be a whole number >= 10"; exit 2; }
for tool in java curl python3; do command -v "$tool" >/dev/null || { echo "missing $tool"; exit 2; }; done

[ -f target/reports-simulator.jar ] || ./mvnw -o -B -q -DskipTests package
./mvnw -o -B -q test-compile
rm -rf "$OUT" && mkdir -p "$OUT"

clients=()
load_clients=""
for i in 1 2 3 4 5 6 7 8; do
  clients+=(--client "soak-$i:soak-$i-secret:sp:report:read,sp:report:manage")
  [ "$i" = 1 ] || load_clients="$load_clients${load_clients:+,}soak-$i:soak-$i-secret"
done
java -jar target/reports-simulator.jar --port 0 --quiet "${clients[@]}" >"$OUT/simulator.log" 2>&1 &
sim_pid=$!
trap 'kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do grep -q "listening on" "$OUT/simulator.log" 2>/dev/null && break; sleep 0.1; done
base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$OUT/simulator.log" | head -1)
[ -n "$base" ] || { echo "the simulator did not start:"; cat "$OUT/simulator.log"; exit 2; }
rss() { awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$sim_pid/status"; }

echo "date:      $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine:   $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "simulator: java -jar target/reports-simulator.jar --port 0 --quiet --client soak-1..soak-8 (pid $sim_pid, $base)"
echo "soak:      ${SIMULATIONS[*]}, -Dprofile=soak -Dload.soakSeconds=$SECONDS_EACH each"
echo "rss at start: $(rss)"
status=0
for s in "${SIMULATIONS[@]}"; do
  rc=0
  SAIL_BASE_URL="$base" SAIL_CLIENT_ID=soak-1 SAIL_CLIENT_SECRET=soak-1-secret SAIL_LOAD_CLIENTS="$load_clients" \
    ./mvnw -o -B gatling:test -Dprofile=soak -Dload.soakSeconds="$SECONDS_EACH" \
    -Dgatling.simulationClass="io.rdesuite.load.simulations.$s" >"$OUT/$s.log" 2>&1 || rc=$?
  cp "target/load/$s-summary.json" "$OUT/" 2>/dev/null || true
  echo "$s: exit $rc, $(grep -m1 -o '\[load\] plan.*requests)' "$OUT/$s.log" || echo 'no plan printed'); rss after: $(rss)"
  [ "$rc" = 0 ] || status=1
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$OUT" "$base" "${SIMULATIONS[@]}" <<'PY' || status=1
import json, sys, urllib.request
out, base, sims = sys.argv[1], sys.argv[2], sys.argv[3:]
total = errors = 0
for sim in sims:
    try:
        statuses = json.load(open(f"{out}/{sim}-summary.json"))["statuses"]
    except OSError:
        print(f"{sim}: no summary"); errors += 1; continue
    n = sum(c for codes in statuses.values() for c in codes.values())
    e5 = sum(c for codes in statuses.values() for code, c in codes.items() if int(code) >= 500)
    total += n; errors += e5
    print(f"{sim}: {n} requests, 5xx {e5}, by operation and status {statuses}")
tasks = json.load(urllib.request.urlopen(base + "/__simulator/tasks"))
running = sum(1 for t in tasks if t.get("completionStatus") is None)
print(f"in all: {total} requests, 5xx {errors}; the simulator holds {len(tasks)} reports, {running} running")
sys.exit(0 if errors == 0 and running == 0 else 1)
PY
echo "rss at the end: $(rss)"
echo "verdict: $([ "$status" = 0 ] && echo PASS || echo FAIL)"
exit "$status"
