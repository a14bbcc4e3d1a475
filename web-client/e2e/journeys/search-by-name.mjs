import { join } from 'node:path';
import {
  api,
  audit,
  baseUrl,
  outDir,
  squash,
  timeout,
} from '../support/harness.mjs';

// "ANA LÓPEZ PÉREZ" becomes "lopez ana perez": no accents, lower case, the
// first two words swapped. The server must still find the person.
export function carelessQuery(name) {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = plain.split(/\s+/).filter(Boolean);
  if (words.length >= 2) [words[0], words[1]] = [words[1], words[0]];
  return words.join(' ');
}

export const name = 'name without accents';

export async function run(page, check, ctx) {
  let candidate;
  await check('pick a candidacy with an accent from the API', async () => {
    const { items } = await api('/api/v1/candidacies', { pageSize: 100 });
    if (!items?.length) throw new Error('the API lists no candidacy');
    candidate =
      items.find((c) => c.name.normalize('NFD') !== c.name) ?? items[0];
    return candidate.name;
  });
  const href = () => `/candidaturas/${encodeURIComponent(candidate.id)}`;

  await check('the home page passes the audit', async () => {
    await page.goto(`${baseUrl}/`, { timeout });
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout });
    await audit(page, ctx);
  });

  await check('searching without accents finds the candidacy', async () => {
    const query = carelessQuery(candidate.name);
    await page.goto(`${baseUrl}/buscar?process=${candidate.processKey}`, {
      timeout,
    });
    const box = page.getByLabel('Nombre de la persona candidata');
    await box.fill(query);
    await box.press('Enter');
    const result = page.locator(`a[href="${href()}"]`).first();
    await result.waitFor({ state: 'visible', timeout });
    const text = squash(await result.innerText());
    if (text !== squash(candidate.name))
      throw new Error(`result reads "${text}"`);
    if (new URL(page.url()).searchParams.get('q') !== query) {
      throw new Error('the search is not in the address');
    }
    await page.screenshot({ path: join(outDir, 'search.png') });
    return `"${query}"`;
  });

  await check('the results page passes the audit', () => audit(page, ctx));

  await check('the result opens the profile', async () => {
    await page.locator(`a[href="${href()}"]`).first().click();
    await page.waitForURL(/\/candidaturas\//, { timeout });
    // The profile loads after the address changes: wait for its own title.
    const heading = page.getByRole('heading', {
      level: 1,
      name: squash(candidate.name),
    });
    await heading.waitFor({ state: 'visible', timeout }).catch(() => {});
    const text = squash(await heading.innerText());
    if (text !== squash(candidate.name))
      throw new Error(`the title reads "${text}"`);
  });
}
