#!/usr/bin/env bash
# Posts an SMS webhook to a running Hotline API, signed as Twilio signs it: Base64 of HMAC-SHA1,
# keyed with the auth token, over the URL followed by each POST parameter's name and value,
# sorted by name.
#
#   infra/send-test-sms.sh [--url http://localhost:5080/twilio/sms] [--from +4520000000] [--sid SM…] "text"
#
# The auth token comes from TWILIO_AUTH_TOKEN, else from the development secrets file that the
# embedded default writes (~/.local/share/Hotline/development-secrets.json).
set -euo pipefail

url="http://localhost:5080/twilio/sms"
from="+4520000000"
sid="SM$(openssl rand -hex 16)"
while [[ $# -gt 1 ]]; do
  case "$1" in
    --url) url="$2"; shift 2 ;;
    --from) from="$2"; shift 2 ;;
    --sid) sid="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
body="${1:?usage: $0 [--url URL] [--from NUMBER] [--sid SID] TEXT}"

token="${TWILIO_AUTH_TOKEN:-}"
if [[ -z "$token" ]]; then
  secrets="${HOTLINE_DATA_DIRECTORY:-$HOME/.local/share/Hotline}/development-secrets.json"
  token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["Twilio"]["AuthToken"])' "$secrets")
fi

declare -A form=(
  [AccountSid]="AC$(printf '0%.0s' {1..32})"
  [ApiVersion]="2010-04-01"
  [Body]="$body"
  [From]="$from"
  [MessageSid]="$sid"
  [NumMedia]="0"
  [NumSegments]="1"
  [SmsMessageSid]="$sid"
  [SmsSid]="$sid"
  [To]="+4570000000"
)

payload="$url"
args=()
for name in $(printf '%s\n' "${!form[@]}" | LC_ALL=C sort); do
  payload+="$name${form[$name]}"
  args+=(--data-urlencode "$name=${form[$name]}")
done
signature=$(printf '%s' "$payload" | openssl dgst -sha1 -hmac "$token" -binary | base64)

echo "POST $url (MessageSid $sid)" >&2
curl -sS -w '\nHTTP %{http_code} in %{time_total}s\n' -H "X-Twilio-Signature: $signature" "${args[@]}" "$url"
