import { networkInterfaces } from 'node:os';
import { TejidoError } from '../../shared/api/errors.ts';
import type { LanHost } from '../backend/workshop/lan-host.ts';
import { startLanServer } from './lan-server.ts';

export interface LanShareOptions {
  /** The built renderer (out/renderer), for the participant page and its assets. */
  staticDir: string;
  /** 0 lets the system choose a free port each time sharing starts. */
  port?: number;
  /** Where to listen: every IPv4 interface by default. Tests pass 127.0.0.1. */
  hostname?: string;
  /** The addresses to put in join URLs; by default this machine's non-internal IPv4 ones. */
  addresses?: () => string[];
  log?: (message: string, error: unknown) => void;
}

/**
 * The LAN host used by `tejido serve` and the Electron shell: while a workshop is shared, a
 * second HTTP server listens on the room's network for participants. Stopping closes it and
 * every connection to it; the loopback server the app itself uses is a different server.
 */
export function lanShare(options: LanShareOptions): LanHost {
  let running: Awaited<ReturnType<typeof startLanServer>> | null = null;
  const addresses = options.addresses ?? lanAddresses;
  return {
    async start(api) {
      await running?.close();
      running = null;
      const found = addresses();
      if (found.length === 0) throw new TejidoError('share.noNetwork');
      running = await startLanServer({
        api,
        staticDir: options.staticDir,
        hostname: options.hostname ?? '0.0.0.0',
        port: options.port ?? 0,
        log: options.log,
      });
      const { port } = running;
      return { joinUrls: found.map((address) => `http://${address}:${port}/join`) };
    },
    async stop() {
      const server = running;
      running = null;
      await server?.close();
    },
  };
}

/**
 * This machine's IPv4 addresses that other devices could reach, the likeliest first:
 * private ranges (a room's Wi-Fi router) before anything else.
 */
export function lanAddresses(): string[] {
  const found = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
  const rank = (address: string) => (isPrivate(address) ? 0 : 1);
  return [...new Set(found)].sort((a, b) => rank(a) - rank(b));
}

function isPrivate(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number);
  return a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31);
}
