# Shared by run.sh, test.sh and platform.sh: paths, ports, checks and process control for the
# local, Docker-free platform (PostgreSQL, Kafka, Keycloak) and the five Quarkus apps.
# Every port and address can be overridden by the environment variable named beside it.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL_DIR="$ROOT/.local"
LOG_DIR="$LOCAL_DIR/logs"
RUN_DIR="$LOCAL_DIR/run"
TOOLS_DIR="${FENGQIAO_TOOLS_DIR:-$LOCAL_DIR/tools}"
# PostgreSQL runs as the postgres user when we are root, and that user cannot enter root's home:
# its files live under the system temporary directory, one folder per checkout.
STATE_DIR="${FENGQIAO_STATE_DIR:-${TMPDIR:-/tmp}/fengqiao-$(printf %s "$ROOT" | sha1sum | cut -c1-10)}"
PG_DATA="$STATE_DIR/pgdata"
PG_SOCKET_DIR="$STATE_DIR/socket"

KAFKA_VERSION=4.1.2
KEYCLOAK_VERSION=26.5.6
KAFKA_HOME="$TOOLS_DIR/kafka-$KAFKA_VERSION"
KEYCLOAK_HOME="$TOOLS_DIR/keycloak-$KEYCLOAK_VERSION"

export FENGQIAO_DB_HOST="${FENGQIAO_DB_HOST:-localhost}"
export FENGQIAO_DB_PORT="${FENGQIAO_DB_PORT:-5432}"
export FENGQIAO_KAFKA_PORT="${FENGQIAO_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${FENGQIAO_KAFKA_CONTROLLER_PORT:-9093}"
export FENGQIAO_KAFKA_BOOTSTRAP="${FENGQIAO_KAFKA_BOOTSTRAP:-localhost:$FENGQIAO_KAFKA_PORT}"
export FENGQIAO_KEYCLOAK_PORT="${FENGQIAO_KEYCLOAK_PORT:-8180}"
# Keycloak's management port defaults to 9000, which Quarkus also claims: move it.
KEYCLOAK_MANAGEMENT_PORT="${FENGQIAO_KEYCLOAK_MANAGEMENT_PORT:-9180}"
export FENGQIAO_KEYCLOAK_URL="${FENGQIAO_KEYCLOAK_URL:-http://localhost:$FENGQIAO_KEYCLOAK_PORT}"

# The apps, in start order, with their ports (the gateway last: it fronts the others).
APPS=(incident-service resident-service mediation-service patrol-service gateway)
export INCIDENT_SERVICE_PORT="${INCIDENT_SERVICE_PORT:-8081}"
export RESIDENT_SERVICE_PORT="${RESIDENT_SERVICE_PORT:-8082}"
export MEDIATION_SERVICE_PORT="${MEDIATION_SERVICE_PORT:-8083}"
export PATROL_SERVICE_PORT="${PATROL_SERVICE_PORT:-8084}"
export GATEWAY_PORT="${GATEWAY_PORT:-8080}"
# The gateway's per-user rate (requests a second): 20 suits a person at a screen; the demo loader
# registers thousands of records through the gateway in a minute, so the local setup allows more.
export FENGQIAO_RATE_USER="${FENGQIAO_RATE_USER:-500}"
export FENGQIAO_RATE_USER_BURST="${FENGQIAO_RATE_USER_BURST:-1000}"
# resident-service's key for ID and phone numbers at rest. This default is for the local demo's
# synthetic data only; a real station sets its own (deploy/k8s takes it from a Secret).
export FENGQIAO_RESIDENT_DATA_KEY="${FENGQIAO_RESIDENT_DATA_KEY:-URIHQHLIE6tfxEGfxFU8ZGZfDQRBcniliaJRdlAv2gU=}"
# One database and one login per service; the tests use a second database of the same login.
DATABASES=(incident resident mediation patrol)
TOPICS=(incident-events resident-events resident-restricted-events mediation-events patrol-events public-events)

mkdir -p "$LOG_DIR" "$RUN_DIR"

say() { printf '\033[1m[fengqiao]\033[0m %s\n' "$*"; }
fail() {
  printf '\033[31m[fengqiao] %s\033[0m\n' "$1" >&2
  [ -n "${2:-}" ] && printf '           how to fix: %s\n' "$2" >&2
  exit 1
}

app_port() { # incident-service -> $INCIDENT_SERVICE_PORT
  local var
  var=$(printf %s "$1" | tr 'a-z-' 'A-Z_')_PORT
  printf %s "${!var}"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_of() { cat "$RUN_DIR/$1.pid" 2>/dev/null || true; }
is_running() { pid_alive "$(pid_of "$1")"; }

# A port must be free unless the process we started for it is the one listening.
require_port() { # name port
  if ! is_running "$1" && port_in_use "$2"; then
    fail "port $2, needed by $1, is taken by another process ($(ss -ltnpH "sport = :$2" 2>/dev/null | sed -n 's/.*users:((\("[^"]*"\).*/\1/p' | head -1))." \
      "stop that process, or choose another port for $1 (see the variables at the top of deploy/local/lib.sh)."
  fi
}

java_major() { "${1:-java}" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }

check_java_and_maven() {
  command -v java >/dev/null || fail "no java on the PATH." "install a JDK 17: apt-get install openjdk-17-jdk-headless"
  local major
  major=$(java_major)
  [ "${major:-0}" -ge 17 ] || fail "java is version $major; Fengqiao needs JDK 17 or newer." "install openjdk-17-jdk-headless and put it first on the PATH (or set JAVA_HOME)."
  command -v javac >/dev/null || fail "java is there but javac is not: a JRE is not enough." "apt-get install openjdk-17-jdk-headless"
  command -v mvn >/dev/null || fail "no mvn on the PATH." "apt-get install maven"
  command -v curl >/dev/null || fail "no curl on the PATH." "apt-get install curl"
}

# Keycloak prefers a JDK 21+; Java 17 still runs it.
keycloak_java_home() {
  local j
  for j in /usr/lib/jvm/*; do
    [ -x "$j/bin/java" ] || continue
    if [ "$(java_major "$j/bin/java")" -ge 21 ] 2>/dev/null; then printf %s "$j"; return; fi
  done
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

# ---------------------------------------------------------------- PostgreSQL

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$bin" ] && printf %s "$bin"
}

ensure_postgres_binaries() {
  [ -n "$(pg_bin)" ] && return
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "PostgreSQL server binaries missing: installing Debian's postgresql package"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    # The package may start its own cluster on 5432; ours is the only one we want.
    service postgresql stop >/dev/null 2>&1 || true
  fi
  [ -n "$(pg_bin)" ] || fail "no PostgreSQL server binaries (/usr/lib/postgresql/*/bin) and not root to install them." \
    "ask an administrator to run: apt-get install postgresql"
}

# ---------------------------------------------------------------- Chromium

# The browser of the browser test (BrowserIT): Debian's chromium, and CJK fonts so that the
# screenshots show the Chinese a station's staff read.
ensure_chromium() {
  command -v chromium >/dev/null && fc-list 2>/dev/null | grep -qi "Noto Sans CJK" && return
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "Chromium or the CJK fonts missing: installing Debian's chromium and fonts-noto-cjk (a few minutes)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  fi
  command -v chromium >/dev/null || fail "no chromium on the PATH and not root to install it." \
    "ask an administrator to run: apt-get install chromium fonts-noto-cjk"
}

as_postgres() { # run a command as the owner of the data directory
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

pg_running() { [ -f "$PG_DATA/postmaster.pid" ] && as_postgres "$(pg_bin)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$FENGQIAO_DB_PORT" -U postgres "$@"; }

start_postgres() {
  ensure_postgres_binaries
  if pg_running; then return 0; fi
  require_port postgresql "$FENGQIAO_DB_PORT"
  mkdir -p "$STATE_DIR" "$PG_SOCKET_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$STATE_DIR" "$PG_SOCKET_DIR"
  if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    say "PostgreSQL: creating the data directory $PG_DATA"
    as_postgres "$(pg_bin)/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$LOG_DIR/initdb.log" 2>&1 ||
      fail "initdb failed; see $LOG_DIR/initdb.log"
  fi
  say "PostgreSQL: starting on port $FENGQIAO_DB_PORT"
  as_postgres "$(pg_bin)/pg_ctl" -D "$PG_DATA" -l "$STATE_DIR/postgresql.log" -w -t 60 \
    -o "-p $FENGQIAO_DB_PORT -k $PG_SOCKET_DIR -c listen_addresses=localhost -c max_connections=200" start >/dev/null ||
    fail "PostgreSQL did not start; see $STATE_DIR/postgresql.log"
  ln -sf "$STATE_DIR/postgresql.log" "$LOG_DIR/postgresql.log"
  echo postgresql >>"$RUN_DIR/started-now"
  create_databases
}

# One login and three databases (app, tests, benchmarks) per service; safe to run again.
create_databases() {
  local db
  for db in "${DATABASES[@]}"; do
    psql_admin -d postgres <<SQL
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', '$db', '$db')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$db') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', d, '$db') FROM unnest(ARRAY['$db', '${db}_test', '${db}_benchmarks']) AS d
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d) \gexec
SQL
  done
}

stop_postgres() {
  [ -n "$(pg_bin)" ] && pg_running || return 0
  say "PostgreSQL: stopping"
  as_postgres "$(pg_bin)/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || true
}

# ---------------------------------------------------------------- tools (Kafka, Keycloak)

# Both come from Maven Central through Maven, so they land in the Maven cache CI reuses.
ensure_tools() {
  [ -f "$KAFKA_HOME/libs/kafka_2.13-$KAFKA_VERSION.jar" ] && [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return
  say "fetching Kafka $KAFKA_VERSION and Keycloak $KEYCLOAK_VERSION through Maven (first run only)"
  mkdir -p "$TOOLS_DIR"
  mvn -B -q -f "$ROOT/deploy/local/tools/pom.xml" package -Dtarget.dir="$TOOLS_DIR" >"$LOG_DIR/tools.log" 2>&1 ||
    fail "could not fetch Kafka and Keycloak from Maven Central; see $LOG_DIR/tools.log" "check the network and ~/.m2/settings.xml"
  rm -rf "$KEYCLOAK_HOME" && unzip -q -o "$TOOLS_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$TOOLS_DIR"
}

# Start a long-running command in its own session, so stop can end it with all its children.
spawn() { # name logfile command...
  local name=$1 log=$2
  shift 2
  setsid "$@" >"$log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/$name.pid"
  echo "$name" >>"$RUN_DIR/started-now"
}

stop_process() { # name
  local pid
  pid=$(pid_of "$1")
  if pid_alive "$pid"; then
    say "$1: stopping (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do pid_alive "$pid" || break; sleep 0.5; done
    pid_alive "$pid" && kill -KILL -- "-$pid" 2>/dev/null
  fi
  rm -f "$RUN_DIR/$1.pid"
}

wait_until() { # description seconds command...
  local what=$1 seconds=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 1
  done
}

# ---------------------------------------------------------------- Kafka

kafka_java() { java -Xmx256m -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka-tools-log4j2.properties" -cp "$KAFKA_HOME/libs/*" "$@"; }

start_kafka() {
  ensure_tools
  if is_running kafka; then return 0; fi
  require_port kafka "$FENGQIAO_KAFKA_PORT"
  require_port kafka "$KAFKA_CONTROLLER_PORT"
  local data="$LOCAL_DIR/kafka-data" conf="$LOCAL_DIR/kafka.properties"
  cat >"$conf" <<EOF
process.roles=broker,controller
node.id=1
listeners=PLAINTEXT://localhost:$FENGQIAO_KAFKA_PORT,CONTROLLER://localhost:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://localhost:$FENGQIAO_KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.quorum.bootstrap.servers=localhost:$KAFKA_CONTROLLER_PORT
log.dirs=$data
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
group.initial.rebalance.delay.ms=0
EOF
  if [ ! -f "$data/meta.properties" ]; then
    say "Kafka: formatting storage in $data"
    kafka_java kafka.tools.StorageTool format --standalone -t "$(kafka_java kafka.tools.StorageTool random-uuid)" -c "$conf" \
      >"$LOG_DIR/kafka-format.log" 2>&1 || fail "Kafka storage format failed; see $LOG_DIR/kafka-format.log"
  fi
  say "Kafka: starting on port $FENGQIAO_KAFKA_PORT"
  spawn kafka "$LOG_DIR/kafka.log" java -Xms256m -Xmx768m -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka-log4j2.properties" \
    -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$conf"
  wait_until kafka 90 port_in_use "$FENGQIAO_KAFKA_PORT" || fail "Kafka did not open port $FENGQIAO_KAFKA_PORT; see $LOG_DIR/kafka.log"
  create_topics
}

# Partitions: 3 per event topic (one node here; the key keeps one aggregate's events in order).
# Retention: events 30 days, dead letters 90 days so someone has time to look at them.
create_topics() {
  local existing topic
  existing=$(kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$FENGQIAO_KAFKA_BOOTSTRAP" --list 2>/dev/null)
  for topic in "${TOPICS[@]}"; do
    grep -qx "$topic" <<<"$existing" || kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$FENGQIAO_KAFKA_BOOTSTRAP" \
      --create --if-not-exists --topic "$topic" --partitions 3 --config retention.ms=2592000000 >>"$LOG_DIR/kafka-topics.log" 2>&1
  done
  for topic in "${APPS[@]}"; do
    [ "$topic" = gateway ] && continue
    grep -qx "$topic.dlq" <<<"$existing" || kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$FENGQIAO_KAFKA_BOOTSTRAP" \
      --create --if-not-exists --topic "$topic.dlq" --partitions 1 --config retention.ms=7776000000 >>"$LOG_DIR/kafka-topics.log" 2>&1
  done
}

# ---------------------------------------------------------------- Keycloak

keycloak_ready() { curl -fsS "http://localhost:$KEYCLOAK_MANAGEMENT_PORT/health/ready" >/dev/null; }

start_keycloak() {
  ensure_tools
  if is_running keycloak; then return 0; fi
  require_port keycloak "$FENGQIAO_KEYCLOAK_PORT"
  require_port keycloak "$KEYCLOAK_MANAGEMENT_PORT"
  # A fresh dev database each start, so the realm is always imported exactly as the JSON says.
  rm -rf "$KEYCLOAK_HOME/data"
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$ROOT/deploy/keycloak/fengqiao-realm.json" "$KEYCLOAK_HOME/data/import/"
  say "Keycloak: starting on port $FENGQIAO_KEYCLOAK_PORT (the first start builds Keycloak: about a minute)"
  # On Java 24+ JBoss Threads needs java.lang opened, or Keycloak's worker threads die at random.
  spawn keycloak "$LOG_DIR/keycloak.log" env JAVA_HOME="$(keycloak_java_home)" \
    JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED" \
    KC_BOOTSTRAP_ADMIN_USERNAME="${KEYCLOAK_ADMIN_USER:-admin}" KC_BOOTSTRAP_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}" \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm --http-port="$FENGQIAO_KEYCLOAK_PORT" \
    --hostname="http://localhost:$FENGQIAO_KEYCLOAK_PORT" \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --health-enabled=true
  wait_until keycloak 300 keycloak_ready || fail "Keycloak did not become ready; see $LOG_DIR/keycloak.log"
}

# ---------------------------------------------------------------- the apps

app_ready() { curl -fsS "http://localhost:$(app_port "$1")/q/health/ready" >/dev/null; }

start_app() { # name
  local app=$1 jar="$ROOT/$1/target/quarkus-app/quarkus-run.jar"
  if is_running "$app"; then return 0; fi
  require_port "$app" "$(app_port "$app")"
  [ -f "$jar" ] || fail "$jar is missing." "build first: mvn -B package -DskipTests"
  say "$app: starting on port $(app_port "$app")"
  # two malloc arenas, not eight per core: glibc's arenas otherwise grow RSS by tens of MB under load
  spawn "$app" "$LOG_DIR/$app.log" env MALLOC_ARENA_MAX=2 java -Xmx384m -XX:+UseSerialGC -Duser.timezone=Asia/Shanghai -Dvertx.disableURIValidation=true -jar "$jar"
}

start_platform() {
  start_postgres
  start_kafka
  start_keycloak
}

stop_all() {
  local app
  for ((i = ${#APPS[@]} - 1; i >= 0; i--)); do stop_process "${APPS[$i]}"; done
  stop_process keycloak
  stop_process kafka
  stop_postgres
}

# Undo only what this invocation started (used on Ctrl-C and failure).
stop_started_now() {
  local started name
  started=$(tac "$RUN_DIR/started-now" 2>/dev/null || true)
  for name in $started; do
    if [ "$name" = postgresql ]; then stop_postgres; else stop_process "$name"; fi
  done
  rm -f "$RUN_DIR/started-now"
}

status_line() { # name port detail
  local state="stopped"
  if [ "$1" = postgresql ]; then pg_running && state="running"; else is_running "$1" && state="running (pid $(pid_of "$1"))"; fi
  printf '  %-18s %-22s port %-6s %s\n' "$1" "$state" "$2" "$3"
}

print_status() {
  echo "Fengqiao local platform ($ROOT)"
  status_line postgresql "$FENGQIAO_DB_PORT" "data $PG_DATA, log $STATE_DIR/postgresql.log"
  status_line kafka "$FENGQIAO_KAFKA_PORT" "data $LOCAL_DIR/kafka-data, log $LOG_DIR/kafka.log"
  status_line keycloak "$FENGQIAO_KEYCLOAK_PORT" "management $KEYCLOAK_MANAGEMENT_PORT, log $LOG_DIR/keycloak.log"
  local app
  for app in "${APPS[@]}"; do status_line "$app" "$(app_port "$app")" "log $LOG_DIR/$app.log"; done
}
