/** Campaign sequences (REFERENCE.md §12): validation, numeric `_ref` assignment, `content[]` slots. */
import { InputError, isRecord, oneOf, optInt, optStr, reqStr, type Input } from '../core/params';
import type { Campaign, ContentBlock, Step } from '../seed/types';
import type { Runtime } from '../runtime';

const TYPES = ['email', 'delay', 'trigger', 'goal', 'linkedin'] as const;
const WAIT_LIMITS: Record<string, number> = { minutes: 43200, hours: 720, days: 30 };
const LINKEDIN_ACTIONS = [
  'visit',
  'like',
  'follow',
  'invite',
  'message',
  'in_mail',
  'connected_on_linkedin',
  'check_connection_level',
  'endorse_skills',
];
const TRIGGER_ACTIONS = [
  'open',
  'click',
  'calendly',
  'connected_on_linkedin',
  'check_connection_level',
  'linkedin_in_mail_sent',
];
const NUMERIC = /^\d+$/;

function linkedinFields(raw: Input, fields: Record<string, unknown>): void {
  const action = oneOf(reqStr(raw, 'action'), LINKEDIN_ACTIONS, 'action');
  fields['action'] = action;
  if (action === 'invite' || action === 'message' || action === 'in_mail')
    fields['body'] = reqStr(raw, 'body');
  if (action === 'in_mail') fields['subject'] = reqStr(raw, 'subject');
  if (action === 'endorse_skills') fields['value'] = optInt(raw, 'value', { min: 1, max: 5 }) ?? 1;
  if (action === 'check_connection_level') {
    const value = raw['value'];
    const ok =
      Array.isArray(value) &&
      value.length >= 1 &&
      value.length <= 2 &&
      new Set(value).size === value.length &&
      value.every((item) => [1, 2, 3].includes(Number(item)));
    if (!ok) throw new InputError('check_connection_level value must be 1–2 unique values from 1, 2, 3.');
    fields['value'] = value.map(Number);
  }
}

/** Validates one step's own fields (links are checked once all refs are known). */
function stepFields(raw: Input, type: Step['type']): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const link of ['next', 'yes', 'no']) {
    const value = optStr(raw, link);
    if (value !== undefined) fields[link] = value;
  }
  if (type === 'delay' || type === 'trigger') {
    const waitingType =
      oneOf(reqStr(raw, 'waiting_type'), Object.keys(WAIT_LIMITS), 'waiting_type') ?? 'days';
    fields['waiting_type'] = waitingType;
    fields['waiting_val'] =
      optInt(raw, 'waiting_val', { min: 1, max: WAIT_LIMITS[waitingType] ?? 30 }) ??
      (() => {
        throw new InputError('The waiting_val field is required.');
      })();
  }
  if (type === 'trigger') fields['action'] = oneOf(reqStr(raw, 'action'), TRIGGER_ACTIONS, 'action');
  if (type === 'linkedin') linkedinFields(raw, fields);
  if (type === 'goal') fields['goal_name'] = reqStr(raw, 'goal_name');
  if (type === 'email') {
    fields['content_slots'] = optInt(raw, 'content_slots', { min: 1, max: 15 }) ?? 1;
    for (const key of ['subject', 'body']) if (optStr(raw, key) !== undefined) fields[key] = optStr(raw, key);
  }
  return fields;
}

function blankBlock(id: number): ContentBlock {
  return { id, subject: '', body: '', plainText: false, usage: 'active', written: false };
}

/** Content ids an updated email step keeps: those listed in its `content[]`, plus new slots up to content_slots. */
function keptContent(raw: Input, existing: Step, slots: number): number[] {
  const listed = raw['content'];
  // §12: an email step updated by numeric _ref must carry content[] copied from GET.
  if (!Array.isArray(listed) || listed.length === 0)
    throw new InputError(`Step ${existing._ref}: content[] is required when updating an email step.`);
  const ids = listed.map((item: unknown) => Number(isRecord(item) ? item['id'] : item));
  if (ids.some((id) => !existing.contentIds.includes(id)))
    throw new InputError(`Step ${existing._ref}: unknown content id.`);
  return ids.length >= slots
    ? ids
    : [
        ...ids,
        ...Array.from({ length: slots - ids.length }, (_, at) => Math.max(...existing.contentIds) + 1 + at),
      ];
}

/**
 * Builds a sequence from a request. With `current`, numeric refs update existing steps (type fixed),
 * other refs are new steps, and omitted steps are deleted (§12 PATCH rules).
 */
export function buildSequence(
  rt: Runtime,
  input: unknown,
  current?: Campaign,
): { entry: string; steps: Step[]; content: Map<number, ContentBlock> } {
  if (!isRecord(input)) throw new InputError('The sequence field is required.');
  const rawSteps = input['steps'];
  if (!Array.isArray(rawSteps) || rawSteps.length === 0)
    throw new InputError('The sequence.steps field is required.');
  const refMap = new Map<string, string>();
  const content = new Map<number, ContentBlock>();
  const steps = rawSteps.map((raw: unknown): Step => {
    if (!isRecord(raw)) throw new InputError('Every step must be an object.');
    const given = reqStr(raw, '_ref');
    if (refMap.has(given)) throw new InputError(`Duplicate _ref ${given}.`);
    const type = oneOf(reqStr(raw, 'type'), TYPES, 'type') ?? 'email';
    const existing = current?.steps.find((step) => step._ref === given);
    if (current && NUMERIC.test(given) && !existing)
      throw new InputError(`Step ${given} does not exist in this campaign.`);
    if (existing && existing.type !== type)
      throw new InputError(`Step ${given}: the type of a step cannot change.`);
    const ref =
      existing?._ref ?? (NUMERIC.test(given) && !current ? given : String(1774000000000 + rt.nextId()));
    refMap.set(given, ref);
    const fields = stepFields(raw, type);
    let contentIds: number[] = [];
    if (type === 'email') {
      const slots = Number(fields['content_slots']);
      contentIds = existing
        ? keptContent(raw, existing, slots)
        : Array.from({ length: slots }, (_, slot) => Number(ref) * 10 + slot);
      for (const id of contentIds) content.set(id, current?.content.get(id) ?? blankBlock(id));
    }
    return { _ref: ref, type, fields, contentIds };
  });
  const entryGiven = reqStr(input, 'entry');
  const entry = refMap.get(entryGiven);
  if (entry === undefined) throw new InputError('sequence.entry must be the _ref of a step.');
  for (const step of steps) {
    for (const link of ['next', 'yes', 'no']) {
      const target = step.fields[link];
      if (typeof target !== 'string') continue;
      const mapped = refMap.get(target);
      if (mapped === undefined) throw new InputError(`Step ${step._ref}: ${link} points to an unknown step.`);
      step.fields[link] = mapped;
    }
    if (step.type === 'goal' && (step._ref === entry || step.fields['next'] !== undefined))
      throw new InputError('A goal must be last in its branch and not first.');
  }
  return { entry, steps, content };
}

/** A step as GET shows it: email steps list their `content[]` slots. */
export function stepView(step: Step, content: Map<number, ContentBlock>): Record<string, unknown> {
  const { next, ...rest } = step.fields;
  return {
    _ref: step._ref,
    type: step.type,
    ...rest,
    ...(step.type === 'email'
      ? {
          content: step.contentIds.map((id) => {
            const block = content.get(id);
            return { id, plain_text: block?.plainText ?? false, usage: block?.usage ?? 'active' };
          }),
        }
      : {}),
    ...(next === undefined ? {} : { next }),
  };
}
