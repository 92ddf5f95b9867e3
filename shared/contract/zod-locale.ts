import { z } from 'zod';

/** Zod's own messages (types, sizes) in Vietnamese wherever a schema gives none of its own. */
z.config(z.locales.vi());
