/** What the owner's earlier invitations say about this one. Read from DynamoDB by the use case. */
export interface History {
  /** interviews the owner accepted whose time has passed, within the last `windowDays` days */
  recentInterviews: number;
  windowDays: number;
  /** earlier invitations from the same company (keyed on its registrable domain); this one excluded */
  sameCompany: number;
  /** other invitations the owner attends whose time overlaps this one's */
  conflicts: { company: string | null; role: string | null; start: string }[];
  /** hours already committed to interviews in the week of this one */
  hoursCommittedThatWeek: number;
}

/** A first-time owner: what `triage` decides with. */
export const NO_HISTORY: History = { recentInterviews: 0, windowDays: 60, sameCompany: 0, conflicts: [], hoursCommittedThatWeek: 0 };
