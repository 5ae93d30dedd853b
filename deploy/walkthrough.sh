#!/usr/bin/env bash
# The README's curl walk-through as a script: token → submit → analysis → review case.
# Needs a running platform (deploy/platform.sh run) and only curl and sed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

API=${API:-http://localhost:8080/api/v1}
KEYCLOAK=${KEYCLOAK:-http://localhost:8180}
REPORT_FILE=${REPORT_FILE:-deploy/samples/baochang-2024.txt}
YEAR=${YEAR:-2024}

echo "1. A token for the demo clerk of 包场镇 (password grant, demo only)"
TOKEN=$(curl -fsS "$KEYCLOAK/realms/fazhi/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=fazhi-cli -d username=baochang -d password=demo \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

echo "2. Submit the $YEAR report of 包场镇 (320614108)"
BODY=$(sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/\t/\\t/g' -e 's/\r//g' "$REPORT_FILE" | sed ':a;N;$!ba;s/\n/\\n/g')
REPORT=$(curl -fsS -X POST "$API/reports" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: walkthrough-baochang-$YEAR" \
  -d "{\"townshipCode\":\"320614108\",\"year\":$YEAR,\"title\":\"${YEAR}年度包场镇法治政府建设工作报告\",\"text\":\"$BODY\"}")
ID=$(echo "$REPORT" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
echo "   report $ID"

echo "3. Its analysis (a few seconds later): the quantities read out of the prose"
for _ in $(seq 1 30); do
  curl -fsS -o /dev/null "$API/reports/$ID/analysis" -H "Authorization: Bearer $TOKEN" 2>/dev/null && break
  sleep 1
done
curl -fsS "$API/reports/$ID/analysis" -H "Authorization: Bearer $TOKEN" | grep -o '{"text":"12宗"[^}]*}'

echo "4. Its review case, with the findings attached"
for _ in $(seq 1 30); do
  curl -fsS "$API/reports/$ID/versions/1/review" -H "Authorization: Bearer $TOKEN" 2>/dev/null | grep -q '"status":"OPEN"' && break
  sleep 1
done
curl -fsS "$API/reports/$ID/versions/1/review" -H "Authorization: Bearer $TOKEN"
echo
echo "5. The report is now in review (report-service follows reports.analyzed)"
for _ in $(seq 1 30); do
  curl -fsS "$API/reports/$ID" -H "Authorization: Bearer $TOKEN" | grep -q '"status":"IN_REVIEW"' && break
  sleep 1
done
curl -fsS "$API/reports/$ID" -H "Authorization: Bearer $TOKEN" | grep -o '"status":"[A-Z_]*"'
