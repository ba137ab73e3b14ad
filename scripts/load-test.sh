#!/usr/bin/env bash
# HTTP load benchmark of the packaged service on the loopback interface (README, "Performance").
#
#   scripts/load-test.sh [--audit on|off|both] [--rate 1000] [--seconds 30] [--warmup 180] [--connections 64]
#                        [--rounds 3] [--generator java|wrk] [--launch cds|jar] [--no-build]
#
# Builds the jar (unless --no-build), prepares it as the README starts it in production (--launch cds: extracted, with
# a CDS archive from a training run, by scripts/cds-archive.sh; --launch jar: the jar as built), starts it on a free
# 127.0.0.1 port with the rules/ folder and a temporary SQLite file (with the default store's settings), and drives
# the request mix of src/main/resources/bench/ with the Java load generator
# (src/test/java/com/offertiming/decision/LoadGenerator.java):
#   1. startup: launch to the first 200 answer to a decision;
#   2. warm-up (not reported), once the service reports ready (its own warm-up done): a third of --warmup at 2
#      connections, so that the JIT's compiler threads get the cores, then the rest at saturation; with --audit both
#      every other pass over the request mix is dry runs, so that both paths are compiled before either is measured;
#      the figures are for the service once warm;
#   3. saturation: closed loop over --connections keep-alive connections (64: with the trail on, each request
#      waits some 10-40 ms for its group commit, so 16 connections cannot keep two cores busy); peak RSS read after it;
#   4. fixed rate: open loop at --rate requests/s, latency from each request's intended send time.
# --generator wrk drives the saturation runs with wrk (Debian's package; scripts/load-mix.lua posts the same mix and
# prints the same line), which takes less of the two cores than the Java generator; the fixed-rate run stays Java's,
# since wrk has no open loop. One summary line per run. --audit off posts the same requests as dry runs (decided the
# same way, stored nothing); --audit on stores every decision in the trail before answering, as in production. --audit
# both compares the two on one warm service: --rounds pairs of saturation runs, off then on, so that whatever else
# loads the machine weighs on both alike, and the ratio of their medians (the fixed-rate run is then with the trail
# on). The service is stopped at the end (and on Ctrl-C). Every run is bounded in time and count.
set -euo pipefail
cd "$(dirname "$0")/.."

audit=off rate=1000 seconds=30 warmup=180 connections=64 rounds=3 generator=java launch=cds build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --audit) audit="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --generator) generator="$2"; shift 2 ;;
    --launch) launch="$2"; shift 2 ;;
    --no-build) build=no; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
case "$audit" in on|off|both) ;; *) echo "--audit must be on, off or both" >&2; exit 2 ;; esac
case "$launch" in cds|jar) ;; *) echo "--launch must be cds or jar" >&2; exit 2 ;; esac

. scripts/packaged-service.sh
check_generator "$generator"
jar=$(packaged_jar "$build")
started_as="the jar as built"
if [ "$launch" = cds ]; then
  cds_log=$(mktemp)
  scripts/cds-archive.sh --jar "$jar" --dest target/app >"$cds_log" 2>&1 || { cat "$cds_log"; rm -f "$cds_log"; exit 1; }
  sed -n '/^CDS archive/p' "$cds_log"; rm -f "$cds_log"
  jar="target/app/$(basename "$jar")" started_as="extracted, with its CDS archive"
  SERVICE_JAVA_OPTS="$SERVICE_JAVA_OPTS -XX:SharedArchiveFile=target/app/offer-timing.jsa"
fi

tmp=$(mktemp -d)
pid=
stop() {
  stop_service "$pid"
  [ -n "${KEEP_LOG:-}" ] && cp "$tmp/service.log" "$KEEP_LOG"
  rm -rf "$tmp"
}
trap stop EXIT INT TERM

now_ms() { date +%s%3N; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
launched=$(now_ms)
start_service "$jar" "$tmp"
first=src/main/resources/bench/issue-discovered-saas-support.json
status=
for _ in $(seq 1 600); do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $OFFERS_APP_KEY" \
    -H 'Content-Type: application/json' --data-binary "@$first" \
    "http://127.0.0.1:$port/v1/decisions" || true)
  [ "$status" = 200 ] && break
  sleep 0.05
done
[ "$status" = 200 ] || { tail -50 "$tmp/service.log"; echo "no 200 answer to a decision" >&2; exit 1; }
answered=$(now_ms)
lines_at_start=$(wc -l <"$tmp/service.log")
await_ready
printf 'startup audit=%s: first decision %.1f s after launch, ready (warm-up done) %.1f s (%s; port %s)\n' "$audit" \
  "$(echo "($answered - $launched) / 1000" | bc -l)" "$(echo "($(now_ms) - $launched) / 1000" | bc -l)" \
  "$started_as" "$port"

load() { # load on|off [LoadGenerator options]
  local trail=$1; shift
  # shellcheck disable=SC2086
  java $LOAD_JAVA_OPTS -cp target/test-classes com.offertiming.decision.LoadGenerator --port "$port" --trail "$trail" "$@"
}
saturation() { # saturation on|off|mixed seconds label
  saturation_run "$generator" "$1" "$2" "$connections" "$3"
}
rate_of() { sed -E 's/.*: ([0-9]+) req\/s.*/\1/'; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

if [ "$audit" = both ]; then
  warm_up "$generator" mixed "$warmup" "$connections"
  offs=() ons=()
  for round in $(seq 1 "$rounds"); do
    off=$(saturation off "$seconds" "round $round saturation audit=off"); echo "$off"
    on=$(saturation on "$seconds" "round $round saturation audit=on"); echo "$on"
    offs+=("$(echo "$off" | rate_of)") ons+=("$(echo "$on" | rate_of)")
  done
  m_off=$(median "${offs[@]}") m_on=$(median "${ons[@]}")
  printf 'trail on against off: %d/%d req/s = %d%% (medians of %d alternating rounds, %d connections, %d s each)\n' \
    "$m_on" "$m_off" $((100 * m_on / m_off)) "$rounds" "$connections" "$seconds"
  audit=on
else
  warm_up "$generator" "$audit" "$warmup" "$connections"
  saturation "$audit" "$seconds" "saturation audit=$audit"
fi
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
load "$audit" --mode rate --rate "$rate" --seconds "$seconds" --connections 64 --label "rate $rate/s audit=$audit"
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
printf 'memory audit=%s: peak RSS (VmHWM) %d MiB, RSS at end %d MiB (%s)\n' "$audit" $((hwm / 1024)) \
  $((rss / 1024)) "$SERVICE_JAVA_OPTS"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# The errors the service logged, and what it warned of after its first decision: a stall or an error in a run is
# easier to place with them. (Its start warns of generated keys and of the API docs, the latter as it becomes ready,
# perhaps after that decision.)
logged=$({
  head -n "$lines_at_start" "$tmp/service.log" | grep ' ERROR '
  tail -n +$((lines_at_start + 1)) "$tmp/service.log" | grep -E ' (WARN|ERROR) ' | grep -v SpringDocAppInitializer
} || true)
if [ -n "$logged" ]; then
  echo "errors, and warnings under load, in the service log ($(echo "$logged" | wc -l) lines; the first 5):" >&2
  echo "$logged" | head -5 >&2
fi
