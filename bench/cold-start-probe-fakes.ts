/** The in-memory ports bench/cold-start-probe.ts runs the inbound use case on (loaded at its first message). */
export { MemoryInviteStore } from '../tests/fakes/memory-store.js';
export { MemoryOwnerMailStore } from '../tests/fakes/memory-owner-mail.js';
export { MemoryFollowThroughStore, MemoryScheduler } from '../tests/fakes/memory-follow-through.js';
export { deliver, FakeMailAccount, MemoryRawMail, NOW, RecordingDraftSender, RecordingLogger, RecordingMailer, SettableClock, TOKEN_SECRET } from '../tests/fakes/ports.js';
