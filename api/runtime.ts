/**
 * The configuration of the running process, set once at start-up by createApp. Services that
 * need a setting (the bcrypt cost) read it here instead of threading it through every call.
 */
import type { Config } from './config';

let active: Config | null = null;

export function setCurrentConfig(config: Config): void {
  active = config;
}

export function currentConfig(): Config {
  if (!active) throw new Error('Configuration not loaded: call createApp() first');
  return active;
}
