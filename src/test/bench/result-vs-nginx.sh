#!/usr/bin/env bash
# Benchmark: GET /v3/reports/{id}/result on the simulator (valid token) against nginx serving a static JSON file of
# the same size at the same path, and against a bare Undertow (BareUndertow.java: the simulator's HTTP server with
# nothing of the simulator) answering the same bytes; plus the cost of the rate limit and a startReport run.
#
# Method (so that others can reproduce the figures):
#   - every server runs for the whole benchmark, each in its best configuration here:
#       quiet     the simulator: --quiet --rate-limit off (no request log, no limit)
#       log       the simulator as started by default: request log on (to a file), --rate-limit off
#       limit     the simulator: --quiet --rate-limit 1000000000/1s (a limit that never refuses: its cost only)
#       undertow  BareUndertow: same Undertow and server options, same status, headers and body sizes
#       nginx     worker_processes auto, access_log off, keep-alive connections never closed by request count
#                 (as the simulator), an open-file cache (static files are its best case)
#     the simulators with --report-duration 0ms --token-ttl 24h, one token and one completed report each;
#     with SIM_BEFORE_JAR (another build, "before"), also quiet-before and log-before: the same two from it;
#   - cases (BENCH_CASES, default all, in this order): result-quiet result-log result-limit result-undertow
#     result-nginx start-quiet start-undertow, and with SIM_BEFORE_JAR result-quiet-before result-log-before
#     start-quiet-before. result-*: GET of the report's /result (undertow and nginx: the
#     same path; the same Authorization header sent to the bare Undertow, none to nginx). start-*: POST /v3/reports/run with
#     the same JSON body each time (wrk script); with 0 ms reports each report has ended before the next
#     start, so the "same report" rule finds no running twin and every call starts a new report: it measures a
#     whole start (body read and checked, twin lookup, task made, retention evicting beyond 10,000 finished
#     reports, TaskResultDetails written). start-undertow reads the body and answers the same number of bytes;
#   - BENCH_RUNS (default 3, at least 3) runs, each going once through the cases (so the servers alternate);
#     each measurement is preceded by a warm-up of the same server (wrk, BENCH_WARMUP, default 5s);
#   - each measurement: wrk -t1 -c32 -d BENCH_DURATION (default 10s);
#   - around each measurement the server's CPU time (user + system, /proc/PID/stat; nginx: master and workers)
#     gives its CPU time per request, which other processes on the machine move much less than requests/s;
#   - the summary gives the median and range of requests/s and CPU time per request per case and of each run's
#     ratios, and the 1-minute load average at the start of each run.
# Run it on a quiet machine (the script prints the load average and warns when the machine is busy): wrk, the
# server and anything else share the cores. Raw wrk outputs are kept in target/bench/result-vs-nginx-<time>/.
#
# Needs: a JDK, curl, wrk and nginx (Debian: apt-get install -y wrk nginx-light). Run from anywhere after
# ./mvnw -B -DskipTests package. Traffic stays on 127.0.0.1. About 2 minutes per run with every case.
#   src/test/bench/result-vs-nginx.sh
#   BENCH_RUNS=5 src/test/bench/result-vs-nginx.sh
#   BENCH_CASES="result-quiet result-nginx" src/test/bench/result-vs-nginx.sh     # the figure of old
# Other knobs: BENCH_DURATION (10s), BENCH_WARMUP (5s), SIM_JAVA_OPTS (JVM options of the simulators, none),
# SIM_JAR (target/reports-simulator.jar), SIM_BEFORE_JAR (a build to measure side by side with it, none).
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=${SIM_JAR:-target/reports-simulator.jar}
RUNS=${BENCH_RUNS:-3}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-5s}
BEFORE_JAR=${SIM_BEFORE_JAR:-}
ALL_CASES="result-quiet result-log result-limit result-undertow result-nginx start-quiet start-undertow"
[ -z "$BEFORE_JAR" ] || ALL_CASES+=" result-quiet-before result-log-before start-quiet-before"
read -r -a CASES <<< "${BENCH_CASES:-$ALL_CASES}"
JAVA_OPTS=${SIM_JAVA_OPTS:-}
# shellcheck disable=SC2206
SIM_BASE=(java $JAVA_OPTS -jar "$JAR" --port 0 --report-duration 0ms --token-ttl 24h)
START_BODY='{"reportType":"IDENTITIES_DETAILS","arguments":{"correlatedOnly":true}}'

for tool in wrk nginx java javac curl awk sort; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y wrk nginx-light)"; exit 2; }
done
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw -B -DskipTests package first"; exit 2; }
[ -z "$BEFORE_JAR" ] || [ -f "$BEFORE_JAR" ] || { echo "missing $BEFORE_JAR (SIM_BEFORE_JAR)"; exit 2; }
[[ "$RUNS" =~ ^[0-9]+$ ]] && [ "$RUNS" -ge 3 ] || { echo "BENCH_RUNS must be a whole number >= 3, not '$RUNS'"; exit 2; }
for c in "${CASES[@]}"; do
  [[ " $ALL_CASES " == *" $c "* ]] || { echo "unknown case '$c' (cases: $ALL_CASES)"; exit 2; }
done
wanted() { [[ " ${CASES[*]} " == *" $1 "* ]]; }

out="target/bench/result-vs-nginx-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
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
  echo "method:    $RUNS runs through the cases (${CASES[*]}), warm-up $WARMUP before each, wrk -t1 -c32 -d$DURATION"
  echo "simulator: ${SIM_BASE[*]} + quiet: --quiet --rate-limit off; log: --rate-limit off; limit: --quiet --rate-limit 1000000000/1s"
  [ -z "$BEFORE_JAR" ] || echo "before:    $BEFORE_JAR (quiet-before, log-before: flags as quiet, log)"
  echo "nginx:     worker_processes auto; access_log off; keepalive_requests 1000000; open_file_cache"
} | tee "$out/setup.txt"
load1=$(awk '{print $1}' /proc/loadavg)
echo "load average (1 min) before the start: $load1" | tee -a "$out/setup.txt"
if awk -v l="$load1" 'BEGIN { exit !(l > 0.5) }'; then
  echo "WARNING: the machine is not quiet (load average $load1 > 0.5); figures will be low and spread out" \
    | tee -a "$out/setup.txt"
fi

# --- the simulators: a token and one completed report each ---------------------------------------------------
declare -A base token id spid
start_server() { # name command...: starts it with its output in $work/NAME.log, sets base[NAME] and spid[NAME]
  local name=$1
  shift
  "$@" > "$work/$name.log" 2>&1 &
  pids+=("$!")
  spid[$name]=$!
  for _ in $(seq 1 150); do grep -q "listening on" "$work/$name.log" 2>/dev/null && break; sleep 0.1; done
  base[$name]=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/$name.log" | head -1 || true)
  [ -n "${base[$name]}" ] || { echo "$name did not start:"; cat "$work/$name.log"; exit 1; }
}
start_report() { # base token: prints the id of a new report
  curl -sf -X POST "$1/v3/reports/run" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -d "$START_BODY" | sed 's/.*"id":"\([0-9a-f]*\)".*/\1/' || true
}
for sim in quiet log limit quiet-before log-before; do
  case $sim in
    quiet*) flags=(--quiet --rate-limit off) ;;
    log*) flags=(--rate-limit off) ;;
    limit) flags=(--quiet --rate-limit 1000000000/1s) ;;
  esac
  wanted "result-$sim" || wanted "start-$sim" || [ "$sim" = quiet ] || continue
  cmd=("${SIM_BASE[@]}")
  [[ $sim != *-before ]] || cmd=("${cmd[@]/#$JAR/$BEFORE_JAR}")
  start_server "$sim" "${cmd[@]}" "${flags[@]}"
  token[$sim]=$(curl -sf -d grant_type=client_credentials -d client_id=demo-manage -d client_secret=demo-manage-secret \
    "${base[$sim]}/oauth/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/') || { echo "no token from $sim"; exit 1; }
  id[$sim]=$(start_report "${base[$sim]}" "${token[$sim]}")
  [[ "${id[$sim]}" =~ ^[0-9a-f]{32}$ ]] || { echo "could not start a report on $sim (id '${id[$sim]}')"; exit 1; }
done
path="/v3/reports/${id[quiet]}/result"
curl -sf -o "$work/result.json" "${base[quiet]}$path" -H "Authorization: Bearer ${token[quiet]}"
curl -sf -o "$work/start.json" -X POST "${base[quiet]}/v3/reports/run" -H "Authorization: Bearer ${token[quiet]}" \
  -H 'Content-Type: application/json' -d "$START_BODY"
second=$(sed 's/.*"id":"\([0-9a-f]*\)".*/\1/' "$work/start.json")
[ "$second" != "${id[quiet]}" ] \
  || { echo "a repeated start returned the same report: the start-* cases would not start new reports"; exit 1; }
echo "token:     ${#token[quiet]} characters (sent in the Authorization header to the simulators and the bare Undertow)" | tee -a "$out/setup.txt"

# --- the bare Undertow ----------------------------------------------------------------------------------------
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$JAR" src/test/bench/BareUndertow.java
# shellcheck disable=SC2206
start_server undertow java $JAVA_OPTS -cp "target/bench-classes:$JAR" BareUndertow "$work/result.json" "$work/start.json"

# --- nginx serving the same body at the same path ---------------------------------------------------------
chmod 755 "$work"
mkdir -p "$work/www/v3/reports/${id[quiet]}"
cp "$work/result.json" "$work/www/v3/reports/${id[quiet]}/result"
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
spid[nginx]=$(cat "$work/nginx.pid")

# --- what each case requests ---------------------------------------------------------------------------------
cat > "$work/start.lua" <<LUA
wrk.method = "POST"
wrk.body = '$START_BODY'
wrk.headers["Content-Type"] = "application/json"
LUA
url_of() { # case
  case $1 in
    result-quiet*|result-log*|result-limit) local s=${1#result-}; echo "${base[$s]}/v3/reports/${id[$s]}/result" ;;
    result-undertow) echo "${base[undertow]}$path" ;;
    result-nginx) echo "$nginx_url" ;;
    start-quiet*) echo "${base[${1#start-}]}/v3/reports/run" ;;
    start-undertow) echo "${base[undertow]}/v3/reports/run" ;;
  esac
}
opts_of() { # case: wrk options. The bare Undertow gets the same Authorization header as the simulator (its parsing
  # is part of Undertow's cost); nginx none, as in the figures before issue 18 (with it nginx parses a bigger request)
  local s=${1#*-}
  [ "$s" = nginx ] && return 0
  [ -n "${token[$s]:-}" ] || s=quiet
  printf '%s\n' -H "Authorization: Bearer ${token[$s]}"
  [[ $1 == start-* ]] && printf '%s\n' -s "$work/start.lua"
  return 0
}
for c in "${CASES[@]}"; do
  mapfile -t o < <(opts_of "$c")
  m=GET; [[ $c == start-* ]] && m=POST
  if [ $m = GET ]; then
    bytes=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' "${o[@]:0:2}" "$(url_of "$c")")
  else
    bytes=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' "${o[@]:0:2}" -H 'Content-Type: application/json' \
      -d "$START_BODY" "$(url_of "$c")")
  fi
  echo "case $c: $m $(url_of "$c") -> status and body bytes: $bytes" | tee -a "$out/setup.txt"
done

# --- the runs --------------------------------------------------------------------------------------------------
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
server_ticks() { # server: CPU time (user + system, clock ticks) of its process and, for nginx, its workers
  local p t=0
  for p in ${spid[$1]} $(pgrep -P "${spid[$1]}" || true); do
    t=$(( t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0) ))
  done
  echo "$t"
}
measure() { # case run: a warm-up, then the measured run; prints its requests/s and the server's CPU us per request
  local file=$out/$1-$2.txt url s t0 t1
  url=$(url_of "$1")
  s=${1#*-}
  mapfile -t o < <(opts_of "$1")
  wrk -t1 -c32 -d"$WARMUP" "${o[@]}" "$url" > /dev/null
  t0=$(server_ticks "$s")
  wrk -t1 -c32 -d"$DURATION" "${o[@]}" "$url" > "$file"
  t1=$(server_ticks "$s")
  if grep -q "Non-2xx\|Socket errors" "$file"; then
    echo "WARNING: $1 run $2: $(grep -h "Non-2xx\|Socket errors" "$file" | tr '\n' ' ')" >&2
  fi
  [ -n "$(rps "$file")" ] || { echo "no requests/s in $file" >&2; exit 1; }
  awk -v r="$(rps "$file")" -v n="$(awk '/requests in/ {print $1}' "$file")" -v t=$(( t1 - t0 )) \
    -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%s %.2f\n", r, 1e6 * t / hz / n }'
}
printf 'run\tload\t%s\n' "$(tr ' ' '\t' <<< "${CASES[*]}")" | tee "$out/runs.tsv" > "$out/cpu.tsv"
for run in $(seq 1 "$RUNS"); do
  load=$(awk '{print $1}' /proc/loadavg)
  line="$run"$'\t'"$load"
  cpu_line=$line
  msg="run $run (load average $load; requests/s, server CPU us per request):"
  for c in "${CASES[@]}"; do
    read -r r us < <(measure "$c" "$run")
    line+=$'\t'"$r"
    cpu_line+=$'\t'"$us"
    msg+=" $c $(printf '%.0f' "$r") ${us}us;"
  done
  echo "$line" >> "$out/runs.tsv"
  echo "$cpu_line" >> "$out/cpu.tsv"
  echo "$msg"
done

# --- summary: medians and ranges -------------------------------------------------------------------------------
col() { head -1 "$out/runs.tsv" | tr '\t' '\n' | grep -nx "$1" | cut -d: -f1; }
stats() { # values on stdin: "median min max"
  sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%s %s %s\n", m, v[1], v[NR] }'
}
ratio() { # case over case [file]: each run's ratio in %
  local a b
  a=$(col "$1"); b=$(col "$2")
  [ -n "$a" ] && [ -n "$b" ] || return 0
  tail -n +2 "${3:-$out/runs.tsv}" | awk -F'\t' -v a="$a" -v b="$b" '{ printf "%.1f\n", 100 * $a / $b }'
}
{
  echo "summary of $RUNS runs (median, range):"
  read -r m lo hi < <(tail -n +2 "$out/runs.tsv" | cut -f2 | stats)
  printf '  %-40s %10s              (%s - %s)\n' "load average (1 min) at run start" "$m" "$lo" "$hi"
  for c in "${CASES[@]}"; do
    read -r m lo hi < <(tail -n +2 "$out/runs.tsv" | cut -f"$(col "$c")" | stats)
    printf '  %-40s %10.0f requests/s   (%.0f - %.0f)' "$c" "$m" "$lo" "$hi"
    read -r m lo hi < <(tail -n +2 "$out/cpu.tsv" | cut -f"$(col "$c")" | stats)
    printf '   server CPU %6.2f us per request (%.2f - %.2f)\n' "$m" "$lo" "$hi"
  done
  echo "  throughput ratios (each run's ratio):"
  for pair in "result-quiet result-nginx" "result-log result-nginx" "result-limit result-nginx" \
              "result-undertow result-nginx" "result-quiet result-undertow" "result-log result-undertow" \
              "result-limit result-quiet" "start-quiet start-undertow" "start-quiet result-quiet" \
              "result-quiet-before result-nginx" "result-log-before result-nginx" \
              "result-quiet-before result-undertow" "start-quiet-before start-undertow" \
              "result-quiet result-quiet-before" "result-log result-log-before" "start-quiet start-quiet-before"; do
    read -r a b <<< "$pair"
    values=$(ratio "$a" "$b")
    [ -n "$values" ] || continue
    read -r m lo hi < <(stats <<< "$values")
    printf '  %-40s %10.1f %%            (%.1f - %.1f %%)\n' "$a / $b" "$m" "$lo" "$hi"
  done
  echo "  server CPU per request, ratios (each run's; below 100 % the first costs less):"
  for pair in "result-quiet result-undertow" "result-log result-undertow" "result-limit result-quiet" \
              "result-quiet result-nginx" "result-undertow result-nginx" "result-quiet-before result-undertow" \
              "result-quiet result-quiet-before" "result-log result-log-before" "start-quiet start-quiet-before"; do
    read -r a b <<< "$pair"
    values=$(ratio "$a" "$b" "$out/cpu.tsv")
    [ -n "$values" ] || continue
    read -r m lo hi < <(stats <<< "$values")
    printf '  %-40s %10.1f %%            (%.1f - %.1f %%)\n' "CPU $a / $b" "$m" "$lo" "$hi"
  done
  echo "  load average (1 min) at the end: $(awk '{print $1}' /proc/loadavg)"
} | tee "$out/summary.txt"
echo "raw wrk outputs: $out"
