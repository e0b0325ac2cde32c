"""Parse every .ps1/.psm1/.psd1 file under the given folders with pyposh's parser and report the parse rate and
the most common causes of failure.

    python benchmarks/parse_corpus.py PATH [PATH ...] [--show N] [--list FILE] [--failures]

A cause is the parse error's message with its quoted token generalised (`Unexpected token 'x'` and
`Unexpected token 'y'` count as one), plus the first failing file and line as an example. `--list FILE` writes
the failing files' paths (one per line); `--failures` prints each failure. A file that is not UTF-8 is read as
Latin-1, as pwsh reads a file without a byte-order mark that is not valid UTF-8. Files pwsh itself rejects
are counted too: the rate is of all files, so compare it with another parser on the same files."""
from __future__ import annotations

import argparse
import collections
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from pyposh.errors import ParseError  # noqa: E402
from pyposh.grammar.parser import parse  # noqa: E402

EXTENSIONS = (".ps1", ".psm1", ".psd1")
_QUOTED = re.compile(r"'[^']*'")


def script_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for folder, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                if name.lower().endswith(EXTENSIONS):
                    yield os.path.join(folder, name)


def read(path: str) -> str:
    with open(path, "rb") as f:
        data = f.read()
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def cause(error: Exception) -> str:
    if isinstance(error, ParseError):
        return _QUOTED.sub("'…'", error.message.splitlines()[0])
    return "%s (not a ParseError)" % type(error).__name__


def main(argv=None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("paths", nargs="+")
    options.add_argument("--show", type=int, default=15, help="how many causes to list")
    options.add_argument("--list", help="write the failing files' paths here")
    options.add_argument("--failures", action="store_true", help="print every failure")
    args = options.parse_args(argv)
    causes = collections.Counter()
    examples = {}
    failed = []
    total = 0
    started = time.perf_counter()
    lines = 0
    for path in script_files(args.paths):
        total += 1
        text = read(path)
        lines += text.count("\n") + 1
        try:
            parse(text, path)
        except RecursionError:
            error = RecursionError()
        except Exception as e:          # noqa: BLE001 - anything but a ParseError is a parser bug to count
            error = e
        else:
            continue
        key = cause(error)
        causes[key] += 1
        line = error.extent.start_line if isinstance(error, ParseError) and error.extent is not None else "?"
        examples.setdefault(key, "%s:%s" % (path, line))
        failed.append(path)
        if args.failures:
            print("%s:%s: %s" % (path, line, key))
    elapsed = time.perf_counter() - started
    parsed = total - len(failed)
    print("%d of %d files parse (%.1f%%); %d lines in %.1f s" % (parsed, total, 100.0 * parsed / max(total, 1),
                                                                  lines, elapsed))
    for key, count in causes.most_common(args.show):
        print("%5d  %s\n       e.g. %s" % (count, key, examples[key]))
    if args.list:
        with open(args.list, "w", encoding="utf-8") as f:
            f.write("".join(path + "\n" for path in failed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
