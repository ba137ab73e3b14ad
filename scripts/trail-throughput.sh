#!/usr/bin/env bash
# Decision throughput with the trail on (every decision stored before it is answered) against the trail off (dry runs:
# evaluated and answered, not stored), on one packaged service with a fresh SQLite file on a free loopback port.
# Runs alternate (off, on, off, on, ...) so that other load on the machine weighs on both alike; prints each run and
# the ratio of the medians. Loopback only; bounded by ROUNDS x 2 x SECONDS.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
THREADS=${THREADS:-16}

JAR=$(ls target/offer-timing-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
[ -n "$JAR" ] || { ./mvnw -q -B -DskipTests package; JAR=$(ls target/offer-timing-*.jar | grep -v '\.original$' | head -1); }
WORK=$(mktemp -d)
SERVICE=""
trap '[ -n "$SERVICE" ] && kill "$SERVICE" 2>/dev/null; rm -rf "$WORK"' EXIT
PORT=$((20000 + RANDOM % 30000))
URL="http://127.0.0.1:$PORT"

java -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
  --offers.rules.directory="${RULES:-src/test/resources/rulesets/minimal}" --offers.store.file="$WORK/trail.db" \
  --offers.security.keys-file="$WORK/api-keys.txt" \
  > "$WORK/service.log" 2>&1 &
SERVICE=$!
for _ in $(seq 1 120); do curl -sf "$URL/actuator/health" > /dev/null 2>&1 && break; sleep 0.5; done
# The service wrote one API key per role to its keys file on start: the load sends the APP key.
export OFFERS_APP_KEY=$(awk '$1 == "APP" {print $3}' "$WORK/api-keys.txt")

load() { java scripts/DecisionLoad.java --url "$URL" --threads "$THREADS" --seconds "$SECONDS_PER_RUN" "$@"; }
load --dry-run > /dev/null   # warm-up: JIT, rule sessions, connection pool
load > /dev/null
OFF=(); ON=()
for round in $(seq 1 "$ROUNDS"); do
  off=$(load --dry-run); on=$(load)
  echo "round $round: trail off: $off"
  echo "round $round: trail on:  $on"
  OFF+=("$(echo "$off" | sed -E 's/.*rate=([0-9]+).*/\1/')"); ON+=("$(echo "$on" | sed -E 's/.*rate=([0-9]+).*/\1/')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
M_OFF=$(median "${OFF[@]}"); M_ON=$(median "${ON[@]}")
echo "trail-throughput: off=${M_OFF}/s on=${M_ON}/s ratio=$(awk -v a="$M_ON" -v b="$M_OFF" 'BEGIN {printf "%.0f%%", 100 * a / b}') (threads=$THREADS, ${SECONDS_PER_RUN}s runs, median of $ROUNDS)"
