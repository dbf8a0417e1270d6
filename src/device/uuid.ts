/**
 * The UUID a 6.0 unit gives each firewall object (`set uuid 0532be84-a6e0-51e8-35fa-93ef6072f3cf`:
 * 8-4-4-4-12 hex, the third group starting with `5` on the 6.0-era units whose backups show them).
 * **Decision** (docs/fortios-6.0.md §3.1): a real unit derives it from its clock; fgsim's is made from
 * the table and the object's name (and, for a name used before, how often), so every build of a
 * scenario prints the same lines.
 */
import { sha256 } from './sha256';

export const NO_UUID = '00000000-0000-0000-0000-000000000000';

export function objectUuid(table: string, name: string, salt = 0): string {
  const hex = [...sha256(new TextEncoder().encode(`fgsim-uuid\u0000${table}\u0000${name}\u0000${salt}`))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
