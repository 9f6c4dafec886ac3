#!/usr/bin/env bash
# Factline load benchmark: prints figures, asserts nothing, never part of the test run.
#
#   src/bench/run.sh                 # H2 file database (the default build)
#   BENCH_DB=pg PG_URL=jdbc:postgresql://127.0.0.1:5432/factline PG_USER=factline PG_PASSWORD= src/bench/run.sh
#
# What it does, all on loopback:
#   1. start-up to ready with the seeds ingested: a fresh database, then a restart on it (seeds unchanged);
#   2. loads the synthetic corpus (seeded, reproducible: EVENTS events over 30 years, SEED) with CorpusGenerator
#      and measures start-up again on that database;
#   3. wrk against Factline, json-server 0.17 (the same events as a JSON file, _gte/_lte filters) and nginx (the
#      identical response bodies as static files), for a one-month window, a one-year window, one event and the
#      TimelineJS feed: requests/s, p50/p99 latency, errors, peak RSS of the server; then Factline again at half
#      its peak rate;
#   4. pages that no earlier request asked for (a different window and page size each time), which Factline must
#      compute: what the first reader of a page, or a crawler, gets;
#   5. a summary of the figures against the targets of issue 6, computed from the lines above.
# STARTUP_ONLY=1 measures step 1 alone (a few minutes, and only curl needed).
# Everything it prints also goes to a dated result file, src/bench/results/<UTC date and time>-<h2|pg>.txt (RESULTS=
# to name another), headed by the machine, the JVM, the commit and the command; src/docs/performance.md sums them up.
# Needs: wrk and nginx (apt-get install wrk nginx-light), node/npm (json-server is installed under target/bench),
# python3, curl; the application packaged (./mvnw -B package -DskipTests, and -Ppostgresql for BENCH_DB=pg).
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_PORT=${APP_PORT:-18306}
NGINX_PORT=${NGINX_PORT:-18307}
JSON_SERVER_PORT=${JSON_SERVER_PORT:-18308}
EVENTS=${EVENTS:-100000}
SEED=${SEED:-42}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
BENCH_DB=${BENCH_DB:-h2}
# The measured application runs as the README's production section says: a capped heap and the parallel collector
# (the JVM's default on this 24 GiB machine is a quarter of the memory and G1, whose own structures take ~50 MB),
# the quick JIT only (C2's code and compiler memory took ~60 MB more, and its compilations half a core during
# start-up), and two glibc malloc arenas instead of eight per core; for start-up, transparent huge pages for the heap
# and code (a page fault is costly on these virtual machines: 18,000 fewer), one compiler thread (two contended for
# the compile queue with the start-up work) and no hsperfdata file. APP_JAVA_OPTS= and APP_ENV= for none.
APP_JAVA_OPTS=${APP_JAVA_OPTS--Xmx144m -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -XX:+UseTransparentHugePages -XX:CICompilerCount=1 -XX:-UsePerfData}
APP_ENV=${APP_ENV-MALLOC_ARENA_MAX=2}
WORK=$(pwd)/target/bench
mkdir -p "$WORK"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

TOOLS="wrk nginx node npm python3 curl"
[ -z "${STARTUP_ONLY:-}" ] || TOOLS="curl"
for tool in $TOOLS; do
    command -v "$tool" > /dev/null || { echo "missing $tool" >&2; exit 2; }
done
# A server left on one of the ports would answer in the measured one's place.
for port in "$APP_PORT" "$NGINX_PORT" "$JSON_SERVER_PORT"; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken: stop what listens there" >&2; exit 2; fi
done

if [ "$BENCH_DB" = pg ]; then
    JAR=target/quarkus-app-pg/quarkus-run.jar
    : "${PG_URL:?set PG_URL to an empty PostgreSQL database}"
    DB_ENV=(QUARKUS_DATASOURCE_JDBC_URL="$PG_URL" QUARKUS_DATASOURCE_USERNAME="${PG_USER:-factline}" QUARKUS_DATASOURCE_PASSWORD="${PG_PASSWORD:-}")
    GEN_URL=$PG_URL; GEN_USER=${PG_USER:-factline}; GEN_PASSWORD=${PG_PASSWORD:-}
    reset_db() { python3 - "$PG_URL" <<'PY'
import sys, subprocess, re
m = re.match(r"jdbc:postgresql://([^:/]+):?(\d*)/(\w+)", sys.argv[1])
host, port, db = m.group(1), m.group(2) or "5432", m.group(3)
for sql in (f"DROP DATABASE IF EXISTS {db} WITH (FORCE)", f"CREATE DATABASE {db} OWNER {__import__('os').environ.get('PG_USER','factline')}"):
    subprocess.run(["psql", "-h", host, "-p", port, "-U", __import__('os').environ.get("PG_SUPERUSER", "postgres"), "-q", "-c", sql], check=True)
PY
    }
else
    JAR=target/quarkus-app/quarkus-run.jar
    DATA="$WORK/h2"
    DB_ENV=(FACTLINE_DATA_DIR="$DATA")
    GEN_URL="jdbc:h2:file:$DATA/factline"; GEN_USER=factline; GEN_PASSWORD=
    reset_db() { rm -rf "$DATA"; }
fi
[ -f "$JAR" ] || { echo "$JAR missing: ./mvnw -B package -DskipTests" >&2; exit 2; }

now_ms() { date +%s%3N; }
rss_kb() { local total=0; for p in "$@"; do total=$((total + $(awk '/VmRSS/ {print $2}' /proc/$p/status 2>/dev/null || echo 0))); done; echo $total; }
# wrk's latencies (850.00us, 14.33ms, 1.90s) in milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
# wrk's errors: non-2xx answers and socket errors (connect, read, write, timeout).
wrk_errors() { awk '/Non-2xx/ {e += $5} /Socket errors/ {gsub(",", ""); e += $4 + $6 + $8 + $10} END {print e + 0}' "$1"; }

# Starts the application (extra JVM options in $1); sets APP_PID, STARTUP_MS (launch to /q/health/ready
# answering 200) and STARTUP_CPU_MS (CPU the process used until then, all threads: less sensitive than the wall
# clock to what else the machine runs).
start_app() {
    local started; started=$(now_ms)
    # shellcheck disable=SC2086
    env $APP_ENV "${DB_ENV[@]}" QUARKUS_HTTP_PORT=$APP_PORT ${APP_JAVA:-java} $APP_JAVA_OPTS ${1:-} -jar "$JAR" >> "$WORK/app.log" 2>&1 &
    APP_PID=$!; PIDS+=("$APP_PID")
    until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready"; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "application died, see $WORK/app.log" >&2; exit 1; }
        sleep 0.02
    done
    STARTUP_MS=$(( $(now_ms) - started ))
    STARTUP_CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$APP_PID/stat")
}
stop_app() { kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }

RESULTS=${RESULTS:-src/bench/results/$(date -u +%Y-%m-%dT%H%MZ)-$BENCH_DB$([ -n "${STARTUP_ONLY:-}" ] && echo -startup).txt}
mkdir -p "$(dirname "$RESULTS")"
{
    echo "# Factline benchmark result, written by src/bench/run.sh"
    echo "# date:    $(date -u +%FT%TZ)"
    echo "# machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -sr)"
    echo "# java:    $(${APP_JAVA:-java} -version 2>&1 | head -2 | tail -1)"
    echo "# commit:  $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')"
    echo "# command: BENCH_DB=$BENCH_DB EVENTS=$EVENTS SEED=$SEED DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS STARTUP_RUNS=${STARTUP_RUNS:-3}${STARTUP_ONLY:+ STARTUP_ONLY=1} APP_ENV='$APP_ENV' APP_JAVA_OPTS='$APP_JAVA_OPTS' src/bench/run.sh"
    echo
} > "$RESULTS"
exec > >(tee -a "$RESULTS") 2>&1

CDS="$(dirname "$JAR")/app-cds.jsa"
echo "== Factline benchmark ($BENCH_DB, $(nproc) cores, $(date -u +%FT%TZ), $APP_ENV java $APP_JAVA_OPTS$([ -f "$CDS" ] && echo " -XX:SharedArchiveFile=app-cds.jsa"))"
: > "$WORK/app.log"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# The class-data archive the build writes (ClassDataTraining) is part of how the application runs.
MAIN_OPTS=""
[ -f "$CDS" ] && MAIN_OPTS="-XX:SharedArchiveFile=$CDS"
# Compiled once, first and on its own: the corpus generator and the PostgreSQL training are test classes, and other
# executions bound to the build's phases would take -Dexec.args as theirs.
if [ -z "${STARTUP_ONLY:-}" ] || [ "$BENCH_DB" = pg ]; then ./mvnw -B -q test-compile -Dnpm.ci.skip > /dev/null; fi
# Start-up on a new database, then again on it (seeds unchanged): label, JVM options, and "judged" for the pairs
# the summary judges (the production settings on this JVM, and JDK 25's cache), which run STARTUP_RUNS times (the
# machine's speed drifts between minutes; the summary takes the medians); APP_JAVA picks another JVM.
STARTUP_RUNS=${STARTUP_RUNS:-3}
STARTUP_VERDICTS=()
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2 ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2))}'; }
startup_pair() {
    local runs=1 fresh=() again=()
    [ "${3:-}" = judged ] && runs=$STARTUP_RUNS
    for _ in $(seq "$runs"); do
        reset_db
        start_app "$2"; printf "start-up to ready, empty database, seeds imported:   %6d ms (CPU %6d ms)  %s\n" "$STARTUP_MS" "$STARTUP_CPU_MS" "$1"; stop_app
        fresh+=("$STARTUP_MS")
        start_app "$2"; printf "start-up to ready, seeds already there (unchanged): %6d ms (CPU %6d ms)  %s\n" "$STARTUP_MS" "$STARTUP_CPU_MS" "$1"; stop_app
        again+=("$STARTUP_MS")
    done
    if [ "$runs" -gt 1 ]; then
        printf "start-up medians of %d: empty database %d ms, seeds already there %d ms  %s\n" "$runs" \
            "$(median "${fresh[@]}")" "$(median "${again[@]}")" "$1"
    fi
    if [ "${3:-}" = judged ]; then STARTUP_VERDICTS+=("$1|$(median "${fresh[@]}")|$(median "${again[@]}")"); fi
}
# Then without the archive, and with both JIT compilers (the JVM's default, which needs a compiler thread each; a
# later flag overrides APP_JAVA_OPTS').
for opts in "$MAIN_OPTS" "" "-XX:SharedArchiveFile=$CDS -XX:TieredStopAtLevel=4 -XX:CICompilerCount=2"; do
    if [ "$opts" != "$MAIN_OPTS" ] && [ -n "${SKIP_STARTUP_VARIANTS:-}" ]; then continue; fi
    if [ "$opts" = "" ] && [ "$MAIN_OPTS" = "" ] && [ ${#STARTUP_VERDICTS[@]} -gt 0 ]; then continue; fi
    if [[ "$opts" == *SharedArchiveFile* ]] && [ ! -f "$CDS" ]; then continue; fi
    label=${opts:-"(no class-data archive)"}
    label=${label//$CDS/app-cds.jsa}
    if [ "$opts" = "$MAIN_OPTS" ]; then
        startup_pair "Java $(java -version 2>&1 | head -1 | cut -d'"' -f2): $label" "$opts" judged
    else
        startup_pair "$label" "$opts"
    fi
done
# On JDK 25 and later, an ahead-of-time cache (JEP 483/514: classes loaded and linked, and method profiles) from the
# same training run, written by ClassDataTraining when it runs on that JDK. AOT_JAVA= to skip.
AOT_JAVA=${AOT_JAVA-$(ls /usr/lib/jvm/*-25*/bin/java 2>/dev/null | head -1)}
AOT="$(dirname "$JAR")/app.aot"
if [ -n "$AOT_JAVA" ] && [ -z "${SKIP_STARTUP_VARIANTS:-}" ]; then
    if [ ! -f "$AOT" ] || [ "$JAR" -nt "$AOT" ]; then
        # The build's own training run, with the application on that JDK (as src/docs/production.md says).
        if [ "$BENCH_DB" = pg ]; then
            ./mvnw -B -q exec:java@appcds-training-pg -Ppostgresql -Dfactline.app.java="$AOT_JAVA" | grep '^class-data archive'
        else
            ./mvnw -B -q exec:exec@appcds-training -Pclass-data-archive -Dfactline.app.java="$AOT_JAVA" | grep '^class-data archive'
        fi
    fi
    if [ -f "$AOT" ]; then
        APP_JAVA=$AOT_JAVA startup_pair "JDK $("$AOT_JAVA" -version 2>&1 | head -1 | cut -d'"' -f2): -XX:AOTCache=app.aot" "-XX:AOTCache=$AOT" judged
    fi
fi
verdict() { if awk "BEGIN { exit !($1) }"; then echo met; else echo MISSED; fi; }
startup_verdicts() {
    for pair in "${STARTUP_VERDICTS[@]}"; do
        IFS='|' read -r label fresh restart <<< "$pair"
        printf "%-58s %12s  %s\n" "start-up to ready, new database: $label" "$fresh ms" "$(verdict "$fresh < 3000")" \
            "start-up to ready, restart: $label" "$restart ms" "$(verdict "$restart < 3000")"
    done
}
if [ -n "${STARTUP_ONLY:-}" ]; then
    echo
    echo "== Against the start-up target (issue 6), from the figures above"
    startup_verdicts
    echo "(written to $RESULTS)"
    exit 0
fi
GEN_ARGS="--url $GEN_URL --user $GEN_USER --events $EVENTS --seed $SEED"
[ -z "$GEN_PASSWORD" ] || GEN_ARGS="$GEN_ARGS --password $GEN_PASSWORD"
./mvnw -B -q exec:java@corpus -Dexec.args="$GEN_ARGS" 2>&1 | grep '^corpus:'
start_app "$MAIN_OPTS"; printf "start-up to ready, with the %d-event corpus:      %6d ms (CPU %6d ms)\n" "$EVENTS" "$STARTUP_MS" "$STARTUP_CPU_MS"

BASE="http://127.0.0.1:$APP_PORT"
MONTH="/events?from=2010-03&to=2010-03"
YEAR="/events?from=2010&to=2010"
ONE="/events/synthetic-050000"
TLJS="/events?from=2010&to=2010&format=timelinejs"

# The references serve the same bytes: nginx the responses themselves, json-server every event.
mkdir -p "$WORK/www"
curl -sf "$BASE$MONTH" > "$WORK/www/month.json"
curl -sf "$BASE$YEAR" > "$WORK/www/year.json"
curl -sf "$BASE$ONE" > "$WORK/www/one.json"
curl -sf "$BASE$TLJS" > "$WORK/www/timelinejs.json"
python3 - "$BASE" "$WORK/db.json" <<'PY'
import json, sys, urllib.request, urllib.parse
base, out = sys.argv[1], sys.argv[2]
events, cursor = [], None
while True:
    url = base + "/events?limit=500" + ("&cursor=" + urllib.parse.quote(cursor) if cursor else "")
    page = json.load(urllib.request.urlopen(url))
    events += page["items"]
    cursor = page["next"]
    if not cursor:
        break
json.dump({"events": events}, open(out, "w"))
print(f"json-server data: {len(events)} events, {__import__('os').path.getsize(out) // (1 << 20)} MiB")
PY

cat > "$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx-tmp; proxy_temp_path $WORK/nginx-tmp; fastcgi_temp_path $WORK/nginx-tmp;
    uwsgi_temp_path $WORK/nginx-tmp; scgi_temp_path $WORK/nginx-tmp;
    default_type application/json;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location = /month { alias $WORK/www/month.json; }
        location = /year { alias $WORK/www/year.json; }
        location = /one { alias $WORK/www/one.json; }
        location = /timelinejs { alias $WORK/www/timelinejs.json; }
    }
}
NGINX
mkdir -p "$WORK/nginx-tmp"
nginx -c "$WORK/nginx.conf"
sleep 0.5
NGINX_PIDS=$(pgrep -P "$(cat "$WORK/nginx.pid")" | tr '\n' ' ')" $(cat "$WORK/nginx.pid")"
trap 'cleanup; kill $(cat "$WORK/nginx.pid") 2>/dev/null || true' EXIT

[ -x "$WORK/node/node_modules/.bin/json-server" ] || npm install --silent --prefix "$WORK/node" json-server@0.17.4 > /dev/null
"$WORK/node/node_modules/.bin/json-server" --quiet --port "$JSON_SERVER_PORT" --host 127.0.0.1 "$WORK/db.json" > "$WORK/json-server.log" 2>&1 &
JS_PID=$!; PIDS+=("$JS_PID")
until curl -sf -o /dev/null "http://127.0.0.1:$JSON_SERVER_PORT/events/synthetic-050000"; do sleep 0.2; done
JS_MONTH="/events?date.latest_gte=2010-03-01&date.earliest_lte=2010-03-31&_sort=date.earliest,date.latest,id&_limit=50"
JS_YEAR="/events?date.latest_gte=2010-01-01&date.earliest_lte=2010-12-31&_sort=date.earliest,date.latest,id&_limit=50"

# Same number of items in each answer, or the comparison means nothing.
python3 - "$BASE$MONTH" "http://127.0.0.1:$JSON_SERVER_PORT$JS_MONTH" "http://127.0.0.1:$NGINX_PORT/month" <<'PY'
import json, sys, urllib.request
ids = []
for url in sys.argv[1:]:
    body = json.load(urllib.request.urlopen(url))
    ids.append([e["id"] for e in (body["items"] if isinstance(body, dict) else body)])
print("month window, first ids: factline %s, json-server %s, nginx %s; same page: %s"
      % (ids[0][:2], ids[1][:2], ids[2][:2], ids[0] == ids[1] == ids[2]))
PY

# Factline's worst figures over the runs, for the summary.
APP_PEAK_RSS_KB=0; APP_ERRORS=0; MIN_VS_JSON=""; MIN_VS_NGINX=""; MAX_HALF_P99=0

# One wrk run (extra wrk arguments after the pids, separated by --); prints one line; RSS sampled every 200 ms.
# Sets LAST_RPS, LAST_ERRORS, LAST_PEAK_KB.
bench() {
    local label=$1 url=$2; shift 2
    local pids=() extra=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do pids+=("$1"); shift; done
    [ $# -gt 0 ] && shift && extra=("$@")
    local peak=0
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${extra[@]}" "$url" > "$WORK/wrk.out" 2>&1 &
    local wrk_pid=$!
    while kill -0 $wrk_pid 2>/dev/null; do
        local r; r=$(rss_kb "${pids[@]}"); [ "$r" -gt "$peak" ] && peak=$r; sleep 0.2
    done
    wait $wrk_pid || true
    LAST_RPS=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out")
    LAST_ERRORS=$(wrk_errors "$WORK/wrk.out")
    LAST_PEAK_KB=$peak
    printf "%-34s %10s req/s   p50 %8s   p99 %8s   errors %6d   RSS %5d MiB\n" "$label" "$LAST_RPS" \
        "$(awk '$1=="50%" {print $2}' "$WORK/wrk.out")" "$(awk '$1=="99%" {print $2}' "$WORK/wrk.out")" \
        "$LAST_ERRORS" $((peak / 1024))
}
# Records Factline's figures of the last run; "rss-only" for the runs the error target does not cover.
factline_figures() {
    [ "${1:-}" = rss-only ] || APP_ERRORS=$((APP_ERRORS + LAST_ERRORS))
    [ "$LAST_PEAK_KB" -gt "$APP_PEAK_RSS_KB" ] && APP_PEAK_RSS_KB=$LAST_PEAK_KB
    return 0
}
lowest() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b + 0 < a + 0) print b; else print a }'; }

echo
echo "== wrk: $THREADS threads, $CONNECTIONS connections, $DURATION each, on loopback"
for target in month year one timelinejs; do
    case $target in
        month) f="$MONTH"; j="$JS_MONTH"; n=/month; what="one-month window, 50 events";;
        year) f="$YEAR"; j="$JS_YEAR"; n=/year; what="one-year window, 50 events";;
        one) f="$ONE"; j="/events/synthetic-050000"; n=/one; what="one event by id";;
        timelinejs) f="$TLJS"; j=""; n=/timelinejs; what="one-year window as TimelineJS, 50 events";;
    esac
    echo "-- GET $what"
    curl -sf -o /dev/null "$BASE$f"
    # Warm-up: the JIT compiles the hot paths before the measured run.
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE$f" > /dev/null 2>&1
    bench "factline" "$BASE$f" "$APP_PID"; factline_figures; peak=${LAST_RPS%.*}; factline_rps=$LAST_RPS
    if [ -n "$j" ]; then
        bench "json-server 0.17" "http://127.0.0.1:$JSON_SERVER_PORT$j" "$JS_PID"
        MIN_VS_JSON=$(lowest "$MIN_VS_JSON" "$(awk -v f="$factline_rps" -v r="$LAST_RPS" 'BEGIN { print (r > 0 ? f / r : 1e9) }')")
    else
        echo "json-server 0.17                   (serves JSON only: no TimelineJS representation)"
    fi
    # shellcheck disable=SC2086
    bench "nginx (static file)" "http://127.0.0.1:$NGINX_PORT$n" $NGINX_PIDS
    MIN_VS_NGINX=$(lowest "$MIN_VS_NGINX" "$(awk -v f="$factline_rps" -v r="$LAST_RPS" 'BEGIN { print f / r }')")
    # Half the peak rate: each connection waits between requests (wrk's delay hook).
    half=$(( peak / 2 )); [ "$half" -gt 0 ] || half=1
    cat > "$WORK/half.lua" <<LUA
local per_connection_ms = 1000 * $CONNECTIONS / $half
function delay() return math.floor(per_connection_ms * (0.5 + math.random())) end
LUA
    bench "factline at half its peak (~$half/s)" "$BASE$f" "$APP_PID" -- -s "$WORK/half.lua"; factline_figures
    p99=$(to_ms "$(awk '$1=="99%" {print $2}' "$WORK/wrk.out")")
    MAX_HALF_P99=$(awk -v a="$MAX_HALF_P99" -v b="$p99" 'BEGIN { print (b > a ? b : a) }')
done

# Every request a different window and page size: nothing can be answered from memory, each one runs the queries
# and the serialisation. Seeded per wrk thread, so that a rerun asks for the same pages.
cat > "$WORK/distinct.lua" <<'LUA'
local threads = 0
setup = function(thread) threads = threads + 1; thread:set("id", threads) end
init = function() math.randomseed(42 + id) end
request = function()
    local y, m = math.random(1995, 2024), math.random(1, 12)
    return wrk.format("GET", string.format("/events?from=%d-%02d&to=%d-%02d&limit=%d", y, m, y, m, math.random(1, 100)))
end
LUA
# (wrk gives up on an answer after 2 s and counts a timeout: with 32 connections waiting on 2 cores, some do.)
echo "-- GET a one-month window no earlier request asked for (1 to 100 events): computed, never from memory"
bench "factline, $CONNECTIONS connections" "$BASE" "$APP_PID" -- -s "$WORK/distinct.lua"; factline_figures rss-only
CONNECTIONS=2 bench "factline, 2 connections" "$BASE" "$APP_PID" -- -s "$WORK/distinct.lua"; factline_figures rss-only
echo
echo "factline RSS after the runs: $(( $(rss_kb "$APP_PID") / 1024 )) MiB"
curl -sf -H 'Accept: text/plain' "$BASE/q/metrics" | grep '^factline_cache_requests_total' | sed 's/^/factline metrics: /'
stop_app

echo
echo "== Against the targets (issue 6), from the figures above"
printf "%-58s %12s  %s\n" \
    "throughput / json-server's, lowest of the JSON endpoints" "$(printf '%.0f×' "$MIN_VS_JSON")" "$(verdict "$MIN_VS_JSON >= 5")" \
    "throughput / nginx's, lowest of the four endpoints" "$(awk -v r="$MIN_VS_NGINX" 'BEGIN { printf "%.0f%%", 100 * r }')" "$(verdict "$MIN_VS_NGINX >= 0.5")" \
    "p99 at half the peak rate, highest of the four" "${MAX_HALF_P99} ms" "$(verdict "$MAX_HALF_P99 < 25")" \
    "errors (non-2xx and socket errors), the four endpoints" "$APP_ERRORS" "$(verdict "$APP_ERRORS == 0")" \
    "peak RSS of factline, all runs" "$((APP_PEAK_RSS_KB / 1024)) MiB" "$(verdict "$APP_PEAK_RSS_KB < 400 * 1024")"
startup_verdicts
echo "(written to $RESULTS)"
