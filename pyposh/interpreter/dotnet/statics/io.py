"""Static members of [System.IO.Path], [System.IO.File] and [System.IO.Directory]."""
from __future__ import annotations

import functools
import glob
import os
import tempfile

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import VOID, to_str
from pyposh.interpreter.dotnet.static_members import statics
from pyposh.interpreter.text.numbers import PSChar
from pyposh.interpreter.values.objects import TypedArray

# ---- [System.IO.Path] ---------------------------------------------------------------------------------------

def _path_args(values):
    items = list(values[0]) if len(values) == 1 and isinstance(values[0], (list, tuple)) else list(values)
    for item in items:
        if item is None:
            raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'paths')")
    return [to_str(i) for i in items]


def _combine(t, *values):
    result = ""
    for part in _path_args(values):
        if not part:
            continue
        if part.startswith("/") or not result:
            result = part
        elif result.endswith("/"):
            result += part
        else:
            result += "/" + part
    return result


def _join_paths(t, *values):
    parts = [p for p in _path_args(values) if p]
    result = ""
    for part in parts:
        if result and not result.endswith("/") and not part.startswith("/"):
            result += "/"
        result += part
    return result


def _file_name(t, path):
    return None if path is None else to_str(path).rsplit("/", 1)[-1]


def _extension(t, path):
    if path is None:
        return None
    name = to_str(path).rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return "" if dot <= -1 or dot == len(name) - 1 else name[dot:]


def _directory_name(t, path):
    if path is None:
        return None
    p = to_str(path)
    if p in ("", "/"):
        return None
    head = p.rsplit("/", 1)[0] if "/" in p else ""
    return "/" if head == "" and p.startswith("/") else head


def _without_extension(t, path):
    if path is None:
        return None
    name = to_str(path).rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return name if dot < 0 else name[:dot]


def _change_extension(t, path, ext):
    if path is None:
        return None
    p = to_str(path)
    base = p[:len(p) - len(_extension(t, p))] if _extension(t, p) else p.rstrip(".")
    if ext is None:
        return base
    e = to_str(ext)
    return base + ("" if not e else e if e.startswith(".") else "." + e)


PATH = statics("System.IO.Path")
(PATH
 .prop("DirectorySeparatorChar", lambda t: PSChar("/"))
 .prop("AltDirectorySeparatorChar", lambda t: PSChar("/"))
 .prop("PathSeparator", lambda t: PSChar(":"))
 .prop("VolumeSeparatorChar", lambda t: PSChar("/"))
 .method("Combine", _combine, 1, None)
 .method("Join", _join_paths, 1, None)
 .method("GetFileName", _file_name, 1)
 .method("GetExtension", _extension, 1)
 .method("GetDirectoryName", _directory_name, 1)
 .method("GetFileNameWithoutExtension", _without_extension, 1)
 .method("ChangeExtension", _change_extension, 2)
 .method("HasExtension", lambda t, p: bool(_extension(t, p)), 1)
 .method("IsPathRooted", lambda t, p: to_str(p).startswith("/"), 1)
 .method("IsPathFullyQualified", lambda t, p: to_str(p).startswith("/"), 1)
 .method("GetPathRoot", lambda t, p: "/" if to_str(p).startswith("/") else "", 1)
 .method("GetFullPath", lambda t, p, *base: os.path.normpath(os.path.join(to_str(base[0]), to_str(p))) if base
         else reg.full_path(p), 1, 2)
 .method("GetTempPath", lambda t: os.path.join(tempfile.gettempdir(), ""))
 .method("GetTempFileName", lambda t: tempfile.mkstemp(suffix=".tmp")[1])
 .method("GetRandomFileName", lambda t: os.urandom(6).hex()[:8] + "." + os.urandom(2).hex()[:3])
 .method("GetInvalidFileNameChars", lambda t: TypedArray([PSChar("\0"), PSChar("/")], "System.Char"))
 .method("GetInvalidPathChars", lambda t: TypedArray([PSChar("\0")], "System.Char")))


# ---- [System.IO.File], [System.IO.Directory] ------------------------------------------------------------------

def _io(fn):
    def run(t, *args):
        try:
            return fn(*args)
        except FileNotFoundError as exc:
            raise reg.DotNetException("System.IO.FileNotFoundException",
                                      "Could not find file '%s'." % (exc.filename or "")) from None
        except NotADirectoryError as exc:
            raise reg.DotNetException("System.IO.DirectoryNotFoundException",
                                      "Could not find a part of the path '%s'." % exc.filename) from None
        except PermissionError as exc:
            raise reg.DotNetException("System.UnauthorizedAccessException",
                                      "Access to the path '%s' is denied." % exc.filename) from None
        except OSError as exc:
            raise reg.DotNetException("System.IO.IOException", exc.strerror or str(exc)) from None
    return run


def _read_text(path, *encoding):
    with open(reg.full_path(path), encoding="utf-8-sig", newline="") as f:
        return f.read()


def _write_text(path, text, *encoding, mode="w"):
    with open(reg.full_path(path), mode, encoding="utf-8", newline="") as f:
        f.write("" if text is None else to_str(text))
    return VOID


def _write_lines(path, lines, *encoding, mode="w"):
    items = lines if isinstance(lines, (list, tuple)) else [lines]
    with open(reg.full_path(path), mode, encoding="utf-8", newline="") as f:
        f.writelines(to_str(line) + "\n" for line in items)
    return VOID


def _delete_file(path):
    """File.Delete: a file that does not exist is no error."""
    try:
        os.remove(reg.full_path(path))
    except FileNotFoundError:
        pass


FILE = statics("System.IO.File")
(FILE
 .method("Exists", lambda t, p: p is not None and os.path.isfile(reg.full_path(p)), 1)
 .method("ReadAllText", _io(_read_text), 1, 2)
 .method("ReadAllLines", _io(lambda p, *e: reg.string_array(_read_text(p).splitlines())), 1, 2)
 .method("WriteAllText", _io(_write_text), 2, 3)
 .method("AppendAllText", _io(functools.partial(_write_text, mode="a")), 2, 3)
 .method("WriteAllLines", _io(_write_lines), 2, 3)
 .method("AppendAllLines", _io(functools.partial(_write_lines, mode="a")), 2, 3)
 .method("Delete", _io(_delete_file), 1))


def _listing(kind):
    def run(path, pattern="*", *option):
        base = reg.full_path(path)
        if not os.path.isdir(base):
            raise reg.DotNetException("System.IO.DirectoryNotFoundException",
                                      "Could not find a part of the path '%s'." % base)
        names = sorted(glob.glob(os.path.join(glob.escape(base), to_str(pattern))))
        return reg.string_array(n for n in names if (os.path.isfile(n) if kind == "file" else os.path.isdir(n)))
    return run


def _set_current_directory(path):
    reg.calling_environment().current_directory = reg.full_path(path)
    return VOID


DIRECTORY = statics("System.IO.Directory")
(DIRECTORY
 .method("Exists", lambda t, p: p is not None and os.path.isdir(reg.full_path(p)), 1)
 .method("GetFiles", _io(_listing("file")), 1, 3)
 .method("GetDirectories", _io(_listing("dir")), 1, 3)
 .method("GetCurrentDirectory", lambda t: reg.calling_environment().current_directory)
 .method("SetCurrentDirectory", _io(_set_current_directory), 1)
 .method("CreateDirectory", _io(lambda p: os.makedirs(reg.full_path(p), exist_ok=True) or VOID), 1)
 .method("Delete", _io(lambda p, *recurse: os.rmdir(reg.full_path(p)) or VOID), 1, 2))
