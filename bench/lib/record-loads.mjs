// `node --import ./bench/lib/record-loads.mjs …`: registers load-hooks.mjs.
import { register } from 'node:module';

register('./load-hooks.mjs', import.meta.url);
