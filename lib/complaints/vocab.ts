// A complaint is a Report row with a due date: a public problem report, a
// review of two stars or fewer ('review'), or a station several workers say is
// gone ('gone'). No zod here: client components import these constants.

/** What a complaint can be about: the report form's categories and the two that other paths open. */
export const COMPLAINT_CATEGORIES = ['closed', 'wrong_location', 'wrong_hours', 'amenities', 'other', 'review', 'gone'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** The stages the sender follows on the private link. */
export const COMPLAINT_STAGES = ['received', 'in_progress', 'answered', 'rejected'] as const;
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];

/** The union's reply (or reason for rejecting), shown to the sender. Same bound as the report queue's note. */
export const REPLY_MAX = 500;

/** The stage of a Report row: status says whether it is decided, progress how far an open one has got. */
export function complaintStage(r: { status: string; progress: string }): ComplaintStage {
  if (r.status === 'resolved') return 'answered';
  if (r.status === 'dismissed') return 'rejected';
  return r.progress === 'in_progress' ? 'in_progress' : 'received';
}
