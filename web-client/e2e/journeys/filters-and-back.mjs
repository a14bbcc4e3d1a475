import { api, audit, baseUrl, timeout } from '../support/harness.mjs';

export const name = 'filters and the back button';

function countOf(text) {
  const match = text.replace(/\s/g, '').match(/^([\d,.]+)resultados?/);
  return match ? Number(match[1].replace(/[,.]/g, '')) : null;
}

async function shownTotal(page) {
  const status = page.locator('.results-count');
  await status.waitFor({ timeout });
  return countOf(await status.innerText());
}

async function waitForTotal(page, want) {
  const deadline = Date.now() + timeout;
  let got;
  while (Date.now() < deadline) {
    got = await shownTotal(page).catch(() => null);
    if (got === want) return;
    await page.waitForTimeout(150);
  }
  throw new Error(`the page shows ${got} results, the API ${want}`);
}

export async function run(page, check, ctx) {
  let process;
  let sex;
  let office;
  let totals;
  await check('pick a process, a sex and an office from the API', async () => {
    if (ctx.processes.length === 0) throw new Error('the API lists no process');
    // Some exports publish no sex: take the first process whose data has one.
    let all;
    for (const candidate of ctx.processes.filter((p) => p.candidacyCount > 1)) {
      all = await api('/api/v1/candidacies', {
        process: candidate.key,
        pageSize: 200,
      });
      sex = tally(all.items, (c) => c.sex)[0]?.[0];
      process = candidate.key;
      if (sex) break;
    }
    if (!sex) throw new Error('no candidacy has a sex');
    const filtered = await api('/api/v1/candidacies', {
      process,
      sex,
      pageSize: 200,
    });
    if (filtered.items.some((c) => c.sex !== sex)) {
      throw new Error('the API ignores the sex filter');
    }
    const offices = await api(`/api/v1/processes/${process}/offices`);
    office = offices.items.find((o) => o.candidacyCount > 0)?.code;
    if (!office) throw new Error('the process lists no office');
    const both = await api('/api/v1/candidacies', { process, sex, office });
    totals = { all: all.total, sex: filtered.total, both: both.total };
    return `${process}, sex=${sex}, office=${office}`;
  });

  await check('a filter goes to the address and the results', async () => {
    await page.goto(`${baseUrl}/buscar?process=${process}`, { timeout });
    await waitForTotal(page, totals.all);
    await page.getByText('Más filtros').click();
    await page.getByLabel('Sexo').selectOption(sex);
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.waitForURL((url) => url.searchParams.get('sex') === sex, {
      timeout,
    });
    await waitForTotal(page, totals.sex);
    return `${totals.sex} of ${totals.all}`;
  });

  await check('a second filter narrows the list', async () => {
    const select = page.getByLabel('Cargo');
    await select
      .locator(`option[value="${office}"]`)
      .waitFor({ state: 'attached', timeout });
    await select.selectOption(office);
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.waitForURL((url) => url.searchParams.get('office') === office, {
      timeout,
    });
    if (totals.both === 0) {
      await page.getByText('Ninguna candidatura coincide').waitFor({ timeout });
    } else {
      await waitForTotal(page, totals.both);
    }
  });

  await check('the filtered page passes the audit', () => audit(page, ctx));

  await check('the back button returns to the previous filters', async () => {
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('office'), {
      timeout,
    });
    if (new URL(page.url()).searchParams.get('sex') !== sex) {
      throw new Error('the sex filter was lost');
    }
    await waitForTotal(page, totals.sex);
    const value = await page.getByLabel('Sexo').inputValue();
    if (value !== sex) throw new Error(`the form shows sex "${value}"`);
  });

  await check('a shared address opens the same filtered results', async () => {
    const fresh = await page.context().newPage();
    try {
      await fresh.goto(page.url(), { timeout });
      await waitForTotal(fresh, totals.sex);
    } finally {
      await fresh.close();
    }
  });

  await check('paging follows the total and goes back', async () => {
    await page.goto(`${baseUrl}/buscar?process=${process}`, { timeout });
    await waitForTotal(page, totals.all);
    const pager = page.getByRole('navigation', {
      name: 'Páginas de resultados',
    });
    if (totals.all <= 25) {
      if ((await pager.count()) !== 0)
        throw new Error('one page, yet a pager shows');
      return 'one page: no pager, as expected';
    }
    await pager.getByRole('link', { name: /Siguiente/ }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2', {
      timeout,
    });
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('page'), { timeout });
  });
}

function tally(items, key) {
  const counts = new Map();
  for (const item of items) {
    const value = key(item);
    if (value && value !== 'unknown')
      counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
