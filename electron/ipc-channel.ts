/** The single IPC channel; the contract channel travels inside it and is checked on both sides. */
export const INVOKE_CHANNEL = 'journey-studio:invoke';
