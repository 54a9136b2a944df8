#!/usr/bin/env bash
# Builds a desktop installer for Factdesk with jpackage (part of the JDK).
#   installer/build-installer.sh            -> target/installer/Factdesk (app image, runs in place)
#   installer/build-installer.sh deb        -> target/installer/factdesk_<version>_amd64.deb
# The runtime is trimmed with jlink and carries a CDS archive for a faster start (see ../shared/TECH-NOTES.md).
set -euo pipefail
cd "$(dirname "$0")/.."

type="${1:-app-image}"
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)

mvn -B -q package -DskipTests
rm -rf target/installer target/installer-input
mkdir -p target/installer-input
cp target/factdesk.jar target/installer-input/

extra=()
if [ "$type" = "deb" ]; then
  # jpackage does not infer that JavaFX needs GTK 3 for a window.
  extra+=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office)
  # Double-clicked projects open in the workstation: the desktop entry runs 'Factdesk open <file>'
  # (installer/linux/Factdesk.desktop replaces jpackage's template, whose Exec line passes the file alone).
  extra+=(--file-associations installer/factdesk-project.properties --resource-dir installer/linux)
fi

jpackage --type "$type" \
  --name Factdesk \
  --app-version "$version" \
  --vendor "Factdesk" \
  --description "Write balanced, sourced story summaries" \
  --input target/installer-input \
  --main-jar factdesk.jar \
  --main-class org.factdesk.app.Launcher \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.jfr,jdk.localedata \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" \
  --dest target/installer \
  "${extra[@]}"

echo "Built $(ls -d target/installer/*)"
