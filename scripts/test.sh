#!/bin/sh
# `npm test`: the type check and the lint run beside the production build (a 2-core machine has a
# core to spare for it while they run); every test starts on the built site as soon as it is there
# (SITE_BUILT=1: test/browser/serve.ts does not build it again) while the checks go on. Fails if
# the checks, the build or a test fail. Arguments go to Vitest (`npm test -- src/map`).
npm run check & checked=$!
vite build --logLevel warn && TZ=UTC LANG=en_US.UTF-8 SITE_BUILT=1 vitest run "$@"
tested=$?
wait $checked && exit $tested
