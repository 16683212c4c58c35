import { defineLocalItem, isBoolean } from './local-storage-item';

/** The user chose to hide the launcher button on kaspi.kz (the shortcut and menu still open the panel). */
export const hideLauncher = defineLocalItem<boolean>('hideLauncher', false, isBoolean);
/** Learn the questions of the guide.kaspi.kz pages the user opens (on unless turned off). */
export const learnFromGuide = defineLocalItem<boolean>('learnFromGuide', true, isBoolean);
