#!/bin/sh
# Installs the live release's redirects for nginx and reloads it; run as root on the web server
# after each switch (scripts/deploy-server.sh calls <releases root>/reload-nginx, which the
# server's administrator points here, e.g. through sudo; README, Moved and removed pages).
#
#   reload-nginx.sh <releases root>        e.g. /var/www/run
#
# The file comes from an upload, and nginx reads its configuration as root, so no line of it
# is trusted: every line must be a comment or one of the two forms scripts/redirects.ts writes,
#   location = /a/b { return 301 /c/d; }
#   location = /a/b { error_page 410 /borttagen/<section>.html; return 410; }
# with addresses of a–z, 0–9 and hyphens only. Otherwise nothing is installed. The file nginx
# includes is root's own copy (deploy/nginx.conf: run-site/redirects/*.conf), never the upload.
# Settings: NGINX_REDIRECTS (the copy; default /etc/nginx/run-site/redirects/redirects.conf),
# NGINX_TEST and NGINX_RELOAD (default `nginx -t -q` and `nginx -s reload`).
set -eu
root="${1:?usage: reload-nginx.sh <releases root>}"
source_file="$root/current/_nginx/redirects.conf"
target="${NGINX_REDIRECTS:-/etc/nginx/run-site/redirects/redirects.conf}"
test_command="${NGINX_TEST:-nginx -t -q}"
reload_command="${NGINX_RELOAD:-nginx -s reload}"

fail() {
  echo "reload-nginx: $1" >&2
  exit 1
}

mkdir -p "$(dirname "$target")"
new="$target.new.$$"
trap 'rm -f "$new"' EXIT
if [ -f "$source_file" ]; then
  path='(/[a-z0-9]+(-[a-z0-9]+)*)+'
  line_form="^(#.*|location = $path \{ (return 301 $path;|error_page 410 /borttagen/[a-z0-9-]+\.html; return 410;) \})?\$"
  bad="$(grep -nvE "$line_form" "$source_file" | head -n 1 || true)"
  [ -z "$bad" ] || fail "$source_file, rad ${bad%%:*}, är ingen omdirigering som webbplatsen skriver; inget installerades."
  cp "$source_file" "$new"
else
  : >"$new"
fi

previous="$target.previous.$$"
if [ -f "$target" ]; then cp "$target" "$previous"; fi
mv "$new" "$target"
if ! $test_command; then
  if [ -f "$previous" ]; then mv "$previous" "$target"; else rm -f "$target"; fi
  fail "nginx godtog inte konfigurationen; den förra är kvar."
fi
rm -f "$previous"
$reload_command
