/**
 * The typed sender for UI surfaces and content scripts. Handlers answer with Result values, so a
 * rejected promise here means the background was unreachable (restarting or not installed).
 */
export { sendMessage } from './protocol';
export type { AuthState, MessageName, ProtocolMap } from './protocol';
