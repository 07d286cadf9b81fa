/**
 * A random binary tree shaped like a BST over the keys 0 … n − 1 inserted in shuffled order (so its
 * depth stays near 3 ln n), written in level order with null for a missing child and trailing
 * nulls dropped. `value` gives the value stored for each key; an increasing `value` keeps it a
 * binary search tree.
 */
export function randomTree(
  n: number,
  random: () => number,
  value: (key: number) => number,
): (number | null)[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = swap;
  }
  const left = new Array<number>(n).fill(-1);
  const right = new Array<number>(n).fill(-1);
  const root = order[0] ?? -1;
  for (let i = 1; i < n; i++) {
    const key = order[i] ?? 0;
    let at = root;
    for (;;) {
      const side = key < at ? left : right;
      const next = side[at] ?? -1;
      if (next === -1) {
        side[at] = key;
        break;
      }
      at = next;
    }
  }
  const out: (number | null)[] = [];
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const key = queue[head] ?? -1;
    if (key === -1) out.push(null);
    else {
      out.push(value(key));
      queue.push(left[key] ?? -1, right[key] ?? -1);
    }
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}
