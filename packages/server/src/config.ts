// Everything the server can be told, from the environment (docs/server.md has the table).
import { BlockList, isIP } from 'node:net';
import { resolve } from 'node:path';
import { DEFAULT_OFFER_WINDOW_SECONDS } from '@ino/contract';

export interface RateLimit {
  /** Requests a client may make at once (the bucket's size). */
  burst: number;
  /** Seconds in which an empty bucket fills up again. */
  perSeconds: number;
}

export interface Config {
  host: string;
  port: number;
  /** True when PORT was not given: `npm start` then tries the next ports when 8080 is taken. */
  portIsDefault: boolean;
  /** Where the API is mounted. */
  basePath: string;
  /** A PostgreSQL server; without it the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string;
  databasePoolSize: number;
  dataDir: string;
  /** Load the bundled dataset into an empty database at start. */
  seed: 'if-empty' | 'never';
  /** Origins whose pages may POST applications; `*` for any. The server's own origin always may. */
  allowedOrigins: '*' | string[];
  /** Origins whose pages may call the organiser API (/admin); none by default, never `*`. */
  adminOrigins: string[];
  rateLimitGet?: RateLimit;
  rateLimitPost?: RateLimit;
  /** The proxies in front (CDN, load balancer) whose X-Forwarded-For is believed; empty trusts none. */
  trustedProxies: BlockList;
  maxBodyBytes: number;
  /** How long an offered seat is held before it passes on (§4.2), in seconds; never past the first session. */
  offerWindowSeconds: number;
  /** Days after a track is over that its applications lose their personal data (§4.3, repositories/retention.ts). */
  retentionDays: number;
  /** Active applications a track takes from one client address; 0: no cap (docs/server.md, "Seat squatting"). */
  applicationsPerAddress: number;
  /** With INO_CONFIRM_EMAIL: seconds an application holds its place until the applicant opens the manage link; unset: no confirmation. */
  confirmEmailSeconds?: number;
  /** Where problem types live (an absolute URL ending in `/problems/`); unset: under the server's own address. */
  problemBase?: string;
  /** Serve examples/ and dist/ from this directory too (npm start). */
  staticRoot?: string;
  /** Who issues OIDC access tokens the organiser API accepts; unset: API tokens only. */
  oidc?: OidcConfig;
  /** How the mails to applicants (CONTRACT.md §5) leave. */
  mail: MailConfig;
  /** Memory for ready answers to public reads (src/http/cached-reads.ts); 0 turns the cache off. */
  readCacheBytes: number;
}

export interface MailConfig {
  /** `smtp://` or `smtps://`, with credentials; unset: each mail is written to `<dataDir>/mailbox/` instead. */
  smtpUrl?: string;
  /** The From address, `Name <address>` or a bare address. */
  from: string;
  /** The page that embeds `<ino-application-status>`; the manage link is this with `#token=…`. Unset: the example page on this server. */
  manageUrl?: string;
}

export interface OidcConfig {
  /** The issuer's URL, exactly as tokens carry it in `iss`. */
  issuer: string;
  audience: string;
  /** The claim holding the scopes: a space-separated string or an array. */
  scopesClaim: string;
  /**
   * The claim holding the organisation ids a token is limited to (a space-separated string or an
   * array); unset: OIDC tokens are not limited. Set, a token without the claim is limited to none.
   */
  organisationsClaim?: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 8080, 0, 65535),
    portIsDefault: !env.PORT,
    basePath: (env.INO_BASE_PATH || '/ino/v1').replace(/\/+$/, ''),
    databaseUrl,
    databasePoolSize: integer(env, 'INO_DATABASE_POOL_SIZE', 10, 1, 1000),
    dataDir: resolve(env.INO_DATA_DIR || '.data'),
    seed: oneOf(env, 'INO_SEED', ['if-empty', 'never'] as const, databaseUrl ? 'never' : 'if-empty'),
    allowedOrigins: origins(env.INO_ALLOWED_ORIGINS),
    adminOrigins: adminOrigins(env.INO_ADMIN_ORIGINS),
    rateLimitGet: rateLimit(env, 'INO_RATE_LIMIT_GET', '600/60'),
    rateLimitPost: rateLimit(env, 'INO_RATE_LIMIT_POST', '30/60'),
    trustedProxies: proxies(env.INO_TRUSTED_PROXIES),
    maxBodyBytes: integer(env, 'INO_MAX_BODY_BYTES', 32 * 1024, 1024, 1024 * 1024),
    offerWindowSeconds: integer(env, 'INO_OFFER_WINDOW', DEFAULT_OFFER_WINDOW_SECONDS, 60, 90 * 86_400),
    retentionDays: integer(env, 'INO_RETENTION_DAYS', 180, 0, 3650),
    applicationsPerAddress: integer(env, 'INO_APPLICATIONS_PER_ADDRESS', 3, 0, 100_000),
    confirmEmailSeconds: confirmEmail(env.INO_CONFIRM_EMAIL),
    staticRoot: env.INO_STATIC_ROOT ? resolve(env.INO_STATIC_ROOT) : undefined,
    problemBase: problemBase(env.INO_PROBLEM_BASE),
    oidc: oidc(env),
    mail: mail(env),
    readCacheBytes: integer(env, 'INO_READ_CACHE_BYTES', 64 * 1024 * 1024, 0, 64 * 1024 * 1024 * 1024),
  };
}

/**
 * With a mail server, the operator names the sender and the manage page: mails to real people must not
 * come from a made-up address or link to the example site. Without one, mails go to the mailbox folder.
 */
function mail(env: Record<string, string | undefined>): MailConfig {
  const smtpUrl = env.INO_SMTP_URL || undefined;
  if (smtpUrl) {
    let url: URL | undefined;
    try {
      url = new URL(smtpUrl);
    } catch {
      // reported below
    }
    if (!url || !['smtp:', 'smtps:'].includes(url.protocol))
      throw new ConfigError('INO_SMTP_URL must look like smtps://user:password@smtp.example.org or smtp://smtp.example.org:587, not the value given.');
    if (!env.INO_MAIL_FROM)
      throw new ConfigError('INO_SMTP_URL is set but INO_MAIL_FROM is not: name the sender, e.g. "Leertrajecten <leertrajecten@example.org>".');
    if (!env.INO_MANAGE_URL)
      throw new ConfigError(
        'INO_SMTP_URL is set but INO_MANAGE_URL is not: give the page that embeds <ino-application-status>, e.g. https://www.example.org/mijn-inschrijving.',
      );
  }
  const from = env.INO_MAIL_FROM || 'InnovatieNetwerk Overheid <no-reply@localhost>';
  if (!/^(?:[^<>]*<)?[^\s<>@]+@[^\s<>@]+>?$/.test(from.trim()))
    throw new ConfigError(
      `INO_MAIL_FROM must be an address, optionally with a name: "Leertrajecten <leertrajecten@example.org>", not ${JSON.stringify(from)}.`,
    );
  return { smtpUrl, from: from.trim(), manageUrl: manageUrl(env.INO_MANAGE_URL) };
}

/** An absolute https URL (http only for localhost) without a fragment: the token goes there. */
function manageUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  const loopback = url?.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (!url || !(url.protocol === 'https:' || loopback) || url.hash)
    throw new ConfigError(
      `INO_MANAGE_URL must be an absolute https URL without a #fragment, such as https://www.example.org/mijn-inschrijving, not ${JSON.stringify(raw)}.`,
    );
  return url.href;
}

/** The issuer must be https: its keys decide who may publish. Plain http only on loopback, for tests. */
function oidc(env: Record<string, string | undefined>): OidcConfig | undefined {
  const issuer = env.INO_OIDC_ISSUER;
  const audience = env.INO_OIDC_AUDIENCE;
  if (!issuer) {
    for (const name of ['INO_OIDC_AUDIENCE', 'INO_OIDC_ORGANISATIONS_CLAIM'])
      if (env[name])
        throw new ConfigError(`${name} is set but INO_OIDC_ISSUER is not: set INO_OIDC_ISSUER and INO_OIDC_AUDIENCE to accept OIDC access tokens.`);
    return undefined;
  }
  let url: URL | undefined;
  try {
    url = new URL(issuer);
  } catch {
    // reported below
  }
  const loopback = url?.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname);
  if (!url || !(url.protocol === 'https:' || loopback))
    throw new ConfigError(`INO_OIDC_ISSUER must be an absolute https URL such as https://authenticatie.vlaanderen.be/op, not ${JSON.stringify(issuer)}.`);
  if (!audience) throw new ConfigError('INO_OIDC_ISSUER is set but INO_OIDC_AUDIENCE is not: name the audience the tokens are issued for.');
  return { issuer, audience, scopesClaim: env.INO_OIDC_SCOPES_CLAIM || 'scope', organisationsClaim: env.INO_OIDC_ORGANISATIONS_CLAIM || undefined };
}

function integer(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(raw)}.`);
  return value;
}

function oneOf<const T extends readonly string[]>(env: Record<string, string | undefined>, name: string, values: T, fallback: T[number]): T[number] {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!values.includes(raw)) throw new ConfigError(`${name} must be one of ${values.join(', ')}, not ${JSON.stringify(raw)}.`);
  return raw;
}

/** The organiser API carries bearer tokens: every origin allowed by name, so `*` is refused. */
function adminOrigins(raw: string | undefined): string[] {
  if (raw?.trim() === '*') throw new ConfigError('INO_ADMIN_ORIGINS names the organiser origins one by one (https://beheer.example.org); * is not allowed.');
  return origins(raw, 'INO_ADMIN_ORIGINS') as string[];
}

function origins(raw: string | undefined, name = 'INO_ALLOWED_ORIGINS'): '*' | string[] {
  if (raw?.trim() === '*') return '*';
  const list = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const origin of list) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError(`${name}: ${JSON.stringify(origin)} is not an origin such as https://www.gent.be.`);
    }
    if (parsed.origin !== origin)
      throw new ConfigError(`${name}: write ${JSON.stringify(parsed.origin)}, not ${JSON.stringify(origin)} (scheme, host and port only).`);
  }
  return list;
}

/** `off` (the default), `on` (24 hours) or the seconds an unconfirmed application holds its place (5 minutes to 30 days). */
function confirmEmail(raw: string | undefined): number | undefined {
  if (!raw || raw === 'off') return undefined;
  if (raw === 'on') return 86_400;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 300 || seconds > 30 * 86_400)
    throw new ConfigError(`INO_CONFIRM_EMAIL must be off, on (24 hours) or the seconds from 300 to 2592000, not ${JSON.stringify(raw)}.`);
  return seconds;
}

/** An absolute http(s) URL whose path ends in `/problems/` (the slash is added when missing). */
function problemBase(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const base = raw.endsWith('/') ? raw : `${raw}/`;
  let url: URL | undefined;
  try {
    url = new URL(base);
  } catch {
    // reported below
  }
  if (!url || !['https:', 'http:'].includes(url.protocol) || !url.pathname.endsWith('/problems/') || url.search || url.hash) {
    throw new ConfigError(
      `INO_PROBLEM_BASE must be an absolute URL ending in /problems/, such as https://api.gent.be/ino/problems/, not ${JSON.stringify(raw)}.`,
    );
  }
  return url.href;
}

/** Comma-separated addresses and CIDR blocks, IPv4 or IPv6: `10.0.0.0/8,2001:db8::/32,192.0.2.7`. */
function proxies(raw: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (/^\d+$/.test(entry)) {
      throw new ConfigError(`INO_TRUSTED_PROXIES takes the proxies' addresses or CIDR blocks (10.0.0.0/8,2001:db8::/32), no longer a count: ${entry}.`);
    }
    const [address = '', prefix, ...rest] = entry.split('/');
    const version = isIP(address);
    const bits = version === 6 ? 128 : 32;
    const length = prefix === undefined ? bits : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!version || rest.length || !(length >= 0 && length <= bits)) {
      throw new ConfigError(`INO_TRUSTED_PROXIES: ${JSON.stringify(entry)} is not an IP address or a CIDR block such as 10.0.0.0/8 or 2001:db8::/32.`);
    }
    list.addSubnet(address, length, version === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
}

/** `N/S`: a burst of N requests, refilled over S seconds; `off` for none. */
function rateLimit(env: Record<string, string | undefined>, name: string, fallback: string): RateLimit | undefined {
  const raw = env[name] || fallback;
  if (raw === 'off') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
    throw new ConfigError(`${name} must look like 30/60 (a burst of 30, refilled over 60 seconds) or be off, not ${JSON.stringify(raw)}.`);
  return { burst: Number(match[1]), perSeconds: Number(match[2]) };
}
