// A citizen's journey in a real browser against a running API and SPA:
// search a real candidate by a careless spelling of the name, open the
// profile, read it. Usage: BASE_URL=… API_URL=… node e2e/journey.mjs
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const baseUrl = trimSlash(process.env.BASE_URL ?? 'http://127.0.0.1:5173');
const apiUrl = trimSlash(process.env.API_URL ?? 'http://127.0.0.1:5080');
const outDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'test-results',
);
const timeout = 15_000;
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

const results = [];

function trimSlash(url) {
  return url.replace(/\/+$/, '');
}

function squash(text) {
  return text.replace(/\s+/g, ' ').trim();
}

// "ANA LÓPEZ PÉREZ" becomes "lopez ana perez": no accents, lower case, the
// first two words swapped. The server must still find the person.
function carelessQuery(name) {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = plain.split(/\s+/).filter(Boolean);
  if (words.length >= 2) [words[0], words[1]] = [words[1], words[0]];
  return words.join(' ');
}

async function pickCandidate() {
  const response = await fetch(`${apiUrl}/api/v1/candidacies?pageSize=50`);
  if (!response.ok) throw new Error(`API answered ${response.status}`);
  const { items } = await response.json();
  if (!Array.isArray(items) || items.length === 0) {
    throw new Error('the API lists no candidacy');
  }
  const accented = items.find((c) => c.name.normalize('NFD') !== c.name);
  return accented ?? items[0];
}

async function check(name, run) {
  if (results.some((r) => !r.ok)) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name} (not run: an earlier check failed)`);
    return;
  }
  try {
    const detail = await run();
    results.push({ name, ok: true });
    console.log(`PASS ${name}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${error.message.split('\n')[0]}`);
  }
}

async function chooseProcess(page, key) {
  const select = page.getByLabel('Proceso electoral');
  const option = select.locator(`option[value="${key}"]`);
  await option.waitFor({ state: 'attached', timeout }).catch(() => {});
  if ((await option.count()) > 0) await select.selectOption(key);
}

async function journey(page, candidate) {
  const query = carelessQuery(candidate.name);
  const href = `/candidaturas/${encodeURIComponent(candidate.id)}`;
  const result = page.locator(`a[href="${href}"]`);

  await check(`search "${query}" finds the candidate`, async () => {
    await page.goto(`${baseUrl}/buscar`, { timeout });
    await chooseProcess(page, candidate.processKey);
    const box = page.getByLabel('Nombre de la persona candidata');
    await box.fill(query);
    await box.press('Enter');
    await result.first().waitFor({ state: 'visible', timeout });
    const text = squash(await result.first().innerText());
    if (text !== squash(candidate.name)) {
      throw new Error(`result reads "${text}"`);
    }
    if (!new URL(page.url()).searchParams.get('q')) {
      throw new Error('the search is not in the address');
    }
    await page.screenshot({ path: join(outDir, 'journey-search.png') });
    return candidate.name;
  });

  await check('the profile opens with the name as its title', async () => {
    await result.first().click();
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor({ state: 'visible', timeout });
    const text = squash(await heading.innerText());
    if (text !== squash(candidate.name)) {
      throw new Error(`the title reads "${text}"`);
    }
  });

  await check('the profile shows the "Propuestas" section', async () => {
    const section = page.getByRole('heading', { level: 2, name: 'Propuestas' });
    await section.waitFor({ state: 'visible', timeout });
    await page.screenshot({
      path: join(outDir, 'journey-profile.png'),
      fullPage: true,
    });
  });
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  let candidate;
  try {
    candidate = await pickCandidate();
  } catch (error) {
    console.log(`FAIL pick a candidate from ${apiUrl}: ${error.message}`);
    console.log('0 passed, 1 failed');
    return 1;
  }

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: browserArgs,
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 360, height: 780 },
      locale: 'es-MX',
    });
    await journey(page, candidate);
  } finally {
    await browser.close();
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
