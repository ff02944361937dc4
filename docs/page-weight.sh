#!/usr/bin/env bash
# What a phone downloads to open Warga's pages, the first time and on each later visit, as the
# demo accounts see them. For each page: the page itself, the styles, scripts and WebJars it links
# (compressed, as a browser receives them) and how many of those bytes a later visit fetches again,
# judged by each file's Cache-Control. Needs curl. Usage: docs/page-weight.sh [base-url]
set -euo pipefail
BASE=${1:-http://localhost:8080}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

login() {
  local jar="$WORK/$1"
  curl -s -c "$jar" -b "$jar" "$BASE/login" > "$WORK/login.html"
  local csrf
  csrf=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' "$WORK/login.html" | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=demo&_csrf=$csrf" "$BASE/login"
}

# prints: | page | user | page KB | linked files | first visit KB | later visits KB |
weigh() {
  local user=$1 url=$2 jar="$WORK/$1"
  local page
  page=$(curl -s -L --compressed -b "$jar" -o "$WORK/page.html" -w '%{size_download}' "$BASE$url")
  local files=0 first=0 again=0
  for file in $(grep -oE '(href|src)="/(css|js|webjars|img|favicon|manifest)[^"]*"' "$WORK/page.html" \
      | sed -E 's/^(href|src)="//;s/"$//' | sort -u); do
    local size control
    size=$(curl -s --compressed -b "$jar" -o /dev/null -D "$WORK/headers" -w '%{size_download}' "$BASE$file")
    control=$(grep -i '^cache-control:' "$WORK/headers" | tr -d '\r' | cut -d' ' -f2- || true)
    files=$((files + 1))
    first=$((first + size))
    case "$control" in
      *max-age=31536000*) ;;                     # kept: not asked for again
      *no-store*) again=$((again + size)) ;;     # downloaded again every time
      *) ;;                                      # revalidated: a 304 without a body
    esac
  done
  awk -v url="$url" -v user="$user" -v p="$page" -v n="$files" -v f="$first" -v a="$again" 'BEGIN {
      printf "| %s | %s | %.1f | %d | %.1f | %.1f |\n", url, user, p / 1024, n, (p + f) / 1024, (p + a) / 1024 }'
}

for user in rt lurah kota; do login "$user"; done
echo "| page | user | page KB | linked files | first visit KB | each later visit KB |"
echo "|---|---|---|---|---|---|"
weigh rt /warga
weigh rt /verifikasi
weigh lurah /kelengkapan/36.72.01.1002
weigh kota /dasbor
weigh kota /
