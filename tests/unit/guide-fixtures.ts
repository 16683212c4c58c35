import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeSanitizer, ingestCaptureDirs } from '../../lib/cli/read-capture-dir';

export const GUIDE_DIR = 'assets/guide';
export const SEED_RU = 'seed-ru-red-bill-monthly-payment-q13150.txt';
export const SEED_KZ = 'seed-kz-bonus-save-general.txt';
export const BOTH_ENDS_CUT = [
  'capture-client-kz-goods-credit-debt-monthly-payment-q13177.txt',
  'capture-client-kz-new-auto-q2289.txt',
  'capture-partner-kz-cashier-conditions-q3079.txt',
  'capture-partner-ru-cashier-payments-q2493.txt',
  'capture-partner-ru-pos-conditions-q2776.txt',
];

/** A capture from assets/guide as text. */
export function readCapture(name: string): string {
  return readFileSync(join(GUIDE_DIR, name), 'utf8');
}

let ingested: ReturnType<typeof ingestCaptureDirs> | null = null;
/** Every bundled capture, ingested once per test file. */
export function ingestBundled() {
  return (ingested ??= ingestCaptureDirs([GUIDE_DIR]));
}

let sanitizer: ReturnType<typeof createNodeSanitizer> | null = null;
export function nodeSanitizer() {
  return (sanitizer ??= createNodeSanitizer());
}
