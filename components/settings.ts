import { storage } from '#imports';

/** The user chose to hide the launcher button on kaspi.kz (the shortcut and menu still open the panel). */
export const hideLauncher = storage.defineItem<boolean>('local:hideLauncher', { fallback: false });
