/**
 * The write shelf: everything invite-advisor writes. The recommendation and notices (render), the two
 * drafts (drafts), the calendar hold (calendar-hold) and the raw MIME of every mail it sends (mime).
 * The words themselves are in templates/.
 */
import { ownerWords } from '../../../templates/templates.js';

export {
  renderTriage,
  renderRecommendation,
  renderNotice,
  renderDigest,
  renderNudge,
  renderOnTheDay,
  renderHowDidItGo,
  earlierChoice,
  isNoticeSubject,
  ownerOnlyLines,
  mailto,
  oneLine,
  inZone,
  dayInZone,
  type RenderedMail,
  type NoticeKind,
  type NoticeView,
  type RecommendationInput,
  type EarlierChoice,
  type DigestInput,
  type DigestInvitation,
  type DigestNotice,
  type NudgeInput,
  type OnTheDayInput,
  type HowDidItGoInput,
} from './render.js';
export { composeDrafts, replySubject, describeSlot, type Draft, type Drafts, type DraftContext } from './drafts.js';
export { calendarHold } from './calendar-hold.js';
export { renderWeeklyDigest, type WeeklyDigestInput, type WeeklyEntry as WeeklyMailEntry } from './weekly-mail.js';
export { buildMime, type OutgoingMail } from './mime.js';

/** The words of every mail, and how a template is filled (templates/templates.ts). */
export { fillText } from '../../../templates/templates.js';
export const phrases = ownerWords.phrases;
export { ownerWords };
