#!/usr/bin/env bash
# Load test against a running Tdkt (./run or production). Example, with ./run's private database:
#   bench/load/run.sh --url http://127.0.0.1:5080 --vus 16 --seconds 60 --think-ms 1000 \
#       --pgbench "127.0.0.1 55433 tdkt $(cat .tdkt/pg-password 2>/dev/null)"
# Prints uptime first: figures taken on a shared machine must say the load they were taken under.
set -euo pipefail
cd "$(dirname "$0")/../.."
uptime
dotnet run -c Release --project bench/load/Tdkt.Load -- "$@"
uptime
