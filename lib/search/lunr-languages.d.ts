declare module 'lunr-languages/lunr.stemmer.support' {
  const register: (lunr: unknown) => void;
  export default register;
}
declare module 'lunr-languages/lunr.ru' {
  const register: (lunr: unknown) => void;
  export default register;
}
declare module 'convert-layout/ru' {
  const layout: { toEn(text: string): string; fromEn(text: string): string };
  export default layout;
}
declare module 'convert-layout/kk' {
  const layout: { toEn(text: string): string; fromEn(text: string): string };
  export default layout;
}
