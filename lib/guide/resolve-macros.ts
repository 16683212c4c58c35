/**
 * `%вставка NAME(ARGS)%`: a template macro of the guide. What a reader sees is
 * its last argument (possibly empty); `%вставка NAME%` without arguments shows nothing.
 */
const MACRO = /%\s*вставка\s+[^%(]*?(?:\(([^%]*)\))?\s*%/giu;
/** A macro left without its closing `%` (cut or malformed): drop marker and name, keep the text. */
const STRAY_MARKER = /%\s*вставка(?:\s+[^\s(%]*\(?)?/giu;

/** Replaces every guide macro with its visible text; never leaves `%вставка` behind. */
export function resolveMacros(html: string): string {
  return html
    .replace(MACRO, (_m, args: string | undefined) => {
      if (!args) return '';
      const parts = args.split(',');
      return parts[parts.length - 1]!.trim();
    })
    .replace(STRAY_MARKER, '');
}
