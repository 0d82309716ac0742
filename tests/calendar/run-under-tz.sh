#!/usr/bin/env sh
# Runs the calendar tests under several host time zones: results must not depend on the host's zone.
# Usage: sh tests/calendar/run-under-tz.sh   (from the project root; exits non-zero on the first failure)
set -eu
cd "$(dirname "$0")/../.."
for zone in UTC America/Sao_Paulo Australia/Lord_Howe Asia/Kolkata Pacific/Apia; do
  echo "== calendar tests with TZ=$zone"
  TZ="$zone" npx vitest run tests/calendar src/calendar
done
