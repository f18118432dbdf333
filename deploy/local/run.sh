#!/usr/bin/env bash
# The README's first command: builds Fengqiao, starts PostgreSQL, Kafka, Keycloak and the five apps,
# loads the Nanjie station's demo data and prints how to use it.
# Usage: deploy/local/run.sh [start|stop|status]     (start is the default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

token_for() { # user -> access token (password grant of the public client: demo accounts only)
  curl -fsS -d grant_type=password -d client_id=fengqiao-frontend -d username="$1" -d password=demo \
    "$FENGQIAO_KEYCLOAK_URL/realms/fengqiao/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

load_demo_data() {
  psql_admin -d resident -f "$ROOT/deploy/local/demo/resident.sql" >/dev/null
  psql_admin -d incident -f "$ROOT/deploy/local/demo/incident.sql" >/dev/null
  psql_admin -d mediation -f "$ROOT/deploy/local/demo/mediation.sql" >/dev/null
  psql_admin -d patrol -f "$ROOT/deploy/local/demo/patrol.sql" >/dev/null
  if [ "$(psql_admin -d incident -At -c "SELECT count(*) FROM incident WHERE reported_by = 'demo-generator'")" = 0 ]; then
    say "demo data: generating a year of incidents for the station (about 50,000)"
    psql_admin -d incident -v count=50000 -v until="'$(TZ=Asia/Shanghai date -d yesterday +%F)'" \
      -f "$ROOT/deploy/local/demo/incident-year.sql" >/dev/null
  fi
  # patrol-service heard of none of the history written straight into incident's tables: hand it over
  # once, as if it had read the events, so the hot-spot model has a year to learn from.
  if [ "$(psql_admin -d patrol -At -c "SELECT count(*) FROM observed_incident WHERE number LIKE '%-D%'")" = 0 ]; then
    say "demo data: the year of incidents for patrol-service's hot-spot model"
    psql_admin -d incident -c "\copy (SELECT id, number, category, community, address_id, address_text, latitude, longitude, reported_at FROM incident WHERE reported_by = 'demo-generator') TO STDOUT" \
      | psql_admin -d patrol -c "\copy observed_incident (incident_id, number, category, community, address_id, address_text, latitude, longitude, reported_at) FROM STDIN" >/dev/null
  fi
  say "demo data: the registers (addresses, persons, housing, venues) through the gateway; the first time about a minute"
  python3 "$ROOT/deploy/local/demo/registers.py" "http://localhost:$GATEWAY_PORT" "$FENGQIAO_KEYCLOAK_URL" \
    || fail "loading the registers failed (see above)"
  if [ "$(psql_admin -d patrol -At -c "SELECT count(*) FROM patrol_plan WHERE status = 'PUBLISHED'")" = 0 ]; then
    say "demo data: planning and publishing this week's patrols (OptaPlanner, about a minute)"
    plan_a_week || fail "planning the demo week failed (see above)"
  fi
  local token total
  token=$(token_for officer)
  total=$(curl -fsS -H "Authorization: Bearer $token" "http://localhost:$GATEWAY_PORT/api/incidents?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
  if [ "$total" = 0 ]; then
    say "demo data: reporting six incidents through the gateway"
    python3 - "$ROOT/deploy/local/demo/incidents.json" <<'PY' | while IFS= read -r body; do
import json, sys
for incident in json.load(open(sys.argv[1])):
    print(json.dumps(incident, ensure_ascii=False))
PY
      curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "$body" "http://localhost:$GATEWAY_PORT/api/incidents"
    done
  fi
}

# A week's patrol plan from today, solved and published through the gateway, so shifts start by the
# clock and incident-service's board follows them. Only when no plan is published yet.
plan_a_week() {
  python3 - "http://localhost:$GATEWAY_PORT" "$FENGQIAO_KEYCLOAK_URL" <<'PY'
import json, sys, time, datetime, urllib.request, urllib.parse
gateway, keycloak = sys.argv[1], sys.argv[2]
form = urllib.parse.urlencode({"grant_type": "password", "client_id": "fengqiao-frontend", "username": "commander", "password": "demo"}).encode()
token = json.load(urllib.request.urlopen(keycloak + "/realms/fengqiao/protocol/openid-connect/token", form))["access_token"]
def call(method, path, body=None, headers=None):
    request = urllib.request.Request(gateway + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer), answer.headers
today = datetime.date.today()
plan, _ = call("POST", "/api/patrol/plans", {"from": str(today), "to": str(today + datetime.timedelta(days=6))})
while plan["status"] == "SOLVING":
    time.sleep(3)
    plan, headers = call("GET", "/api/patrol/plans/" + plan["id"])
if plan["status"] != "SOLVED" or plan["score"]["hard"] != 0:
    sys.exit("the demo plan could not be solved: %s" % plan)
call("POST", "/api/patrol/plans/%s/publish" % plan["id"], headers={"If-Match": headers["ETag"]})
print("  plan %s: score %s, greedy baseline soft %s, solved in %.1f s" % (
    plan["id"], plan["score"], plan["baselineSoftScore"], plan["solverMillis"] / 1000))
PY
}

print_summary() {
  cat <<INFO

Fengqiao is running.
  Gateway (the API)   http://localhost:$GATEWAY_PORT/api/...
  Swagger UI          http://localhost:$GATEWAY_PORT/q/swagger-ui   (Authorize: client fengqiao-frontend, PKCE)
  Combined OpenAPI    http://localhost:$GATEWAY_PORT/openapi
  Keycloak            $FENGQIAO_KEYCLOAK_URL/admin   (admin / admin, realm fengqiao)
  Logs                $LOG_DIR

Demo accounts (password "demo"): commander, officer, officer-wanyuan, officer-yihou, auxiliary,
  mediator, lawyer, volunteer, auditor, admin; client city-system (secret city-system-secret).

Try it:
  curl -s -H "Authorization: Bearer \$(curl -s -d grant_type=password -d client_id=fengqiao-frontend -d username=officer -d password=demo $FENGQIAO_KEYCLOAK_URL/realms/fengqiao/protocol/openid-connect/token | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')" http://localhost:$GATEWAY_PORT/api/incidents

Stop with: deploy/local/run.sh stop      What runs where: deploy/local/run.sh status
INFO
}

start() {
  rm -f "$RUN_DIR/started-now"
  trap 'say "interrupted: stopping what this run started"; stop_started_now; trap - EXIT; exit 130' INT TERM
  trap 'rc=$?; if [ $rc -ne 0 ] && [ -s "$RUN_DIR/started-now" ]; then say "failed: stopping what this run started"; stop_started_now; fi' EXIT
  check_java_and_maven
  command -v python3 >/dev/null || fail "no python3 on the PATH (used to load the demo data)." "apt-get install python3"
  local app running=0
  for app in "${APPS[@]}"; do
    require_port "$app" "$(app_port "$app")"
    is_running "$app" && running=$((running + 1))
  done
  if [ "$running" -eq "${#APPS[@]}" ]; then
    say "already running; nothing started"
    trap - EXIT
    print_status
    print_summary
    return
  fi
  # Rebuilding would replace the jars under apps that still run: build only when none does.
  if [ "$running" -eq 0 ] && [ "${FENGQIAO_SKIP_BUILD:-0}" != 1 ]; then
    say "building the apps (mvn package, tests skipped: deploy/local/test.sh runs them); log: $LOG_DIR/build.log"
    (cd "$ROOT" && mvn -B package -DskipTests >"$LOG_DIR/build.log" 2>&1) || fail "the build failed; see $LOG_DIR/build.log"
  fi
  start_platform
  for app in "${APPS[@]}"; do start_app "$app"; done
  for app in "${APPS[@]}"; do
    wait_until "$app" 180 app_ready "$app" || fail "$app did not become ready; see $LOG_DIR/$app.log"
    say "$app: ready"
  done
  load_demo_data
  rm -f "$RUN_DIR/started-now"
  trap - EXIT INT TERM
  print_summary
}

case "${1:-start}" in
  start) start ;;
  stop) stop_all ;;
  status) print_status ;;
  *) fail "unknown command '$1'" "use start, stop or status" ;;
esac
