// Matches a path below the base path against the API's path patterns (`:id` is one segment, which
// must be a valid id: anything else cannot name a resource, so it is a 404 like an unknown id).
import { IdSchema } from '@ino/sdk';

export interface Match {
  pattern: string;
  params: Record<string, string>;
}

export function createRouter(patterns: readonly string[]): (path: string) => Match | undefined {
  const compiled = patterns.map((pattern) => ({
    pattern,
    names: [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]!),
    regex: new RegExp(`^${pattern.replace(/:\w+/g, '([^/]+)')}/?$`),
  }));
  return (path) => {
    for (const { pattern, names, regex } of compiled) {
      const found = regex.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      for (const [i, name] of names.entries()) {
        const value = found[i + 1]!;
        if (!IdSchema.safeParse(value).success) return undefined;
        params[name] = value;
      }
      return { pattern, params };
    }
    return undefined;
  };
}
