#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the tests on loopback and prints its URL:
#   export CALLSCRIPT_TEST_POSTGRES="$(Tests/Support/start-postgres.sh)"
# The cluster lives in a temporary folder (or $1) and listens on 127.0.0.1 only; stop it with
#   pg_ctl -D FOLDER stop   (the folder is printed on stderr).
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "PostgreSQL's server is not installed: apt-get install -y postgresql" >&2
  exit 2
fi
port=${CALLSCRIPT_PG_PORT:-55432}
psql=(psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q)
# A server already listening on the port (an earlier run's) is reused, not started twice.
if "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q 2>/dev/null; then
  "${psql[@]}" -tc "SELECT 1 FROM pg_database WHERE datname='callscript_test'" | grep -q 1 \
    || "${psql[@]}" -c "CREATE DATABASE callscript_test"
  echo "reusing the server on port $port" >&2
  echo "postgres://postgres@127.0.0.1:$port/callscript_test"
  exit 0
fi
folder=${1:-$(mktemp -d /tmp/callscript-pg.XXXXXX)}
as=()
# initdb refuses to run as root: use the postgres system user the Debian package creates.
if [ "$(id -u)" = 0 ]; then
  chown postgres "$folder"
  as=(runuser -u postgres --)
fi
if [ ! -f "$folder/data/PG_VERSION" ]; then
  "${as[@]}" "$bin/initdb" -D "$folder/data" -U postgres --auth=trust -E UTF8 >"$folder/initdb.log" 2>&1
fi
"${as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=on -c max_connections=600" start >/dev/null
for _ in $(seq 1 50); do
  "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q && break
  sleep 0.2
done
"${psql[@]}" -tc "SELECT 1 FROM pg_database WHERE datname='callscript_test'" | grep -q 1 \
  || "${psql[@]}" -c "CREATE DATABASE callscript_test"
echo "cluster in $folder (stop: ${as[*]} $bin/pg_ctl -D $folder/data stop)" >&2
echo "postgres://postgres@127.0.0.1:$port/callscript_test"
