#!/usr/bin/env bash
# The product the Docker way, for real: brings up the repository's own docker-compose.yml with
# podman-compose (builds the app image from the Dockerfile, starts Neo4j and the app), waits for
# both health checks, ingests the demo corpus as the README says, asks GraphQL through the port
# published on 127.0.0.1, and tears everything down, checking that no container, pod, volume or
# network of the project is left. Needs the engine's settings:
#
#   scripts/container-engine.sh start && eval "$(scripts/container-engine.sh env)"
#   scripts/compose-check.sh
#
# Ports are free ones chosen here (KG_HTTP_PORT, KG_BOLT_PORT), not 4000/7687, which other
# programs on a shared machine may hold; the project name is unique to this run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

project="paper-graph-check-$$"
compose=(podman-compose -p "$project" -f "${root}/docker-compose.yml")
log="${root}/.kg/compose-check.log"
mkdir -p "${root}/.kg"
: >"$log"

say() { printf '%s\n' "$*" >&2; }
elapsed() { echo "$(($(date +%s) - started)) s"; }
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

KG_HTTP_PORT=$(free_port)
KG_BOLT_PORT=$(free_port)
NEO4J_PASSWORD="check-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
export KG_HTTP_PORT KG_BOLT_PORT NEO4J_PASSWORD

leftovers() {
  local filter="label=io.podman.compose.project=${project}"
  podman ps -a --filter "$filter" --format '{{.Names}}'
  podman pod ps --filter "name=pod_${project}" --format '{{.Name}}'
  podman volume ls --filter "$filter" --format '{{.Name}}'
  podman network ls --filter "$filter" --format '{{.Name}}'
}

teardown() {
  local status=$? left anonymous
  trap - EXIT
  if [ "$status" -ne 0 ]; then
    say "compose check failed; the containers' last log lines:"
    for name in $(podman ps -a --filter "label=io.podman.compose.project=${project}" --format '{{.Names}}'); do
      say "--- ${name}"
      podman logs --tail 20 "$name" >&2 2>&1 || true
    done
  fi
  # The image's anonymous volumes (/logs) go with their containers only when asked (`rm -v`);
  # podman-compose 1.0's `down -v` removes the named ones alone.
  anonymous=$(podman ps -aq --filter "label=io.podman.compose.project=${project}" |
    xargs -r podman inspect --format '{{range .Mounts}}{{if eq .Type "volume"}}{{.Name}} {{end}}{{end}}' 2>/dev/null || true)
  podman ps -aq --filter "label=io.podman.compose.project=${project}" | xargs -r podman rm -f -v -t 10 >>"$log" 2>&1 || true
  "${compose[@]}" down -v >>"$log" 2>&1 || true
  # podman-compose 1.0 leaves the project's network behind: remove it, then check that nothing is left.
  podman network rm -f "${project}_default" >>"$log" 2>&1 || true
  # The app image is named after this run's project: drop the name, keep the layers as build cache.
  podman rmi "localhost/${project}_app" >>"$log" 2>&1 || true
  left=$(
    leftovers 2>/dev/null || true
    for volume in $anonymous; do podman volume exists "$volume" && echo "$volume"; done || true
  )
  if [ -n "$left" ]; then
    say "compose check: left behind after teardown: ${left//$'\n'/ }"
    status=1
  else
    say "compose check: torn down; no container, pod, volume or network of ${project} is left"
  fi
  exit "$status"
}
trap teardown EXIT

# Polls `podman healthcheck run` (the compose file's own checks; this engine has no systemd timer
# to run them by itself) until the container is healthy.
wait_healthy() {
  local container=$1 deadline=$(($(date +%s) + $2))
  local state
  while [ "$(date +%s)" -lt "$deadline" ]; do
    podman healthcheck run "$container" >/dev/null 2>&1 && return 0
    # A container that exited and will not be restarted never becomes healthy.
    state=$(podman inspect --format '{{.State.Status}}/{{.HostConfig.RestartPolicy.Name}}' "$container")
    case "$state" in exited/ | exited/no) say "${container} exited" && return 1 ;; esac
    sleep 2
  done
  say "${container} did not become healthy within $2 s"
  return 1
}

started=$(date +%s)
say "compose check: building and starting ${project} (app on 127.0.0.1:${KG_HTTP_PORT}, Bolt on 127.0.0.1:${KG_BOLT_PORT})…"
"${compose[@]}" up -d --build >>"$log" 2>&1
say "compose check: up in $(elapsed)"
neo4j=$(podman ps --filter "label=io.podman.compose.project=${project}" --filter label=com.docker.compose.service=neo4j --format '{{.Names}}')
app=$(podman ps -a --filter "label=io.podman.compose.project=${project}" --filter label=com.docker.compose.service=app --format '{{.Names}}')
# Seconds; generous because a shared 2-core CI machine can take minutes to start a JVM.
wait_healthy "$neo4j" 300
say "compose check: ${neo4j} healthy after $(elapsed)"
wait_healthy "$app" 180
say "compose check: ${app} healthy after $(elapsed)"

# The README's command, run inside the app container against the compose network's Neo4j.
"${compose[@]}" exec -T app node bin/kg.js ingest examples/demo-papers.txt >>"$log" 2>&1
expected=$(npx tsx -e "import { readPapers } from './src/ingest/read-papers.ts'; console.log(readPapers('examples/demo-papers.txt').papers.length)")

answer=$(curl -sf --max-time 30 -H 'content-type: application/json' \
  --data '{"query":"{ papers(first: 1) { totalCount } entity(name: \"Transformer\") { name } }"}' \
  "http://127.0.0.1:${KG_HTTP_PORT}/graphql")
say "compose check: GraphQL answered ${answer}"
node -e '
  const [answer, expected] = [JSON.parse(process.argv[1]), Number(process.argv[2])];
  const count = answer.data?.papers?.totalCount;
  if (answer.errors || count !== expected || !answer.data.entity) {
    console.error(`expected ${expected} papers and the entity "Transformer", got ${JSON.stringify(answer)}`);
    process.exit(1);
  }
' "$answer" "$expected"
say "compose check: passed in $(elapsed) (${expected} demo papers through the published port)"
