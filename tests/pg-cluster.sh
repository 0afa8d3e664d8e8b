#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: Debian's postgresql (installed when missing), a temporary folder,
# a loopback port, an unprivileged user, trust authentication on 127.0.0.1 only. Nothing else on the machine is touched.
#   eval "$(tests/pg-cluster.sh start)"   # exports ARCHIVE_TEST_POSTGRES and ARCHIVE_PG_DIR
#   tests/pg-cluster.sh stop "$ARCHIVE_PG_DIR"
# fsync is off for the tests; ARCHIVE_PG_FSYNC=on keeps it on, as a server that holds data runs (the scale benchmark).
set -euo pipefail

bin_dir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

as_owner() { # run a command as the cluster's unprivileged owner
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ -z "$(bin_dir)" ]; then
      echo "installing postgresql (Debian package)" >&2
      if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      else sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; fi
    fi
    bin=$(bin_dir)
    dir=$(mktemp -d /tmp/archive-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    as_owner "$bin/initdb" -D "$dir/data" -U archive --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=${ARCHIVE_PG_FSYNC:-off} -c max_connections=200" start >/dev/null
    echo "export ARCHIVE_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=archive;Database=postgres;Pooling=true'"
    echo "export ARCHIVE_PG_DIR='$dir'"
    ;;
  stop)
    dir=${2:?usage: pg-cluster.sh stop DIR}
    bin=$(bin_dir)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
