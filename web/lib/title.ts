import { useEffect } from 'preact/hooks';

export const APP_NAME = 'Referat Radar';

/** Sets document.title to "<page> · Referat Radar" (just the app name for an empty page title). */
export function useTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
