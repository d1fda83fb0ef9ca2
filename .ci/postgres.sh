#!/usr/bin/env bash
# Start a local PostgreSQL for the store tests and print the URL to put in DATELINE_TEST_PG_URL.
#
#   export DATELINE_TEST_PG_URL="$(bash .ci/postgres.sh)"
#
# Installs PostgreSQL from Debian packages (apt-get) when it is absent, creates and starts a
# cluster listening on localhost, and creates a login role and a test database.  Idempotent: run
# it again and it only checks that everything is up, then prints the same URL.  Runs as root
# (CI) or through sudo.  Only the URL goes to stdout; progress goes to stderr.
# Settings (environment): DATELINE_PG_DB (dateline_test), DATELINE_PG_USER (dateline),
# DATELINE_PG_PASSWORD (dateline).  Stop the server afterwards with: bash .ci/postgres.sh stop
set -euo pipefail

DB="${DATELINE_PG_DB:-dateline_test}"
USER_NAME="${DATELINE_PG_USER:-dateline}"
PASSWORD="${DATELINE_PG_PASSWORD:-dateline}"
CLUSTER=main

log() { echo "postgres.sh: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_pg() { as_root runuser -u postgres -- "$@"; }

pg_version() { ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_version)" ] || ! command -v pg_ctlcluster >/dev/null 2>&1; then
    log "installing PostgreSQL from Debian packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
VERSION="$(pg_version)"
[ -n "$VERSION" ] || { log "PostgreSQL did not install"; exit 1; }

if [ "${1:-}" = stop ]; then
    as_root pg_ctlcluster "$VERSION" "$CLUSTER" stop >&2 || true
    log "stopped cluster $VERSION/$CLUSTER"
    exit 0
fi

if ! pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2}' | grep -qx "$VERSION/$CLUSTER"; then
    log "creating cluster $VERSION/$CLUSTER"
    as_root pg_createcluster "$VERSION" "$CLUSTER" >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $3}')"
STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $4}')"
if [ "$STATUS" != online ]; then
    log "starting cluster $VERSION/$CLUSTER on port $PORT"
    # A container has no systemd: pg_ctlcluster starts the server directly.
    as_root pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi
for _ in $(seq 1 30); do
    as_pg pg_isready -q -h localhost -p "$PORT" && break
    sleep 1
done
as_pg pg_isready -q -h localhost -p "$PORT" || { log "server not ready on port $PORT"; exit 1; }

psql_pg() { as_pg psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" -d postgres "$@"; }
if [ "$(psql_pg -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$USER_NAME'")" != 1 ]; then
    log "creating role $USER_NAME"
    psql_pg -c "CREATE ROLE \"$USER_NAME\" LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_pg -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
    log "creating database $DB"
    psql_pg -c "CREATE DATABASE \"$DB\" OWNER \"$USER_NAME\"" >&2
fi

URL="postgresql://$USER_NAME:$PASSWORD@localhost:$PORT/$DB"
# Check the URL really works over TCP with the password (pg_hba: scram on localhost).
PGPASSWORD="$PASSWORD" psql -X -q -h localhost -p "$PORT" -U "$USER_NAME" -d "$DB" -tAc "SELECT 1" >/dev/null
echo "$URL"
