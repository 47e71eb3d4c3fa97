/** A stretch of the document text in UTF-16 offsets, end exclusive, start <= end. */
export interface TextRange {
  start: number;
  end: number;
}
