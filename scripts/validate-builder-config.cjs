// Validates electron-builder.yml offline against electron-builder's own schema (no packaging, no network).
// Uses app-builder-lib's config loader; re-check the internal path after electron-builder upgrades.
const path = require('node:path');
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

(async () => {
  const file = process.argv[2] ?? 'electron-builder.yml';
  const config = await getConfig(process.cwd(), path.resolve(file), null);
  await validateConfiguration(config, new DebugLogger(false));
  console.log(`electron-builder config OK: ${file}`);
})().catch((e) => {
  console.error(
    `electron-builder config invalid: ${String(e.message ?? e)
      .split('\n')
      .slice(0, 6)
      .join('\n')}`,
  );
  process.exit(1);
});
