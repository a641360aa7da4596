import { randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Join codes are read off a projector and typed on phones: no 0/O, 1/I/L or U/V pairs that
 * look alike. Six of these 29 characters give 594 million codes; with the attempt limits in
 * the participant service a guesser would need years, while the code lives for one session.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

/** What people type: any case, with spaces or dashes between groups. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function joinCodeMatches(typed: string, code: string): boolean {
  const given = Buffer.from(normaliseJoinCode(typed));
  const expected = Buffer.from(code);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
