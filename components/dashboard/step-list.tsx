import type { ComponentChildren } from 'preact';
import type { Step } from '../../lib/messaging/protocol/outreach';

export interface StepListProps {
  readonly steps: readonly Step[];
  /** The editor of one content slot (A/B variant) of an e-mail step. */
  readonly renderSlot: (step: Step, contentId: number, slot: number) => ComponentChildren;
}

function describeStep(step: Step): string {
  switch (step.type) {
    case 'delay':
      return `Wait ${step.waiting_val ?? '?'} ${step.waiting_type ?? ''}`.trim();
    case 'trigger':
      return `Branch on ${step.action ?? 'a condition'}`;
    case 'goal':
      return `Goal: ${step.goal_name ?? 'end'}`;
    case 'linkedin':
      return `LinkedIn: ${step.action ?? 'action'}`;
    default:
      return step.type;
  }
}

/** The sequence in order; e-mail steps list their content slots. */
export function StepList({ steps, renderSlot }: StepListProps) {
  const emailRefs = steps.filter((step) => step.type === 'email').map((step) => step._ref);
  return (
    <ol class="steps">
      {steps.map((step) => {
        if (step.type !== 'email') {
          return (
            <li key={step._ref} class="step step-muted">
              {describeStep(step)}
            </li>
          );
        }
        return (
          <li key={step._ref} class="step">
            <h2>E-mail step {emailRefs.indexOf(step._ref) + 1}</h2>
            {step.content.length === 0 ? <p class="muted">This step has no content slots.</p> : null}
            {step.content.map((slot, index) => (
              <div key={slot.id} class="slot">
                {renderSlot(step, slot.id, index)}
              </div>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
