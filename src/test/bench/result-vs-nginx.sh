#!/usr/bin/env bash
# Benchmark: GET /v3/reports/{id}/result on the simulator (valid token, rate limiting off) against nginx serving
# a static JSON file of the same size, same machine, same run, with wrk -t1 -c32 -d10s after a warm-up run.
# Needs: a JDK, wrk and nginx (Debian: apt-get install -y wrk nginx-light). Run from the project root after
# ./mvnw -B -DskipTests package. Traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=target/reports-simulator.jar
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-5s}
EXTRA_FLAGS=${SIM_FLAGS:---quiet}
for tool in wrk nginx java curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y wrk nginx-light)"; exit 2; }
done
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw -B -DskipTests package first"; exit 2; }

work=$(mktemp -d)
cleanup() {
  [ -n "${sim_pid:-}" ] && kill "$sim_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck disable=SC2086
java -jar "$JAR" --port 0 --rate-limit off --report-duration 0ms $EXTRA_FLAGS > "$work/sim.log" 2>&1 &
sim_pid=$!
for _ in $(seq 1 50); do grep -q "listening on" "$work/sim.log" 2>/dev/null && break; sleep 0.1; done
base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sim.log" | head -1)
token=$(curl -s -d grant_type=client_credentials -d client_id=demo-manage -d client_secret=demo-manage-secret \
  "$base/oauth/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
id=$(curl -s -X POST "$base/v3/reports/run" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"reportType":"IDENTITIES_DETAILS","arguments":{"correlatedOnly":true}}' | sed 's/.*"id":"\([0-9a-f]*\)".*/\1/')
path="/v3/reports/$id/result"
curl -s -o "$work/result.json" "$base$path" -H "Authorization: Bearer $token"

mkdir -p "$work/www/v3/reports/$id"
chmod 755 "$work"
cp "$work/result.json" "$work/www/v3/reports/$id/result"
nginx_port=$(( 20000 + RANDOM % 20000 ))
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
  }
}
CONF
chmod -R a+rX "$work/www"
nginx -c "$work/nginx.conf"
sleep 0.5
nginx_url="http://127.0.0.1:$nginx_port$path"
sim_url="$base$path"
echo "body: $(wc -c < "$work/result.json") bytes; simulator $(curl -s -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $token" "$sim_url") bytes, nginx $(curl -s -o /dev/null -w '%{size_download}' "$nginx_url") bytes"

rps() { awk '/Requests\/sec/ {print $2}'; }
wrk -t1 -c32 -d"$WARMUP" -H "Authorization: Bearer $token" "$sim_url" > /dev/null
wrk -t1 -c32 -d"$WARMUP" "$nginx_url" > /dev/null
sim=$(wrk -t1 -c32 -d"$DURATION" -H "Authorization: Bearer $token" "$sim_url" | tee "$work/wrk-sim.txt" | rps)
ngx=$(wrk -t1 -c32 -d"$DURATION" "$nginx_url" | tee "$work/wrk-nginx.txt" | rps)
non2xx=$(grep -h "Non-2xx" "$work"/wrk-*.txt || true)
echo "simulator: $sim requests/s"
echo "nginx:     $ngx requests/s"
[ -n "$non2xx" ] && echo "WARNING: $non2xx"
awk -v s="$sim" -v n="$ngx" 'BEGIN { printf "ratio:     %.1f%% of nginx\n", 100 * s / n }'
