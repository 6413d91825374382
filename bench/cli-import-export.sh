#!/usr/bin/env bash
# Benchmark (not a test): import and export 1,000,000 heroes with the admin CLI under -Xmx256m,
# as JSON Lines and as CSV, into fresh SQLite files; prints wall time and peak RSS of each step.
#   bench/cli-import-export.sh [COUNT]   (default 1000000; HEAP=64m to try a smaller heap than 256m)
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${1:-1000000}"
JAR=hero-cli/target/hero-cli.jar
WORK="$(mktemp -d "${TMPDIR:-/tmp}/hero-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
unset HERO_DATABASE_URL HERO_DATABASE_USER HERO_DATABASE_PASSWORD

if [[ ! -f "$JAR" ]]; then
  echo "Building $JAR..."
  mvn -B -q package -pl hero-cli -am -DskipTests
fi

echo "Generating $COUNT heroes in $WORK..."
awk -v n="$COUNT" 'BEGIN {
  for (i = 1; i <= n; i++) {
    age = (i % 10 == 0) ? "null" : i % 100
    printf "{\"name\":\"Hero %d\",\"secret_name\":\"Secret, \\\"%d\\\"\",\"age\":%s}\n", i, i, age
  }
}' > "$WORK/heroes.jsonl"
awk -v n="$COUNT" 'BEGIN {
  printf "name,secret_name,age\r\n"
  for (i = 1; i <= n; i++) {
    age = (i % 10 == 0) ? "" : i % 100
    printf "Hero %d,\"Secret, \"\"%d\"\"\",%s\r\n", i, i, age
  }
}' > "$WORK/heroes.csv"
ls -lh "$WORK"/heroes.* | awk '{print "  " $5 "  " $9}'

measure() {
  local label="$1"; shift
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
    read -r seconds kib < "$WORK/time"
    printf '%-28s %8.2f s   peak RSS %6d MiB   %s\n' "$label" "$seconds" $((kib / 1024)) "$(head -c 60 "$WORK/out" | head -n 1)"
  else
    local start end
    start=$(date +%s.%N)
    "$@" > "$WORK/out" 2> "$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
    end=$(date +%s.%N)
    printf '%-28s %8.2f s   %s\n' "$label" "$(echo "$end - $start" | bc)" "$(head -n 1 "$WORK/out")"
  fi
}

HERO=(java "-Xmx${HEAP:-256m}" -jar "$JAR")

for format in jsonl csv; do
  db="jdbc:sqlite:$WORK/$format.db"
  measure "import $format" "${HERO[@]}" --database-url "$db" heroes import "$WORK/heroes.$format"
  measure "export $format (to file)" "${HERO[@]}" --database-url "$db" heroes export "$WORK/export.$format"
  measure "export $format (to stdout)" "${HERO[@]}" --database-url "$db" heroes export - --format "$format"
  lines=$(wc -l < "$WORK/out")
  echo "  exported $format lines (with header for csv): $lines"
done
