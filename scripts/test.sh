#!/bin/sh
# `npm test`: the type check and the lint run beside the production build (a 2-core machine has a
# core to spare for it while they run); every test starts on the built site as soon as it is there
# (SITE_BUILT=1: test/browser/serve.ts does not build it again) while the checks go on. Fails if
# the checks, the build or a test fail. Arguments go to Vitest (`npm test -- src/map`).
#
# Ends by saying how long the run took and, where Linux tells it (/proc/stat), how much of the
# machine's CPU its host took for other guests meanwhile: the suite's own work is the same from
# run to run, and a run on a busy host is slower by at least half of what the host took.
started=$(date +%s)
stolen() { [ -r /proc/stat ] && awk '/^cpu /{ print $9; exit }' /proc/stat; }
stolen_before=$(stolen)

npm run check & checked=$!
vite build --logLevel warn && TZ=UTC LANG=en_US.UTF-8 SITE_BUILT=1 vitest run "$@"
tested=$?
wait $checked
checks=$?

took=$(( $(date +%s) - started ))
line="npm test took $took s"
stolen_after=$(stolen)
if [ -n "$stolen_before" ] && [ -n "$stolen_after" ]; then
  ticks=$(getconf CLK_TCK 2>/dev/null || echo 100)
  line="$line; the machine's host took $(( (stolen_after - stolen_before) / ticks )) s of its CPU for others meanwhile"
fi
echo "$line"

[ $checks -ne 0 ] && exit $checks
exit $tested
