#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (docs/STORE.md, "PostgreSQL").
#
#   scripts/pg-test-cluster.sh start DIR   creates and starts a cluster in DIR (must not exist),
#                                          listening on 127.0.0.1 only, on a free port, trust
#                                          auth; prints its URI (postgresql://…/entente_test)
#   scripts/pg-test-cluster.sh stop DIR    stops it and removes DIR
#   scripts/pg-test-cluster.sh with CMD…   runs CMD with ENTENTE_TEST_PG set to a cluster started
#                                          in a new folder under /tmp, always stopping it after;
#                                          without PostgreSQL, runs CMD without it (the
#                                          PostgreSQL tests then skip) and says so
#
# initdb refuses to run as root: as root the cluster belongs to the `postgres` user (runuser),
# so DIR's parent must be readable by that user (/tmp is). fsync is off (a test cluster is thrown
# away) unless PG_TEST_DURABLE=1 (benchmarks). Exits 3 when the PostgreSQL server
# binaries (initdb, pg_ctl) are not installed, so callers can skip the PostgreSQL tests.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR | with COMMAND..." >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1

if [ "$cmd" = with ]; then
  shift
  # mktemp makes a 0700 folder: open it so the postgres user can reach the cluster inside.
  base=$(mktemp -d /tmp/entente-pg.XXXXXX)
  chmod 755 "$base"
  trap 'bash "$0" stop "$base/cluster" >/dev/null 2>&1; rm -rf "$base"' EXIT
  set +e
  uri=$(bash "$0" start "$base/cluster")
  started=$?
  set -e
  if [ $started -eq 0 ]; then
    echo "pg-test-cluster: PostgreSQL tests use $uri" >&2
    ENTENTE_TEST_PG=$uri "$@"
  else
    echo "pg-test-cluster: no test cluster (exit $started): the PostgreSQL tests will skip" >&2
    "$@"
  fi
  exit $?
fi
[ $# -eq 2 ] || usage
dir=$2

bindir=""
for d in "$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")" /usr/lib/postgresql/*/bin; do
  if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then bindir=$d; fi
done

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    if [ -z "$bindir" ]; then
      echo "pg-test-cluster: initdb/pg_ctl not found (install the postgresql package)" >&2
      exit 3
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
      echo "pg-test-cluster: running as root but there is no postgres user (initdb refuses root)" >&2
      exit 3
    fi
    [ -e "$dir" ] && { echo "pg-test-cluster: $dir already exists" >&2; exit 2; }
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    chmod 700 "$dir"
    # A free port: ask the kernel for one (a tiny race with other programs is acceptable here).
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    user=$(as_owner id -un)
    as_owner "$bindir/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
      as_owner "$bindir/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
      }
    # Unix socket in DIR (not /var/run/postgresql, which may not exist); TCP on 127.0.0.1 only.
    opts="-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir"
    [ "${PG_TEST_DURABLE:-0}" = 1 ] || opts="$opts -c fsync=off -c full_page_writes=off"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
      }
    as_owner "$bindir/../bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" entente_test 2>/dev/null ||
      as_owner psql -h 127.0.0.1 -p "$port" -U "$user" -d postgres -qc "CREATE DATABASE entente_test" >/dev/null
    echo "postgresql://$user@127.0.0.1:$port/entente_test"
    ;;
  stop)
    [ -d "$dir" ] || exit 0
    if [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *) usage ;;
esac
