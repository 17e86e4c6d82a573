// The organiser's applications (CONTRACT.md §4.2): a track's list (or all of it as CSV), one
// application with its ETag, and a decision on it. A decision runs the contract's seat rules in one
// transaction under the track's lock (repositories/cohorts.ts), so it meets applications, the
// applicant's own cancel and accept, and the offer sweep one at a time. Offers past their deadline are
// expired before anything is read, so an organiser never sees a seat as offered that is no longer.
// Every read of personal data and every decision is in the audit log, by ids only.
import { DecisionRequestSchema } from '@ino/sdk';
import { acceptsCsv, applicationsCsv, applicationsCsvFileName, decide, ifMatchHolds } from '@ino/contract';
import { maySeeTrack } from '../auth/organisation-scope.js';
import { audit } from '../db/audit.js';
import { readJsonBody } from '../http/body.js';
import { ifMatchOf } from '../http/if-match.js';
import { HttpProblem } from '../http/problem.js';
import { cohortTransaction, lockCohort, saveCohort } from '../repositories/cohorts.js';
import { expireDueOffers } from '../repositories/offer-sweep.js';
import { allApplications, oneApplication, pageOfApplications, trackOfApplication, trackRecord } from '../repositories/organiser-applications.js';
import type { AdminRequest, AdminRoute } from './admin-route.js';

/** A decision is a word and a note of at most 1000 characters. */
const MAX_DECISION_BYTES = 8 * 1024;

const noTrack = (id: string) => new HttpProblem(404, 'not-found', `No learning track ${id}.`);
const noApplication = (id: string) => new HttpProblem(404, 'not-found', `No application ${id}.`);

const listApplications: AdminRoute = async (admin) => {
  const { db, params, query, identity, config, now } = admin;
  const trackId = params.id!;
  const record = await trackRecord(db, trackId);
  if (!record || !maySeeTrack(identity, record)) throw noTrack(trackId);
  await expireDueOffers(db, now, config.offerWindowSeconds, trackId);
  if (acceptsCsv(admin.request.headers.accept)) {
    const applications = await allApplications(db, trackId, query);
    await audit(db, {
      at: now,
      actor: identity.actor,
      action: 'applications.export',
      target: `learning-tracks/${trackId}`,
      detail: { count: applications.length },
    });
    return {
      status: 200,
      body: undefined,
      headers: { 'content-disposition': `attachment; filename="${applicationsCsvFileName(trackId, now)}"` },
      raw: { contentType: 'text/csv; charset=utf-8; header=present', bytes: Buffer.from(applicationsCsv(record.questions, applications)) },
    };
  }
  const page = await pageOfApplications(db, trackId, query);
  await audit(db, { at: now, actor: identity.actor, action: 'applications.list', target: `learning-tracks/${trackId}`, detail: { count: page.items.length } });
  return { status: 200, body: page };
};

/** The application's track when it exists and the identity may see it; 404 alike otherwise. */
async function visibleTrackOf({ db, params, identity }: AdminRequest): Promise<string> {
  const found = await trackOfApplication(db, params.id!);
  if (!found || !maySeeTrack(identity, found.record)) throw noApplication(params.id!);
  return found.trackId;
}

const getApplication: AdminRoute = async (admin) => {
  const { db, params, identity, config, now } = admin;
  const trackId = await visibleTrackOf(admin);
  await expireDueOffers(db, now, config.offerWindowSeconds, trackId);
  const found = (await oneApplication(db, params.id!))!;
  await audit(db, { at: now, actor: identity.actor, action: 'application.read', target: `applications/${params.id}`, detail: { trackId } });
  return { status: 200, body: found.application, headers: { etag: found.etag } };
};

const decideOnApplication: AdminRoute = async (admin) => {
  const { db, request, params, identity, config, now } = admin;
  const id = params.id!;
  const trackId = await visibleTrackOf(admin);
  const ifMatch = ifMatchOf(request.headers);
  if (!ifMatch) throw new HttpProblem(428, 'precondition-required', "Send If-Match with the application's ETag (from its GET): decide on the version you saw.");
  const parsed = DecisionRequestSchema.safeParse(await readJsonBody(request, MAX_DECISION_BYTES));
  if (!parsed.success)
    throw new HttpProblem(422, 'validation', 'This is not a decision: { "decision": "select" | "decline" | "waitlist" | "cancel", "note"?: "…" }.', {
      errors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), code: issue.code, message: issue.message })),
    });
  const { decision, note } = parsed.data;
  return cohortTransaction(db, trackId, async (tx) => {
    const locked = (await lockCohort(tx, trackId, config.offerWindowSeconds, [id]))!;
    const current = (await oneApplication(tx, id))!;
    if (!ifMatchHolds(ifMatch, current.etag))
      throw new HttpProblem(412, 'precondition-failed', `The application has changed since you read it; read it again (its ETag is ${current.etag}).`);
    const step = decide(locked.cohort, id, decision, now, identity.actor, note ?? undefined);
    if ('problem' in step) throw new HttpProblem(step.problem.status, step.problem.problem, step.problem.detail);
    await saveCohort(tx, trackId, locked, step.cohort, now);
    await audit(tx, {
      at: now,
      actor: identity.actor,
      action: 'application.decide',
      target: `applications/${id}`,
      detail: { trackId, decision, status: step.application.status },
    });
    const decided = (await oneApplication(tx, id))!;
    return { status: 200, body: decided.application, headers: { etag: decided.etag } };
  });
};

export const APPLICATIONS_ADMIN = { listApplications, getApplication, decideOnApplication };
