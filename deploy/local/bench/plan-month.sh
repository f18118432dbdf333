#!/usr/bin/env bash
# Plans a month for a Nanjie-shaped station three times with the production budget and prints the
# time, the score against the greedy baseline, and any hard rule broken (patrol-service/target/plan-benchmark.txt).
# Needs no running services. Usage: deploy/local/bench/plan-month.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT"
mvn -B -q install -DskipTests -pl infrastructure
cd patrol-service
mvn -B test -Dtest=PlanningBenchmark -Dsurefire.failIfNoSpecifiedTests=false | grep -E "^(Patrol plan|input|[0-9] |written)" || true
