import { useEffect, type RefObject } from 'react';

/**
 * Projector mode fills the screen with the map section. Full screen can be refused (no user
 * gesture, a kiosk browser): the mode still applies its large type and palette then. Leaving
 * full screen with the browser's own key leaves projector mode too.
 */
export function useProjector(
  section: RefObject<HTMLElement | null>,
  projector: boolean,
  setProjector: (on: boolean) => void,
): void {
  useEffect(() => {
    const element = section.current;
    if (!element) return;
    if (projector && document.fullscreenElement !== element && document.fullscreenEnabled) {
      element.requestFullscreen().catch((error: unknown) => {
        console.info('Full screen was refused; projector mode continues in the window', error);
      });
    }
    if (!projector && document.fullscreenElement === element) void document.exitFullscreen();
  }, [section, projector]);

  useEffect(() => {
    const onChange = () => {
      if (
        !document.fullscreenElement &&
        section.current?.classList.contains('map-screen--projector')
      )
        setProjector(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [section, setProjector]);
}
