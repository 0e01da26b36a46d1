#!/usr/bin/env bash
# Rebuilds the reference data shipped inside the jar (src/main/resources/reference/) from the public sources in
# ../shared, slimmed to what the code reads. A developer's tool: the product never reads ../shared.
# Licences and attribution: docs/third-party.md (copied into the jar as reference/NOTICE.md).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
out=src/main/resources/reference

m=$out/matching
mkdir -p "$m/nicknames" "$m/uk_names/sdglinkage"
# Nicknames (Apache-2.0): name1,relationship,name2 as published, with the licence beside it.
tr -d '\r' < "$shared/matching/nicknames/names.csv" > "$m/nicknames/names.csv"
cp "$shared/matching/nicknames/LICENSE-Apache-2.0.txt" "$m/nicknames/"
# ONS given names 1996-2024 (OGL v3.0): sex,name,count; the years_present column is not read.
cut -d, -f1-3 "$shared/matching/uk_names/ons_given_names_ew_1996_2024.csv" | tr -d '\r' \
  > "$m/uk_names/ons_given_names_ew_1996_2024.csv"
# sdglinkage (MIT; ONS tables): given-name variants without their corruption probability, surnames with shares.
cut -d, -f1-2 "$shared/matching/uk_names/sdglinkage/firstname_uk_variant.csv" | tr -d '\r' \
  > "$m/uk_names/sdglinkage/firstname_uk_variant.csv"
tr -d '\r' < "$shared/matching/uk_names/sdglinkage/lastname_uk.csv" > "$m/uk_names/sdglinkage/lastname_uk.csv"

# CIN census schemas of every year the rules know (MIT, via liia-tools-pipeline).
mkdir -p "$out/cin"
cp "$shared"/conformance/cin/spec/CIN_schema_*.xsd "$out/cin/"

cp docs/third-party.md "$out/NOTICE.md"
du -sh "$out"
