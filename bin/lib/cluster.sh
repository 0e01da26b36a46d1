# Throwaway PostgreSQL 15, Kindred nodes and nginx, for bin/two-nodes and bench/load (sourced, not run).
# The caller sets `set -euo pipefail`, cds to the repository root, defines say() and fail(), and traps
# cluster_cleanup on EXIT (it prints every log on failure unless `failed=0` was set at the end).
#   cluster_prerequisites            nginx and postgresql-15 (apt-get when missing and root), java, curl, jq, the jar
#   cluster_workdir NAME             a fresh $WORK under /tmp, removed by cluster_cleanup
#   pg_start PORT [fsync]            a PostgreSQL 15 cluster of its own in $WORK/pg, database and role "kindred";
#                                    fsync off only when asked (a test); sets DB_URL
#   psql_pg SQL [DB]                 one statement as the superuser, unaligned output
#   node_start NAME PORT [ARGS...]   java $NODE_JAVA_OPTS -jar target/kindred.jar serve --port PORT --data-dir $WORK/NAME
#                                    (--db-url $DB_URL when set, else the embedded PostgreSQL), ARGS after; log in
#                                    $WORK/node-NAME.log; pid appended to PIDS
#   nodes_ready SECONDS PORT...      waits until every node's readiness is UP; fails when a node stops
#   nginx_start PORT UPSTREAM...     nginx round robin in front of the given node ports (X-Kindred-Node names the node
#                                    that served); NGINX_KEEPALIVE=N keeps N connections open to each node
PGBIN=/usr/lib/postgresql/15/bin
PIDS=()
NGINX_PIDS=()
DB_URL=
WORK=
failed=1

need_package() { # command, Debian package
  if ! command -v "$1" >/dev/null 2>&1 && [ ! -x "$1" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "$2 is missing: installing Debian's $2"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null) || {
        echo "MISSING PREREQUISITE: Debian's $2 (apt-get install $2) could not be installed" >&2; exit 2; }
    else
      echo "MISSING PREREQUISITE: $1 (Debian package $2; install it: apt-get install $2)" >&2; exit 2
    fi
  fi
}

cluster_prerequisites() {
  need_package /usr/sbin/nginx nginx
  need_package $PGBIN/initdb postgresql-15
  for tool in java curl jq; do command -v $tool >/dev/null || { echo "MISSING PREREQUISITE: $tool" >&2; exit 2; }; done
  if [ ! -f target/kindred.jar ]; then
    say "building target/kindred.jar"
    mvn -B -q package -DskipTests
  fi
}

cluster_workdir() {
  WORK=$(mktemp -d "/tmp/kindred-$1.XXXXXX")
  chmod 755 "$WORK"
}

cluster_cleanup() {
  set +e
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${NGINX_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null
  done
  [ -z "$WORK" ] && return
  if [ "$failed" != 0 ]; then
    for log in "$WORK"/node-*.log; do
      [ -f "$log" ] || continue
      echo "===== $(basename "$log") (last 80 lines) ====="; tail -n 80 "$log"
    done
    for log in "$WORK"/nginx-*/error.log; do
      [ -f "$log" ] || continue
      echo "===== nginx error log ====="; tail -n 30 "$log"
    done
    echo "===== PostgreSQL log ====="; tail -n 30 "$WORK/pg.log" 2>/dev/null
  fi
  [ -f "$WORK/pg/postmaster.pid" ] && su postgres -c "$PGBIN/pg_ctl -D $WORK/pg -m immediate stop" >/dev/null 2>&1
  rm -rf "$WORK"
}

pg_start() { # port [fsync on|off]
  PG_PORT=$1
  mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
  su postgres -c "$PGBIN/initdb -D $WORK/pg -U postgres -A trust --no-sync" >"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log"; fail "initdb"; }
  touch "$WORK/pg.log" && chown postgres "$WORK/pg.log"
  su postgres -c "$PGBIN/pg_ctl -D $WORK/pg -l $WORK/pg.log -w -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=${2:-on} ${PG_OPTIONS:-}' start" >/dev/null
  psql_pg "create role kindred login password 'kindred'"
  psql_pg "create database kindred owner kindred"
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/kindred"
}

psql_pg() { su postgres -c "psql -q -h 127.0.0.1 -p $PG_PORT -U postgres -d ${2:-postgres} -At -c \"$1\""; }

node_start() { # name port [serve arguments...]
  local name=$1 port=$2
  shift 2
  mkdir -p "$WORK/$name"
  local db=()
  [ -n "$DB_URL" ] && db=(--db-url "$DB_URL" --db-user kindred --db-password kindred)
  # shellcheck disable=SC2086
  KINDRED_CLASS_DATA=off java ${NODE_JAVA_OPTS:--Xmx768m -XX:TieredStopAtLevel=1} -jar target/kindred.jar serve \
    --port "$port" --data-dir "$WORK/$name" "${db[@]}" "$@" >"$WORK/node-$name.log" 2>&1 &
  PIDS+=($!)
}

ready() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null || true; }

nodes_ready() { # seconds port...
  local seconds=$1 all port pid
  shift
  for _ in $(seq 1 $((seconds * 2))); do
    all=1
    for port in "$@"; do [ "$(ready "$port")" = 200 ] || all=0; done
    [ "$all" = 1 ] && return 0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || fail "a node (pid $pid) stopped while starting"; done
    sleep 0.5
  done
  fail "the nodes on ports $* were not ready within $seconds s"
}

nginx_start() { # port upstream-port...
  local port=$1 dir="$WORK/nginx-$1" servers="" keepalive="" upstream_http=""
  shift
  for p in "$@"; do servers+="    server 127.0.0.1:$p max_fails=1 fail_timeout=30s;"$'\n'; done
  if [ -n "${NGINX_KEEPALIVE:-}" ]; then
    keepalive="    keepalive $NGINX_KEEPALIVE;"
    upstream_http=$'      proxy_http_version 1.1;\n      proxy_set_header Connection "";'
  fi
  mkdir -p "$dir"
  cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
  access_log ${NGINX_ACCESS_LOG:-$dir/access.log};
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  upstream kindred {
$servers$keepalive
  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://kindred;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 1s;
$upstream_http
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      add_header X-Kindred-Node \$upstream_addr always;
    }
  }
}
CONF
  /usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' &
  NGINX_PIDS+=($!)
  for _ in $(seq 1 40); do curl -s -o /dev/null "http://127.0.0.1:$port/actuator/health" && return 0; sleep 0.25; done
  fail "nginx on port $port did not answer"
}
