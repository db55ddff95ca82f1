#!/usr/bin/env bash
# Runs the whole test suite.
#
# The integration tests need RabbitMQ on 127.0.0.1:5672 with its management API on :15672 (the
# tests make a virtual host of their own through it). When nothing answers there, this script
# installs Debian's rabbitmq-server (if missing), enables the management plugin and starts it,
# listening on loopback only.
# With HOTLINE_REQUIRE_RABBITMQ=1 (as in CI) the broker tests fail instead of being skipped when
# there is still no broker. Extra arguments go to `dotnet test` (e.g. --filter Name~Sms).
#
# Ends with one line: tests: N passed, N failed[, N skipped]   (exit status 1 if any failed)
set -uo pipefail
cd "$(dirname "$0")"

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
broker_listening() { listening 5672 && listening 15672; }

start_rabbitmq() {
  # Loopback only: AMQP, the Erlang distribution port and epmd. Written before the package is
  # installed, so that a server its install script starts reads it too.
  as_root mkdir -p /etc/rabbitmq
  if ! grep -qs HOTLINE /etc/rabbitmq/rabbitmq-env.conf; then
    as_root tee /etc/rabbitmq/rabbitmq-env.conf >/dev/null <<'CONF'
# HOTLINE test broker: listen on loopback only.
NODE_IP_ADDRESS=127.0.0.1
NODENAME=rabbit@localhost
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export ERL_EPMD_ADDRESS=127.0.0.1
CONF
  fi
  if ! grep -qs HOTLINE /etc/rabbitmq/rabbitmq.conf; then
    as_root tee /etc/rabbitmq/rabbitmq.conf >/dev/null <<'CONF'
# HOTLINE test broker: the management API (used by the tests) on loopback only.
management.tcp.ip = 127.0.0.1
CONF
  fi

  if ! command -v rabbitmq-server >/dev/null 2>&1 && [[ ! -x /usr/sbin/rabbitmq-server ]]; then
    echo "test.sh: installing Debian's rabbitmq-server" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Options::=--force-confold rabbitmq-server >/dev/null
  fi

  as_root /usr/sbin/rabbitmq-plugins enable --offline rabbitmq_management >/dev/null
  if listening 5672 && ! listening 15672; then
    # Started before the plugin was enabled (by the package's install script, say): restart it.
    as_root /usr/sbin/rabbitmqctl stop >/dev/null 2>&1
    for _ in $(seq 1 30); do listening 5672 || break; sleep 1; done
  fi
  if ! listening 5672; then
    echo "test.sh: starting rabbitmq-server on 127.0.0.1:5672 (management on :15672)" >&2
    as_root env ERL_EPMD_ADDRESS=127.0.0.1 /usr/sbin/rabbitmq-server -detached
  fi

  for _ in $(seq 1 90); do
    broker_listening && return 0
    sleep 1
  done
  echo "test.sh: RabbitMQ did not start within 90 s (see /var/log/rabbitmq)" >&2
  return 1
}

if ! broker_listening; then
  start_rabbitmq || echo "test.sh: going on without a broker; broker tests will be skipped, or fail under HOTLINE_REQUIRE_RABBITMQ=1" >&2
fi

results=TestResults
rm -rf "$results"
dotnet test Hotline.sln --logger "trx" --results-directory "$results" "$@"
status=$?

# Counted from the TRX files the run wrote, not from console output.
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [[ -f "$trx" ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  total=$(count total); executed=$(count executed)
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
  skipped=$((skipped + total - executed))
done

if [[ $status -ne 0 && $failed -eq 0 ]]; then
  failed=1  # the build or the test host failed before any result was written
fi

line="tests: $passed passed, $failed failed"
[[ $skipped -gt 0 ]] && line+=", $skipped skipped"
echo "$line"
[[ $failed -eq 0 ]]
