// The citizen's journeys in a real browser against a running API and SPA.
// Every journey takes its inputs from the API at run time. Prints one line
// per check and ends with "N passed, M failed"; exits non-zero on failure.
// Usage: BASE_URL=… API_URL=… node e2e/journey.mjs [journey-file …]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import {
  api,
  apiUrl,
  journeyRunner,
  outDir,
  results,
} from './support/harness.mjs';

const browserArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const journeyFiles = [
  'search-by-name',
  'ballot-by-place',
  'filters-and-back',
  'profile',
  'comparison',
  'print-view',
  'reflow',
  'statistics',
  'open-data',
];

async function main() {
  mkdirSync(outDir, { recursive: true });
  const chosen = process.argv.slice(2);
  const files = chosen.length > 0 ? chosen : journeyFiles;
  let processes;
  try {
    processes = (await api('/api/v1/processes')).items;
  } catch (error) {
    console.log(`FAIL reach the API at ${apiUrl}: ${error.message}`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const ctx = {
    processes,
    allDemo: processes.length > 0 && processes.every((p) => p.isDemo),
  };

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: browserArgs,
  });
  try {
    for (const file of files) {
      const journey = await import(`./journeys/${file}.mjs`);
      const context = await browser.newContext({
        viewport: { width: 360, height: 780 },
        locale: 'es-MX',
      });
      const page = await context.newPage();
      try {
        await journey.run(page, journeyRunner(journey.name), ctx);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
