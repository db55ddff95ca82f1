#!/usr/bin/env bash
# The container health check: exits 0 when http://127.0.0.1:PORT/PATH answers 2xx within 5 s.
#
#   healthcheck PORT PATH          e.g. healthcheck 8080 /health/live
#
# The .NET runtime images have neither curl nor wget; bash's /dev/tcp speaks just enough HTTP
# for this, so the image needs no extra package and the check exercises the real endpoint.
set -euo pipefail
port="${1:?usage: healthcheck PORT PATH}"
path="${2:?usage: healthcheck PORT PATH}"

exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS=' ' read -r -t 5 _ status _ <&3
[[ "$status" == 2[0-9][0-9] ]]
