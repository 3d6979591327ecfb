// What each entrypoint ships, gzipped: the JS and CSS its HTML loads up front, what it may load
// later (import()), and the store packages as uploaded.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSizeOf } from '../e2e/js-before-ready.ts';
import { kb } from './stats.ts';
import type { Row } from './table.ts';

/** The chunks a module imports statically (`import … from "./x.js"`), as build paths. */
function staticImports(build: string, chunk: string): string[] {
  const code = readFileSync(join(build, chunk), 'utf8');
  return [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$\s{},*]+from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => `chunks/${m[1]}`);
}

/** Files an extension page loads up front: its module script and everything that imports
 *  statically (the build adds no modulepreload links), and its stylesheets. */
function upfrontOf(build: string, html: string): { js: string[]; css: string[] } {
  const text = readFileSync(join(build, html), 'utf8');
  const refs = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => (m[1] ?? '').replace(/^\//, ''));
  const js = new Set<string>();
  const queue = refs(/<script[^>]*\bsrc="([^"]+)"/g);
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (js.has(next)) continue;
    js.add(next);
    queue.push(...staticImports(build, next));
  }
  return { js: [...js].sort(), css: refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g) };
}

/** `chunks/popup-DJoe9wK1.js` → `chunks/popup.js`: names that stay the same from build to build. */
const unhashed = (path: string) => path.replace(/-[\w-]{8}(?=\.(js|css)$)/, '');

const sum = (build: string, files: string[]) => files.reduce((total, f) => total + gzipSizeOf(build, f), 0);

export function entrypointRows(build: string): Row[] {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { background?: { service_worker?: string } };
  const rows: Row[] = [];
  const upfront = new Set<string>();
  for (const page of ['popup.html', 'options.html', 'capture.html']) {
    const { js, css } = upfrontOf(build, page);
    js.forEach((f) => upfront.add(f));
    rows.push([`${page.replace('.html', '')} JS (up front)`, kb(sum(build, js)), '', js.map(unhashed).join(', ')]);
    rows.push([`${page.replace('.html', '')} CSS (up front)`, kb(sum(build, css)), '', css.map(unhashed).join(', ')]);
  }
  const worker = manifest.background?.service_worker;
  if (worker) rows.push(['worker JS', kb(gzipSizeOf(build, worker)), '', worker]);
  // Chunks no page loads up front: the sections and converters that load on demand.
  const later = readdirSync(join(build, 'chunks')).map((f) => `chunks/${f}`).filter((f) => f.endsWith('.js') && !upfront.has(f));
  for (const chunk of later.sort()) rows.push([`on demand: ${unhashed(chunk).replace(/^chunks\/|\.js$/g, '')}`, kb(gzipSizeOf(build, chunk)), '', 'import() when first needed']);
  return rows;
}

/** The store zips `npm run zip` wrote (already compressed: their size as uploaded). */
export function zipRows(outputDir: string): Row[] {
  return readdirSync(outputDir)
    .filter((f) => f.endsWith('.zip'))
    .sort()
    .map((f): Row => [f, kb(statSync(join(outputDir, f)).size), '', 'zip as uploaded']);
}
