export interface CreditCostProps {
  /** The most this action may spend. */
  readonly credits: number;
  readonly balance: number | null;
  /** How the cost is counted, in a few words. */
  readonly what: string;
}

/** "May cost up to N credits": said before a bulk action runs, with a warning when short. */
export function CreditCost({ credits, balance, what }: CreditCostProps) {
  const isShort = balance !== null && credits > balance;
  return (
    <p class={isShort ? 'credit-cost warn-text' : 'credit-cost muted small'}>
      {credits === 0
        ? `Free: ${what}.`
        : `May cost up to ${credits} ${credits === 1 ? 'credit' : 'credits'} (${what}).`}
      {isShort ? ` You have ${balance} left.` : ''}
    </p>
  );
}
