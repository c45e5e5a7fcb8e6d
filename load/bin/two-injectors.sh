#!/usr/bin/env bash
# Demonstrates a split run: one standalone simulator on 127.0.0.1, two Gatling injector processes sharing the
# rate budget (-Dload.injectors=2, -Dload.injectorIndex=0|1), then reports-only HTML per injector and merged counts.
# Run from the repository root after `./mvnw -B test-compile` (or verify). Loopback only.
set -euo pipefail
SIM=${SIM:-io.rdesuite.load.simulations.PollStormSimulation}
PORT=${PORT:-18089}
OUT=target/two-injectors
rm -rf "$OUT" && mkdir -p "$OUT"
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$OUT/cp.txt")"
JAVA="java --add-opens java.base/java.lang=ALL-UNNAMED -cp $CP"

$JAVA io.rdesuite.simulator.SimulatorMain --host 127.0.0.1 --port "$PORT" --quiet --rate-limit 100/10s \
  --report-duration 8s \
  --client inj-a:inj-a-secret:sp:report:read,sp:report:manage \
  --client inj-b:inj-b-secret:sp:report:read,sp:report:manage >"$OUT/simulator.log" 2>&1 &
SIM_PID=$!
trap 'kill $SIM_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$PORT/__simulator/info" >/dev/null && break; sleep 0.2; done

export SAIL_BASE_URL="http://127.0.0.1:$PORT" SAIL_CLIENT_ID=inj-a SAIL_CLIENT_SECRET=inj-a-secret \
  SAIL_LOAD_CLIENTS=inj-b:inj-b-secret
for i in 0 1; do
  $JAVA -Dload.injectors=2 -Dload.injectorIndex=$i -Dload.outputDir="$OUT/injector-$i" \
    -Dallure.results.directory="$OUT/injector-$i/allure-results" \
    io.gatling.app.Gatling --simulation "$SIM" --results-folder "$OUT/injector-$i/gatling" --no-reports \
    >"$OUT/injector-$i.log" 2>&1 &
  PIDS[$i]=$!
done
status=0
for i in 0 1; do
  rc=0; wait "${PIDS[$i]}" || rc=$?
  echo "injector $i exit $rc (log $OUT/injector-$i.log)"; [ "$rc" = 0 ] || status=$rc
done

# Gatling 3.15 writes a binary simulation.log and its reports-only mode reads exactly one per run folder, so
# each injector's log gets its own HTML report; the counts are merged from the injectors' summaries.
for i in 0 1; do
  run=$(basename "$(ls -d "$OUT"/injector-$i/gatling/*/)")
  $JAVA io.gatling.app.Gatling --reports-only "$run" --results-folder "$OUT/injector-$i/gatling" \
    >"$OUT/reports-only-$i.log" 2>&1
  grep -E "Reports generated|request count" "$OUT/reports-only-$i.log" | sed "s/^/injector $i: /"
done
python3 - "$OUT" <<'PY'
import glob, json, sys
out = sys.argv[1]
merged = {}
for f in sorted(glob.glob(out + "/injector-*/load/*-summary.json")):
    for op, codes in json.load(open(f))["statuses"].items():
        for code, n in codes.items():
            merged.setdefault(op, {}).setdefault(code, 0)
            merged[op][code] += n
json.dump(merged, open(out + "/merged-statuses.json", "w"), indent=2)
print("merged statuses of both injectors:", merged)
PY
curl -fs "http://127.0.0.1:$PORT/__simulator/tasks" | python3 -c \
  'import json,sys; t=json.load(sys.stdin); print("tasks:", len(t), "running:", sum(1 for x in t if x.get("completionStatus") is None))'
exit $status
