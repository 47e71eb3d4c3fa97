/**
 * A project's label schema: what annotators can tag. Tags are what exports write;
 * names are what people read, in both interface languages.
 */

export interface LocalName {
  en: string;
  ar: string;
}

export interface EntityLabel {
  /** The exported label, e.g. "GPE". Unique within the schema. */
  tag: string;
  name: LocalName;
  /** CSS colour, #rrggbb. */
  color: string;
  /** KeyboardEvent.code of the label's hotkey (physical key, so it works on Arabic layouts), e.g. "KeyG". */
  hotkey: string | null;
  description?: Partial<LocalName>;
}

export interface EventRole {
  role: string;
  name: LocalName;
}

export interface EventType {
  /** "Type:Subtype", e.g. "Justice:Arrest-Jail". */
  type: string;
  name: LocalName;
  roles: EventRole[];
  hotkey: string | null;
}

export interface StanceLabel {
  tag: string;
  name: LocalName;
  color: string;
  hotkey: string | null;
}

export interface ProjectSchema {
  entities: EntityLabel[];
  events: EventType[];
  stanceLabels: StanceLabel[];
  /** Free-text stance targets the project defines once, e.g. "وزارة الخارجية". */
  stanceTargets: string[];
  /** Annotation guidelines in Markdown, shown beside the document; absent until someone writes them. */
  guidelines?: string;
}

/** Which list of the schema a label sits in. */
export type SchemaSection = 'entities' | 'events' | 'stanceLabels';

/** Points at one label: `tag` is the entity or stance tag, or the event's "Type:Subtype". */
export interface LabelRef {
  section: SchemaSection;
  tag: string;
}
