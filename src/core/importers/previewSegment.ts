/** What an importer did with one piece of a file, so a preview can show kept and dropped parts. */
export type SegmentRole =
  | 'ticker'
  | 'headline'
  | 'boilerplate'
  | 'title'
  | 'dateline'
  | 'body'
  | 'repeated-lead'
  | 'footer'
  | 'blank'
  | 'other';

export interface PreviewSegment {
  /** 1-based line in the file; the headlines of one ticker line share it. */
  line: number;
  text: string;
  action: 'kept' | 'dropped';
  /** What the line is; the interface says why a dropped one was left out. */
  role: SegmentRole;
}
