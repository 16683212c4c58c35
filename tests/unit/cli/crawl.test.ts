import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandInGuide, type StandInGuide } from '../../e2e/stand-in-guide';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the crawler CLI; `stopWhen` (checked on every request the stand-in logs) sends SIGTERM. */
function crawl(args: string[], stopWhen?: () => boolean): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/crawl.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const watch =
      stopWhen &&
      setInterval(() => {
        if (!stopWhen()) return;
        child.kill('SIGTERM');
        clearInterval(watch);
      }, 5);
    child.on('close', (code) => {
      if (watch) clearInterval(watch);
      resolve({ code, stdout, stderr });
    });
  });
}

const lastLine = (run: Run) => run.stdout.trim().split('\n').at(-1)!;
const outputIds = (dir: string) =>
  readFileSync(join(dir, 'guide-questions.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { id: number }).id);
const FINAL_LINE = /^crawl: (\d+) pages, (\d+) questions \(ru (\d+), kz (\d+)\), (\d+) skipped by robots\.txt, (\d+) errors$/;

describe('npm run crawl against a stand-in guide', () => {
  let guide: StandInGuide;
  let offSite: Server;
  let offSiteHits = 0;
  const out = mkdtempSync(join(tmpdir(), 'kgh-crawl-'));
  const DELAY = 50;
  let first: Run;
  let firstRequests: StandInGuide['requests'];

  beforeAll(async () => {
    offSite = createServer((_req, res) => {
      offSiteHits++;
      res.end('elsewhere');
    });
    await new Promise<void>((resolve) => offSite.listen(0, '127.0.0.1', () => resolve()));
    guide = await startStandInGuide({ offSiteUrl: `http://127.0.0.1:${(offSite.address() as AddressInfo).port}/elsewhere` });
    first = await crawl(['--base', guide.base, '--out', out, '--delay-ms', String(DELAY)]);
    firstRequests = [...guide.requests];
  }, 120_000);
  afterAll(async () => {
    await guide?.close();
    await new Promise<void>((resolve) => offSite.close(() => resolve()));
    rmSync(out, { recursive: true, force: true });
  });

  it('should find every allowed question and end with the summary line', () => {
    expect(first.code).toBe(0);
    expect(new Set(outputIds(out))).toEqual(guide.allowedIds);
    const summary = FINAL_LINE.exec(lastLine(first));
    expect(summary).not.toBeNull();
    expect(Number(summary![2])).toBe(guide.allowedIds.size);
    expect(Number(summary![3]) + Number(summary![4])).toBe(guide.allowedIds.size);
    expect(Number(summary![5])).toBe(1);
    expect(Number(summary![6])).toBe(0);
  });

  it('should request nothing robots.txt disallows, no other host, and read robots.txt first', () => {
    expect(firstRequests[0]!.path).toBe('/robots.txt');
    expect(firstRequests.filter((r) => r.path.startsWith(guide.disallowedPrefix))).toEqual([]);
    for (const id of guide.disallowedIds) expect(outputIds(out)).not.toContain(id);
    expect(offSiteHits).toBe(0);
    expect(new Set(firstRequests.map((r) => r.host))).toEqual(new Set([new URL(guide.base).host]));
  });

  it('should keep its requests apart and never fetch a page twice in a pass', () => {
    const gaps = firstRequests.slice(1).map((r, i) => r.at - firstRequests[i]!.at);
    // The next request waits `DELAY` after the last response was read: the server sees at least that gap (1 ms clock slack).
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(DELAY - 1);
    const counts = new Map<string, number>();
    for (const r of firstRequests) counts.set(r.path, (counts.get(r.path) ?? 0) + 1);
    const repeated = [...counts].filter(([, n]) => n > 1).map(([path]) => path).sort();
    expect(repeated).toEqual([guide.flakyPath, guide.retryAfterPath].sort());
  });

  it('should honour Retry-After on a 429 and retry a 500 until it recovers', () => {
    const limited = firstRequests.filter((r) => r.path === guide.retryAfterPath);
    expect(limited.map((r) => r.status)).toEqual([429, 200]);
    expect(limited[1]!.at - limited[0]!.at).toBeGreaterThanOrEqual(990);
    expect(firstRequests.filter((r) => r.path === guide.flakyPath).map((r) => r.status)).toEqual([500, 500, 200]);
    expect(first.stderr).toMatch(/retry in 1s: HTTP 429/);
  });

  it('should follow a redirect within the guide and keep hostile answers sanitised', () => {
    expect(firstRequests.find((r) => r.path === '/client/ru/old-product')?.status).toBe(301);
    expect(firstRequests.some((r) => r.path === '/client/ru/p4')).toBe(true);
    const hostile = readFileSync(join(out, 'guide-questions.jsonl'), 'utf8').trim().split('\n')
      .map((line) => JSON.parse(line) as { id: number; html: string })
      .filter((q) => q.id >= 900001);
    expect(hostile.length).toBeGreaterThan(10);
    for (const q of hostile) expect(q.html).not.toMatch(/<script|onerror|onload|javascript:|<iframe|<form|<style/i);
  });

  it('should print plain progress lines when not on a terminal', () => {
    expect(first.stderr).toMatch(/^\d+\/\d+ read \(\d+ questions\) http:\/\/127\.0\.0\.1:\d+\/client\/ru\/p\d+\/c\d+\/q\d+$/m);
    expect(first.stderr).not.toContain('\r');
  });

  it('should refresh unchanged pages with conditional requests and download no bodies', async () => {
    const before = readFileSync(join(out, 'guide-questions.jsonl'), 'utf8');
    const from = guide.requests.length;
    const refresh = await crawl(['--base', guide.base, '--out', out, '--delay-ms', '0']);
    expect(refresh.code).toBe(0);
    const requests = guide.requests.slice(from);
    const pages = requests.filter((r) => r.path !== '/robots.txt' && r.status !== 301);
    expect(pages.length).toBeGreaterThan(300);
    expect(pages.every((r) => r.status === 304)).toBe(true);
    expect(refresh.stdout).toMatch(/page bytes downloaded: 0,/);
    expect(readFileSync(join(out, 'guide-questions.jsonl'), 'utf8')).toBe(before);
  }, 120_000);

  it('should give ingest a file it reads', async () => {
    const ingest = await new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/ingest.ts', out], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (code) => resolve({ code, stdout, stderr: '' }));
    });
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain(`guide-questions.jsonl: ${guide.allowedIds.size} complete, 0 partial`);
  });
});

describe('a crawl stopped halfway', () => {
  it('should continue where it stopped, losing nothing and repeating nothing', async () => {
    const guide = await startStandInGuide();
    const out = mkdtempSync(join(tmpdir(), 'kgh-crawl-resume-'));
    try {
      const stopped = await crawl(['--base', guide.base, '--out', out, '--delay-ms', '5'], () => guide.requests.length >= 120);
      expect(stopped.stdout).toMatch(/stopped: run the same command again to continue/);
      const firstRun = guide.requests.length;
      expect(firstRun).toBeLessThan(200);
      const resumed = await crawl(['--base', guide.base, '--out', out, '--delay-ms', '5']);
      expect(resumed.code).toBe(0);
      expect(new Set(outputIds(out))).toEqual(guide.allowedIds);
      const counts = new Map<string, number>();
      for (const r of guide.requests) counts.set(r.path, (counts.get(r.path) ?? 0) + 1);
      const repeated = [...counts].filter(([path, n]) => n > 1 && path !== '/robots.txt').map(([path]) => path).sort();
      expect(repeated).toEqual([guide.flakyPath, guide.retryAfterPath].sort());
      expect(counts.get('/robots.txt')).toBe(2);
    } finally {
      await guide.close();
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('crawl options', () => {
  it('should refuse an unknown section and a missing --out with its usage', async () => {
    const bad = await crawl(['--out', '/tmp/x', '--sections', 'client/en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown section "client\/en"/);
    const noOut = await crawl([]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/usage: npm run crawl/);
  });
});
