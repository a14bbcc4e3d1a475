import {
  api,
  audit,
  baseUrl,
  timeout,
  waitForHeading,
} from '../support/harness.mjs';
import {
  compareTables,
  countCells,
  expectedTables,
  readTables,
  withSuppressed,
} from '../support/statistics-tables.mjs';

export const name = 'statistics';

const heading = 'Estadísticas de las candidaturas';

function pathFor(filters) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/estadisticas?${query}` : '/estadisticas';
}

// Fetches the statistics for the filters itself and waits until every table
// cell on the page says the same.
async function assertTablesMatch(page, filters, answer) {
  const stats = answer ?? (await api('/api/v1/statistics', filters));
  const expected = expectedTables(stats);
  if (expected.length === 0) throw new Error('the API has no figures here');
  const deadline = Date.now() + timeout;
  let difference;
  while (Date.now() < deadline) {
    const shown = await readTables(page);
    difference = compareTables(expected, shown, stats.threshold);
    if (!difference) {
      const { cells, hidden } = countCells(expected);
      return `${expected.length} tables, ${cells} cells, ${hidden} suppressed`;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(difference);
}

function largest(rows) {
  return [...rows].sort((a, b) => b.registered - a.registered)[0]?.code;
}

export async function run(page, check, ctx) {
  let filters;
  await check('pick a process, an office, an actor and a state', async () => {
    let best;
    for (const process of ctx.processes.filter((p) => p.candidacyCount > 0)) {
      const stats = await api('/api/v1/statistics', { process: process.key });
      const answered = stats.income.respondents.denominator;
      if (!best || answered > best.answered) {
        best = { process: process.key, stats, answered };
      }
    }
    if (!best) throw new Error('no process has candidacies');
    const { byOffice, byActor } = best.stats.status;
    const { items: states } = await api('/api/v1/geography/states', {
      process: best.process,
    });
    filters = {
      process: best.process,
      office: largest(byOffice),
      actor: largest(byActor),
      state: states[0]?.code,
    };
    if (!filters.office || !filters.actor || !filters.state) {
      throw new Error(`incomplete filters: ${JSON.stringify(filters)}`);
    }
    return Object.values(filters).join(', ');
  });

  await check('the tables show the API figures of the process', async () => {
    await page.goto(`${baseUrl}${pathFor({ process: filters.process })}`, {
      timeout,
    });
    await waitForHeading(page, heading);
    return assertTablesMatch(page, { process: filters.process });
  });

  await check(
    'each table follows a chart with a text alternative',
    async () => {
      const problems = await page.$$eval('main table', (tables) =>
        tables.flatMap((table) => {
          const block = table.closest('section');
          const chart = block?.querySelector('canvas[role="img"]');
          const label = chart?.getAttribute('aria-label') ?? '';
          if (!chart) return [`${table.caption?.innerText}: no chart`];
          const before =
            chart.compareDocumentPosition(table) &
            Node.DOCUMENT_POSITION_FOLLOWING;
          if (!before) return [`${label}: the chart comes after its table`];
          if (!label.startsWith('Gráfica de barras')) {
            return [`${table.caption?.innerText}: chart without a label`];
          }
          if (chart.width === 0 || chart.height === 0) {
            return [`${label}: the chart was not drawn`];
          }
          return [];
        }),
      );
      if (problems.length > 0) throw new Error(problems.join('; '));
    },
  );

  await check('the page passes the audit', () => audit(page, ctx));

  await check('an office chosen in the form reaches the tables', async () => {
    const select = page.getByLabel('Cargo', { exact: true });
    await select
      .locator(`option[value="${filters.office}"]`)
      .waitFor({ state: 'attached', timeout });
    await select.selectOption(filters.office);
    await page.getByRole('button', { name: 'Ver estadísticas' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('office') === filters.office,
      { timeout },
    );
    return assertTablesMatch(page, {
      process: filters.process,
      office: filters.office,
    });
  });

  await check(
    'an address with an actor and a state shows its figures',
    async () => {
      const { process, actor, state } = filters;
      await page.goto(`${baseUrl}${pathFor({ process, actor, state })}`, {
        timeout,
      });
      await waitForHeading(page, heading);
      const detail = await assertTablesMatch(page, { process, actor, state });
      await audit(page, ctx);
      return detail;
    },
  );

  await check('without filters the tables cover every process', async () => {
    await page.goto(`${baseUrl}/estadisticas`, { timeout });
    await waitForHeading(page, heading);
    return assertTablesMatch(page, {});
  });

  await check('suppressed cells read as suppressed, never as 0', async () => {
    const altered = withSuppressed(
      await api('/api/v1/statistics', { process: filters.process }),
    );
    const isStatistics = (url) => url.pathname === '/api/v1/statistics';
    // The loaded data may hold no suppressed cell: the browser gets the API's
    // answer with two cells suppressed the way the API suppresses them.
    await page.route(isStatistics, (route) => route.fulfill({ json: altered }));
    try {
      await page.goto(`${baseUrl}${pathFor({ process: filters.process })}`, {
        timeout,
      });
      await waitForHeading(page, heading);
      const detail = await assertTablesMatch(page, {}, altered);
      await audit(page, ctx);
      return detail;
    } finally {
      await page.unroute(isStatistics);
    }
  });
}
