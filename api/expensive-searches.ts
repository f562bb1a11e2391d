import { E_TIMEOUT, Semaphore, withTimeout, type SemaphoreInterface } from 'async-mutex';
import { HTTPException } from 'hono/http-exception';
import { EXPENSIVE_SEARCH_WAIT_MS, EXPENSIVE_SEARCHES_MAX } from './limits.js';

export interface ExpensiveSearchBudget {
  /** Expensive searches running at once. */
  concurrency: number;
  /** How long one waits for a slot before it is turned away. */
  waitMs: number;
}

export const BUSY_MESSAGE = 'Der kører allerede mange tunge søgninger (med * eller mange ord). Prøv igen om lidt, eller gør søgningen mere præcis.';

/**
 * Runs expensive searches (user-query.ts `isExpensiveQuery`) a few at a time, queued in arrival order, and
 * cheap ones at once, so that a burst of `a* b* c*` cannot starve an ordinary `teams`. A search that waits
 * longer than the budget allows gets a 503.
 */
export class ExpensiveSearches {
  private readonly slots: SemaphoreInterface;

  constructor(budget: ExpensiveSearchBudget = { concurrency: EXPENSIVE_SEARCHES_MAX, waitMs: EXPENSIVE_SEARCH_WAIT_MS }) {
    this.slots = withTimeout(new Semaphore(budget.concurrency), budget.waitMs);
  }

  async run<T>(expensive: boolean, search: () => Promise<T>): Promise<T> {
    if (!expensive) return search();
    try {
      return await this.slots.runExclusive(search);
    } catch (error) {
      if (error === E_TIMEOUT) throw new HTTPException(503, { message: BUSY_MESSAGE });
      throw error;
    }
  }
}
