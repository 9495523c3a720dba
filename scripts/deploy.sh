#!/usr/bin/env bash
# Publishes the static export as a new release on the web server, as publish.yml's last step,
# and switches the site to it in one atomic step; `--rollback` switches back to the release
# before. The server's half, which runs there, is scripts/deploy-server.sh (it describes the
# folders). nginx serves <target>/current (deploy/nginx-https.conf).
#
# Usage: scripts/deploy.sh <folder>       upload <folder> as a new release and switch to it
#        scripts/deploy.sh --rollback     switch back to the release before the live one
#   DEPLOY_TARGET       where the releases are: deploy@webb.example.se:/var/www/run over SSH,
#                       or a plain path on this machine, e.g. /var/www/run
#   DEPLOY_SSH_KEY      a private key (secret), for an SSH target
#   DEPLOY_KNOWN_HOSTS  the server's known_hosts line(s), for an SSH target
#   RELEASE             added to the release's name, e.g. the commit (optional)
#   KEEP_RELEASES       how many releases stay on the server (default 5)
#
# Does nothing (and says so) when DEPLOY_SSH_KEY is not set for an SSH target or no target is
# set, so a fork or a repository without a server only builds the artifact. Refuses to send a
# folder that is not a whole export, and refuses a server it cannot verify.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ "${1:-}" = "--rollback" ]; then
  mode=rollback
else
  mode=deploy
  folder="${1:?usage: scripts/deploy.sh <folder> | --rollback}"
fi
target="${DEPLOY_TARGET:-}"
keep="${KEEP_RELEASES:-5}"

# user@host:/path is an SSH target (rsync's syntax); anything else is a path on this machine.
if [[ "$target" =~ ^([^/:]+):(/.*)$ ]]; then
  host="${BASH_REMATCH[1]}"
  root="${BASH_REMATCH[2]}"
elif [ -n "$target" ]; then
  host=""
  root="$target"
fi

if [ -z "${DEPLOY_SSH_KEY:-}" ] && { [ -z "$target" ] || [ -n "$host" ]; }; then
  echo "::notice title=Ingen publicering::DEPLOY_SSH_KEY är inte satt: webbplatsen är byggd och sparad som artefakt, men skickas inte till någon server."
  exit 0
fi
if [ -z "$target" ]; then
  echo "::error title=DEPLOY_TARGET saknas::Sätt repository-variabeln DEPLOY_TARGET, t.ex. deploy@webb.example.se:/var/www/run"
  exit 1
fi
root="${root%/}"
if [[ ! "$root" =~ ^/[A-Za-z0-9._/-]+$ ]] || [[ ! "$keep" =~ ^[1-9][0-9]*$ ]]; then
  echo "::error title=DEPLOY_TARGET kan inte användas::Mappen i DEPLOY_TARGET ska vara en hel sökväg med bara a–z, 0–9, . _ - och /, t.ex. /var/www/run, och KEEP_RELEASES ett tal från 1."
  exit 1
fi
if [ -n "$host" ] && [ -z "${DEPLOY_KNOWN_HOSTS:-}" ]; then
  echo "::error title=DEPLOY_KNOWN_HOSTS saknas::Sätt repository-variabeln DEPLOY_KNOWN_HOSTS till serverns rad i known_hosts, så att servern kan kontrolleras."
  exit 1
fi
if [ "$mode" = deploy ] && { [ ! -f "$folder/index.html" ] || [ ! -f "$folder/404.html" ]; }; then
  echo "::error title=Ingen hel webbplats::$folder saknar index.html eller 404.html; inget skickas."
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ssh_command=""
if [ -n "$host" ]; then
  (
    umask 077
    printf '%s\n' "$DEPLOY_SSH_KEY" >"$work/key"
    printf '%s\n' "$DEPLOY_KNOWN_HOSTS" >"$work/known_hosts"
  )
  ssh_command="${SSH:-ssh} -i $work/key -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=$work/known_hosts"
fi

# Runs scripts/deploy-server.sh with these arguments where the releases are.
on_server() {
  if [ -n "$host" ]; then
    $ssh_command "$host" sh -s -- "$@" <"$here/deploy-server.sh"
  else
    sh "$here/deploy-server.sh" "$@"
  fi
}

if [ "$mode" = rollback ]; then
  on_server rollback "$root"
  exit 0
fi

release="${RELEASE:-}"
name="$(date -u +%Y%m%dT%H%M%S.%NZ)${release:+-${release:0:12}}"
if [[ ! "$name" =~ ^[A-Za-z0-9._-]+$ ]]; then
  echo "::error title=RELEASE kan inte användas::RELEASE får bara innehålla a–z, 0–9, . _ och -."
  exit 1
fi
live="$(on_server prepare "$root")"
incoming="$root/releases/.incoming-$name/"
if [ -n "$host" ]; then
  # Files that are the same as in the live release become hard links to it: only what changed
  # is sent and stored.
  "${RSYNC:-rsync}" -a --checksum ${live:+--link-dest="$root/releases/$live/"} \
    -e "$ssh_command" "$folder/" "$host:$incoming"
else
  mkdir -p "$incoming"
  cp -pR "$folder/." "$incoming"
fi
on_server activate "$root" "$name" "$keep"
echo "Publicerat till ${host:-$root}."
