import type { ParticipantApi } from './participant-service.ts';

/**
 * What the backend needs to share a workshop on the local network. Only a host that may open
 * a port to the room provides one (`tejido serve`, the Electron shell); the CLI and tests
 * that pass none get `share.unavailable` from `workshops.shareStart`.
 */
export interface LanHost {
  /**
   * Starts a separate server on the LAN that answers only the participant routes, through
   * `api`. Resolves with the join page's URL for each LAN address, preferred first.
   */
  start(api: ParticipantApi): Promise<{ joinUrls: string[] }>;
  /** Closes that server and every connection to it; the loopback server is not touched. */
  stop(): Promise<void>;
}
