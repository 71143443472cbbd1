/** The single IPC channel; the contract channel travels inside it and is checked on both sides. */
export const INVOKE_CHANNEL = 'journey-studio:invoke';

/** The single push channel main -> renderer; the event name travels inside it and preload checks it. */
export const EVENT_CHANNEL = 'journey-studio:event';
