"""ListNode and TreeNode, and how JSON arrays become them and back.

Shared by the Pyodide harness and the Piston driver, so both convert linked lists (a JSON array)
and binary trees (level order, None for a missing child) the same way.
"""

MAX_NODES = 200_000


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def _to_list(values):
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def _from_list(node):
    out = []
    while node is not None:
        if len(out) >= MAX_NODES:
            raise ValueError(f"the returned list has a cycle or more than {MAX_NODES} nodes")
        out.append(node.val)
        node = node.next
    return out


def _to_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue, head, i = [root], 0, 1
    while head < len(queue) and i < len(values):
        node = queue[head]
        head += 1
        for side in ("left", "right"):
            if i >= len(values):
                break
            value = values[i]
            i += 1
            if value is not None:
                child = TreeNode(value)
                setattr(node, side, child)
                queue.append(child)
    return root


def _from_tree(root):
    out, queue, head = [], [root], 0
    while head < len(queue):
        if len(queue) > MAX_NODES:
            raise ValueError(f"the returned tree has a cycle or more than {MAX_NODES} nodes")
        node = queue[head]
        head += 1
        if node is None:
            out.append(None)
        else:
            out.append(node.val)
            queue.append(node.left)
            queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


_INTO = {"list": _to_list, "tree": _to_tree}
_OUT_OF = {"list": _from_list, "tree": _from_tree}
