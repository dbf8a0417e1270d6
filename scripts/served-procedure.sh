#!/bin/sh
# The whole FortiTelemetry procedure over REST against `npm run serve` (needs curl and jq).
set -e
FGT=${FGT:-http://127.0.0.1:8080}
JAR=$(mktemp)

# 1. Log in: the body's first character is 1; the cookies go in the jar.
curl -s -c "$JAR" -d 'username=admin&secretkey=&ajax=1' "$FGT/logincheck"; echo
CSRF=$(awk '$6 == "ccsrftoken" { gsub(/"/, "", $7); print $7 }' "$JAR")
api() { curl -s -b "$JAR" -H "X-CSRFTOKEN: $CSRF" -H 'Content-Type: application/json' "$@"; }

# 2. What is this device?
api "$FGT/api/v2/monitor/system/status" | jq -c '.results'

# 3. Make Endpoint Control visible (System › Feature Visibility).
api -X PUT -d '{"gui-endpoint-control":"enable"}' "$FGT/api/v2/cmdb/system/settings" | jq -r .status

# 4. FortiTelemetry off on every interface that has it: ports, IPsec tunnels, ssl.root.
for name in $(api "$FGT/api/v2/cmdb/system/interface?filter=fortiheartbeat==enable&format=name" | jq -r '.results[].name'); do
  printf '%s: ' "$name"
  api -X PUT -d '{"fortiheartbeat":"disable"}' "$FGT/api/v2/cmdb/system/interface/$name" | jq -r .status
done

# 5. System Compliance off in every FortiClient profile.
for p in $(api "$FGT/api/v2/cmdb/endpoint-control/profile?format=profile-name" | jq -r '.results[]."profile-name"'); do
  printf '%s: ' "$p"
  api -X PUT -d '{"forticlient-winmac-settings":{"forticlient-system-compliance":"disable"}}' \
    "$FGT/api/v2/cmdb/endpoint-control/profile/$p" | jq -r .status
done

# 6. Deregister every FortiClient.
UIDS=$(api "$FGT/api/v2/cmdb/endpoint-control/registered-forticlient?format=uid" | jq -c '[.results[].uid]')
api -X POST -d "{\"uid\":$UIDS}" "$FGT/api/v2/monitor/endpoint-control/registration/deregister" | jq -c '{status, results}'

api "$FGT/api/v2/cmdb/endpoint-control/registered-forticlient" | jq '.results | length'

# 7. Log out: the session no longer opens anything.
curl -s -b "$JAR" -X POST "$FGT/logout" -o /dev/null -w 'logout: %{http_code}\n'
curl -s -b "$JAR" "$FGT/api/v2/monitor/system/status" -o /dev/null -w 'after logout: %{http_code}\n'
rm -f "$JAR"
