#!/usr/bin/env bash
# A throw-away PostgreSQL server on 127.0.0.1, for the tests, the local cluster and the benchmark.
#
#   deploy/postgres.sh start DIR [PORT]   create DIR's server if new, start it; prints the connection string
#   deploy/postgres.sh stop DIR           stop it (DIR stays; remove it to throw the data away)
#   deploy/postgres.sh psql DIR ARGS...   psql as the superuser, e.g. -c "CREATE DATABASE x"
#
# The connection string (no database) is also in DIR/connection. The server listens on 127.0.0.1
# only, on PORT or a free port, with a random superuser password (DIR/password) and no Unix socket.
# As root it runs as the postgres user (PostgreSQL refuses root), so DIR must be reachable by that
# user (a folder under /tmp is). Installs Debian's postgresql package when no server is installed.
# POSTGRES_FAST=1 turns off fsync: for tests only, where losing data on a crash does not matter.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command="${1:-}"
dir="${2:-}"
[[ -n "$command" && -n "$dir" ]] || { sed -n '2,13p' "$0" >&2; exit 2; }
[[ "$command" != "start" ]] || mkdir -p "$dir"
[[ -d "$dir" ]] || { echo "postgres.sh: no server in $dir" >&2; [[ "$command" == "stop" ]] && exit 0; exit 1; }
dir="$(cd "$dir" && pwd)"

as_server_user() {
  if [[ "$(id -u)" == "0" ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bin_dir() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$found" ]]; then
    echo "postgres.sh: installing postgresql (Debian package)" >&2
    bash "$HERE/apt-install.sh" postgresql >&2
    found="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  echo "$found"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  local bin port
  bin="$(bin_dir)"
  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    port="${1:-$(free_port)}"
    python3 -c 'import secrets; print(secrets.token_hex(16))' >"$dir/password"
    chmod 600 "$dir/password"
    mkdir -p "$dir/data"
    chmod 700 "$dir/data"
    if [[ "$(id -u)" == "0" ]]; then
      chmod 755 "$dir"
      chown postgres:postgres "$dir/data"
      runuser -u postgres -- test -x "$dir" || { echo "postgres.sh: the postgres user cannot reach $dir; use a folder under /tmp" >&2; exit 1; }
    fi
    local pwfile="$dir/.pwfile"
    install -m 600 "$dir/password" "$pwfile"
    [[ "$(id -u)" != "0" ]] || chown postgres "$pwfile"
    as_server_user "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$pwfile" --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$pwfile"
    {
      echo "listen_addresses = '127.0.0.1'"
      echo "port = $port"
      echo "unix_socket_directories = ''"
      echo "max_connections = 300"
      if [[ "${POSTGRES_FAST:-0}" == "1" ]]; then
        echo "fsync = off"
        echo "synchronous_commit = off"
        echo "full_page_writes = off"
      fi
    } | as_server_user tee -a "$dir/data/postgresql.conf" >/dev/null
    echo "$port" >"$dir/port"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$(cat "$dir/password")" >"$dir/connection"
  fi
  as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 start >/dev/null \
    || { tail -n 20 "$dir/data/server.log" >&2; exit 1; }
  cat "$dir/connection"
}

stop() {
  [[ -f "$dir/data/postmaster.pid" ]] || return 0
  as_server_user "$(bin_dir)/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
}

case "$command" in
  start) start "${3:-}" ;;
  stop) stop ;;
  psql) shift 2; PGPASSWORD="$(cat "$dir/password")" psql -h 127.0.0.1 -p "$(cat "$dir/port")" -U postgres -v ON_ERROR_STOP=1 -q "$@" ;;
  *) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
