#!/usr/bin/env python3
"""Writes docs/SCREENSHOTS.md (to stdout) from the gallery's pictures.

The gallery test names each picture KIND-SUBJECT-DATABASE-LANGUAGE-PALETTE.png
(page-actions-demo-es-dark.png); the index has a section per page and dialog, a row per
database and a column per language and palette, each cell a small picture that links
to the full one.
"""
import os
import re
import sys

LOOKS = [("en", "light"), ("en", "dark"), ("es", "light"), ("es", "dark")]
LOOK_NAMES = {"en": "English", "es": "Spanish"}
NAME = re.compile(r"^(page|dialog)-(.+)-(demo|empty)-(en|es)-(light|dark)\.png$")


def main(folder):
    shots = {}
    for name in sorted(os.listdir(folder)):
        match = NAME.match(name)
        if not match:
            continue
        kind, subject, database, language, palette = match.groups()
        shots.setdefault((kind, subject), {})[(database, language, palette)] = name
    relative = os.path.relpath(folder, "docs")
    out = ["# Screenshots", "",
           "Every page and dialog of the window, in English and Spanish, in a light and a",
           "dark palette, on the demo database (the sample coalition, as on 2021-12-15) and on",
           "an empty one, at the size of a 1366 x 768 laptop screen. Taken offscreen by the",
           "gallery test (`tests/ui/gallery`), which also checks that each fits the screen and",
           "cuts off no label or button; regenerated with `scripts/screenshots`. Click a",
           "picture for its full size.", "",
           "Dialogs that need records (adding a partner, deleting, merging) have no empty-database",
           "picture: on an empty database there is nothing for them to act on. The first-run",
           "question appears only on a new, empty database.", ""]
    for kind in ("page", "dialog"):
        out += ["## %s" % ("Pages" if kind == "page" else "Dialogs"), ""]
        for (shot_kind, subject), cells in sorted(shots.items()):
            if shot_kind != kind:
                continue
            out += ["### %s" % subject.replace("-", " ").capitalize(), ""]
            out.append("| Database | " + " | ".join(
                "%s, %s" % (LOOK_NAMES[l], p) for l, p in LOOKS) + " |")
            out.append("|---|" + "---|" * len(LOOKS))
            for database in ("demo", "empty"):
                if not any((database, l, p) in cells for l, p in LOOKS):
                    continue
                row = []
                for language, palette in LOOKS:
                    name = cells.get((database, language, palette))
                    if name:
                        path = "%s/%s" % (relative, name)
                        row.append('<a href="%s"><img src="%s" width="200" alt="%s %s, %s, %s, %s"></a>'
                                   % (path, path, subject.replace("-", " "), kind, database,
                                      LOOK_NAMES[language], palette))
                    else:
                        row.append("—")
                out.append("| %s | %s |" % (database, " | ".join(row)))
            out.append("")
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
