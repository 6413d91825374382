#!/usr/bin/env bash
# The benchmark: hero-server.jar in its default production configuration (request log, SQLite with
# synchronous=FULL) and -Xmx256m, driven by wrk -t2 -c16 on this machine. Prints a table and writes
# it, with a PNG chart, to bench/results/. Usage: bench/run.sh   (BENCH_SECONDS=10 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
JVM_FLAGS=(-Xmx256m)
SERVER_JAR=$ROOT/hero-web-dropwizard/target/hero-server.jar
FLOOR_JAR=$ROOT/bench/floor/target/hero-floor.jar
RESULTS=$ROOT/bench/results
export BENCH_SCRIPTS=$ROOT/bench/scripts
WORK=$(mktemp -d /tmp/hero-bench.XXXXXX)
PORT=18080 ADMIN_PORT=18081
SERVER_PID=""

cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { echo "Installing $2..."; apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need gnuplot gnuplot-nox

echo "Building..."
mvn -q -B -ntp package -DskipTests
mvn -q -B -ntp -f bench/floor/pom.xml package

seed() { # FILE COUNT
  java -cp "$SERVER_JAR" bench/SeedHeroes.java "$1" "$2" > "$WORK/seed.log" 2>&1
}

# start NAME COMMAND...: launches a server, waits for its first 200 on $PROBE, records startup time
start() {
  local name=$1; shift
  local started_ns; started_ns=$(date +%s%N)
  "$@" > "$WORK/$name.log" 2>&1 &
  SERVER_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT$PROBE"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "$name died:"; tail -20 "$WORK/$name.log"; exit 1; }
    sleep 0.01
  done
  STARTUP_MS=$(( ($(date +%s%N) - started_ns) / 1000000 ))
}

stop() {
  PEAK_RSS_MB=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status")
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
}

start_hero() { # DB_FILE
  PROBE="/heroes/?limit=1"
  start hero env HERO_DATABASE_URL="jdbc:sqlite:$1" HERO_HTTP_PORT=$PORT HERO_ADMIN_PORT=$ADMIN_PORT \
    java "${JVM_FLAGS[@]}" -jar "$SERVER_JAR" server
}

ROWS=()
# scenario LABEL SCRIPT HEROES: 10 s warm-up, then the measured run
scenario() {
  local label=$1 script=$2
  export HEROES=$3
  wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" -s "$BENCH_SCRIPTS/$script" "http://127.0.0.1:$PORT" > /dev/null
  local result; result=$(wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -s "$BENCH_SCRIPTS/$script" "http://127.0.0.1:$PORT" | grep '^RESULT')
  ROWS+=("$label|$result")
  echo "  $label: ${result#RESULT }"
}

value() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

# jit_warmup SCRIPT HEROES: a freshly started JVM spends its first half minute compiling (the C2
# compiler alone takes a core, and GET by id only reaches its steady rate after ~40 s); without
# this the first scenario measures the compiler.
JIT_WARMUP_SECONDS=${BENCH_JIT_WARMUP:-60}
jit_warmup() {
  HEROES=$2 wrk -t2 -c16 -d"${JIT_WARMUP_SECONDS}s" -s "$BENCH_SCRIPTS/$1" "http://127.0.0.1:$PORT" > /dev/null
}

echo "Seeding 10,000 heroes..."
seed "$WORK/heroes-10k.db" 10000
start_hero "$WORK/heroes-10k.db"
HERO_STARTUP_MS=$STARTUP_MS
echo "hero-server ready in ${HERO_STARTUP_MS} ms; JIT warm-up, then scenarios at 10,000 heroes:"
jit_warmup mix.lua 10000
scenario "GET by id" get_by_id.lua 10000
scenario "list of 100 (random offset)" list.lua 10000
scenario "first page" first_page.lua 10000
scenario "POST" post.lua 10000
scenario "PATCH one field" patch.lua 10000
scenario "mix 80% reads / 20% writes" mix.lua 10000
stop
HERO_RSS_MB=$PEAK_RSS_MB

echo "Framework floor:"
PROBE="/floor/1"
start floor env FLOOR_HTTP_PORT=$PORT FLOOR_ADMIN_PORT=$ADMIN_PORT \
  java "${JVM_FLAGS[@]}" -jar "$FLOOR_JAR" server bench/floor/floor.yml
jit_warmup floor.lua 10000
scenario "floor: GET /floor/{id}" floor.lua 10000
stop

echo "Seeding 1,000,000 heroes..."
seed "$WORK/heroes-1m.db" 1000000
start_hero "$WORK/heroes-1m.db"
echo "JIT warm-up, then scenarios at 1,000,000 heroes:"
jit_warmup get_by_id.lua 1000000
scenario "GET by id @1M" get_by_id.lua 1000000
scenario "first page @1M" first_page.lua 1000000
stop

rps_of() { for row in "${ROWS[@]}"; do [ "${row%%|*}" = "$1" ] && value "${row#*|}" rps; done; }
FLOOR_PCT=$(awk -v a="$(rps_of "GET by id")" -v b="$(rps_of "floor: GET /floor/{id}")" 'BEGIN { printf "%.0f", 100 * a / b }')

mkdir -p "$RESULTS"
{
  echo "Benchmark of $(git rev-parse --short HEAD) on $(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2 -c16, ${SECONDS_PER_RUN} s warm-up + ${SECONDS_PER_RUN} s measured"
  echo "per scenario, after ${JIT_WARMUP_SECONDS} s of JIT warm-up per server start (the mix; GET by id at 1M),"
  echo "hero-server.jar with its default production configuration (request log on, SQLite synchronous=FULL), ${JVM_FLAGS[*]}."
  echo
  echo "| scenario | req/s | p50 ms | p99 ms | non-2xx |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for row in "${ROWS[@]}"; do
    r=${row#*|}
    echo "| ${row%%|*} | $(value "$r" rps) | $(value "$r" p50_ms) | $(value "$r" p99_ms) | $(( $(value "$r" non2xx) + $(value "$r" socket_errors) )) |"
  done
  echo
  echo "GET by id is ${FLOOR_PCT}% of the framework floor. Startup (launch to first 200): ${HERO_STARTUP_MS} ms. Peak RSS: ${HERO_RSS_MB} MB."
  echo
  echo "The floor (bench/floor) is a minimal Dropwizard application answering a constant hero, with the same JVM flags and"
  echo "Dropwizard server settings as hero-server.jar and Dropwizard's default request log (logback-access, console)."
} > "$RESULTS/latest.md"

for row in "${ROWS[@]}"; do echo "\"${row%%|*}\" $(value "${row#*|}" rps)"; done > "$WORK/chart.dat"
gnuplot <<GNUPLOT
set terminal png size 1000,500 noenhanced
set output "$RESULTS/latest.png"
set title "hero-server, requests per second (wrk -t2 -c16, 2 cores)"
set style fill solid 0.8
set boxwidth 0.6
set yrange [0:*]
set xtics rotate by -30 font ",9"
unset key
plot "$WORK/chart.dat" using 0:2:xtic(1) with boxes
GNUPLOT

echo
cat "$RESULTS/latest.md"
