/**
 * A mark the reader draws over the text. Each domain (search hits, entity mentions, annotations,
 * find-in-document) turns its own state into decorations with a pure selector; the reader merges them
 * into runs. Offsets are UTF-16 offsets into the file's canonical text, like everything else.
 */
export interface Decoration {
  start: number;
  end: number;
  kind: 'hit' | 'find' | 'entity' | 'annotation';
  /** Extra CSS class (e.g. `entity-person`, an annotation colour). */
  className?: string | undefined;
  /** What a click on the mark refers to (annotation id, entity id); absent for plain marks. */
  refId?: string | undefined;
  /** Accessible description, e.g. "person: Volodymyr Zelensky". */
  label?: string | undefined;
}
