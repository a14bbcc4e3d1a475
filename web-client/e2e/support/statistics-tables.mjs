// What the statistics page must show for an answer of GET
// /api/v1/statistics, table by table, and the comparison with what it shows.
const number = new Intl.NumberFormat('es-MX');

const count = (n) => ({ count: n });
const share = (part, whole) => ({
  share:
    part === null || part === undefined || whole <= 0 ? null : part / whole,
});
const hiddenCount = { suppressed: 'count' };
const hiddenShare = { suppressed: 'share' };
const none = { none: true };

// Cells, then the sum of the suppressed ones, then "no answer".
function lines(breakdown) {
  const rows = breakdown.cells.map((c) => ({
    key: c.code,
    label: c.label,
    count: c.suppressed ? null : c.count,
  }));
  if (breakdown.suppressedTotal !== null) {
    rows.push({
      key: '#suppressed',
      label: 'Suma de las celdas suprimidas',
      count: breakdown.suppressedTotal,
    });
  }
  rows.push({
    key: '#none',
    label: 'Sin respuesta',
    count: breakdown.noAnswer,
  });
  return rows;
}

function pair(value, denominator) {
  if (value === undefined) return [none, none];
  if (value === null) return [hiddenCount, hiddenShare];
  return [count(value), share(value, denominator)];
}

function statusTable(title, rows, total) {
  const line = (r) => [
    r.label,
    count(r.registered),
    count(r.captured),
    share(r.captured, r.registered),
    count(r.published),
    share(r.published, r.registered),
  ];
  return { caption: title, rows: [...rows.map(line), line(total)] };
}

function breakdownTable(title, b) {
  const d = b.denominator;
  return {
    caption: `${title}. Denominador: ${number.format(d)} candidaturas`,
    rows: [
      ...lines(b).map((l) => [l.label, ...pair(l.count, d)]),
      ['Total (denominador)', count(d), share(d, d)],
    ],
  };
}

function identityTable(group) {
  const all = lines(group.candidacies);
  const answered = lines(group.respondents);
  const keys = [
    ...all.map((l) => l.key),
    ...answered.map((l) => l.key).filter((k) => !all.some((l) => l.key === k)),
  ];
  const a = group.candidacies.denominator;
  const r = group.respondents.denominator;
  const rows = keys.map((key) => {
    const x = all.find((l) => l.key === key);
    const y = answered.find((l) => l.key === key);
    return [(x ?? y).label, ...pair(x?.count, a), ...pair(y?.count, r)];
  });
  rows.push([
    'Total (denominador)',
    count(a),
    share(a, a),
    count(r),
    share(r, r),
  ]);
  return {
    caption:
      `${group.label} (pregunta ${group.question}). Denominadores: ` +
      `${number.format(a)} candidaturas publicadas y ${number.format(r)}`,
    rows,
  };
}

export function expectedTables(stats) {
  const { total, byActor, byOffice } = stats.status;
  if (total.registered === 0) return [];
  const tables = [
    statusTable(
      'Por partido, coalición o candidatura independiente',
      byActor,
      total,
    ),
    statusTable('Por cargo', byOffice, total),
  ];
  if (stats.sex.denominator > 0) {
    tables.push(
      breakdownTable('Sexo', stats.sex),
      breakdownTable('Rango de edad', stats.age),
      breakdownTable('Grado máximo de estudios', stats.education),
    );
  }
  if (stats.income.candidacies.denominator > 0) {
    tables.push(...[stats.income, ...stats.identity].map(identityTable));
  }
  return tables;
}

export async function readTables(page) {
  return page.$$eval('main table', (tables) =>
    tables.map((t) => ({
      caption: t.caption?.innerText ?? '',
      rows: [...t.querySelectorAll('tbody tr, tfoot tr')].map((tr) =>
        [...tr.children].map((cell) => cell.innerText),
      ),
    })),
  );
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();

function cellError(want, text, threshold) {
  const shown = squash(text);
  if (want.none) return shown.startsWith('—') ? null : 'expected "—"';
  // A suppressed count says "Menos de N" in words, never a number of its own.
  if (want.suppressed === 'count') {
    const words = `Menos de ${number.format(threshold)}`;
    return shown.startsWith(words) && /suprimid/i.test(shown)
      ? null
      : `expected "${words} (suprimido…)"`;
  }
  if (want.suppressed === 'share') {
    return /^suprimid/i.test(shown) ? null : 'expected "Suprimido"';
  }
  if ('count' in want) {
    const ok =
      /^[\d,]+$/.test(shown) && shown.replace(/,/g, '') === String(want.count);
    return ok ? null : `expected ${want.count}`;
  }
  if (want.share === null) return shown.startsWith('—') ? null : 'expected "—"';
  const value = Number.parseFloat(shown.replace(/[^\d.]/g, ''));
  const ok =
    shown.includes('%') && Math.abs(value - 100 * want.share) <= 0.0501;
  return ok ? null : `expected ${(100 * want.share).toFixed(1)} %`;
}

// Null when the page shows exactly the expected tables, else the first
// difference.
export function compareTables(expected, shown, threshold) {
  if (expected.length !== shown.length) {
    return `the page shows ${shown.length} tables, the API's answer makes ${expected.length}`;
  }
  for (const [t, want] of expected.entries()) {
    const got = shown[t];
    if (!squash(got.caption).startsWith(want.caption)) {
      return `table ${t + 1}: caption "${squash(got.caption)}", expected "${want.caption}…"`;
    }
    if (got.rows.length !== want.rows.length) {
      return `"${want.caption}": ${got.rows.length} rows, expected ${want.rows.length}`;
    }
    for (const [r, row] of want.rows.entries()) {
      const cells = got.rows[r];
      if (squash(cells[0]) !== row[0]) {
        return `"${want.caption}" row ${r + 1}: "${squash(cells[0])}", expected "${row[0]}"`;
      }
      if (cells.length !== row.length) {
        return `"${want.caption}" row "${row[0]}": ${cells.length} cells`;
      }
      for (let c = 1; c < row.length; c += 1) {
        const error = cellError(row[c], cells[c], threshold);
        if (error) {
          return `"${want.caption}" row "${row[0]}" cell ${c + 1}: "${squash(cells[c])}", ${error}`;
        }
      }
    }
  }
  return null;
}

export function countCells(tables) {
  let cells = 0;
  let hidden = 0;
  for (const table of tables) {
    for (const row of table.rows) {
      cells += row.length - 1;
      hidden += row.filter((v) => v.suppressed === 'count').length;
    }
  }
  return { cells, hidden };
}

// The same answer with two cells of the first identity group suppressed, as
// the API does for non-public answers under the threshold; the sums still
// add up. Lets a journey see suppressed cells whatever data is loaded.
export function withSuppressed(stats) {
  const copy = structuredClone(stats);
  const group = copy.identity[0];
  for (const breakdown of [group.candidacies, group.respondents]) {
    const hidden = breakdown.cells.slice(0, 2);
    breakdown.suppressedTotal = hidden.reduce((sum, c) => sum + c.count, 0);
    for (const cell of hidden) {
      cell.count = null;
      cell.suppressed = true;
    }
  }
  return copy;
}
