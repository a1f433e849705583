#!/usr/bin/env bash
# Local stand-ins for the two official images the project uses, for machines that run podman but
# cannot pull from a registry (see docs/ci.md). Each is tagged with the official name, so that
# docker-compose.yml, the Dockerfile and the tests use it unchanged:
#
#   neo4j:5.26-community     Debian bookworm (debootstrap minbase) + Java 17 + the Neo4j jars the
#                            local server uses (Maven Central) + cypher-shell + images/neo4j/
#   node:<major>-bookworm-…  Debian bookworm (minbase) + this machine's node and npm; the name is
#                            the Dockerfile's FROM, whose Node major must be this machine's
#
#   scripts/build-local-images.sh            # both; needs the engine's settings (container-engine.sh)
#
# An image that can be pulled, or that is already there without our label (a real one), is left
# alone. A stand-in is rebuilt only when the hash of its inputs (recorded as a label) changes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work="${root}/.kg/images"
label=org.paper-graph.stand-in-inputs
mirror=http://deb.debian.org/debian
suite=bookworm
neo4j_image=docker.io/library/neo4j:5.26-community

eval "$("${root}/scripts/container-engine.sh" env)"
if [ -z "${CONTAINERS_CONF:-}" ]; then
  echo "A Docker engine other than the local podman is in use: it pulls the official images itself." >&2
  exit 0
fi

say() { printf '%s\n' "$*" >&2; }
now() { date +%s; }

inputs_of() { podman image inspect --format "{{index .Labels \"${label}\"}}" "$1" 2>/dev/null || true; }
image_id() { podman image inspect --format '{{.Id}}' "$1" 2>/dev/null || true; }
hash_files() { cat "$@" | sha256sum | cut -c1-16; }

# Should we build NAME with inputs HASH? Not when it is current, a real image, or pullable.
needs_build() {
  local name=$1 hash=$2 found
  if podman image exists "$name"; then
    found=$(inputs_of "$name")
    [ "$found" = "$hash" ] && { say "${name}: local stand-in is current (inputs ${hash})"; return 1; }
    [ -z "$found" ] && { say "${name}: present and not ours (a real image): kept"; return 1; }
    say "${name}: inputs changed (${found} -> ${hash}): rebuilding"
    return 0
  fi
  if podman pull -q "$name" >/dev/null 2>&1; then
    say "${name}: pulled from its registry"
    return 1
  fi
  say "${name}: cannot be pulled here: building a local stand-in"
  return 0
}

# A Debian root file system as an image (the base of both stand-ins); cached by its recipe.
base_image() {
  local name=$1 include=$2 hash dir started
  hash=$(printf '%s %s %s %s' "$suite" "$mirror" minbase "$include" | sha256sum | cut -c1-16)
  if [ "$(inputs_of "$name")" != "$hash" ]; then
    dir="${work}/rootfs-${hash}"
    rm -rf "$dir"
    mkdir -p "${work}/debs"
    started=$(now)
    say "${name}: debootstrap --variant=minbase ${include:+--include=${include} }${suite}…"
    debootstrap --variant=minbase ${include:+--include="$include"} --cache-dir="${work}/debs" \
      "$suite" "$dir" "$mirror" >"${work}/debootstrap.log" 2>&1 ||
      {
        tail -20 "${work}/debootstrap.log" >&2
        return 1
      }
    # Package lists and caches are not needed to run anything.
    rm -rf "${dir}/var/lib/apt/lists/"* "${dir}/var/cache/apt/"*.bin "${dir}/var/cache/apt/archives/"*.deb
    tar -C "$dir" -c . | podman import -q --change "LABEL ${label}=${hash}" - "$name" >/dev/null
    rm -rf "$dir"
    say "${name}: built in $(($(now) - started)) s"
  fi
  echo "$name"
}

# podman keeps the replaced image as an untagged one; drop it unless a container still uses it.
drop_replaced() {
  local old=$1 name=$2
  [ -n "$old" ] && [ "$old" != "$(image_id "$name")" ] && podman rmi "$old" >/dev/null 2>&1 || true
}

build_neo4j() {
  local base hash context version old started
  base=$(base_image localhost/kg-local/debian-java17:${suite} openjdk-17-jre-headless)
  hash=$(
    {
      image_id "$base"
      cat images/neo4j/* src/neo4j-local/pom.xml src/neo4j-local/server-files.ts
    } | sha256sum | cut -c1-16
  )
  needs_build "$neo4j_image" "$hash" || return 0
  started=$(now)
  context="${work}/neo4j-context"
  rm -rf "$context"
  mkdir -p "$context"
  cp images/neo4j/Containerfile images/neo4j/docker-entrypoint.sh images/neo4j/cypher-shell.sh "$context/"
  version=$(npx tsx images/neo4j/stage-server.ts "$context")
  mvn -q -B -f images/neo4j/cypher-shell.pom.xml "-Dneo4j.version=${version}" \
    dependency:copy-dependencies -DincludeScope=runtime "-DoutputDirectory=${context}/cypher-shell" >"${work}/maven.log" 2>&1 ||
    {
      cat "${work}/maven.log" >&2
      return 1
    }
  old=$(image_id "$neo4j_image")
  # Docker format: the OCI format drops HEALTHCHECK and other Docker settings.
  podman build -q --layers=false --format docker --network none --build-arg "BASE=${base}" \
    --label "${label}=${hash}" --label "org.neo4j.version=${version}" \
    -t "$neo4j_image" -f "${context}/Containerfile" "$context" >/dev/null
  rm -rf "$context"
  drop_replaced "$old" "$neo4j_image"
  say "${neo4j_image}: built in $(($(now) - started)) s (Neo4j ${version})"
}

# The Node images the Dockerfile starts from (node:…), all of this machine's Node major.
node_images() {
  awk 'toupper($1) == "FROM" { print $2 }' Dockerfile | grep -E '^(docker\.io/library/)?node:' | sort -u
}

build_node() {
  local name=$1 major base hash context old started npm_dir
  # The machine's trust store (Debian's, plus any local authority such as a TLS-inspecting proxy).
  local ca_bundle=${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}
  major=$(node -p 'process.versions.node.split(".")[0]')
  case "${name#docker.io/library/}" in
  "node:${major}" | "node:${major}-"* | "node:${major}."*) ;;
  *)
    say "${name}: the Dockerfile wants another Node major than this machine's (${major}): cannot stand in"
    return 1
    ;;
  esac
  npm_dir=$(cd "$(dirname "$(readlink -f "$(command -v npm)")")/.." && pwd)
  base=$(base_image localhost/kg-local/debian-minbase:${suite} "")
  hash=$(
    {
      image_id "$base"
      cat images/node/Containerfile "$(command -v node)"
      cat "${npm_dir}/package.json" "$ca_bundle"
    } | sha256sum | cut -c1-16
  )
  needs_build "$name" "$hash" || return 0
  started=$(now)
  context="${work}/node-context"
  rm -rf "$context"
  mkdir -p "$context"
  cp images/node/Containerfile "$context/"
  cp "$(command -v node)" "${context}/node"
  cp -a "$npm_dir" "${context}/npm"
  cp "$ca_bundle" "${context}/ca-certificates.crt"
  old=$(image_id "$name")
  podman build -q --layers=false --format docker --network none --build-arg "BASE=${base}" \
    --label "${label}=${hash}" -t "$name" -f "${context}/Containerfile" "$context" >/dev/null
  rm -rf "$context"
  drop_replaced "$old" "$name"
  say "${name}: built in $(($(now) - started)) s (Node $(node --version))"
}

mkdir -p "$work"
build_neo4j
for name in $(node_images); do
  case "$name" in */*) ;; *) name="docker.io/library/${name}" ;; esac
  build_node "$name"
done
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E 'neo4j|node|kg-local' >&2 || true
