#!/usr/bin/env bash
# Breaks and mends the local platform on purpose, for the fault tests (system-tests, *FaultIT) and for
# anyone who wants to watch the system ride out an outage by hand.
# Usage: deploy/local/fault.sh kafka kill|freeze|thaw|start
#        deploy/local/fault.sh postgres kill|start
#        deploy/local/fault.sh keycloak stop|start
set -euo pipefail
source "$(dirname "$0")/lib.sh"

signal_group() { # name signal: the whole process group spawn started (the JVM and any child)
  local pid
  pid=$(pid_of "$1")
  pid_alive "$pid" || fail "$1 is not running"
  kill "-$2" -- "-$pid" 2>/dev/null || kill "-$2" "$pid"
}

case "${1:-}/${2:-}" in
  kafka/kill)
    signal_group kafka KILL
    for _ in $(seq 1 40); do pid_alive "$(pid_of kafka)" || break; sleep 0.25; done
    rm -f "$RUN_DIR/kafka.pid"
    # the killed broker's port must be free before the next start
    wait_until "kafka port free" 30 bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$FENGQIAO_KAFKA_PORT) 2>/dev/null"
    ;;
  kafka/freeze) signal_group kafka STOP ;;
  kafka/thaw) signal_group kafka CONT ;;
  kafka/start)
    create_topics() { :; } # they exist: a restart need not spend a JVM start listing them
    start_kafka
    ;;
  postgres/kill)
    # immediate: no checkpoint, clients cut off at once, as a crash would (recovery replays the WAL)
    pg_running && as_postgres "$(pg_bin)/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null
    ;;
  postgres/start) start_postgres ;;
  keycloak/stop) stop_process keycloak ;;
  keycloak/start) start_keycloak ;;
  *) fail "unknown fault '$*'" "use: kafka kill|freeze|thaw|start, postgres kill|start, keycloak stop|start" ;;
esac
