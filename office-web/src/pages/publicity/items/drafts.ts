import type { Me } from '../../../me';
import type { ItemView } from '../api/types';
import { needsEditor } from '../shared/review';

/** Whether an item was suggested by another service's event (a delegation approved, a visit completed …). */
export function fromEvent(item: ItemView): boolean {
  return item.origin.kind === 'EVENT';
}

/**
 * The drafts an editor should write on: open items with a version never submitted or sent back, that the
 * editor drafted or that an event suggested (nobody's yet).
 */
export function draftsFor(me: Me | undefined, items: ItemView[]): ItemView[] {
  return items.filter(
    (item) =>
      item.status === 'DRAFT' &&
      item.versions.some((version) => needsEditor(version.review)) &&
      (fromEvent(item) || item.draftedBy === me?.subject),
  );
}
