import * as v from 'valibot';

// A campaign's `sequence` as sent to create / PATCH (REFERENCE.md §12): steps linked by `_ref`.

const Ref = v.union(
  [v.pipe(v.string(), v.nonEmpty('A step _ref cannot be empty')), v.number()],
  'A step _ref is a string or number',
);
const WAIT_MAX = { minutes: 43_200, hours: 720, days: 30 } as const;

/** One block of a campaign sequence. */
export const StepInputSchema = v.pipe(
  v.object({
    _ref: Ref,
    type: v.picklist(
      ['email', 'delay', 'trigger', 'goal', 'linkedin'],
      'Step type is email, delay, trigger, goal or linkedin',
    ),
    next: v.optional(Ref),
    yes: v.optional(Ref),
    no: v.optional(Ref),
    waiting_type: v.optional(
      v.picklist(['minutes', 'hours', 'days'], 'waiting_type is minutes, hours or days'),
    ),
    waiting_val: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'waiting_val is at least 1'))),
    action: v.optional(v.pipe(v.string(), v.nonEmpty())),
    goal_name: v.optional(v.pipe(v.string(), v.nonEmpty())),
    content_slots: v.optional(
      v.pipe(
        v.number(),
        v.integer(),
        v.minValue(1, 'content_slots is 1–15'),
        v.maxValue(15, 'content_slots is 1–15'),
      ),
    ),
    subject: v.optional(v.string()),
    body: v.optional(v.string()),
    value: v.optional(v.union([v.number(), v.array(v.number())])),
    // PATCH: email steps being kept must carry content[] copied from GET (§12).
    content: v.optional(
      v.array(
        v.object({
          id: v.union([v.number(), v.string()]),
          plain_text: v.optional(v.boolean()),
          usage: v.optional(v.string()),
        }),
      ),
    ),
  }),
  v.forward(
    v.check(
      (s) =>
        (s.type !== 'delay' && s.type !== 'trigger') ||
        (s.waiting_type !== undefined && s.waiting_val !== undefined),
      'Delay and trigger steps need waiting_type and waiting_val',
    ),
    ['waiting_val'],
  ),
  v.forward(
    v.check(
      (s) =>
        s.waiting_type === undefined ||
        s.waiting_val === undefined ||
        s.waiting_val <= WAIT_MAX[s.waiting_type],
      'Wait is at most 43200 minutes / 720 hours / 30 days',
    ),
    ['waiting_val'],
  ),
  v.forward(
    v.check(
      (s) => (s.type !== 'linkedin' && s.type !== 'trigger') || s.action !== undefined,
      'LinkedIn and trigger steps need an action',
    ),
    ['action'],
  ),
  v.forward(
    v.check((s) => s.type !== 'goal' || s.goal_name !== undefined, 'Goal steps need a goal_name'),
    ['goal_name'],
  ),
);

/** The whole flow: `entry` must name one of the steps. */
export const SequenceInputSchema = v.pipe(
  v.object({
    entry: Ref,
    steps: v.pipe(v.array(StepInputSchema), v.minLength(1, 'A sequence needs at least one step')),
  }),
  v.forward(
    v.check(
      (s) => s.steps.some((step) => String(step._ref) === String(s.entry)),
      'entry must be the _ref of one of the steps',
    ),
    ['entry'],
  ),
);
