#!/usr/bin/env bash
# Post responses the way a survey tool does: a signed webhook to the wave's `generic` ingest URL (Standard Webhooks
# signature with curl and openssl). Set the source up once with configureIngestSource (it shows url and secret once).
# Same ingest as ingestResponses: an upsert by externalId, all or nothing. A retry keeps its webhook-id (a delivery that
# got through answers 409 INGEST_REPLAYED) with a fresh timestamp and signature.
# Run: LADDER_INGEST_URL=<url> LADDER_INGEST_SECRET=whsec_... bash ingest-webhook.sh
set -euo pipefail
: "${LADDER_INGEST_URL:?Set LADDER_INGEST_URL}" "${LADDER_INGEST_SECRET:?Set LADDER_INGEST_SECRET}"

body='{"responses":[{"externalId":"survey-2001","score":2,"comment":"Billing is confusing","attributes":{"tier":"Mid"}}]}'
id="msg_$(date +%s%N)"
timestamp=$(date +%s)
key=$(printf '%s' "${LADDER_INGEST_SECRET#whsec_}" | base64 -d | od -An -tx1 | tr -d ' \n')
signature=$(printf '%s' "$id.$timestamp.$body" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key" -binary | base64 -w0)

curl -sS --fail-with-body --max-time 30 "$LADDER_INGEST_URL" \
  -H 'Content-Type: application/json' \
  -H "webhook-id: $id" -H "webhook-timestamp: $timestamp" -H "webhook-signature: v1,$signature" \
  --data-binary "$body"
echo
