// The packed form of a block tree (docs/block-tree.md), in which it crosses
// into the core: a header record, then one record per block with its fields
// in a fixed order. The separators cannot occur in a field.
const RECORD = '\x1e';
const UNIT = '\x1f';
const SEPARATORS = /[\x1e\x1f]/g;

/** How a packed block tree starts. */
export const PACKED_HEADER = `nmb1${UNIT}`;

function packField(value) {
  if (value === undefined || value === null) return '';
  return String(value).replace(SEPARATORS, ' ');
}

/** `tree` ({title, blocks: [{tag, parent, id, class, ...}]}) packed. */
export function packBlockTree(tree) {
  const records = [PACKED_HEADER + packField(tree?.title)];
  for (const block of tree?.blocks ?? []) {
    records.push([packField(block?.tag), block?.parent ?? -1, block?.links ?? 0, packField(block?.id),
      packField(block?.class), packField(block?.role), packField(block?.itemprop), packField(block?.text)].join(UNIT));
  }
  return records.join(RECORD);
}
