/** This build's version; `define` compares it with an already registered copy. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
