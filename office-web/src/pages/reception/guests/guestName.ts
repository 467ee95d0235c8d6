import type { Guest } from '../model';

/** A guest's name as the office writes it: native script, then Latin script. */
export function guestName(guest: Pick<Guest, 'nativeName' | 'latinName'> | undefined): string {
  if (!guest) return '';
  return [guest.nativeName, guest.latinName].filter(Boolean).join(' / ');
}
