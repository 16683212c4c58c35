/** Heaps' law: a text of n words holds about K·n^β distinct word forms. */
export interface HeapsLaw {
  k: number;
  beta: number;
}

/** Distinct forms expected in a text of `words` words. */
export function formsAt(law: HeapsLaw, words: number): number {
  return law.k * Math.pow(words, law.beta);
}

/**
 * Fits K and β by least squares on log V = log K + β log n, with the
 * vocabulary growth sampled at geometrically spaced points of the text (so
 * the long tail of the text does not outvote its start).
 */
export function fitHeapsLaw(forms: string[]): HeapsLaw {
  if (forms.length < 2) throw new Error('fitHeapsLaw: needs at least two words');
  const seen = new Set<string>();
  const xs: number[] = [];
  const ys: number[] = [];
  let next = 1;
  forms.forEach((form, i) => {
    seen.add(form);
    const n = i + 1;
    if (n >= next || n === forms.length) {
      xs.push(Math.log(n));
      ys.push(Math.log(seen.size));
      next = n + 1;
    }
  });
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
  });
  const beta = sxx === 0 ? 1 : sxy / sxx;
  return { k: Math.exp(my - beta * mx), beta };
}
