import { canonicalOrder, withKey } from './keyOrder';
import type { DesignerMetadata, Point, WorkflowDocument } from './types';

// Node positions live in the document's root `designer` object so a reload looks the same:
//   "designer": { "positions": { "<stageKey>": { "x": 0, "y": 0 }, "linked:<workflowKey>": {...} } }

export function storedPositions(doc: WorkflowDocument): Record<string, Point> | undefined {
  const positions = doc.designer?.positions;
  return positions && typeof positions === 'object' ? positions : undefined;
}

const round = (point: Point): Point => ({ x: Math.round(point.x), y: Math.round(point.y) });

/** Sets the positions given, keeping the others and the order they were written in. */
export function setPositions(doc: WorkflowDocument, changes: Record<string, Point>): WorkflowDocument {
  const current = storedPositions(doc) ?? {};
  let positions: Record<string, Point> = current;
  for (const [key, point] of Object.entries(changes)) {
    const rounded = round(point);
    const old = positions[key];
    if (old && old.x === rounded.x && old.y === rounded.y) continue;
    positions = withKey(positions, key, rounded);
  }
  if (positions === current && doc.designer?.positions) return doc;
  const designer: DesignerMetadata = withKey(doc.designer ?? {}, 'positions', positions);
  return withKey(doc, 'designer', designer, canonicalOrder.workflow);
}

export function setPosition(doc: WorkflowDocument, key: string, point: Point): WorkflowDocument {
  return setPositions(doc, { [key]: point });
}

/** Renames or drops one position entry (a stage renamed or removed), keeping its place in the order. */
export function renamePosition(doc: WorkflowDocument, oldKey: string, newKey: string | undefined): WorkflowDocument {
  const current = storedPositions(doc);
  if (!current || !(oldKey in current)) return doc;
  const positions: Record<string, Point> = {};
  for (const [key, point] of Object.entries(current)) {
    if (key !== oldKey) positions[key] = point;
    else if (newKey !== undefined) positions[newKey] = point;
  }
  return withKey(doc, 'designer', withKey(doc.designer ?? {}, 'positions', positions));
}
