#!/usr/bin/env bash
# Export a study's segment NPS as CSV with curl (themes.csv and quotes.csv take ?waveId= the same way).
# The export streams; a refusal is JSON with the GraphQL error codes (401 UNAUTHENTICATED, 404 STUDY_NOT_FOUND,
# 400 INVALID_GROUP_BY, 429 RATE_LIMITED past LADDER_EXPORTS_PER_KEY exports at once): --fail-with-body shows it.
# Run: LADDER_API_URL=http://localhost:4000 LADDER_API_KEY=... LADDER_STUDY_ID=... bash export-csv.sh
set -euo pipefail
: "${LADDER_API_URL:?Set LADDER_API_URL}" "${LADDER_API_KEY:?Set LADDER_API_KEY}" "${LADDER_STUDY_ID:?Set LADDER_STUDY_ID}"
out="${LADDER_OUT:-segment-nps.csv}"

curl -sS --fail-with-body --max-time 60 -G "$LADDER_API_URL/export/segment-nps.csv" \
  -H "Authorization: Bearer $LADDER_API_KEY" \
  --data-urlencode "studyId=$LADDER_STUDY_ID" --data-urlencode "groupBy=band" \
  -o "$out"

echo "wrote $out ($(($(wc -l < "$out") - 1)) rows):"
cat "$out"
