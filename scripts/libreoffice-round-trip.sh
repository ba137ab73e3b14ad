#!/usr/bin/env bash
# Opens every shipped workbook in LibreOffice, saves it again as .xlsx (what an analyst's "Save" does), and checks
# that the saved rules still compile and pass every scenario. Needs LibreOffice Calc
# (apt-get install libreoffice-calc-nogui); not part of CI, which does not install it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-calc-nogui" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r rules "$work/rules"
count=0
while IFS= read -r file; do
  out="$work/saved/$(dirname "$file")"
  mkdir -p "$out"
  timeout 120 soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
    --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$out" "$work/rules/$file" >/dev/null
  cp "$out/$(basename "$file")" "$work/rules/$file"
  count=$((count + 1))
done < <(cd rules && find . -name '*.xlsx' | sed 's#^\./##' | sort)
echo "Saved $count workbooks with LibreOffice; checking them:"
./mvnw -q compile exec:java -Dexec.mainClass=com.offertiming.ValidateRules -Dexec.args="$work/rules" | tail -1
