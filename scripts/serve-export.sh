#!/usr/bin/env bash
# Serve the static export (out/) with deploy/nginx.conf on loopback, in the foreground, as the
# browser tests and the benchmark do. Usage: scripts/serve-export.sh [port] [folder]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-3200}"
ROOT="$(realpath "${2:-out}")"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "nginx saknas: kör scripts/ensure-tools.sh" >&2; exit 1; }
[ -f "$ROOT/index.html" ] || { echo "$ROOT/index.html saknas: kör npm run export först" >&2; exit 1; }

RUN_DIR="$(mktemp -d /tmp/run-nginx.XXXXXX)"
# The shipped file, with only the port, the folder and the redirects' folder changed; fail if
# any of them is not found.
# Its includes (run-site/…) are read relative to the main file's folder, as under /etc/nginx.
grep -q '^    listen 8080;$' deploy/nginx.conf && grep -q '^    root /var/www/run/current;$' deploy/nginx.conf ||
  { echo "deploy/nginx.conf: listen/root lines not found" >&2; exit 1; }
grep -q '^    include run-site/redirects/\*.conf;$' deploy/nginx.conf ||
  { echo "deploy/nginx.conf: the redirects' include line not found" >&2; exit 1; }
sed -e "s|^    listen 8080;\$|    listen 127.0.0.1:${PORT};|" -e "s|^    root /var/www/run/current;\$|    root ${ROOT};|" \
  -e "s|^    include run-site/redirects/\*.conf;\$|    include ${ROOT}/_nginx/*.conf;|" \
  deploy/nginx.conf >"$RUN_DIR/run.conf"
ln -s "$PWD/deploy/run-site" "$RUN_DIR/run-site"
cat >"$RUN_DIR/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $RUN_DIR/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path $RUN_DIR/body;
    proxy_temp_path $RUN_DIR/proxy;
    fastcgi_temp_path $RUN_DIR/fastcgi;
    uwsgi_temp_path $RUN_DIR/uwsgi;
    scgi_temp_path $RUN_DIR/scgi;
    include $RUN_DIR/run.conf;
}
CONF
"$NGINX" -t -q -c "$RUN_DIR/nginx.conf" -e stderr
exec "$NGINX" -c "$RUN_DIR/nginx.conf" -e stderr
