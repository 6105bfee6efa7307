#!/usr/bin/env python3
"""The engine's folders form layers: no folder reaches, through its #includes, back into itself
(docs/architecture.md lists the folders and what each holds). Prints each cycle with the files that
make it, and fails. Usage: check_layers.py ENGINE_DIR"""
import os
import re
import sys

INCLUDE = re.compile(r'\s*#\s*include\s+"([a-z]+)/')


def include_graph(engine):
    folders = {d for d in os.listdir(engine) if os.path.isdir(os.path.join(engine, d))}
    edges = {}  # (from, to) -> files
    for folder in sorted(folders):
        for name in sorted(os.listdir(os.path.join(engine, folder))):
            if not name.endswith((".h", ".cpp")):
                continue
            with open(os.path.join(engine, folder, name), encoding="utf-8") as source:
                for line in source:
                    match = INCLUDE.match(line)
                    if match and match.group(1) in folders and match.group(1) != folder:
                        edges.setdefault((folder, match.group(1)), []).append(f"{folder}/{name}")
    return folders, edges


def cycles(folders, edges):
    """Each elementary cycle once, as the list of its folders, found by depth-first search."""
    after = {f: sorted(to for (fr, to) in edges if fr == f) for f in folders}
    found = set()
    for start in sorted(folders):
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for nxt in after[node]:
                if nxt == start:
                    smallest = path.index(min(path))
                    found.add(tuple(path[smallest:] + path[:smallest]))
                elif nxt not in path and nxt > start:
                    stack.append((nxt, path + [nxt]))
    return sorted(found)


def main():
    engine = sys.argv[1]
    folders, edges = include_graph(engine)
    if len(folders) < 10 or not edges:
        print(f"FAIL: {engine} does not look like the engine ({len(folders)} folders)")
        return 1
    found = cycles(folders, edges)
    for cycle in found:
        links = [(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))]
        print("FAIL: folder cycle " + " -> ".join(cycle + (cycle[0],)))
        for link in links:
            print(f"  {link[0]} -> {link[1]}: {', '.join(sorted(set(edges[link])))}")
    if found:
        return 1
    print(f"{len(folders)} engine folders, {len(edges)} dependencies between them, no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
