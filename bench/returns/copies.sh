#!/usr/bin/env bash
# The fake SSDA903 return copied N times (default 40) with distinct child ids: the "national-scale" input the
# issue measures against the reference validator (40 copies: 107,000 children, 202,000 episodes, 503,000 reviews).
# Copy k (00, 01, ...) prefixes every CHILD cell with its two-digit number, so children never collide.
#
# Usage: bench/returns/copies.sh OUT_DIR [N] [FAKE_DIR]
set -euo pipefail
out=$1
n=${2:-40}
repo=$(cd "$(dirname "$0")/../.." && pwd)
fake=${3:-$repo/../shared/conformance/ssda903/fake_data}
mkdir -p "$out"
for f in "$fake"/*.csv; do
    # CRLF and a byte-order mark (sw_episodes.csv has both) are dropped; CHILD is the first column in every table.
    LC_ALL=C awk -v n="$n" 'BEGIN { FS = OFS = "," }
        { sub(/\r$/, "") }
        NR == 1 { sub(/^\xef\xbb\xbf/, ""); print; next }
        { rows[NR] = $0 }
        END {
            for (k = 0; k < n; k++) {
                p = sprintf("%02d", k)
                for (i = 2; i <= NR; i++) {
                    line = rows[i]
                    print p line
                }
            }
        }' "$f" >"$out/$(basename "$f")"
done
