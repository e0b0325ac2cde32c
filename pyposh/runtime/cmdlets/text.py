"""Text cmdlets: Select-String (with the MatchInfo objects it writes), Join-String and ConvertFrom-StringData."""
from __future__ import annotations

import copy
import os
from collections import deque
from typing import Annotated

from pyposh.interpreter.api import (
    AUTOMATION_NULL, IGNORE_CASE, Cmdlet, Hashtable, Parameter, RegexPatternError, TypedArray, cmdlet, compile_regex,
    composite_format, invoke_static, io_message, numeric_types, register_type, resolve_type, to_string, unwrap,
    wildcard_match,
)
from pyposh.runtime.cmdlets.content import decode, encoding_of, split_lines
from pyposh.runtime.cmdlets.objects_order import PropertyExpression
from pyposh.runtime.format import CustomControl, register_view
from pyposh.runtime.paths.locations import ITEM_NOT_FOUND, NOT_FOUND, expand, shown_path
from pyposh.runtime.paths.providers import FileInfo

_INPUT_STREAM = "InputStream"


def _strings(lines) -> TypedArray:
    return TypedArray(lines, "string")


# ---- MatchInfo: what Select-String writes (MatchString.cs) --------------------------------------------------

class MatchInfoContext:
    """The lines around a match: all of them (PreContext, PostContext), and those no other match shows (Display*)."""

    ps_type_name = "Microsoft.PowerShell.Commands.MatchInfoContext"
    ps_properties = {"PreContext": "pre_context", "PostContext": "post_context",
                     "DisplayPreContext": "display_pre_context", "DisplayPostContext": "display_post_context"}

    def __init__(self):
        self.pre_context = self.post_context = self.display_pre_context = self.display_post_context = _strings(())


class MatchInfo:
    """One matching line. `file` is None for a line that came down the pipeline (Path is then `InputStream`)."""

    ps_type_name = "Microsoft.PowerShell.Commands.MatchInfo"
    ps_properties = {"IgnoreCase": "ignore_case", "LineNumber": "line_number", "Line": "line", "Filename": "filename",
                     "Path": "path", "Pattern": "pattern", "Context": "context", "Matches": "matches"}
    ps_methods = {"ToString": "render", "ToEmphasizedString": "render", "RelativePath": "relative_path"}

    def __init__(self, line: str, pattern: str, ignore_case: bool, matches, context: bool, runspace):
        self.line = line
        self.pattern = pattern
        self.ignore_case = ignore_case
        self.matches = TypedArray(matches, "System.Text.RegularExpressions.Match")
        self.context = MatchInfoContext() if context else None
        self.runspace = runspace                    # its location is what the default view shows paths from
        self.file = None
        self.line_number = numeric_types.PSUInt64(0)

    @property
    def path(self) -> str:
        return _INPUT_STREAM if self.file is None else self.file

    @property
    def filename(self) -> str:
        return _INPUT_STREAM if self.file is None else os.path.basename(self.file)

    def relative_path(self, directory) -> str:
        """The path without `directory` in front, when it starts with it (compared ignoring case)."""
        path, directory = self.path, to_string(directory)
        if self.file is not None and directory and path.lower().startswith(directory.lower()) \
                and len(directory) < len(path):
            if directory[-1] in "\\/":
                path = path[len(directory):]
            elif path[len(directory)] in "\\/":
                path = path[len(directory) + 1:]
        return path

    def render(self, directory=None) -> str:
        """`path:number:line` (the path relative to `directory` when given), or the line alone for pipeline
        input; with context, the match marked `> ` between its display context lines, marked `  `."""
        shown = self.file if directory is None else self.relative_path(directory)
        context = self.context
        before, after = (context.display_pre_context, context.display_post_context) if context else ((), ())
        rows = [("  ", text) for text in before] + [("> " if context else "", self.line)] + \
            [("  ", text) for text in after]
        first = self.line_number - len(before)
        return "\n".join("%s%s:%d:%s" % (prefix, shown, first + i, text) if self.file is not None else prefix + text
                         for i, (prefix, text) in enumerate(rows))

    ps_to_string = render

    def shown(self) -> str:
        """The default view: `$_.ToEmphasizedString((Get-Location).Path)` (pyposh does not emphasize)."""
        return self.render(self.runspace.location)


register_type(MatchInfo.ps_type_name)
register_type(MatchInfoContext.ps_type_name)
# PowerShellCore_format_ps1xml.cs: ViewsOf_Microsoft_PowerShell_Commands_MatchInfo
register_view(MatchInfo.ps_type_name, CustomControl(lambda m: [unwrap(m).shown()]), "MatchInfo")


# ---- context tracking -----------------------------------------------------------------------------------------

class _NoContext:
    """Queues each match at once (no -Context, or -Raw)."""

    def __init__(self):
        self.queue: list[MatchInfo] = []

    def line(self, text: str):
        pass

    def match(self, info: MatchInfo):
        self.queue.append(info)

    def eof(self):
        pass


class _Context:
    """MatchString.cs's ContextTracker: a match is queued once its context is complete. Its logical context
    (up to `pre` and `post` lines, other matching lines included) comes from a window of the last pre+post+1
    lines; its display context (lines no other match shows) from the lines seen since the previous match."""

    def __init__(self, pre: int, post: int):
        self.pre, self.post = pre, post
        self.queue: list[MatchInfo] = []
        self.window: deque = deque(maxlen=pre + post + 1)   # lines (str) and matches (MatchInfo)
        self.window_filled = False
        self.before: deque = deque(maxlen=pre)
        self.after: list[str] = []
        self.pending = None                                 # the match collecting its display post-context

    def line(self, text: str):
        if self.pending is not None:
            self.after.append(text)
            if len(self.after) >= self.post:
                self._displayed()
        else:
            self.before.append(text)
        self._add(text)

    def match(self, info: MatchInfo):
        if self.pending is not None:
            self._displayed()
        self.pending = info
        if not self.post:
            self._displayed()
        self._add(info)

    def eof(self):
        if self.pending is not None:
            self._displayed()
        full = len(self.window) == self.window.maxlen
        self._emit(self.pre + 1 if full else 0, len(self.window) - 1)

    def _displayed(self):
        if self.pending.context is not None:
            self.pending.context.display_pre_context = _strings(self.before)
            self.pending.context.display_post_context = _strings(self.after)
        self.before.clear()
        self.after = []
        self.pending = None

    def _add(self, entry):
        self.window.append(entry)
        if len(self.window) == self.window.maxlen:
            self._emit(self.pre if self.window_filled else 0, self.pre)
            self.window_filled = True

    def _emit(self, first: int, last: int):
        window = [e.line if isinstance(e, MatchInfo) else e for e in self.window]
        for i in range(first, last + 1):
            entry = self.window[i]
            if isinstance(entry, MatchInfo):
                if entry.context is not None:
                    entry.context.pre_context = _strings(window[max(i - self.pre, 0):i])
                    entry.context.post_context = _strings(window[i + 1:i + 1 + self.post])
                self.queue.append(entry)


# ---- Select-String --------------------------------------------------------------------------------------------

_FILE, _FILE_RAW, _OBJECT, _OBJECT_RAW = "File", "FileRaw", "Object", "ObjectRaw"
_LITERAL, _LITERAL_RAW = "LiteralFile", "LiteralFileRaw"


@cmdlet("Select-String", aliases=("sls",), default_set=_FILE)
class SelectString(Cmdlet):
    input_object: Annotated[object, Parameter(type="psobject", mandatory=True, pipeline=True,
                                              sets=(_OBJECT, _OBJECT_RAW))] = AUTOMATION_NULL
    pattern: Annotated[list, Parameter(type="string[]", position=0, mandatory=True)] = None
    path: Annotated[list, Parameter(type="string[]", position=1, mandatory=True, pipeline_by_property=True,
                                    sets=(_FILE, _FILE_RAW))] = None
    literal_path: Annotated[list, Parameter(type="string[]", mandatory=True, pipeline_by_property=True,
                                            aliases=("PSPath", "LP"), sets=(_LITERAL, _LITERAL_RAW))] = None
    raw: Annotated[bool, Parameter(type="switch", mandatory=True, sets=(_OBJECT_RAW, _FILE_RAW, _LITERAL_RAW))] = False
    simple_match: Annotated[bool, Parameter(type="switch")] = False
    case_sensitive: Annotated[bool, Parameter(type="switch")] = False
    quiet: Annotated[bool, Parameter(type="switch", sets=(_OBJECT, _FILE, _LITERAL))] = False
    first_per_file: Annotated[bool, Parameter(name="List", type="switch")] = False
    no_emphasis: Annotated[bool, Parameter(type="switch")] = False      # accepted: pyposh emphasizes no match
    include: Annotated[list, Parameter(type="string[]", not_null_or_empty=True)] = None
    exclude: Annotated[list, Parameter(type="string[]", not_null_or_empty=True)] = None
    not_match: Annotated[bool, Parameter(type="switch")] = False
    all_matches: Annotated[bool, Parameter(type="switch")] = False
    encoding: Annotated[object, Parameter(type="object", not_null_or_empty=True)] = None
    context: Annotated[list, Parameter(type="int[]", not_null_or_empty=True, validate_count=(1, 2),
                                       validate_range=(0, 2147483647))] = None

    def begin(self):
        self.pre, self.post = (self.context[0], self.context[-1]) if self.context else (0, 0)
        self.regexes = []
        if not self.simple_match:
            for pattern in self.pattern:
                try:
                    self.regexes.append(compile_regex(pattern, 0 if self.case_sensitive else IGNORE_CASE))
                except RegexPatternError as error:
                    self.throw_terminating("The string %s is not a valid regular expression: %s" % (
                        pattern, error.message), "InvalidRegex", "InvalidArgument", None, "System.ArgumentException")
        self.codec = encoding_of(self, self.encoding)[0]
        # the paths given to the command (pyposh's binder may also bind -Path or -LiteralPath by property name
        # from pipeline objects that PowerShell binds to -InputObject, such as MatchInfo or Get-Content's lines)
        self.literal = self.literal_path is not None
        self.files = self.literal_path if self.literal else self.path
        self.tracker = self._tracker()
        self.record_number = 0
        self.done = False

    def _tracker(self):
        return _NoContext() if self.raw or not (self.pre or self.post) else _Context(self.pre, self.post)

    def process(self):
        if self.done:
            return
        base = unwrap(self.input_object)
        if self.files is not None:
            files = [f for f in self._resolve() if not os.path.isdir(f)]
        elif isinstance(base, FileInfo):
            files = [base.full_name]
        else:
            self._record(base)
            return
        for name in files:
            if self._search_file(name) and self.quiet:
                return
        if self.quiet:
            self.write_object(None if self.first_per_file else False)

    def end(self):
        self.tracker.eof()
        if not self.done:
            self._flush(self.tracker)

    def _resolve(self) -> list[str]:
        files = []
        for path in self.files:
            matches, wild = expand(self.runspace, path, self.literal)
            if not (self.literal or wild or os.path.lexists(matches[0])):
                self.throw_terminating(NOT_FOUND % shown_path(self.runspace, path), "PathNotFound", "ObjectNotFound",
                                       path, ITEM_NOT_FOUND)
            files += matches
        return files

    def _record(self, value):
        """One object from the pipeline: a line, or a MatchInfo to filter by its Line."""
        self.record_number += 1
        filtered = value if isinstance(value, MatchInfo) else None
        if filtered is not None:
            line = filtered.line
            if self.pre or self.post:
                self.pre = self.post = 0
                self.tracker = _Context(0, 0)
                self.write_warning('The option "Context" is not valid when searching results that are piped from '
                                   'Select-String output.')
        elif value is None:
            line = ""
        else:
            line = value if isinstance(value, str) else to_string(self.input_object)
        result = self._match(line, filtered)
        if result is None:
            self.tracker.line(line)
        else:
            if filtered is None:
                result.line_number = numeric_types.PSUInt64(self.record_number)
            self.tracker.match(result)
        if self._flush(self.tracker) and self.quiet:
            self.done = True

    def _search_file(self, name: str) -> bool:
        """Search one file; True when something matched."""
        included = not self.include or any(wildcard_match(p, name) for p in self.include)
        if not included or self.exclude and any(wildcard_match(p, name) for p in self.exclude):
            return False
        try:
            with open(name, "rb") as f:
                text = decode(f.read(), self.codec)
        except OSError as error:
            self.write_error("The file %s cannot be read: %s" % (name, io_message(error, name)), "ProcessingFile",
                             "InvalidArgument", None, "System.ArgumentException")
            return False
        tracker = self._tracker()
        found = False
        for number, line in enumerate(split_lines(text), 1):
            result = self._match(line, None)
            if result is None:
                tracker.line(line)
            else:
                result.file, result.line_number = name, numeric_types.PSUInt64(number)
                tracker.match(result)
            if tracker.queue:
                found = True
                if self.quiet or self.first_per_file:
                    break
                self._flush(tracker)
        tracker.eof()
        return self._flush(tracker) or found

    def _match(self, line: str, filtered: MatchInfo | None) -> MatchInfo | None:
        """The MatchInfo for a line that matches one of the patterns (or none of them, with -NotMatch)."""
        found, index, matches = False, 0, []
        for index, pattern in enumerate(self.pattern):
            if self.simple_match:
                found = pattern in line if self.case_sensitive else pattern.lower() in line.lower()
            elif self.all_matches and not self.not_match:
                matches = self.regexes[index].Matches(line)
                found = bool(matches)
            else:
                match = self.regexes[index].Match(line)
                found, matches = match.Success, [match] if match.Success else []
            if found:
                break
        if self.not_match:
            found, index = not found, 0
        if not found:
            return None
        if filtered is not None:
            if filtered.context is None:
                return filtered
            result = copy.copy(filtered)
            result.context = copy.copy(filtered.context)
            result.context.display_pre_context = result.context.display_post_context = _strings(())
            return result
        return MatchInfo(line, self.pattern[index], not self.case_sensitive, matches, bool(self.pre or self.post),
                         self.runspace)

    def _flush(self, tracker) -> bool:
        """Write the queued matches (their lines with -Raw, $true with -Quiet, the first with -List)."""
        if not tracker.queue:
            return False
        if self.raw:
            for info in tracker.queue:
                self.write_object(info.line)
        elif self.quiet and not self.first_per_file:
            self.write_object(True)
        elif self.first_per_file:
            self.write_object(tracker.queue[0])
        else:
            for info in tracker.queue:
                self.write_object(info)
        tracker.queue.clear()
        return True


# ---- Join-String ----------------------------------------------------------------------------------------------

@cmdlet("Join-String", default_set="default")
class JoinString(Cmdlet):
    property: Annotated[object, Parameter(type="object", position=0)] = None
    separator: Annotated[str, Parameter(type="string", position=1)] = None
    output_prefix: Annotated[str, Parameter(type="string", aliases=("op",))] = None
    output_suffix: Annotated[str, Parameter(type="string", aliases=("os",))] = None
    single_quote: Annotated[bool, Parameter(type="switch", sets=("SingleQuote",))] = False
    double_quote: Annotated[bool, Parameter(type="switch", sets=("DoubleQuote",))] = False
    format_string: Annotated[str, Parameter(type="string", sets=("Format",))] = None
    use_culture: Annotated[bool, Parameter(type="switch")] = False     # accepted: pyposh formats in one culture
    input_object: Annotated[list, Parameter(type="psobject[]", pipeline=True)] = None

    def begin(self):
        self.quote = "'" if self.single_quote else '"' if self.double_quote else ""
        self.expression = None if self.property is None else PropertyExpression(unwrap(self.property), self)
        if self.separator is None:
            self.separator = to_string(self.get_variable("OFS"))
        self.parts = []

    def process(self):
        for item in self.input_object or ():
            if item is None or item is AUTOMATION_NULL:
                continue
            value = item
            if self.expression is not None:
                results = self.expression.get_values(item)
                value = results[0].value if results else None
            if self.quote:
                self.parts.append(self.quote + to_string(value) + self.quote)
            elif self.format_string:
                self.parts.append(composite_format(self.format_string, [value]))
            else:
                self.parts.append(to_string(value))

    def end(self):
        self.write_object((self.output_prefix or "") + self.separator.join(self.parts) + (self.output_suffix or ""))


# ---- ConvertFrom-StringData ------------------------------------------------------------------------------------

@cmdlet("ConvertFrom-StringData")
class ConvertFromStringData(Cmdlet):
    string_data: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline=True)] = None
    delimiter: Annotated[str, Parameter(type="char", position=1)] = "="

    def process(self):
        """Each line `name<delimiter>value`, both trimmed, the value unescaped as Regex.Unescape does; blank
        lines and lines starting with `#` are skipped."""
        result = Hashtable()
        regex = resolve_type("regex")
        for line in (self.string_data or "").split("\n"):
            line = line.strip()
            if not line or line[0] == "#":
                continue
            index = line.find(self.delimiter)
            if index <= 0:
                self._invalid("Data line '%s' is not in 'name=value' format. " % line)
            name = line[:index].strip()
            if name in result:
                self._invalid("Data item '%s' in line '%s' is already defined. " % (name, line))
            result[name] = invoke_static(regex, "Unescape", [line[index + 1:].strip()])
        self.write_object(result)

    def _invalid(self, message: str):
        self.throw_terminating(message, "InvalidOperation", "InvalidOperation", None,
                               "System.InvalidOperationException")
