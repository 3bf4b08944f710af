#!/usr/bin/env bash
# Feeds byte streams made by the built package to dieharder (and rngtest, when installed).
#   npm run build && bash scripts/stats/dieharder.sh [streams...]
# Streams (scripts/stats/stream.mjs): bytes (tokenBytes), randbelow (randbelow(256) per byte),
# choice64 (choice over 64 symbols, 6 bits per character). Needs Debian's dieharder
# (apt-get install -y dieharder) and optionally rng-tools5 for rngtest.
# Every test reads its own fresh stream through dieharder's raw stdin generator (-g 200).
# Prints each dieharder result line and a PASSED/WEAK/FAILED count per stream; exits 1 on FAILED.
set -uo pipefail
cd "$(dirname "$0")/../.."
command -v dieharder >/dev/null || { echo "dieharder not found: apt-get install -y dieharder" >&2; exit 2; }
[ -f dist/esm/index.js ] || { echo "dist/ missing: run npm run build" >&2; exit 2; }

# Tests sized so that the whole run takes a few minutes at the slowest stream's ~5 MB/s:
# 0 birthdays, 4 bitstream, 8 count-the-1s (stream), 10 parking lot, 15 runs, 100 STS monobit,
# 101 STS runs, 102 STS serial (1..16-bit patterns). The raw stream is fast enough for more:
# 1 OPERM5, 2 32x32 rank, 3 6x8 rank, 9 count-the-1s (bytes), 16 craps.
COMMON_TESTS="0 4 8 10 15 100 101 102"
RAW_EXTRA="1 2 3 9 16"
STREAMS=("$@")
[ ${#STREAMS[@]} -eq 0 ] && STREAMS=(bytes randbelow choice64)

status=0
for s in "${STREAMS[@]}"; do
  tests="$COMMON_TESTS"
  [ "$s" = bytes ] && tests="$COMMON_TESTS $RAW_EXTRA"
  echo "## stream: $s"
  out=""
  for d in $tests; do
    line=$(node scripts/stats/stream.mjs "$s" | dieharder -g 200 -d "$d" 2>/dev/null | grep -E 'PASSED|WEAK|FAILED')
    echo "$line"
    out+="$line"$'\n'
  done
  p=$(grep -c PASSED <<<"$out"); w=$(grep -c WEAK <<<"$out"); f=$(grep -c FAILED <<<"$out")
  echo "summary $s: $p passed, $w weak, $f failed"
  [ "$f" -gt 0 ] && status=1
  if command -v rngtest >/dev/null; then
    # FIPS 140-2 on 10,000 blocks of 20,000 bits (+4 bytes to seed the continuous test): a perfect
    # source fails about 0.08% of blocks, so a handful of failures is expected.
    node scripts/stats/stream.mjs "$s" 25000004 | rngtest -c 10000 2>&1 | grep -E 'successes|failures:|Monobit|Poker|Runs|Long run|Continuous'
  fi
  echo
done
exit $status
