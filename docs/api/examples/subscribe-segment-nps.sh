#!/usr/bin/env bash
# Follow a study's segment NPS live over Server-Sent Events with curl (no WebSocket needed): POST the subscription to
# /graphql/stream with `Accept: text/event-stream`; each update is an `event: next` with a `data:` line of JSON.
# It prints the first update and exits (a comment line ":" arrives every 15 s on an idle stream; it is skipped).
# Run: LADDER_API_URL=http://localhost:4000 LADDER_API_KEY=... LADDER_STUDY_ID=... bash subscribe-segment-nps.sh
set -euo pipefail
: "${LADDER_API_URL:?Set LADDER_API_URL}" "${LADDER_API_KEY:?Set LADDER_API_KEY}" "${LADDER_STUDY_ID:?Set LADDER_STUDY_ID}"
wait_seconds="${LADDER_WAIT_SECONDS:-120}"

query='subscription Changed($studyId: ID!) {
  segmentNpsChanged(studyId: $studyId, groupBy: ["band"]) { overall { n nps } segments { label n nps } }
}'
query="${query//$'\n'/ }"   # one line, and its quotes escaped, to sit in a JSON string
body=$(printf '{"query": "%s", "variables": {"studyId": "%s"}}' "${query//\"/\\\"}" "$LADDER_STUDY_ID")

# curl reads the stream in the background; this shell reads its lines and stops it at the first update.
exec 3< <(curl -sS -N --fail-with-body --max-time "$wait_seconds" "$LADDER_API_URL/graphql/stream" \
  -H "Authorization: Bearer $LADDER_API_KEY" -H 'Accept: text/event-stream' -H 'Content-Type: application/json' \
  --data-binary "$body")
curl_pid=$!
echo "listening for updates"
while IFS= read -r line <&3; do
  case "$line" in
    'data: {"errors"'*) echo "error: ${line#data: }" >&2; kill "$curl_pid" 2>/dev/null || true; exit 1 ;;
    'data: {'*) echo "update: ${line#data: }"; kill "$curl_pid" 2>/dev/null || true; exit 0 ;;
    '{"errors"'*) echo "refused: $line" >&2; exit 1 ;; # a refusal before the stream opened (401, 429): JSON, not events
  esac
done
echo "no update within $wait_seconds s" >&2
exit 1
