#!/usr/bin/env bash
# Loads /docs from a running hero-server.jar in a real headless browser (Debian's chromium, with an
# empty profile and no background networking), checks that Swagger UI renders the five operations,
# and saves docs/swagger-ui.png, the screenshot the README shows.
#
#   docs/check-swagger-ui.sh          # builds hero-server.jar first when it is missing
#
# The browser may only reach the server: every other host name resolves to nothing, so a page
# that needed the internet would fail here.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/hero-web-dropwizard/target/hero-server.jar
SCREENSHOT=$ROOT/docs/swagger-ui.png
EXPECTED=("GET /heroes" "POST /heroes" "GET /heroes/{hero_id}" "PATCH /heroes/{hero_id}" "DELETE /heroes/{hero_id}")

if ! command -v chromium >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -B -q package -DskipTests -pl hero-web-dropwizard -am)
fi

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

HTTP_PORT=$(free_port)
ADMIN_PORT=$(free_port)
(cd "$WORK" && exec env HERO_HTTP_PORT="$HTTP_PORT" HERO_ADMIN_PORT="$ADMIN_PORT" \
  java -jar "$JAR" server >"$WORK/server.log" 2>&1) &
SERVER_PID=$!
BASE=http://127.0.0.1:$HTTP_PORT
for _ in $(seq 1 60); do
  curl -sf "$BASE/openapi.json" -o /dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; echo "FAIL: the server stopped" >&2; exit 1; }
  sleep 1
done
curl -sf "$BASE/openapi.json" -o /dev/null || { echo "FAIL: no /openapi.json at $BASE" >&2; exit 1; }

browse() {
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --user-data-dir="$(mktemp -d -p "$WORK")" \
    --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" \
    --virtual-time-budget=10000 "$@" "$BASE/docs" 2>>"$WORK/chromium.log"
}

browse --dump-dom >"$WORK/dom.html"
grep -oP 'opblock-summary-method">[A-Z]+</span>.{0,600}?data-path="[^"]+"' "$WORK/dom.html" \
  | sed -E 's/opblock-summary-method">([A-Z]+)<\/span>.*data-path="([^"]+)"/\1 \2/' | sort >"$WORK/rendered.txt"
printf '%s\n' "${EXPECTED[@]}" | sort >"$WORK/expected.txt"
if ! diff -u "$WORK/expected.txt" "$WORK/rendered.txt"; then
  echo "FAIL: Swagger UI at $BASE/docs did not render exactly the five operations" >&2
  exit 1
fi

browse --screenshot="$SCREENSHOT" --window-size=1280,1600 --hide-scrollbars
[ -s "$SCREENSHOT" ] || { echo "FAIL: no screenshot" >&2; exit 1; }
echo "OK: Swagger UI renders the 5 operations: $(paste -sd, "$WORK/rendered.txt"); screenshot in docs/swagger-ui.png"
