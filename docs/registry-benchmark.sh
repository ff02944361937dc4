#!/usr/bin/env bash
# Measures the registry's lists, searches, records and writes on a running demo city, as the
# demo accounts see them, and prints the median and the 95th percentile of each (milliseconds).
# Needs curl and jq. Usage: docs/registry-benchmark.sh [base-url] [repeats]
#   e.g. docs/registry-benchmark.sh http://localhost:8082 30
# Requests carry a session from the login form: HTTP Basic would add the password hash
# (bcrypt, about 90 ms) to every request, which measures the stand-in login, not the registry.
set -euo pipefail
BASE=${1:-http://localhost:8080}
REPEATS=${2:-30}
RT=36.72.01.1002.001.001
KELURAHAN=36.72.01.1002
JARS=$(mktemp -d)
trap 'rm -rf "$JARS"' EXIT

login() {
  local jar="$JARS/$1"
  curl -s -c "$jar" -b "$jar" "$BASE/login" > "$JARS/login.html"
  local csrf
  csrf=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' "$JARS/login.html" | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=demo&_csrf=$csrf" "$BASE/login"
}

# prints: median p95 label
measure() {
  local user=$1 label=$2 url=$3
  curl -s -b "$JARS/$user" -o /dev/null "$BASE$url" # warm up
  for _ in $(seq "$REPEATS"); do
    curl -s -b "$JARS/$user" -o /dev/null -w '%{time_total}\n' "$BASE$url"
  done | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
      printf "| %s | %.1f | %.1f |\n", label, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)] }'
}

for user in rt lurah admin; do login "$user"; done
get() { curl -s -b "$JARS/$1" "$BASE$2"; }

HOUSEHOLD=$(get rt "/api/households?size=1" | jq -r '.items[0].id')
MEMBER=$(get rt "/api/households/$HOUSEHOLD" | jq -r '[.members[] | select(.age >= 15)][0].id')
NIK=$(get lurah "/api/residents?region=$KELURAHAN&size=1&page=40" | jq -r '.items[0].nik')
KK=$(get admin "/api/households?region=36.72.08&size=1&page=90" | jq -r '.items[0].kkNumber')
ON=$(date -d '-1 year' +%F)

echo "| request (user) | median ms | p95 ms |"
echo "|---|---|---|"
measure rt "households of my RT, 100 a page (rt)" "/api/households?size=100"
measure rt "residents of my RT, 100 a page (rt)" "/api/residents?size=100"
measure rt "open warnings of my RT (rt)" "/api/open-warnings?region=$RT"
measure rt "household card with members (rt)" "/api/households/$HOUSEHOLD"
measure rt "resident with history (rt)" "/api/residents/$MEMBER/history?on=$ON"
measure rt "page: my RT's households (rt)" "/warga/rt/$RT"
measure rt "page: household card (rt)" "/warga/kk/$HOUSEHOLD"
measure lurah "households of the kelurahan, page 0 (lurah)" "/api/households?region=$KELURAHAN"
measure lurah "residents of the kelurahan, deepest page (lurah)" "/api/residents?region=$KELURAHAN&size=100&page=99"
measure lurah "search by name in the kelurahan (lurah)" "/api/residents?q=siti"
measure lurah "search by NIK (lurah)" "/api/residents?q=$NIK"
measure lurah "who lived in the kelurahan a year ago (lurah)" "/api/residents?region=$KELURAHAN&livingOn=$ON"
measure lurah "page: search by name (lurah)" "/warga/cari?q=siti+rahma"
measure admin "residents of the city, page 0 (admin)" "/api/residents"
measure admin "residents of the city, deepest page (admin)" "/api/residents?size=100&page=99"
measure admin "households of the city, deepest page (admin)" "/api/households?size=100&page=99"
measure admin "search by name in the city, common name (admin)" "/api/residents?q=siti"
measure admin "search by two names in the city (admin)" "/api/residents?q=budi+santoso"
measure admin "search by KK number in the city (admin)" "/api/households?q=$KK"
measure admin "who lived in the city a year ago (admin)" "/api/residents?livingOn=$ON"
measure admin "the dead of the city (admin)" "/api/residents?status=DEAD"

# a write: the labour block answered, alternating two answers, each on the version it read
for _ in $(seq "$REPEATS"); do
  version=$(get rt "/api/residents/$MEMBER" | jq -r '.version')
  activity=$([ $((version % 2)) = 0 ] && echo WORKED || echo LOOKING_FOR_WORK)
  curl -s -b "$JARS/rt" -o /dev/null -w '%{time_total}\n' -X PUT -H 'Content-Type: application/json' \
    -d "{\"version\": $version, \"activity\": \"$activity\", \"referenceDate\": \"$(date +%F)\", \"confirmedWarnings\": [\"LABOUR_OCCUPATION_MISMATCH\"]}" \
    "$BASE/api/residents/$MEMBER/labour"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
    printf "| %s | %.1f | %.1f |\n", "write: answer the labour block (rt)", t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)] }'
