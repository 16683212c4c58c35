import { describe, expect, it } from 'vitest';
import { resolveMacros } from '../../../lib/guide/resolve-macros';

describe('resolveMacros', () => {
  it.each([
    ['в %вставка ссылка_приложения(мобильном приложении Kaspi.kz)%', 'в мобильном приложении Kaspi.kz'],
    ['Заполните %вставка форма(деньги_не_поступили,форму)%.', 'Заполните форму.'],
    ['%вставка форма(деньги_не_поступили,Заполните форму)%', 'Заполните форму'],
    ['%вставка остались_вопросы(Kaspi Гидпен Чатқа)% жазыңыз', 'Kaspi Гидпен Чатқа жазыңыз'],
    ['Сұрағыңыз болса %вставка остались_вопросы()%', 'Сұрағыңыз болса '],
    ['%вставка без_аргументов%', ''],
    ['обрезано %вставка ссылка_приложения(прило', 'обрезано прило'],
  ])('should turn %s into its visible text', (input, output) => {
    expect(resolveMacros(input)).toBe(output);
  });

  it('should never leave a raw macro marker', () => {
    expect(resolveMacros('%ВСТАВКА x(y)% and %вставка')).not.toMatch(/вставка/i);
  });
});
