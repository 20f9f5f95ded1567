// Renders resources/icons/icon.svg to the PNG sizes electron-builder and the Linux desktop want, using
// the same Debian Chromium the e2e tests use. Run after editing the SVG: `node scripts/make-icons.mjs`.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '..', 'resources', 'icons');
const svg = readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const size of [512, 256]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
  );
  const name = size === 512 ? 'icon.png' : `icon-${size}.png`;
  await page.screenshot({
    path: path.join(dir, name),
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
  await page.close();
  console.log(`wrote resources/icons/${name}`);
}
await browser.close();
