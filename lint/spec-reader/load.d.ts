// Types of ./load.js.
import type { JsonObject } from './index.js';
export declare const specPath: string;
export declare function loadSpec(path?: string): JsonObject;
