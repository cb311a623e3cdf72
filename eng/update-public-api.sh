#!/usr/bin/env bash
# Brings src/PartyBuilding.Core/PublicAPI.Unshipped.txt in line with the code: adds every symbol the
# PublicApiAnalyzers report as undeclared (RS0016) and drops declared symbols that no longer exist
# (RS0017). Review the diff: every line is a public promise.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/PartyBuilding.Core/PublicAPI.Unshipped.txt
log=$(mktemp)
dotnet build src/PartyBuilding.Core -f net10.0 --no-incremental -p:TreatWarningsAsErrors=false 2>&1 >"$log" || true
added=$(grep -oE "RS0016: Symbol '.*' is not part of the declared" "$log" | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared$/\1/" | sort -u || true)
removed=$(grep -oE "RS0017: Symbol '.*' is part of the declared API" "$log" | sed -E "s/^RS0017: Symbol '(.*)' is part of the declared API.*$/\1/" | sort -u || true)
{
  echo '#nullable enable'
  { grep -v '^#nullable' "$file" || true; printf '%s\n' "$added"; } | grep -v '^$' | grep -vxF -f <(printf '%s\n' "${removed:-__none__}") | LC_ALL=C sort -u
} > "$file.new"
mv "$file.new" "$file"
rm -f "$log"
echo "added $(printf '%s' "$added" | grep -c . || true), removed $(printf '%s' "$removed" | grep -c . || true)"
