#!/usr/bin/env bash
# Where a decision's CPU goes, thread group by thread group, trail off against trail on (README, "Performance").
#
#   scripts/cpu-per-decision.sh [--warmup 200] [--seconds 20] [--rounds 2] [--connections 64]
#                               [--generator java|wrk] [--rate N] [--no-build]
#
# Starts the packaged service and warms it up as load-test.sh does (half dry runs, half stored), then runs --rounds
# pairs of saturation runs (trail off, then on). Around each run it reads the CPU time of every service
# thread from /proc/<pid>/task/*/stat, and prints one line per run: requests/s, then microseconds of CPU per answered
# request for each thread group (user + system), the whole service, the load generator (its own reading), the whole
# machine (generator and kernel included), and how much of the two cores stayed idle (waiting for the disk counts as
# idle). The machine's two figures come from /proc/stat over the run's middle only, 3 s after its start to 2 s before
# its end, at the generator's rate: neither the generator's start nor the reading of the threads counts in them.
# With the trail on, also how much of the run the trail's writer spent on a core and runnable but
# waiting for one (/proc/<pid>/task/<tid>/schedstat), and the trail's commits and the decisions each stored (its
# offers.trail.batch metric); then the read and write calls of the request threads and of the trail's writer a
# request, and the KB they moved (/proc/<pid>/task/*/io; sockets count too). At the end, the store's size on disk per
# decision stored (SQLite only). With SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME) set, the service stores
# its trail there instead, e.g. in an empty PostgreSQL database. --generator wrk: the runs are wrk's, as in
# load-test.sh (the warm-up too). --rate N: the measured runs are the Java generator's open loop at N requests/s
# instead of saturation (the warm-up is not), as in load-test.sh's fixed-rate run: where the CPU goes at that rate.
# Rates on this shared machine vary by tens of percent from run to run; the CPU a request costs each thread, and
# the difference between the two modes in one run, vary much less, so this is the tool to see what a change saved.
set -euo pipefail
cd "$(dirname "$0")/.."

warmup=200 seconds=20 rounds=2 connections=64 generator=java rate= build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) warmup="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --generator) generator="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --no-build) build=no; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[ "$seconds" -ge 10 ] || { echo "--seconds must be at least 10: the machine is read over a run's middle" >&2; exit 2; }
[ -z "$rate" ] || [ "$generator" = java ] || { echo "--rate needs the Java generator: wrk has no open loop" >&2; exit 2; }

. scripts/packaged-service.sh
check_generator "$generator"
jar=$(packaged_jar "$build")

tmp=$(mktemp -d)
pid=
trap 'stop_service "$pid"; rm -rf "$tmp"' EXIT INT TERM

start_service "$jar" "$tmp"

load() { # load on|off|mixed seconds label
  if [ -n "$rate" ]; then
    # shellcheck disable=SC2086
    java $LOAD_JAVA_OPTS -cp target/test-classes com.offertiming.decision.LoadGenerator --port "$port" --trail "$1" \
      --mode rate --rate "$rate" --seconds "$2" --connections "$connections" --label "$3"
  else
    saturation_run "$generator" "$1" "$2" "$connections" "$3"
  fi
}

# One line per thread group: "group user_ticks system_ticks ..."; the service is idle while it reads them.
snapshot() {
  for task in /proc/"$pid"/task/*; do
    comm=$(cat "$task/comm" 2>/dev/null) || continue
    # The fields after the command name: utime and stime are the 12th and 13th of them.
    stat=$(cat "$task/stat" 2>/dev/null) || continue
    # The I/O counters: read and write calls (files and sockets alike) and the bytes they moved.
    io=$(awk '{ v[$1] = $2 } END { print v["syscr:"], v["syscw:"], v["rchar:"], v["wchar:"] }' "$task/io" 2>/dev/null)
    echo "$comm|${stat##*) }|${io:-0 0 0 0}"
  done | awk -F'|' '{
      split($2, f, " "); split($3, io, " ")
      g = $1
      if (g ~ /^http-nio/) g = "requests"; else if (g ~ /^decision-trail-answers/) g = "trail-answers"
      else if (g ~ /^decision-trail/) g = "trail-writer"
      else if (g ~ /^(GC |G1 |VM Thread)/) g = "gc"; else if (g ~ /^C[12] Compiler/) g = "jit"
      else if (g ~ /^HikariPool/) g = "pool"; else g = "other"
      u[g] += f[12]; s[g] += f[13]; r[g] += io[1]; w[g] += io[2]; rb[g] += io[3]; wb[g] += io[4]
    } END { for (g in u) print g, u[g], s[g], r[g], w[g], rb[g], wb[g] }'
  # The writer's nanoseconds on a core and runnable but waiting for one (absent on kernels without schedstats).
  for task in /proc/"$pid"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      decision-trail-writer) awk '{print "sched:writer", $1, $2}' "$task/schedstat" 2>/dev/null ;;
    esac
  done
}

# "machine busy_ticks idle_ticks" over both cores, with the time it was read. Reading every thread above takes seconds
# of one core while the other idles, so the machine is read apart, inside the run.
machine() {
  awk -v now="$(date +%s.%N)" '/^cpu / {print "machine", $2 + $3 + $4 + $7 + $8 + $9, $5 + $6, now}' /proc/stat
}

# The run's load, with the machine read 3 s after its start and 2 s before its end; prints the generator's line.
measured_load() { # measured_load on|off SECONDS LABEL
  load "$1" "$2" "$3" >"$tmp/summary" &
  local generator=$!
  sleep 3
  machine >"$tmp/machine"
  sleep $(($2 - 5))
  machine >>"$tmp/machine"
  wait "$generator"
  cat "$tmp/summary"
}

# "count total" of the trail's commits so far (the offers.trail.batch metric): decisions per commit between two reads.
batches() {
  curl -s -H "X-API-Key: $OFFERS_APP_KEY" "http://127.0.0.1:$port/actuator/metrics/offers.trail.batch" |
    tr '{},' '\n\n\n' | awk -F: '/"statistic"/ { s = $2 } /"value"/ { v[s] = $2 } END { print v["\"COUNT\""] + 0, v["\"TOTAL\""] + 0 }'
}

# Prints the per-request CPU between two snapshots, in microseconds (a tick is 1/CLK_TCK s), with the load
# generator's own (from its summary line), and the machine's between its two readings at the generator's rate.
per_request() { # per_request before after requests generator_us rate
  awk -v n="$3" -v gen="$4" -v rate="$5" -v tick="$(getconf CLK_TCK)" -v machine="$tmp/machine" '
    $1 ~ /^sched:/ { next }
    FNR == NR { bu[$1] = $2; bs[$1] = $3; next }
    { du = $2 - bu[$1]; ds = $3 - bs[$1]; us = 1e6 / tick / n
      total += (du + ds) * us
      if ((du + ds) * us >= 5) line = line sprintf(" %s=%.0f(%.0fu+%.0fs)", $1, (du + ds) * us, du * us, ds * us) }
    END {
      getline first <machine; getline last <machine; split(first, a, " "); split(last, b, " ")
      busy = (b[2] - a[2]) * 1e6 / tick / (rate * (b[4] - a[4]))
      idle = 100 * (b[3] - a[3]) / (b[2] - a[2] + b[3] - a[3])
      printf "   us a request:%s | service=%.0f generator=%s machine=%.0f idle=%.0f%%\n",
      line, total, gen, busy, idle }' "$1" "$2"
}

# How the trail's writer spent the run: on a core, or runnable and waiting for one (the rest it slept or blocked).
writer_sched() { # writer_sched before after seconds
  awk -v s="$3" 'FNR == NR && $1 == "sched:writer" { r = $2; w = $3; next }
    $1 == "sched:writer" { printf "   trail-writer: on a core %.0f %% of the run, waiting for one %.0f %%\n",
      ($2 - r) / s / 1e7, ($3 - w) / s / 1e7 }' "$1" "$2"
}

# Prints, per request, the read and write calls of the request threads and the trail's writer and the KB they moved.
io_per_request() { # io_per_request before after requests
  awk -v n="$3" '
    FNR == NR { r[$1] = $4; w[$1] = $5; rb[$1] = $6; wb[$1] = $7; next }
    $1 == "requests" || $1 == "trail-writer" {
      line = line sprintf(" %s: %.1f reads (%.1f KB) %.1f writes (%.1f KB);", $1, ($4 - r[$1]) / n,
        ($6 - rb[$1]) / 1024 / n, ($5 - w[$1]) / n, ($7 - wb[$1]) / 1024 / n) }
    END { printf "   io a request:%s\n", line }' "$1" "$2"
}

await_ready
warm_up "$generator" mixed "$warmup" "$connections"
for round in $(seq 1 "$rounds"); do
  for trail in off on; do
    snapshot >"$tmp/before"
    before=$(batches)
    summary=$(measured_load "$trail" "$seconds" "round $round trail $trail")
    snapshot >"$tmp/after"
    after=$(batches)
    echo "$summary"
    requests=$(echo "$summary" | sed -E 's/.*\(n=([0-9]+),.*/\1/')
    generator_us=$(echo "$summary" | sed -E 's/.*generator ([0-9]+) us.*/\1/')
    answered=$(echo "$summary" | sed -E 's/.*: ([0-9.]+) req\/s.*/\1/')
    per_request "$tmp/before" "$tmp/after" "$requests" "$generator_us" "$answered"
    io_per_request "$tmp/before" "$tmp/after" "$requests"
    if [ "$trail" = on ]; then
      writer_sched "$tmp/before" "$tmp/after" "$seconds"
      echo "$before $after" | awk '$3 > $1 {
        printf "   commits: %d, %.1f decisions each\n", $3 - $1, ($4 - $2) / ($3 - $1) }'
    fi
  done
done

# What the trail takes on disk: the database and its write-ahead log, over the decisions stored (warm-up included).
if [ -z "${SPRING_DATASOURCE_URL:-}" ] && command -v sqlite3 >/dev/null; then
  stored=$(sqlite3 "$tmp/offers.db" "SELECT COUNT(*) FROM decision_record")
  bytes=$(stat -c %s "$tmp"/offers.db "$tmp"/offers.db-wal | awk '{ sum += $1 } END { print sum }')
  awk -v b="$bytes" -v n="$stored" 'BEGIN {
    printf "   store: %.0f MB for %d decisions, %.1f KB a decision\n", b / 1048576, n, b / 1024 / n }'
fi
