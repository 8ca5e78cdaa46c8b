#!/usr/bin/env bash
# UI test of Help > Install New Software... in the built product, under Xvfb: a copy of the product is started
# through './interphase ide' with this module's driver bundle added (-Dosgi.bundles); the driver installs the PLD
# example plug-in from the built update site as a user does, p2 restarts the workbench (the script's restart
# loop), and the driver checks that the PLD file now validates. Prints the driver's checks and
# 'install-new-software: N passed, N failed'; exit 1 if a check failed or the scenario did not end.
# Usage: install-new-software.sh <driver bundle jar>   (run by this module's pom.xml in the integration-test phase)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DRIVER="$(readlink -f "${1:?usage: install-new-software.sh <driver bundle jar>}")"
PRODUCT="$ROOT/releng/org.interphase.product/target/products/org.interphase.product/linux/gtk/x86_64"
SITE="$ROOT/releng/org.interphase.site/target/repository"
HELPERS="$(ls "$ROOT"/bundles/org.interphase.ui.testing/target/org.interphase.ui.testing-*.jar 2>/dev/null | head -n 1)"
WORK="$HERE/target/install-new-software"
RESULTS="$WORK/results.txt"

for needed in "$PRODUCT/configuration/config.ini" "$SITE/content.jar" "$DRIVER" "$HELPERS"; do
  [ -e "$needed" ] || { echo "install-new-software: $needed is missing; build the product, the site and this module first (./interphase build)" >&2; exit 1; }
done
ls "$SITE"/plugins/org.example.interphase.pld_*.jar >/dev/null 2>&1 \
  || { echo "install-new-software: the update site $SITE has no PLD plug-in" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK"
# The install changes the product it runs in (profile, bundles.info): the built product stays as built.
cp -a "$PRODUCT" "$WORK/product"

# The framework starts the simple configurator (config.ini's osgi.bundles) and the driver with its helpers; the
# configurator is told not to remove bundles it did not install itself.
configurator="$(sed -n 's/^osgi.bundles=//p' "$WORK/product/configuration/config.ini" | sed 's/\\//g')"
export INTERPHASE_PRODUCT_DIR="$WORK/product"
export JAVA_TOOL_OPTIONS="-Dosgi.bundles=$configurator,reference:file:$DRIVER@4:start,reference:file:$HELPERS@4 \
-Dorg.eclipse.equinox.simpleconfigurator.exclusiveInstallation=false \
-Dinterphase.installTest.site=file:$SITE -Dinterphase.installTest.results=$RESULTS \
-Dinterphase.screenshots=$HERE/target/screenshots -Dinterphase.examplesOnFirstStart=false"

echo "install-new-software: installing the PLD plug-in from $SITE into a copy of the product (log: $WORK/ide.log)"
rc=0
timeout 600 "$ROOT/interphase" ide "$WORK/workspace" >"$WORK/ide.log" 2>&1 || rc=$?

touch "$RESULTS"
grep -v '^DONE$' "$RESULTS" | sed 's/^/install-new-software: /' || true
passed="$(grep -c '^PASS: ' "$RESULTS" || true)"
failed="$(grep -c '^FAIL: ' "$RESULTS" || true)"
if ! grep -qx 'DONE' "$RESULTS"; then
  echo "install-new-software: the scenario did not run to its end (workbench exit code $rc); the end of $WORK/ide.log:" >&2
  tail -n 40 "$WORK/ide.log" >&2
  [ "$failed" -gt 0 ] || failed=1
fi
echo "install-new-software: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
