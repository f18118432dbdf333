#!/usr/bin/env bash
# The benchmarks of issue 8, in one command (not run by CI: about 25 minutes on 2 cores).
# Starts PostgreSQL, Kafka and Keycloak if they are not up, packages the apps, plans a month of
# patrols three times (plan-month.sh), then runs system-tests' Benchmarks: the five apps as in
# production (full JIT) on databases of their own (*_benchmarks), wrk and pgbench as the reference
# tools. Prints the table and writes it to system-tests/target/benchmarks/results.md.
# Usage: deploy/local/bench/run.sh
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

rm -f "$RUN_DIR/started-now"
trap 'stop_started_now' EXIT
trap 'exit 130' INT TERM
check_java_and_maven
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "installing wrk (Debian's package), the HTTP load tool of the throughput figures"
    apt-get install -y -q wrk >/dev/null
  else
    fail "wrk is not installed: the throughput figures need it." "sudo apt-get install wrk"
  fi
fi
FENGQIAO_PGBENCH="$(pg_bin)/pgbench"
[ -x "$FENGQIAO_PGBENCH" ] || fail "no pgbench next to the PostgreSQL server binaries." "apt-get install postgresql"
export FENGQIAO_PGBENCH
command -v psql >/dev/null || fail "no psql on the PATH (loads the year of incidents)." "apt-get install postgresql-client"

start_platform
say "packaging the apps"
(cd "$ROOT" && mvn -B -q install -DskipTests)
say "planning a month of patrols three times"
"$ROOT/deploy/local/bench/plan-month.sh"
say "running the benchmarks (system-tests, -Pbenchmarks)"
(cd "$ROOT/system-tests" && mvn -B verify -Pbenchmarks) | grep -vE '^\[(INFO|WARNING)\] (Download|Progress)'
