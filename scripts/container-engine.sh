#!/usr/bin/env bash
# A local container engine for machines without Docker: Debian's podman (with runc) serving the
# Docker API on a unix socket under .kg/podman/, so that Testcontainers and podman-compose run
# real containers here. Used by .ci/run; a developer can use it too:
#
#   scripts/container-engine.sh start          # installs podman if needed, starts the API service
#   eval "$(scripts/container-engine.sh env)"  # DOCKER_HOST and the Testcontainers settings
#   npm test                                   # now goes through Testcontainers
#   scripts/container-engine.sh stop           # stops the service and what the tests left behind
#
# The socket is deliberately NOT /var/run/docker.sock: the test suite takes the Testcontainers
# path whenever that file exists, and other checkouts on the same machine must keep their choice.
# BUILDAH_FORMAT=docker: podman builds OCI images by default, and the OCI format drops the
# Dockerfile's HEALTHCHECK, which the compose check relies on.
# Where a Docker engine already answers (DOCKER_HOST set, or /var/run/docker.sock), `start` does
# nothing and `env` prints nothing: that engine is used as it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
state="${root}/.kg/podman"
socket="${state}/podman.sock"
conf="${state}/containers.conf"
pidfile="${state}/service.pid"
startfile="${state}/service.started"

say() { printf '%s\n' "$*" >&2; }

# Another engine: a DOCKER_HOST other than ours, or the standard socket.
docker_present() {
  { [ -n "${DOCKER_HOST:-}" ] && [ "${DOCKER_HOST}" != "unix://${socket}" ]; } || [ -S /var/run/docker.sock ]
}

install_packages() {
  local missing=() cmd pkg
  for pair in podman:podman runc:runc podman-compose:podman-compose debootstrap:debootstrap curl:curl; do
    cmd=${pair%%:*} pkg=${pair#*:}
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The two settings these machines need (measured, see /docs/ci.md): crun, podman's default
# runtime, fails on this kernel's hybrid cgroups, and the sandbox refuses to set rlimits in a
# container. podman reads this file instead of /etc/containers/containers.conf when CONTAINERS_CONF
# names it, so nothing outside the checkout is changed.
write_conf() {
  mkdir -p "$state"
  cat >"$conf" <<'EOF'
# Written by scripts/container-engine.sh; rewritten on every start.
[containers]
default_ulimits = []

[engine]
runtime = "runc"
EOF
}

service_pid() {
  [ -f "$pidfile" ] || return 1
  local pid
  pid=$(cat "$pidfile")
  # The pid must still be our podman service, not a recycled number.
  [ -r "/proc/${pid}/cmdline" ] && tr '\0' ' ' <"/proc/${pid}/cmdline" | grep -q "system service.*${socket}" || return 1
  echo "$pid"
}

answers() { curl -sf --max-time 5 --unix-socket "$socket" http://d/_ping >/dev/null 2>&1; }

print_env() {
  docker_present && return 0
  cat <<EOF
export CONTAINERS_CONF='${conf}'
export DOCKER_HOST='unix://${socket}'
export TESTCONTAINERS_RYUK_DISABLED=true
export TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1
export BUILDAH_FORMAT=docker
EOF
}

start() {
  if docker_present; then
    say "A Docker engine is already configured (DOCKER_HOST or /var/run/docker.sock): using it."
    return 0
  fi
  if service_pid >/dev/null && answers; then
    say "podman API service already running on ${socket}"
    return 0
  fi
  install_packages
  write_conf
  rm -f "$socket"
  export CONTAINERS_CONF="$conf"
  # --time=0: never exit on idle; `stop` ends it. setsid: a Ctrl-C in CI's terminal reaches CI first.
  setsid podman system service --time=0 "unix://${socket}" >"${state}/service.log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  date -u +%s >"$startfile"
  for _ in $(seq 1 100); do
    answers && {
      say "podman $(podman --version | awk '{print $3}') serves the Docker API on ${socket}"
      return 0
    }
    sleep 0.1
  done
  say "the podman API service did not answer on ${socket}; its log:"
  cat "${state}/service.log" >&2 || true
  stop
  return 1
}

# Containers that Testcontainers created through this service and did not remove (an interrupted
# run): without Ryuk, nothing else would. Containers of other users of the machine are left alone.
remove_leftovers() {
  [ -f "$startfile" ] || return 0
  local since id created
  since=$(cat "$startfile")
  while read -r id created; do
    [ -n "$id" ] && [ "$created" -ge "$since" ] && podman rm -f -v -t 2 "$id" >/dev/null 2>&1 || true
  done < <(CONTAINERS_CONF="$conf" podman ps -a --filter label=org.testcontainers=true \
    --format '{{.ID}} {{.Created.Unix}}' 2>/dev/null || true)
}

stop() {
  if [ -f "$conf" ] && command -v podman >/dev/null 2>&1; then remove_leftovers; fi
  local pid
  if pid=$(service_pid); then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    say "podman API service stopped"
  fi
  rm -f "$pidfile" "$startfile" "$socket"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
env) print_env ;;
status) if service_pid >/dev/null && answers; then echo "running on ${socket}"; else echo "stopped"; exit 1; fi ;;
*)
  say "usage: $0 start|stop|env|status"
  exit 2
  ;;
esac
