/**
 * Options before `--` (or before the first non-option); everything after is
 * positional text. Names in `flags` take no value.
 */
export function parseArgs(argv: string[], flags: ReadonlySet<string> = new Set()): { options: Map<string, string>; positional: string[] } {
  const options = new Map<string, string>();
  const positional: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('--')) break;
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) options.set(name, inline);
    else if (flags.has(name)) options.set(name, 'true');
    else options.set(name, argv[++i] ?? '');
  }
  positional.push(...argv.slice(i));
  return { options, positional };
}
