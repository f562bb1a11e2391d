/** Aliases the API reads and ingest writes; concrete versioned indices hide behind them. */
export interface IndexNames {
  items: string;
  meetings: string;
}

export function indexNames(prefix: string): IndexNames {
  return { items: `${prefix}items`, meetings: `${prefix}meetings` };
}
