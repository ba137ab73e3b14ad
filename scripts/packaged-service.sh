# Sourced by the benchmark scripts that run the packaged service (load-test.sh, big-table-reload.sh).

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
