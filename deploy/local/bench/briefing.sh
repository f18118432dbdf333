#!/usr/bin/env bash
# Times the command room's daily briefing on a year of station data (about 50,000 incidents).
# Needs the system up (deploy/local/run.sh loads the demo year). Prints median, p90 and max over
# 30 calls, station-wide and for one community, through the gateway and straight at the service.
# Usage: deploy/local/bench/briefing.sh [date]        (date defaults to yesterday, Asia/Shanghai)
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

day="${1:-$(TZ=Asia/Shanghai date -d yesterday +%F)}"
incidents=$(psql_admin -d incident -At -c "SELECT count(*) FROM incident WHERE reported_at > now() - interval '366 days'")
token=$(curl -fsS -d grant_type=password -d client_id=fengqiao-frontend -d username=commander -d password=demo \
  "$FENGQIAO_KEYCLOAK_URL/realms/fengqiao/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

measure() { # label url
  local i times
  for i in $(seq 1 5); do curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$2"; done # warm-up
  times=$(for i in $(seq 1 30); do curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$2"; done | sort -n)
  printf '  %-44s median %4.0f ms   p90 %4.0f ms   max %4.0f ms\n' "$1" \
    "$(sed -n 15p <<<"$times" | awk '{print $1 * 1000}')" "$(sed -n 27p <<<"$times" | awk '{print $1 * 1000}')" \
    "$(tail -1 <<<"$times" | awk '{print $1 * 1000}')"
}

echo "Daily briefing for $day on $incidents incidents of the last year (30 calls each, after 5 to warm up):"
measure "station-wide, through the gateway" "http://localhost:$GATEWAY_PORT/api/briefings/$day"
measure "station-wide, incident-service directly" "http://localhost:$INCIDENT_SERVICE_PORT/api/briefings/$day"
measure "wanyuan, through the gateway" "http://localhost:$GATEWAY_PORT/api/briefings/$day?community=wanyuan"
