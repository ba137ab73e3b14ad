# Sourced by the scripts that run the packaged service (load-test.sh, cpu-per-decision.sh, big-table-reload.sh,
# cds-archive.sh).

# The service's JVM: a fixed heap well under the 1 GiB resident target. The load generator's: a young generation of
# 900 MB, touched before the run, so that it stops to collect once a run (3-15 ms) instead of 4-5 times (up to
# 37 ms with 256 MB): each of its pauses counts in the latencies it measures (docs/performance-log.md, 13th session).
# The service's first metaspace threshold at 128 MB, above what it loads: with the JVM's default (about 21 MB) it
# made three full collections while starting, and the launch took 1-2 s longer (24th session). A fixed young
# generation with survivor spaces of 24 MB: the collector's own sizing shrank them to 3-4 MB, so the requests in flight
# at each collection overflowed into the old generation (0.6-0.9 MB a second at saturation, a full collection every
# 7-8 minutes); now about a fifth of that (29th session).
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC -Xmn192m -XX:SurvivorRatio=6 -XX:-UseAdaptiveSizePolicy -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=256m -Xss512k}
LOAD_JAVA_OPTS=${LOAD_JAVA_OPTS:--Xms1g -Xmx1g -Xmn900m -XX:+UseSerialGC -XX:+AlwaysPreTouch}
# The service's java command (the machine's default): another JDK can be measured without changing the load
# generator's, e.g. SERVICE_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java.
SERVICE_JAVA=${SERVICE_JAVA:-java}

# Prints the path of the packaged jar; builds it (and the test classes the scripts use) first when asked with
# "yes" or when either is missing.
packaged_jar() { # packaged_jar yes|no
  if [ "$1" = yes ] || ! ls target/offer-timing-*.jar >/dev/null 2>&1 || [ ! -d target/test-classes ]; then
    echo "building the jar and the test classes (./mvnw -q -B -DskipTests package)" >&2
    ./mvnw -q -B -DskipTests package >&2
  fi
  ls target/offer-timing-*.jar | grep -v -- '-plain' | head -1
}

# Stops a service started in the background: SIGTERM, up to 20 s to finish, then SIGKILL.
stop_service() { # stop_service PID
  if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then
    kill "$1" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$1" 2>/dev/null || true
  fi
}

# Starts the jar in the background on a free 127.0.0.1 port, with the rules/ folder, and its API keys, SQLite file and
# log in DIR; waits for its port and keys. Sets pid and port, and exports OFFERS_APP_KEY (the load generator's key).
start_service() { # start_service JAR DIR
  # shellcheck disable=SC2086
  "$SERVICE_JAVA" $SERVICE_JAVA_OPTS -jar "$1" --server.address=127.0.0.1 --server.port=0 \
    --offers.rules.directory="$PWD/rules" --offers.security.keys-file="$2/api-keys.txt" \
    --offers.store.file="$2/offers.db" >"$2/service.log" 2>&1 &
  pid=$!
  port=
  for _ in $(seq 1 600); do
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$2/service.log" | head -1)
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$2/service.log"; echo "the service died" >&2; exit 1; }
    sleep 0.05
  done
  [ -n "$port" ] || { tail -50 "$2/service.log"; echo "the service did not start within 30 s" >&2; exit 1; }
  for _ in $(seq 1 100); do [ -s "$2/api-keys.txt" ] && break; sleep 0.1; done
  OFFERS_APP_KEY=$(awk '$1 == "APP" {print $3}' "$2/api-keys.txt")
  export OFFERS_APP_KEY
}

# Waits (at most 60 s) until the service reports ready: its start's warm-up (offers.warmup.duration) is over.
await_ready() {
  local code=
  for _ in $(seq 1 600); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness" || true)
    [ "$code" = 200 ] && return
    sleep 0.1
  done
  echo "the service did not report ready within 60 s (readiness answered $code)" >&2; exit 1
}

# The benchmarks' warm-up, not reported, in the given mode (mixed: every other pass over the mix dry runs, so that
# both paths are compiled): its first third at 2 connections, the rest at saturation. From a cold start under full
# load the request threads crowd the JIT's compiler threads off the two cores: in the twenty-sixth session a service
# stayed at a tenth of its speed after 180 s of saturation, with some 1,850 methods waiting for C1, while 15 s at 2
# connections left nothing waiting (docs/performance-log.md).
warm_up() { # warm_up java|wrk on|off|mixed SECONDS CONNECTIONS
  saturation_run "$1" "$2" $(($3 / 3)) 2 "warm-up, light" >/dev/null
  saturation_run "$1" "$2" $(($3 - $3 / 3)) "$4" "warm-up, saturation" >/dev/null
}

# The saturation runs' load generator, from a script's --generator option: java (LoadGenerator, the default) or wrk
# (Debian's package, with scripts/load-mix.lua, which posts the same mix and prints the same summary line).
check_generator() { # check_generator java|wrk
  case "$1" in
    java) ;;
    wrk) command -v wrk >/dev/null || { echo "--generator wrk needs wrk (apt-get install wrk)" >&2; exit 2; } ;;
    *) echo "--generator must be java or wrk" >&2; exit 2 ;;
  esac
}

# One closed-loop run at saturation over the bench mix against the service start_service started; prints one line.
saturation_run() { # saturation_run java|wrk on|off|mixed SECONDS CONNECTIONS LABEL
  if [ "$1" = wrk ]; then
    local threads=2 # one a core; the script needs the count to interleave request numbers
    TRAIL=$2 LABEL=$5 CONNECTIONS=$4 THREADS=$threads BENCH_DIR=src/main/resources/bench \
      wrk -t"$threads" -c"$4" -d"$3"s --timeout 30s -s scripts/load-mix.lua "http://127.0.0.1:$port" | tail -n 1
  else
    # shellcheck disable=SC2086
    java $LOAD_JAVA_OPTS -cp target/test-classes com.offertiming.decision.LoadGenerator --port "$port" --trail "$2" \
      --mode saturation --seconds "$3" --connections "$4" --label "$5"
  fi
}
