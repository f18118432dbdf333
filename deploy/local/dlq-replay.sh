#!/usr/bin/env bash
# Replays a service's dead-letter topic on the local Kafka (deploy/operations/DlqReplay.java says how).
# Usage: deploy/local/dlq-replay.sh <service> [--dry-run]     e.g. deploy/local/dlq-replay.sh patrol-service --dry-run
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_tools
exec java -Xmx128m -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka-tools-log4j2.properties" -cp "$KAFKA_HOME/libs/*" \
  "$ROOT/deploy/operations/DlqReplay.java" "$@"
