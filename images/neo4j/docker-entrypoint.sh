#!/bin/sh
# Entry point of the local stand-in for the official neo4j:5.26-community image (see docs/ci.md).
# It keeps the parts of the official image's contract that Testcontainers and docker-compose.yml
# rely on: NEO4J_AUTH (neo4j/<password> or none), NEO4J_<setting> variables (dots written as _,
# underscores as __), Bolt on 7687 and HTTP on 7474 on all interfaces, data under /data, logs
# under /logs, the server's log on stdout (Testcontainers waits for its "Started." line), and
# cypher-shell on the PATH for health checks.
set -eu

home=/var/lib/neo4j
conf_dir="${home}/conf"
conf="${conf_dir}/neo4j.conf"

if [ "${1:-neo4j}" != neo4j ]; then
  exec "$@"
fi

fail() {
  echo "docker-entrypoint: $*" >&2
  exit 1
}

case "${NEO4J_PLUGINS:-[]}" in
'' | '[]') ;;
*) fail "NEO4J_PLUGINS=${NEO4J_PLUGINS}: this local stand-in has no plugins (the official image downloads them)" ;;
esac

auth="${NEO4J_AUTH:-neo4j/neo4j}"
case "$auth" in
none) auth_enabled=false ;;
neo4j/*)
  password="${auth#neo4j/}"
  [ "$password" != neo4j ] || fail "NEO4J_AUTH: the password must not be 'neo4j'"
  auth_enabled=true
  ;;
*) fail "NEO4J_AUTH must be neo4j/<password> or none, got a value with user '${auth%%/*}'" ;;
esac

# NEO4J_server_memory_pagecache_size=512M -> server.memory.pagecache.size=512M, as the official
# image does. Neo4j refuses a setting declared twice, so a default below is only written when no
# variable sets it.
settings=$(env | grep '^NEO4J_' | while IFS='=' read -r name value; do
  case "$name" in
  NEO4J_AUTH | NEO4J_HOME | NEO4J_CONF | NEO4J_PLUGINS | NEO4JLABS_PLUGINS | NEO4J_ACCEPT_LICENSE_AGREEMENT | NEO4J_EDITION) continue ;;
  esac
  setting=$(printf '%s' "${name#NEO4J_}" | sed -e 's/__/%UNDERSCORE%/g' -e 's/_/./g' -e 's/%UNDERSCORE%/_/g')
  echo "${setting}=${value}"
done)

mkdir -p "$conf_dir" /data /logs
{
  echo '# Written by docker-entrypoint.sh on every start.'
  for default in \
    server.default_listen_address=0.0.0.0 \
    server.bolt.listen_address=:7687 \
    server.http.enabled=true \
    server.http.listen_address=:7474 \
    server.https.enabled=false \
    server.directories.data=/data \
    server.directories.logs=/logs \
    dbms.usage_report.enabled=false \
    "dbms.security.auth_enabled=${auth_enabled}"; do
    printf '%s\n' "$settings" | grep -q "^${default%%=*}=" || echo "$default"
  done
  [ -z "$settings" ] || printf '%s\n' "$settings"
} >"$conf"

# The official launcher turns the heap settings into JVM options; so do we.
heap_options=""
[ -z "${NEO4J_server_memory_heap_initial__size:-}" ] || heap_options="-Xms${NEO4J_server_memory_heap_initial__size}"
[ -z "${NEO4J_server_memory_heap_max__size:-}" ] || heap_options="${heap_options} -Xmx${NEO4J_server_memory_heap_max__size}"

export NEO4J_HOME="$home" NEO4J_CONF="$conf_dir"
# The initial password only takes effect before the first start, as with the official image.
if [ "$auth" != none ] && [ ! -d /data/databases/system ]; then
  # shellcheck disable=SC2086 # heap_options is a list of words
  output=$(java @"${conf_dir}/jvm.args" $heap_options org.neo4j.cli.AdminTool dbms set-initial-password "$password" 2>&1) ||
    fail "neo4j-admin dbms set-initial-password failed: ${output}"
fi

# shellcheck disable=SC2086
exec java @"${conf_dir}/jvm.args" $heap_options org.neo4j.server.CommunityEntryPoint \
  --home-dir="$home" --config-dir="$conf_dir" --console-mode
