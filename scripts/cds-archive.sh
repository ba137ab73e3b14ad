#!/usr/bin/env bash
# Prepares the packaged jar for a fast start (README, "Operations"): extracts it into DEST (the application jar with its
# libraries in lib/ beside it, Spring Boot's layout for efficient deployments), then writes a class data sharing (CDS)
# archive of the classes the service loads up to a ready context, from a training run that starts it on a temporary
# store and exits (spring.context.exit=onRefresh). The training run starts from the rules cache, as a restart with
# unchanged rules does: a first start fills it (offers.rules.cache-directory's default, which the service started as
# printed then reads too). Had the training run built the rules itself, JDK 17's dynamic dump would crash at exit
# (SIGSEGV in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary, every time on the bench machine). A last
# start, which must use the archive (-Xshare:on), counts how many classes came from it. On the bench machine both
# together halve the launch to first decision (docs/performance-log.md, twenty-fourth session).
#
#   scripts/cds-archive.sh [--jar target/offer-timing-<version>.jar] [--dest target/app] [--rules rules]
#
# Paths are taken from the repository's folder. Prints the command that starts the service from DEST, to be run there.
# The JVM takes the archive only for the same jar named by the same path, as written, and the same JDK; when they
# differ it starts without it, slower. So make it again after every build, and give an absolute --dest to start the
# service from elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/packaged-service.sh

jar= dest=target/app rules=rules
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --dest) dest="$2"; shift 2 ;;
    --rules) rules="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[ -n "$jar" ] || jar=$(packaged_jar no)
[ -f "$jar" ] || { echo "no jar at $jar" >&2; exit 2; }
[ -d "$rules" ] || { echo "no rules folder at $rules" >&2; exit 2; }

# Replaces an earlier extraction only: a folder given by mistake is not emptied.
if [ -e "$dest" ] && [ -n "$(ls -A "$dest" 2>/dev/null)" ] && [ ! -d "$dest/lib" ]; then
  echo "$dest exists and is not an earlier extraction; remove it or choose another --dest" >&2; exit 2
fi
rm -rf "$dest"
"$SERVICE_JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dest" >/dev/null
app="$dest/$(basename "$jar")"
archive="$dest/offer-timing.jsa"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Runs the service from the extracted jar until its context is ready, on a new store and keys; its output goes to
# $tmp/NAME.log, whose end is shown if the start fails.
ready_context() { # ready_context NAME WHAT JVM_OPTION...
  local log="$tmp/$1.log" what=$2; shift 2
  rm -f "$tmp/offers.db"* "$tmp/api-keys.txt"
  # shellcheck disable=SC2086
  "$SERVICE_JAVA" $SERVICE_JAVA_OPTS "$@" -Dspring.context.exit=onRefresh -jar "$app" \
    --server.address=127.0.0.1 --server.port=0 --offers.rules.directory="$rules" \
    --offers.security.keys-file="$tmp/api-keys.txt" --offers.store.file="$tmp/offers.db" >"$log" 2>&1 \
    || { tail -30 "$log"; echo "$what failed" >&2; exit 1; }
}
started=$(date +%s)
ready_context first "the first start"
# KieModuleCache's warning: the service went on without a cached build.
if grep -A3 'Could not cache the build' "$tmp/first.log"; then
  echo "the first start could not cache the rules, so the training run would build them" >&2; exit 1
fi
ready_context training "the training run" -XX:ArchiveClassesAtExit="$archive"
[ -s "$archive" ] || { tail -30 "$tmp/training.log"; echo "the training run wrote no archive" >&2; exit 1; }
ready_context check "the start from the archive" -Xshare:on -XX:SharedArchiveFile="$archive" \
  -Xlog:class+load=info:file="$tmp/classes.log"
loaded=$(grep -c 'source:' "$tmp/classes.log")
shared=$(grep -c 'source: shared objects file (top)' "$tmp/classes.log" || true)
[ "$shared" -gt 0 ] || { echo "no class of the application came from the archive" >&2; exit 1; }
printf 'CDS archive %s (%d MiB, %d s): %d of the %d classes loaded up to a ready context came from it\n' \
  "$archive" $(($(stat -c %s "$archive") / 1048576)) $(($(date +%s) - started)) "$shared" "$loaded"
echo "start: $SERVICE_JAVA $SERVICE_JAVA_OPTS -XX:SharedArchiveFile=$archive -jar $app"
