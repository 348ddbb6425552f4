#!/usr/bin/env python3
"""Fails when an include reaches a layer its library does not link.

Each folder of model/, ui/ and app/ is one library, declared in its CMakeLists.txt with
coalition_layer(NAME DEPENDS …); an executable (app/main.cpp) with add_executable and
target_link_libraries. A quoted include must be folder-qualified from the project's root
("model/feed/FeedMerge.h") and name a file of the including library itself or of a
library it links, directly or through the layers below: an include that points up a
layer, or sideways into a sibling it does not link, is reported with the file and line.

    check_layers.py ROOT          check the tree at ROOT (exit 1 and a report on a breach)
    check_layers.py --self-test   prove on a scratch tree that a breach is caught
"""
import os
import re
import sys
import tempfile

LAYER_ROOTS = ("model", "ui", "app")
CALL = re.compile(r"\b(coalition_layer|add_executable|target_link_libraries)\s*\(([^)]*)\)", re.S)
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)
KEYWORDS = {"PUBLIC", "PRIVATE", "INTERFACE", "DEPENDS"}


def read_layers(root):
    """Returns (owner of each folder or file, links of each library)."""
    folder_owner, file_owner, links = {}, {}, {}
    for top in LAYER_ROOTS:
        for folder, _, files in os.walk(os.path.join(root, top)):
            if "CMakeLists.txt" not in files:
                continue
            text = re.sub(r"#[^\n]*", "", open(os.path.join(folder, "CMakeLists.txt")).read())
            rel = os.path.relpath(folder, root)
            for kind, body in CALL.findall(text):
                words = body.split()
                if not words:
                    continue
                name, rest = words[0], [w for w in words[1:] if w not in KEYWORDS]
                if kind == "coalition_layer":
                    folder_owner[rel] = name
                    links.setdefault(name, set()).update(w for w in rest if w.startswith("coalition_"))
                elif kind == "add_executable":
                    for source in rest:
                        file_owner[os.path.normpath(os.path.join(rel, source))] = name
                    links.setdefault(name, set())
                else:
                    links.setdefault(name, set()).update(w for w in rest if w.startswith("coalition_"))
    return folder_owner, file_owner, links


def owner_of(path, folder_owner, file_owner):
    if path in file_owner:
        return file_owner[path]
    folder = os.path.dirname(path)
    while folder:
        if folder in folder_owner:
            return folder_owner[folder]
        folder = os.path.dirname(folder)
    return None


def reachable(name, links):
    seen, todo = set(), [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(links.get(current, ()))
    return seen


def check(root):
    folder_owner, file_owner, links = read_layers(root)
    problems = []
    for top in LAYER_ROOTS:
        for folder, _, files in os.walk(os.path.join(root, top)):
            for file_name in sorted(files):
                if not file_name.endswith((".h", ".cpp")):
                    continue
                path = os.path.relpath(os.path.join(folder, file_name), root)
                owner = owner_of(path, folder_owner, file_owner)
                if owner is None:
                    problems.append(f"{path}: belongs to no library (no coalition_layer above it)")
                    continue
                allowed = reachable(owner, links)
                text = open(os.path.join(root, path), encoding="utf-8").read()
                for match in INCLUDE.finditer(text):
                    target = match.group(1)
                    line = text.count("\n", 0, match.start()) + 1
                    if not os.path.isfile(os.path.join(root, target)):
                        problems.append(f"{path}:{line}: \"{target}\" is not a path from the "
                                        "project's root (includes are folder-qualified)")
                        continue
                    target_owner = owner_of(os.path.normpath(target), folder_owner, file_owner)
                    if target_owner not in allowed:
                        problems.append(f"{path}:{line}: {owner} includes \"{target}\" of "
                                        f"{target_owner}, which it does not link (an include "
                                        "up a layer or sideways)")
    return problems


def self_test():
    """A scratch tree with one legal and one upward include: only the upward one is caught."""
    with tempfile.TemporaryDirectory() as root:
        def write(path, text):
            os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
            open(os.path.join(root, path), "w").write(text)
        write("model/low/CMakeLists.txt", "coalition_layer(coalition_low DEPENDS Qt6::Core)\n")
        write("model/high/CMakeLists.txt",
              "# coalition_layer(coalition_fake)\ncoalition_layer(coalition_high DEPENDS coalition_low)\n")
        write("model/high/High.h", '#include "model/low/Low.h"\n')
        write("model/low/Low.h", "#pragma once\n")
        if check(root):
            return "a legal downward include was reported: " + "; ".join(check(root))
        write("model/low/Low.cpp", '#include "model/high/High.h"\n')
        write("model/low/Bare.cpp", '#include "Low.h"\n')
        problems = check(root)
        if len(problems) != 2 or "Low.cpp:1" not in problems[1] + problems[0]:
            return "an upward or unqualified include went unreported: " + "; ".join(problems)
    return None


def main():
    if sys.argv[1:] == ["--self-test"]:
        failure = self_test()
        print(failure or "the check reports an upward include and an unqualified one")
        return 1 if failure else 0
    problems = check(sys.argv[1])
    for problem in problems:
        print(problem)
    if not problems:
        print("every include points down a layer or stays in its own library")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
