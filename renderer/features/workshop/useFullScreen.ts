import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * The projector screen can fill the display. Browsers may refuse (no user gesture, kiosk):
 * the screen is large and high-contrast anyway, so a refusal only leaves the window as is.
 */
export function useFullScreen(element: RefObject<HTMLElement | null>) {
  const [full, setFull] = useState(false);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement === element.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [element]);
  const toggle = useCallback(() => {
    const target = element.current;
    if (!target) return;
    if (document.fullscreenElement === target) void document.exitFullscreen();
    else if (document.fullscreenEnabled)
      target.requestFullscreen().catch((error: unknown) => {
        console.info('Full screen was refused; the workshop screen stays in the window', error);
      });
  }, [element]);
  return { full, toggle };
}
