// Shared pieces of the end-to-end journeys: settings, the API client, the
// check runner and the page audits (axe-core, reflow, demo banner).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const baseUrl = trimSlash(
  process.env.BASE_URL ?? 'http://127.0.0.1:5173',
);
export const apiUrl = trimSlash(process.env.API_URL ?? 'http://127.0.0.1:5080');
export const outDir = join(here, '..', '..', 'test-results');
export const axePath = join(
  here,
  '..',
  '..',
  'node_modules',
  'axe-core',
  'axe.min.js',
);
export const timeout = 15_000;

function trimSlash(url) {
  return url.replace(/\/+$/, '');
}

export function squash(text) {
  return text.replace(/\s+/g, ' ').trim();
}

// A missing endpoint is a failure, never a reason to skip a journey.
export async function api(path, params = {}) {
  const url = new URL(`${apiUrl}${path}`);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(name, String(value));
    }
  }
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(
      `GET ${url.pathname}${url.search} answered ${response.status}`,
    );
  }
  return response.json();
}

export const results = [];

// One line per check. Within a journey, a check after a failed one is
// reported as failed (not run), so the totals never hide a skipped step.
export function journeyRunner(journey) {
  let broken = false;
  return async function check(name, run) {
    const label = `${journey}: ${name}`;
    if (broken) {
      results.push({ name: label, ok: false });
      console.log(`FAIL ${label} (not run: an earlier check failed)`);
      return;
    }
    try {
      const detail = await run();
      results.push({ name: label, ok: true });
      console.log(`PASS ${label}${detail ? ` (${detail})` : ''}`);
    } catch (error) {
      broken = true;
      results.push({ name: label, ok: false });
      console.log(
        `FAIL ${label}: ${String(error?.message ?? error).split('\n')[0]}`,
      );
    }
  };
}

export async function runAxe(page) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document);
    return result.violations.map(
      (v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target?.join(' ')}`,
    );
  });
  if (violations.length > 0) {
    throw new Error(`axe: ${violations.join('; ')}`);
  }
}

export async function assertNoSideScroll(page) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
  if (overflow > 1)
    throw new Error(`the page scrolls sideways by ${overflow} px`);
}

export async function assertDemoBanner(page, expectBanner) {
  if (!expectBanner) return;
  const banner = page.getByText('Datos ficticios de demostración');
  await banner.first().waitFor({ state: 'visible', timeout });
}

// axe-core, no sideways scrolling at the phone width, and the fictitious-data
// label when the data in view is a demonstration.
export async function audit(page, ctx) {
  await assertDemoBanner(page, ctx.allDemo);
  await assertNoSideScroll(page);
  await runAxe(page);
}

export async function waitForHeading(page, name) {
  const heading = page.getByRole('heading', { level: 1, name });
  await heading.waitFor({ state: 'visible', timeout });
  return heading;
}

// Presses Tab until the element is focused; fails when it never is.
export async function tabTo(page, locator, max = 80) {
  const handle = await locator.elementHandle({ timeout });
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await handle.evaluate(
      (el) => el === document.activeElement,
    );
    if (focused) return;
  }
  throw new Error(`Tab never reached ${locator}`);
}

// The focused element must show a visible outline (the :focus-visible ring).
export async function assertFocusVisible(page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  if (!style) throw new Error('nothing has the focus');
  if (style.style === 'none' || style.width < 2) {
    throw new Error(
      `the focus ring is not visible (${style.style} ${style.width}px)`,
    );
  }
}

// Chooses an option of a focused <select> with the arrow keys only.
export async function chooseWithKeys(page, select, value) {
  await select
    .locator(`option[value="${value}"]`)
    .waitFor({ state: 'attached', timeout });
  const [target, current] = await select.evaluate((el, v) => {
    const index = [...el.options].findIndex((o) => o.value === v);
    return [index, el.selectedIndex];
  }, value);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i += 1) {
    await page.keyboard.press(key);
  }
  const chosen = await select.inputValue();
  if (chosen !== value)
    throw new Error(`the select holds "${chosen}", not "${value}"`);
}

export function placeOf(contest) {
  const { state, municipality, district } = contest.area;
  return district ? { state, district } : { state, municipality };
}
