#!/usr/bin/env bash
# Load test against a running Tdkt (./run or production). Example, with ./run's private database:
#   bench/load/run.sh --url http://127.0.0.1:5080 --vus 16 --seconds 60 --think-ms 1000 \
#       --pgbench "127.0.0.1 55433 tdkt $(cat .tdkt/pg-password 2>/dev/null)"
# National scale (ADR-0043): --vus 3000 --think-ms 30000 --warmup-seconds 60 --seconds 300 --sessions /tmp/sessions.tsv
# (the table is the steady state after the warm-up; the warm-up line and the 30 s timeline show the start).
# Prints uptime first: figures taken on a shared machine must say the load they were taken under.
set -euo pipefail
cd "$(dirname "$0")/../.."
uptime
dotnet run -c Release --project bench/load/Tdkt.Load -- "$@"
uptime
