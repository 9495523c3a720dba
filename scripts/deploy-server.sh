#!/bin/sh
# The web server's half of scripts/deploy.sh, in POSIX sh: it runs on the server (sent over SSH
# on standard input) or, for a local target, on this machine. <root> holds
#   releases/<name>/      one folder per release, each a whole export (names sort by time)
#   releases/<name>.files the release's own files, one per line
#   current               a symlink to releases/<name>: what nginx serves (root <root>/current)
#
#   deploy-server.sh prepare  <root>                 make releases/, clear an unfinished upload
#   deploy-server.sh activate <root> <name> <keep>   releases/.incoming-<name> goes live
#   deploy-server.sh rollback <root>                 the release before the live one goes live
#
# The switch is one rename of a symlink over `current` (rename(2) is atomic), so every request
# sees either the old release or the new one, never a mix. Pages a visitor loaded just before a
# switch still ask for their own stylesheets and scripts: the hashed files of the release that
# was live (_next/static/, _assets/, pagefind/) are linked into the one that goes live, so they
# keep answering. Messages are in Swedish for the run's log.
set -eu
command="${1:?}"
root="${2:?}"

fail() {
  echo "::error title=Publiceringen misslyckades::$1"
  exit 1
}

if [ "$command" = prepare ]; then mkdir -p "$root"; fi
cd "$root" 2>/dev/null || fail "mappen $root finns inte på servern."

# The release `current` points at, or nothing.
live() {
  target="$(readlink current 2>/dev/null || true)"
  echo "${target#releases/}"
}

# Releases, oldest first: folders in releases/ that are not an unfinished upload.
releases() {
  for path in releases/*/; do
    [ -d "$path" ] || continue
    name="${path#releases/}"
    echo "${name%/}"
  done | LC_ALL=C sort
}

# Links the hashed files of release $1 that release folder $2 lacks into it (hard links, so no
# space is used; a copy where the file system cannot link).
carry_assets() {
  from="releases/$1"
  to="$2"
  if [ -f "releases/$1.files" ]; then
    cat "releases/$1.files"
  else
    (cd "$from" && find . -type f)
  fi | while IFS= read -r file; do
    case "$file" in
      ./_next/static/* | ./_assets/* | ./pagefind/*) ;;
      *) continue ;;
    esac
    [ -e "$to/$file" ] && continue
    [ -f "$from/$file" ] || continue
    mkdir -p "$(dirname "$to/$file")"
    ln "$from/$file" "$to/$file" 2>/dev/null || cp -p "$from/$file" "$to/$file"
  done
}

# Points `current` at release $1: a new symlink under a temporary name, renamed over the old.
# nginx reads the redirects (_nginx/redirects.conf) when it loads its configuration, from
# root's checked copy: an executable <root>/reload-nginx (the server's own, which runs
# deploy/reload-nginx.sh as root, e.g. `sudo -n /usr/local/sbin/run-reload-nginx /var/www/run`)
# is run after each switch so that nginx answers with the live release's.
switch_to() {
  ln -sfn "releases/$1" ".current-$1"
  mv -T ".current-$1" current
  if [ -x ./reload-nginx ]; then
    ./reload-nginx || fail "reload-nginx misslyckades: webbservern visar den nya versionen men inte dess omdirigeringar. Se loggen ovan och kör det för hand."
  elif [ -s "current/_nginx/redirects.conf" ]; then
    echo "::warning title=Omdirigeringarna gäller inte än::$root/reload-nginx saknas, så nginx svarar med omdirigeringarna från när den senast lästes om (README, Moved and removed pages)."
  fi
}

case "$command" in
  prepare)
    mkdir -p releases
    # A folder left by an upload that was stopped midway never went live.
    rm -rf releases/.incoming-* releases/.incoming-*.files .current-*
    live
    ;;
  activate)
    name="${3:?}"
    keep="${4:?}"
    incoming="releases/.incoming-$name"
    [ -f "$incoming/index.html" ] && [ -f "$incoming/404.html" ] ||
      fail "uppladdningen $incoming saknar index.html eller 404.html; webbplatsen är oförändrad."
    (cd "$incoming" && find . -type f) >"$incoming.files"
    previous="$(live)"
    [ -n "$previous" ] && [ -d "releases/$previous" ] && carry_assets "$previous" "$incoming"
    mv "$incoming.files" "releases/$name.files"
    mv "$incoming" "releases/$name"
    switch_to "$name"
    # The newest $keep releases stay, and the live one, whatever its age (after a rollback).
    releases | awk -v keep="$keep" '{ all[NR] = $0 } END { for (i = 1; i <= NR - keep; i++) print all[i] }' |
      while IFS= read -r old; do
        [ "$old" = "$name" ] && continue
        rm -rf "releases/$old" "releases/$old.files"
      done
    echo "Version $name är publicerad."
    ;;
  rollback)
    now="$(live)"
    [ -n "$now" ] || fail "det finns ingen publicerad version att gå tillbaka från."
    before="$(releases | awk -v now="$now" '$0 < now { last = $0 } END { print last }')"
    [ -n "$before" ] || fail "det finns ingen version före $now att gå tillbaka till."
    # Pages loaded from the release that was live keep their stylesheets and scripts.
    carry_assets "$now" "releases/$before"
    switch_to "$before"
    echo "Tillbaka till version $before (i stället för $now)."
    ;;
  *)
    fail "okänt kommando $command"
    ;;
esac
