#!/usr/bin/env bash
# Benchmark: embedded start to first answered request, in a fresh JVM each time (3 runs), and the standalone jar's
# process start to first answered request. Run from the project root after ./mvnw -B -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime >/dev/null
cp="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$cp" src/test/bench/StartupBench.java
echo "in-process (fresh JVM each run):"
for _ in 1 2 3; do
  java -cp "target/bench-classes:$cp" StartupBench
  java -cp "target/bench-classes:$cp" StartupBench host-ready
done
echo "standalone jar (process start to first answered token request):"
for _ in 1 2 3; do
  log=$(mktemp)
  t0=$(date +%s%N)
  java -jar target/reports-simulator.jar --port 0 --quiet > "$log" 2>&1 &
  pid=$!
  until grep -q "listening on" "$log" 2>/dev/null; do sleep 0.01; done
  base=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1)
  curl -s -o /dev/null -d grant_type=client_credentials -d client_id=demo-manage -d client_secret=demo-manage-secret "$base/oauth/token"
  t1=$(date +%s%N)
  echo "  $(( (t1 - t0) / 1000000 )) ms"
  kill "$pid"; wait "$pid" || true; rm -f "$log"
done
