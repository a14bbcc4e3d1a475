// Fails when the JavaScript a first visit must download (the entry script and
// the chunks index.html preloads) exceeds the budget, measured gzipped.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const budgetKb = 150;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

function initialScripts(html) {
  const found = new Set();
  const patterns = [
    /<script[^>]*type="module"[^>]*src="([^"]+\.js)"/g,
    /<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g,
  ];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern)) found.add(match[1]);
  }
  return [...found];
}

let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error('dist/index.html not found: run `npm run build` first.');
  process.exit(1);
}

const scripts = initialScripts(html);
if (scripts.length === 0) {
  console.error('dist/index.html references no JavaScript module.');
  process.exit(1);
}

let total = 0;
for (const src of scripts) {
  const file = join(dist, src.replace(/^\//, ''));
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  total += size;
  console.log(`${src}: ${(size / 1024).toFixed(1)} KB gzip`);
}

const totalKb = total / 1024;
const verdict = totalKb <= budgetKb ? 'within' : 'over';
console.log(
  `initial JS: ${totalKb.toFixed(1)} KB gzip (${verdict} ${budgetKb} KB budget)`,
);
process.exit(totalKb <= budgetKb ? 0 : 1);
