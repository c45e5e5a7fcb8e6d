#!/usr/bin/env bash
# Benchmark: GET /v3/reports/{id}/result on the simulator (valid token, rate limiting off) against nginx serving a
# static JSON file of the same size at the same path, on the same machine.
#
# Method (so that others can reproduce the figure):
#   - both servers run for the whole benchmark, each in its best configuration here: the simulator with
#     --quiet --rate-limit off; nginx with worker_processes auto, access_log off, keep-alive connections never
#     closed by request count (as the simulator) and an open-file cache (static files are its best case);
#   - BENCH_RUNS (default 3, at least 3) alternating runs: simulator, nginx, simulator, nginx, ...; each
#     measurement is preceded by a warm-up of the same server (wrk, BENCH_WARMUP, default 5s);
#   - each measurement: wrk -t1 -c32 -d BENCH_DURATION (default 10s);
#   - the summary gives, per server and for the ratio simulator / nginx of each run, the median and the range.
# Run it on a quiet machine (the script prints the load average and warns when the machine is busy): wrk, the
# server and anything else share the cores. Raw wrk outputs are kept in target/bench/result-vs-nginx-<time>/.
#
# Needs: a JDK, curl, wrk and nginx (Debian: apt-get install -y wrk nginx-light). Run from anywhere after
# ./mvnw -B -DskipTests package. Traffic stays on 127.0.0.1.
#   src/test/bench/result-vs-nginx.sh
#   BENCH_RUNS=5 src/test/bench/result-vs-nginx.sh
#   SIM_FLAGS=" " src/test/bench/result-vs-nginx.sh      # simulator with its request log on (the default start)
# Other knobs: BENCH_DURATION (10s), BENCH_WARMUP (5s), SIM_JAVA_OPTS (JVM options of the simulator, none).
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=target/reports-simulator.jar
RUNS=${BENCH_RUNS:-3}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-5s}
EXTRA_FLAGS=${SIM_FLAGS:---quiet}
JAVA_OPTS=${SIM_JAVA_OPTS:-}
# shellcheck disable=SC2206
SIM_CMD=(java $JAVA_OPTS -jar "$JAR" --port 0 --rate-limit off --report-duration 0ms --token-ttl 24h $EXTRA_FLAGS)

for tool in wrk nginx java curl awk sort; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y wrk nginx-light)"; exit 2; }
done
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw -B -DskipTests package first"; exit 2; }
[[ "$RUNS" =~ ^[0-9]+$ ]] && [ "$RUNS" -ge 3 ] || { echo "BENCH_RUNS must be a whole number >= 3, not '$RUNS'"; exit 2; }

out="target/bench/result-vs-nginx-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
work=$(mktemp -d)
sim_pid=""
cleanup() {
  if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; fi
  if [ -f "$work/nginx.pid" ]; then kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- how it was run ----------------------------------------------------------------------------------------
{
  echo "date:      $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine:   $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "java:      $(java -version 2>&1 | head -1)"
  echo "nginx:     $(nginx -v 2>&1)"
  echo "wrk:       $(wrk -v 2>&1 | head -1 || true)"
  echo "method:    $RUNS alternating runs (simulator, nginx, ...), warm-up $WARMUP before each, wrk -t1 -c32 -d$DURATION"
  echo "simulator: ${SIM_CMD[*]}"
  echo "nginx:     worker_processes auto; access_log off; keepalive_requests 1000000; open_file_cache"
} | tee "$out/setup.txt"
load1=$(awk '{print $1}' /proc/loadavg)
echo "load average (1 min) before the start: $load1" | tee -a "$out/setup.txt"
if awk -v l="$load1" 'BEGIN { exit !(l > 0.5) }'; then
  echo "WARNING: the machine is not quiet (load average $load1 > 0.5); figures will be low and spread out" \
    | tee -a "$out/setup.txt"
fi

# --- the simulator, one completed report, its /result body ---------------------------------------------------
"${SIM_CMD[@]}" > "$work/sim.log" 2>&1 &
sim_pid=$!
for _ in $(seq 1 100); do grep -q "listening on" "$work/sim.log" 2>/dev/null && break; sleep 0.1; done
base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sim.log" | head -1 || true)
[ -n "$base" ] || { echo "the simulator did not start:"; cat "$work/sim.log"; exit 1; }
token=$(curl -sf -d grant_type=client_credentials -d client_id=demo-manage -d client_secret=demo-manage-secret \
  "$base/oauth/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/') || { echo "no token from $base"; exit 1; }
id=$(curl -sf -X POST "$base/v3/reports/run" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"reportType":"IDENTITIES_DETAILS","arguments":{"correlatedOnly":true}}' | sed 's/.*"id":"\([0-9a-f]*\)".*/\1/') || true
[[ "$id" =~ ^[0-9a-f]{32}$ ]] || { echo "could not start a report (id '$id')"; exit 1; }
path="/v3/reports/$id/result"
curl -sf -o "$work/result.json" "$base$path" -H "Authorization: Bearer $token"

# --- nginx serving the same body at the same path ---------------------------------------------------------
chmod 755 "$work"
mkdir -p "$work/www/v3/reports/$id"
cp "$work/result.json" "$work/www/v3/reports/$id/result"
chmod -R a+rX "$work/www"
# temp paths inside the work folder, so that nginx also starts for a user who cannot write /var/lib/nginx;
# only for the modules this nginx has (an unknown directive would stop it)
nginx_build=$(nginx -V 2>&1)
temp_paths="  client_body_temp_path $work/tmp-client_body;"
for m in proxy fastcgi uwsgi scgi; do
  grep -q -- "--without-http_${m}_module" <<< "$nginx_build" || temp_paths+=$'\n'"  ${m}_temp_path $work/tmp-$m;"
done
nginx_url=""
for _ in 1 2 3 4 5; do
  nginx_port=$(( 20000 + RANDOM % 20000 ))
  cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  keepalive_requests 1000000;
  keepalive_timeout 75s;
  open_file_cache max=16 inactive=60s;
$temp_paths
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
  }
}
CONF
  if nginx -p "$work" -c "$work/nginx.conf" 2>> "$work/nginx-start.log"; then
    for _ in $(seq 1 50); do
      curl -sf -o /dev/null "http://127.0.0.1:$nginx_port$path" && { nginx_url="http://127.0.0.1:$nginx_port$path"; break; }
      sleep 0.1
    done
  fi
  [ -n "$nginx_url" ] && break
  [ -f "$work/nginx.pid" ] && { kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; rm -f "$work/nginx.pid"; }
done
[ -n "$nginx_url" ] || { echo "nginx did not start:"; cat "$work/nginx-start.log" "$work/nginx-error.log" 2>/dev/null; exit 1; }
sim_url="$base$path"
sim_bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $token" "$sim_url")
nginx_bytes=$(curl -s -o /dev/null -w '%{size_download}' "$nginx_url")
echo "body: simulator $sim_bytes bytes, nginx $nginx_bytes bytes" | tee -a "$out/setup.txt"

# --- alternating runs ----------------------------------------------------------------------------------------
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
measure() { # name url run [wrk options]: a warm-up, then the measured run; prints its requests/s
  local name=$1 url=$2 file=$out/$1-$3.txt
  shift 3
  wrk -t1 -c32 -d"$WARMUP" "$@" "$url" > /dev/null
  wrk -t1 -c32 -d"$DURATION" "$@" "$url" > "$file"
  if grep -q "Non-2xx\|Socket errors" "$file"; then
    echo "WARNING: $name run $(basename "$file" .txt): $(grep -h "Non-2xx\|Socket errors" "$file" | tr '\n' ' ')" >&2
  fi
  [ -n "$(rps "$file")" ] || { echo "no requests/s in $file" >&2; exit 1; }
  rps "$file"
}
: > "$out/runs.tsv"
for run in $(seq 1 "$RUNS"); do
  sim=$(measure simulator "$sim_url" "$run" -H "Authorization: Bearer $token")
  ngx=$(measure nginx "$nginx_url" "$run")
  ratio=$(awk -v s="$sim" -v n="$ngx" 'BEGIN { printf "%.1f", 100 * s / n }')
  printf '%s\t%s\t%s\t%s\n' "$run" "$sim" "$ngx" "$ratio" >> "$out/runs.tsv"
  printf 'run %d: simulator %10.0f requests/s   nginx %10.0f requests/s   simulator / nginx %5.1f %%\n' \
    "$run" "$sim" "$ngx" "$ratio"
done

# --- summary: median and range -------------------------------------------------------------------------------
stats() { # column of runs.tsv: "median min-max"
  cut -f"$1" "$out/runs.tsv" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%s %s %s\n", m, v[1], v[NR] }'
}
{
  echo "summary of $RUNS runs (median, range):"
  read -r m lo hi < <(stats 2); printf '  simulator          %10.0f requests/s   (%.0f - %.0f)\n' "$m" "$lo" "$hi"
  read -r m lo hi < <(stats 3); printf '  nginx              %10.0f requests/s   (%.0f - %.0f)\n' "$m" "$lo" "$hi"
  read -r m lo hi < <(stats 4); printf '  simulator / nginx  %10.1f %%            (%.1f - %.1f %%)\n' "$m" "$lo" "$hi"
  echo "  load average (1 min) at the end: $(awk '{print $1}' /proc/loadavg)"
} | tee "$out/summary.txt"
echo "raw wrk outputs: $out"
