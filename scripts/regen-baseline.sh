#!/usr/bin/env bash
# Regenerates the generated schema baseline (Data/Migrations/*_Baseline*.cs + the model snapshot) from the model.
# The hand-written SQL lives in Data/Sql and its two migrations (BaselineFunctions, BaselineObjects) are untouched.
# Only for before the first release (ADR-0028): after that, add ordinary migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=src/Tdkt.Web/Data/Migrations
rm -f "$dir"/*.cs
dotnet tool restore >/dev/null
EfDesign=true dotnet restore src/Tdkt.Web -v q >/dev/null
EfDesign=true dotnet ef migrations add Baseline --context TdktDbContext --project src/Tdkt.Web -o Data/Migrations >/dev/null
gen=$(ls "$dir"/*_Baseline.cs)
stamp=$(basename "$gen" | cut -d_ -f1)
for f in "$dir"/"${stamp}"_Baseline*.cs; do
  sed -i "s/${stamp}_Baseline/20261201000001_Baseline/" "$f"
  mv "$f" "${f/$stamp/20261201000001}"
done
ls "$dir"
