/**
 * The reply shelf: how the owner's replies find their invitation (the reply token and the reply
 * addresses that carry it) and what a reply asks for (commands).
 */
export { INVITE_ID, MAX_VERSION, inviteIdFor, makeReplyToken, verifyReplyToken, replyAddress, choiceAddresses, choiceAddressesOf, choiceTokenOf, outcomeAddress, readLabel, type TokenPurpose, type TokenSubject, type DraftChoice, type ReplyLabel } from './reply-address.js';
export { parseCommand, leakedLines, visibleReply, type Command } from './command.js';
