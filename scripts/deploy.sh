#!/usr/bin/env bash
# Syncs the static export to the web server over SSH, as publish.yml's last step. Does nothing
# (and says so) when DEPLOY_SSH_KEY is not set, so a fork or a repository without a server only
# builds the artifact. Refuses to send a folder that is not a whole export, and refuses a
# server it cannot verify, so `rsync --delete` can never empty the site or talk to a stranger.
#
# Usage: scripts/deploy.sh <folder>
#   DEPLOY_SSH_KEY      a private key (secret)
#   DEPLOY_TARGET       rsync destination, e.g. deploy@webb.example.se:/var/www/run/
#   DEPLOY_KNOWN_HOSTS  the server's known_hosts line(s)
set -euo pipefail
folder="${1:?usage: scripts/deploy.sh <folder>}"

if [ -z "${DEPLOY_SSH_KEY:-}" ]; then
  echo "::notice title=Ingen publicering::DEPLOY_SSH_KEY är inte satt: webbplatsen är byggd och sparad som artefakt, men skickas inte till någon server."
  exit 0
fi
if [ -z "${DEPLOY_TARGET:-}" ]; then
  echo "::error title=DEPLOY_TARGET saknas::Sätt repository-variabeln DEPLOY_TARGET, t.ex. deploy@webb.example.se:/var/www/run/"
  exit 1
fi
if [ -z "${DEPLOY_KNOWN_HOSTS:-}" ]; then
  echo "::error title=DEPLOY_KNOWN_HOSTS saknas::Sätt repository-variabeln DEPLOY_KNOWN_HOSTS till serverns rad i known_hosts, så att servern kan kontrolleras."
  exit 1
fi
if [ ! -f "$folder/index.html" ] || [ ! -f "$folder/404.html" ]; then
  echo "::error title=Ingen hel webbplats::$folder saknar index.html eller 404.html; inget skickas."
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
umask 077
printf '%s\n' "$DEPLOY_SSH_KEY" >"$work/key"
printf '%s\n' "$DEPLOY_KNOWN_HOSTS" >"$work/known_hosts"
ssh_command="ssh -i $work/key -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=$work/known_hosts"
"${RSYNC:-rsync}" -a --delete --checksum -e "$ssh_command" "$folder/" "$DEPLOY_TARGET"
echo "Publicerat till ${DEPLOY_TARGET%%:*}."
