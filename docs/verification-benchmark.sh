#!/usr/bin/env bash
# Measures the verification module on a running demo city, as the demo accounts see it: the
# completeness dashboard (city, kecamatan, kelurahan, by RT), the RT's attestation checklist
# (counted afresh), the review queue and a submission, the honor list (live and kept) and its
# XLSX, and the writes (an RT head's change handed in, a review step). Prints the median and the
# 95th percentile of each (milliseconds). Needs curl and jq.
# Usage: docs/verification-benchmark.sh [base-url] [repeats]
#   e.g. docs/verification-benchmark.sh http://localhost:8083 30
set -euo pipefail
BASE=${1:-http://localhost:8080}
REPEATS=${2:-30}
RT=36.72.01.1002.001.001
RW=36.72.01.1002.001
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

# a CSRF token of the user's session, for API writes with the session cookie
csrf() { curl -s -b "$JARS/$1" "$BASE/verifikasi" | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"//'; }

summary() {
  sort -n | awk -v label="$1" '{ t[NR] = $1 * 1000 } END {
      printf "| %s | %.1f | %.1f |\n", label, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)] }'
}

measure() {
  local user=$1 label=$2 url=$3
  curl -s -b "$JARS/$user" -o /dev/null "$BASE$url" # warm up
  for _ in $(seq "$REPEATS"); do
    curl -s -b "$JARS/$user" -o /dev/null -w '%{time_total}\n' "$BASE$url"
  done | summary "$label"
}

for user in rt rw lurah kota; do login "$user"; done
get() { curl -s -b "$JARS/$1" "$BASE$2"; }
MONTH=$(get kota "/api/completeness/36.72" | jq -r '.month')
LAST=$(date -d "$MONTH-01 -2 month" +%Y-%m)
TOKEN_RT=$(csrf rt)
TOKEN_RW=$(csrf rw)

echo "| request (user) | median ms | p95 ms |"
echo "|---|---|---|"
measure kota "completeness of the city, by kecamatan (kota)" "/api/completeness/36.72"
measure kota "completeness of the city, all 3,008 RTs (kota)" "/api/completeness/36.72?rows=rt&sort=ATTESTED"
measure kota "page: completeness of the city (kota)" "/kelengkapan/36.72"
measure kota "completeness of a kecamatan, by kelurahan (kota)" "/api/completeness/36.72.01"
measure lurah "completeness of the kelurahan, by RW (lurah)" "/api/completeness/$KELURAHAN"
measure lurah "page: completeness of the kelurahan by RT, sorted (lurah)" "/kelengkapan/$KELURAHAN?baris=rt&urut=PENDING&turun=true"
measure rt "attestation checklist of my RT, counted afresh (rt)" "/api/attestations/$RT"
measure rt "page: attestation of my RT (rt)" "/pengesahan/$RT"
measure rw "attestation checklist of my RW (rw)" "/api/attestations/$RW"
measure rw "review queue (rw)" "/api/submissions?filter=FOR_ME"
measure rw "page: review queue (rw)" "/pengajuan?tampil=FOR_ME"
measure rt "page: household card with what waits (rt)" "/warga/kk/$(get rt "/api/households?size=1" | jq -r '.items[0].id')"
measure kota "honor list of the month, whole city, live (kota)" "/api/honor/$MONTH"
measure kota "honor list of a month that is over, whole city, kept (kota)" "/api/honor/$LAST"
measure kota "honor list as XLSX, whole city (kota)" "/api/honor/$MONTH.xlsx"
measure lurah "page: honor list of the kelurahan (lurah)" "/honor/$MONTH"

# writes: an RT head hands in labour answers (checked now, kept for review); the RW verifies each
MEMBERS=$(get rt "/api/residents?size=100" | jq -r '[.items[] | select(.age >= 15)] | .[] | "\(.id) \(.version)"' | head -n "$REPEATS")
: > "$JARS/ids"
while read -r id version; do
  curl -s -b "$JARS/rt" -H "X-CSRF-TOKEN: $TOKEN_RT" -H 'Content-Type: application/json' \
    -o "$JARS/answer" -w '%{time_total}\n' -X PUT "$BASE/api/residents/$id/labour" \
    -d "{\"version\": $version, \"activity\": \"WORKED\", \"referenceDate\": \"$(date +%F)\"}" >> "$JARS/hand-in"
  jq -r '.submissionId // empty' "$JARS/answer" >> "$JARS/ids"
done <<< "$MEMBERS"
summary "write: an RT head hands in a labour answer (rt, 202)" < "$JARS/hand-in"
while read -r sid; do
  curl -s -b "$JARS/rw" -H "X-CSRF-TOKEN: $TOKEN_RW" -H 'Content-Type: application/json' \
    -o /dev/null -w '%{time_total}\n' -X POST "$BASE/api/submissions/$sid/verify" -d '{}'
done < "$JARS/ids" | summary "write: the RW verifies (rw)"
TOKEN_LURAH=$(csrf lurah)
while read -r sid; do
  curl -s -b "$JARS/lurah" -H "X-CSRF-TOKEN: $TOKEN_LURAH" -H 'Content-Type: application/json' \
    -o /dev/null -w '%{time_total}\n' -X POST "$BASE/api/submissions/$sid/approve" -d '{}'
done < "$JARS/ids" | summary "write: the lurah approves, the change enters the registry (lurah)"
