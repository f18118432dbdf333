#!/usr/bin/env bash
# Starts, stops or shows only the platform: PostgreSQL, Kafka and Keycloak (no apps).
# Usage: deploy/local/platform.sh [start|stop|status]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

case "${1:-start}" in
  start)
    rm -f "$RUN_DIR/started-now"
    trap 'stop_started_now' INT TERM
    trap 'status=$?; [ $status -ne 0 ] && stop_started_now; exit $status' EXIT
    check_java_and_maven
    start_platform
    say "platform ready: PostgreSQL :$FENGQIAO_DB_PORT, Kafka :$FENGQIAO_KAFKA_PORT, Keycloak :$FENGQIAO_KEYCLOAK_PORT"
    ;;
  stop)
    stop_process keycloak
    stop_process kafka
    stop_postgres
    ;;
  status) print_status ;;
  *) fail "unknown command '$1'" "use start, stop or status" ;;
esac
