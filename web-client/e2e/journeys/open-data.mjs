import {
  api,
  audit,
  baseUrl,
  squash,
  timeout,
  waitForHeading,
} from '../support/harness.mjs';

export const name = 'open data';

const contentTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  ndjson: 'application/x-ndjson',
};

async function linksIn(page, region) {
  return page
    .getByRole('region', { name: region, exact: true })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((a) => ({ text: a.innerText, href: a.href })),
    );
}

// Reads the body too, so the whole file is produced without an error.
async function download(href) {
  const response = await fetch(href);
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body,
  };
}

function assertBody(file, body) {
  const text = body.toString('utf8');
  if (file.endsWith('.csv') && !text.startsWith('\uFEFF')) {
    throw new Error(`${file} has no UTF-8 BOM`);
  }
  if (file.endsWith('.xlsx') && body.subarray(0, 2).toString() !== 'PK') {
    throw new Error(`${file} is not an Excel (zip) file`);
  }
  if (file === 'datapackage.json' && !JSON.parse(text).resources?.length) {
    throw new Error('datapackage.json lists no resource');
  }
  if (file.endsWith('.json') && file !== 'datapackage.json') {
    if (!Array.isArray(JSON.parse(text)))
      throw new Error(`${file} is no array`);
  }
  if (file.endsWith('.ndjson')) {
    const first = text.split('\n').find((line) => line.trim());
    if (first) JSON.parse(first);
  }
}

export async function run(page, check, ctx) {
  let process;
  let other;
  let links;
  await check('pick the smallest process with candidacies', async () => {
    const withData = ctx.processes
      .filter((p) => p.candidacyCount > 0)
      .sort((a, b) => a.candidacyCount - b.candidacyCount);
    process = withData[0]?.key;
    other = withData[1]?.key ?? '';
    if (!process) throw new Error('no process has candidacies');
    return `${process} (${withData[0].candidacyCount} candidacies)`;
  });

  await check('each format and layout has a download link', async () => {
    await page.goto(`${baseUrl}/datos-abiertos?process=${process}`, {
      timeout,
    });
    await waitForHeading(page, 'Datos abiertos');
    links = await linksIn(page, 'Descargas');
    const files = links.map((l) => {
      const url = new URL(l.href);
      return `${url.pathname.split('/').pop()}|${url.searchParams.get('layout') ?? ''}`;
    });
    const want = [
      ...Object.keys(contentTypes).flatMap((f) => [
        `candidacies.${f}|`,
        `candidacies.${f}|ine`,
      ]),
      'candidacies-identity.csv|',
      'datapackage.json|',
    ];
    const missing = want.filter((w) => !files.includes(w));
    if (missing.length > 0 || files.length !== want.length) {
      throw new Error(`links: ${files.join(', ')}; missing ${missing}`);
    }
    const stray = links.find(
      (l) => new URL(l.href).searchParams.get('process') !== process,
    );
    if (stray) throw new Error(`${stray.href} is not for ${process}`);
    return `${links.length} links`;
  });

  await check('every download answers 200 with its content type', async () => {
    for (const link of links) {
      const file = new URL(link.href).pathname.split('/').pop();
      const extension = file.split('.').pop();
      const want = contentTypes[extension];
      const got = await download(link.href);
      if (got.status !== 200) {
        throw new Error(`${link.href} answered ${got.status}`);
      }
      if (!got.type.startsWith(want)) {
        throw new Error(`${link.href} is ${got.type}, not ${want}`);
      }
      assertBody(file, got.body);
    }
    return `${links.length} files`;
  });

  await check('the dictionary tables equal the API dictionary', async () => {
    const { items } = await api('/api/v1/exports/dictionary');
    const region = page.getByRole('region', {
      name: 'Diccionario de datos',
      exact: true,
    });
    const tables = region.locator('table');
    await tables
      .nth(Math.max(items.length - 1, 0))
      .waitFor({ state: 'attached', timeout });
    const shown = await tables.evaluateAll((list) =>
      list.map((t) => ({
        caption: t.caption?.innerText ?? '',
        // The type cell shows a Spanish label over the API's raw type.
        rows: [...t.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.children].map(
            (cell) =>
              cell.querySelector('.dictionary-raw-type')?.innerText ??
              cell.innerText,
          ),
        ),
        spanishTypes: [...t.querySelectorAll('.dictionary-type')].map(
          (cell) => cell.firstChild?.nodeType === Node.TEXT_NODE,
        ),
      })),
    );
    if (shown.length !== items.length) {
      throw new Error(`${shown.length} tables for ${items.length} files`);
    }
    let columns = 0;
    for (const [index, file] of items.entries()) {
      const table = shown[index];
      if (!table.caption.includes(file.file)) {
        throw new Error(`table ${index + 1} is "${table.caption}"`);
      }
      const want = file.columns.map((c) =>
        [c.name, c.type, c.description].map(squash),
      );
      const got = table.rows.map((row) => row.map(squash));
      const first = want.findIndex(
        (row, i) => JSON.stringify(row) !== JSON.stringify(got[i]),
      );
      if (first >= 0 || got.length !== want.length) {
        throw new Error(
          `${file.file} (${file.layout}) row ${first + 1}: ` +
            `${JSON.stringify(got[first])}, API ${JSON.stringify(want[first])}`,
        );
      }
      if (table.spanishTypes.some((labelled) => !labelled)) {
        throw new Error(`${file.file} (${file.layout}): a type has no label`);
      }
      columns += want.length;
    }
    return `${items.length} files, ${columns} columns`;
  });

  await check('the API documentation links answer', async () => {
    const docs = await linksIn(page, 'API');
    const byPath = Object.fromEntries(
      docs.map((l) => [new URL(l.href).pathname, l.href]),
    );
    const swagger = await download(byPath['/swagger/index.html']);
    if (swagger.status !== 200 || !swagger.type.startsWith('text/html')) {
      throw new Error(`Swagger UI: ${swagger.status} ${swagger.type}`);
    }
    const json = await download(byPath['/openapi/v1.json']);
    const doc = JSON.parse(json.body.toString('utf8'));
    if (json.status !== 200 || !String(doc.openapi).startsWith('3.')) {
      throw new Error(`OpenAPI JSON: ${json.status}, openapi ${doc.openapi}`);
    }
    const yaml = await download(byPath['/openapi/v1.yaml']);
    if (yaml.status !== 200 || !yaml.body.toString().includes('openapi:')) {
      throw new Error(`OpenAPI YAML: ${yaml.status}`);
    }
    return `${Object.keys(doc.paths ?? {}).length} paths documented`;
  });

  await check('the page passes the audit', () => audit(page, ctx));

  await check('another process changes the links', async () => {
    await page.getByLabel('Proceso electoral').selectOption(other);
    await page.waitForURL(
      (url) => (url.searchParams.get('process') ?? '') === other,
      { timeout },
    );
    // The address changes a moment before the page renders the new links.
    const deadline = Date.now() + timeout;
    let wrong;
    do {
      const next = await linksIn(page, 'Descargas');
      wrong = next.find(
        (l) => (new URL(l.href).searchParams.get('process') ?? '') !== other,
      );
      if (wrong) await page.waitForTimeout(100);
    } while (wrong && Date.now() < deadline);
    if (wrong) throw new Error(`${wrong.href} is not for "${other}"`);
    return other || 'all processes';
  });
}
