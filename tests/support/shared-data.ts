/** The team's real meeting listings (../shared/data), read in place and never copied; tests skip without them. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data', import.meta.url));
export const hasSharedData = existsSync(SHARED_DATA);
export const sharedFile = (name: string) => `${SHARED_DATA}/${name}`;
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/feeds/${name}`, import.meta.url));
export const NO_SHARED_DATA = 'skipped: ../shared/data (the real meeting listings) is not on this machine';
