#!/usr/bin/env python3
"""Checks that src/ modules include only the modules below them (one-way dependencies)."""
import os
import re
import sys

# module -> modules it may include (besides itself and the public include/entente headers)
ALLOWED = {
    "base": set(),
    "text": {"base"},
    "model": {"base"},
    "lexicon": {"base", "text", "model"},
    "coder": {"base", "text", "model", "lexicon"},
    "io": {"base", "text", "model"},
    "store": {"base", "model"},
    "analyze": {"base", "model", "store"},
    "cli": {"base", "text", "model", "lexicon", "coder", "io", "store", "analyze"},
}
INCLUDE = re.compile(r'#include\s+"([a-z_]+)/')


def main(src):
    bad = []
    for module in sorted(os.listdir(src)):
        path = os.path.join(src, module)
        if not os.path.isdir(path):
            continue
        if module not in ALLOWED:
            bad.append(f"{path}: module not in the layering table of scripts/check_layers.py")
            continue
        for root, _, files in os.walk(path):
            for f in files:
                if not f.endswith((".h", ".cc")):
                    continue
                p = os.path.join(root, f)
                with open(p, encoding="utf-8") as fh:
                    for n, line in enumerate(fh, 1):
                        m = INCLUDE.match(line.strip())
                        if not m:
                            continue
                        dep = m.group(1)
                        if dep in ("entente",) or dep == module:
                            continue
                        if dep not in ALLOWED[module]:
                            bad.append(f"{p}:{n}: {module} may not include {dep}/")
    for b in bad:
        print(b)
    print(f"{0 if bad else 1} passed, {1 if bad else 0} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
