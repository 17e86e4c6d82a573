// A request body the mock reads as JSON: an application, a decision. Whether it is JSON is decided by
// the media type exactly (its parameters aside), as the reference server decides it: a body sent as
// `application/json-patch+json` is not taken for an application.
export const isJsonMediaType = (request: Request): boolean =>
  (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';

/** The body parsed, or undefined when it is not JSON. */
export async function parsedJson(request: Request): Promise<{ value: unknown } | undefined> {
  try {
    return { value: await request.json() };
  } catch {
    return undefined;
  }
}
