import { fileURLToPath } from 'node:url';

/** Where tests keep the language models and word vectors between runs. */
export const TEST_CACHE_DIR = fileURLToPath(new URL('../../.cache/test', import.meta.url));
