#!/usr/bin/env bash
# How long an analyst waits for a big decision table to go live (README, "Building big tables").
#
#   scripts/big-table-reload.sh [--rows 1000] [--no-build]
#
# Starts the packaged service on a free 127.0.0.1 port over a copy of rules/ (with an empty build cache and a temporary
# SQLite file), then, as an analyst would, saves a --rows decision table into the watched folder (written elsewhere,
# moved in whole) and times the save until GET /v1/ruleset shows the new version active: the wait for the file to
# settle, the build, the scenario gate and the archive. Then saves the table again with one row changed, and restarts
# the service on the same folder and cache (launch to first decision, the table's build read from the cache).
# One line per step; exits non-zero if a save is rejected or does not go live within 120 s.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=1000 build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="$2"; shift 2 ;;
    --no-build) build=no; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

. scripts/packaged-service.sh
jar=$(packaged_jar "$build")

tmp=$(mktemp -d)
pid=
stop() { stop_service "$pid"; pid=; }
trap 'stop; rm -rf "$tmp"' EXIT INT TERM

# Both tables are written before the service starts, so that Maven's own JVM does not share the cores with the build.
for edit in 0 1; do
  ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.offertiming.ruleset.BigTableBenchmark \
    -Dexec.args="write $rows $tmp/table-$edit.drl.xlsx $edit"
done
cp -r rules "$tmp/rules"

now_ms() { date +%s%3N; }
seconds_since() { echo "($(now_ms) - $1) / 1000" | bc -l; }

start() { # launches the service and waits for its first 200 answer to a decision
  local launched log=$tmp/service-$1.log port= status=
  launched=$(now_ms)
  java -Xms512m -Xmx512m -XX:+UseParallelGC -jar "$jar" --server.address=127.0.0.1 --server.port=0 \
    --offers.rules.directory="$tmp/rules" --offers.rules.cache-directory="$tmp/cache" \
    --offers.security.keys-file="$tmp/api-keys.txt" --offers.store.file="$tmp/offers.db" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -1)
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || { tail -50 "$log"; echo "the service died" >&2; exit 1; }
    sleep 0.05
  done
  [ -n "$port" ] || { tail -50 "$log"; echo "the service did not start within 60 s" >&2; exit 1; }
  url="http://127.0.0.1:$port"
  app_key=$(awk '$1 == "APP" {print $3}' "$tmp/api-keys.txt")
  analyst_key=$(awk '$1 == "ANALYST" {print $3}' "$tmp/api-keys.txt")
  for _ in $(seq 1 600); do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $app_key" -H 'Content-Type: application/json' \
      --data-binary @src/main/resources/bench/issue-discovered-saas-support.json "$url/v1/decisions" || true)
    [ "$status" = 200 ] && break
    sleep 0.05
  done
  [ "$status" = 200 ] || { tail -50 "$log"; echo "no 200 answer to a decision" >&2; exit 1; }
  printf '%s: first decision %.1f s after launch, %s rules\n' "$2" "$(seconds_since "$launched")" "$(rule_count)"
}

ruleset() { curl -s -H "X-API-Key: $analyst_key" "$url/v1/ruleset"; }
rule_count() { ruleset | sed -n 's/.*"ruleCount":\([0-9]*\).*/\1/p'; }
version_of() { sed -n 's/^{"version":"\([0-9a-f]*\)".*/\1/p'; } # of the status on stdin

save() { # saves table-$1 as the analyst's workbook and waits until its version is active
  local before saved status
  before=$(ruleset | version_of)
  cp "$tmp/table-$1.drl.xlsx" "$tmp/big.part"
  saved=$(now_ms)
  mv "$tmp/big.part" "$tmp/rules/offers/big.drl.xlsx"
  for _ in $(seq 1 1200); do
    status=$(ruleset)
    if echo "$status" | grep -q '"outcome":"REJECTED"'; then
      echo "$status" >&2; echo "$2: the table was rejected" >&2; exit 1
    fi
    if [ "$(echo "$status" | version_of)" != "$before" ]; then
      printf '%s: live %.1f s after the save, %s rules\n' "$2" "$(seconds_since "$saved")" "$(rule_count)"
      return
    fi
    sleep 0.1
  done
  echo "$2: not live within 120 s" >&2; exit 1
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
start 1 "start on the shipped rules (empty build cache)"
save 0 "save a $rows-row table"
save 1 "save it again with one row changed"
stop
start 2 "restart with the table (from the build cache)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
