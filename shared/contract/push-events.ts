import { z } from 'zod';

/** Everything the application menu can ask the renderer to do. */
export const MENU_COMMANDS = [
  'newJourney',
  'openBundle',
  'import',
  'export',
  'undo',
  'redo',
  'showJourneys',
  'showActions',
  'showBundles',
  'showRemotes',
  'showSettings',
  'showShortcuts',
  'about',
] as const;
export const MenuCommand = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommand>;

/**
 * Push events: main -> renderer, the second map beside the request contract.
 * Each entry is the payload schema; preload checks a name against this map and the payload against its schema.
 */
export const events = {
  /** A menu item or accelerator was used. `path` is the file the user picked in a native dialog (Open bundle…, Import…, Export…). */
  'menu.command': z.object({ command: MenuCommand, path: z.string().min(1).optional() }).strict(),
  /** The OS asked the app to open a `.journeys.zip` (double click, second launch, macOS open-file). */
  'app.openFile': z.object({ path: z.string().min(1) }).strict(),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** Whether a string names a push event (preload refuses anything else). */
export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
