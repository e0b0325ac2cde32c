"""CSV: ConvertTo-Csv, ConvertFrom-Csv, Export-Csv and Import-Csv, with PowerShell 7's quoting and headers."""
from __future__ import annotations

import os
from typing import Annotated

from pyposh.interpreter import api
from pyposh.interpreter.api import AUTOMATION_NULL, Cmdlet, Hashtable, Parameter, PSObject, PyposhError, cmdlet
from pyposh.runtime.cmdlets.content import decode, encoding_of
from pyposh.runtime.cmdlets.filesystem import IO_EXCEPTION, PathCmdlet, io_message
from pyposh.runtime.cmdlets.location import full_path

_LIST_SEPARATOR = ","   # (Get-Culture).TextInfo.ListSeparator for en-US
_QUOTE_KINDS = ("Never", "Always", "AsNeeded")
_MISSING_HEADERS = ('One or more headers weren\'t specified. Default names starting with "H" have been used in '
                    'place of any missing headers.')


def _delimiter(command) -> str:
    if getattr(command, "use_culture", False):
        return _LIST_SEPARATOR
    value = getattr(command, "delimiter", None)
    if value is None:
        return ","
    text = api.to_string(value)
    return text[:1] or ","


# ---- writing -----------------------------------------------------------------------------------------------

def _cell_text(value):
    """A property value as CSV writes it: its ToString() (en-US); None when the value is $null."""
    if value is None or value is AUTOMATION_NULL:
        return None
    if isinstance(value, str):
        return value
    if type(value) is PSObject and value.base is None:
        return api.to_string(value)
    try:
        return api.format_value(value)
    except PyposhError:
        return api.to_string(value)


class CsvWriter:
    """Turns objects into CSV lines: the header from the first object, then one line per object."""

    def __init__(self, delimiter=",", quote_kind="Always", quote_fields=None, type_info=False):
        self.delimiter = delimiter
        self.quote_kind = quote_kind
        self.quote_fields = {f.lower() for f in quote_fields} if quote_fields else None
        self.type_info = type_info
        self.names = None

    @staticmethod
    def names_of(obj) -> list[str]:
        if isinstance(obj, Hashtable):
            names = [api.to_string(k) for k in obj.keys()]
            return names
        if type(obj) is PSObject and isinstance(obj.base, Hashtable):
            names = [api.to_string(k) for k in obj.base.keys()]
            seen = {n.lower() for n in names}
            return names + [m.name for m in obj.members.values()
                            if m.kind.endswith("Property") and m.name.lower() not in seen]
        return api.property_names(obj)

    @staticmethod
    def value_of(obj, name):
        base = obj.base if type(obj) is PSObject else obj
        if isinstance(base, Hashtable) and name in base:
            return base[name]
        try:
            return api.get_member(obj, name)
        except PyposhError:
            return None

    def quote(self, text: str, name: str) -> str:
        if self.quote_fields is not None:
            needed = name.lower() in self.quote_fields
        elif self.quote_kind == "Always":
            needed = True
        elif self.quote_kind == "Never":
            needed = False
        else:
            needed = any(c in text for c in (self.delimiter, '"', "\n", "\r"))
        if not needed:
            return text
        return '"' + text.replace('"', '""') + '"'

    def header(self, obj) -> list[str]:
        """The lines before the first record: `#TYPE` (with -IncludeTypeInformation) and the column names."""
        self.names = self.names_of(obj)
        lines = []
        if self.type_info:
            type_names = api.type_names(obj)
            name = type_names[0] if type_names else api.type_name(obj)
            lines.append("#TYPE " + (name[4:] if name.startswith("CSV:") else name))
        lines.append(self.delimiter.join(self.quote(n, n) for n in self.names))
        return lines

    def record(self, obj) -> str:
        cells = []
        for name in self.names:
            text = _cell_text(self.value_of(obj, name))
            cells.append("" if text is None else self.quote(text, name))
        return self.delimiter.join(cells)


class _CsvWriting(Cmdlet):
    """Shared by ConvertTo-Csv and Export-Csv: the delimiter and quoting parameters, and the writer. They take
    these parameters after their own, listing this class first among their bases (typing.get_type_hints, and so
    @cmdlet, lists annotations in reverse MRO order)."""

    delimiter: Annotated[str, Parameter(type="char", position=1, sets=("Delimiter",))] = None
    use_culture: Annotated[bool, Parameter(type="switch", mandatory=True, sets=("UseCulture",))] = False
    include_type_information: Annotated[bool, Parameter(type="switch", aliases=("ITI",))] = False
    no_type_information: Annotated[bool, Parameter(type="switch", aliases=("NTI",))] = False
    quote_fields: Annotated[list, Parameter(type="string[]", aliases=("QF",))] = None
    use_quotes: Annotated[object, Parameter(type="string", aliases=("UQ",))] = None

    def begin(self):
        self.writer = self.make_writer()

    def make_writer(self) -> CsvWriter:
        kind = "Always"
        if self.use_quotes is not None:
            text = api.to_string(self.use_quotes).lower()
            kind = next((k for k in _QUOTE_KINDS if k.lower() == text), None)
            if kind is None:
                self.throw_terminating(
                    "Cannot bind parameter 'UseQuotes'. Cannot convert value \"%s\" to type "
                    "\"Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind\". Error: \"Unable to match "
                    "the identifier name %s to a valid enumerator name. Specify one of the following enumerator "
                    "names and try again:\nNever, Always, AsNeeded\"" % (api.to_string(self.use_quotes),
                                                                       api.to_string(self.use_quotes)),
                    "CannotConvertArgumentNoMessage", "InvalidArgument", None,
                    "System.Management.Automation.ParameterBindingException")
        type_info = bool(self.include_type_information) and not self.no_type_information
        return CsvWriter(_delimiter(self), kind, [api.to_string(f) for f in self.quote_fields or []] or None,
                         type_info)

    def csv_lines(self, obj):
        """The lines for one input object: none for $null, the header lines before the first record."""
        if obj is None or obj is AUTOMATION_NULL:
            return
        if self.writer.names is None:
            yield from self.writer.header(obj)
        yield self.writer.record(obj)


_INPUT = Parameter(type="psobject", position=0, mandatory=True, pipeline=True, pipeline_by_property=True)


class _ConvertToCsvInput(Cmdlet):
    """ConvertTo-Csv's own parameter, which comes before _CsvWriting's."""

    input_object: Annotated[object, _INPUT] = None


@cmdlet("ConvertTo-Csv", default_set="Delimiter")
class ConvertToCsv(_CsvWriting, _ConvertToCsvInput):
    def process(self):
        for line in self.csv_lines(self.input_object):
            self.write_object(line)


class _ExportCsvTarget(Cmdlet):
    """Export-Csv's own parameters, which come before _CsvWriting's."""

    input_object: Annotated[object, Parameter(type="psobject", mandatory=True, pipeline=True)] = None
    path: Annotated[str, Parameter(type="string", position=0)] = None
    literal_path: Annotated[str, Parameter(type="string", aliases=("PSPath", "LP"))] = None
    force: Annotated[bool, Parameter(type="switch")] = False
    no_clobber: Annotated[bool, Parameter(type="switch", aliases=("NoOverwrite",))] = False
    encoding: Annotated[object, Parameter(type="object")] = None
    append: Annotated[bool, Parameter(type="switch")] = False


@cmdlet("Export-Csv", aliases=("epcsv",), default_set="Delimiter")
class ExportCsv(_CsvWriting, _ExportCsvTarget):
    def begin(self):
        super().begin()
        self.lines = []
        target = self.literal_path if self.literal_path is not None else self.path
        if target is None:
            self.throw_terminating("Please specify either the -Path or -LiteralPath parameter.",
                                   "CannotSpecifyPathAndLiteralPath", "InvalidData", None,
                                   "System.InvalidOperationException")
        self.target = full_path(self.runspace, target)
        self.codec, self.bom = encoding_of(self, self.encoding)
        self.existing = self.append and os.path.isfile(self.target) and os.path.getsize(self.target) > 0
        if self.existing:
            self.adopt_header()
        elif self.no_clobber and os.path.exists(self.target):
            self.throw_terminating("The file '%s' already exists." % self.target, "NoClobber",
                                   "ResourceExists", self.target, IO_EXCEPTION)

    def adopt_header(self):
        """-Append to a file that has a header: write the columns that file already has."""
        with open(self.target, "rb") as f:
            text = decode(f.read(), self.codec)
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                self.writer.names = parse_record(line, self.writer.delimiter)
                return

    def process(self):
        self.lines.extend(self.csv_lines(self.input_object))

    def end(self):
        data = "".join(line + "\n" for line in self.lines).encode(self.codec or "utf-8", errors="replace")
        try:
            with open(self.target, "ab" if self.existing else "wb") as f:
                if self.bom and not self.existing:
                    f.write(self.bom)
                f.write(data)
        except OSError as error:
            self.write_error(io_message(error, self.target), "FileOpenFailure", "OpenError", self.target,
                             IO_EXCEPTION)


# ---- reading -----------------------------------------------------------------------------------------------

def parse_record(line: str, delimiter: str) -> list[str]:
    """The fields of one CSV line: quoted fields may hold delimiters, and `""` inside them is one quote."""
    return _parse_fields(iter([line]), line, delimiter)


def _parse_fields(more_lines, line: str, delimiter: str) -> list[str]:
    fields, current, i, in_quotes, quoted = [], [], 0, False, False
    while True:
        if i >= len(line):
            if in_quotes:  # a quoted field spanning lines
                nxt = next(more_lines, None)
                if nxt is not None:
                    current.append("\n")
                    line, i = nxt, 0
                    continue
            fields.append("".join(current))
            return fields
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    current.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                current.append(ch)
        elif ch == delimiter:
            fields.append("".join(current))
            current, quoted = [], False
        elif ch == '"' and not quoted and not "".join(current).strip():
            current, in_quotes, quoted = [], True, True
        else:
            current.append(ch)
        i += 1


class CsvReader:
    """Turns CSV lines into PSCustomObjects; the header is the first record unless -Header gave one."""

    def __init__(self, command, delimiter, header=None):
        self.command = command
        self.delimiter = delimiter
        self.names = list(header) if header else None
        self.type_name = None

    def feed(self, text: str):
        lines = iter(text.splitlines())
        for line in lines:
            if self.names is None and line.startswith("#"):
                # before the header: `#TYPE name`, W3C Extended Log `#Fields: a,b`, other comments
                if line.startswith("#TYPE ") and self.type_name is None:
                    self.type_name = line[6:].strip()
                elif line.startswith("#Fields: "):
                    self.set_header(parse_record(line[9:], self.delimiter))
                continue
            if not line:  # empty lines are skipped
                continue
            fields = _parse_fields(lines, line, self.delimiter)
            if self.names is None:
                self.set_header(fields)
                continue
            yield self.build(fields)

    def set_header(self, fields):
        names, counter = [], 0
        for name in fields:
            if not name:
                counter += 1
                name = "H%d" % counter
            if any(n.lower() == name.lower() for n in names):
                self.command.throw_terminating(
                    'The member "%s" is already present.' % name, "AlreadyPresentPSMemberInfoInternalCollectionAdd",
                    "NotSpecified", None, "System.Management.Automation.ExtendedTypeSystemException")
            names.append(name)
        if counter:
            self.command.write_warning(_MISSING_HEADERS)
        self.names = names

    def build(self, fields) -> PSObject:
        obj = PSObject()
        if self.type_name:
            obj.type_names.insert(0, "CSV:" + self.type_name)
        for index, name in enumerate(self.names):
            obj.add_note(name, fields[index] if index < len(fields) else None)
        return obj


_HEADER = Parameter(type="string[]")


@cmdlet("ConvertFrom-Csv", default_set="Delimiter")
class ConvertFromCsv(Cmdlet):
    input_object: Annotated[list, Parameter(type="psobject[]", position=0, mandatory=True, pipeline=True)] = None
    delimiter: Annotated[str, Parameter(type="char", position=1, sets=("Delimiter",))] = None
    use_culture: Annotated[bool, Parameter(type="switch", mandatory=True, sets=("UseCulture",))] = False
    header: Annotated[list, _HEADER] = None

    def begin(self):
        self.reader = None

    def process(self):
        if self.reader is None:
            self.reader = CsvReader(self, _delimiter(self), [api.to_string(h) for h in self.header or []])
        items = self.input_object if isinstance(self.input_object, list) else [self.input_object]
        for item in items:
            if item is None or item is AUTOMATION_NULL:
                continue
            for obj in self.reader.feed(api.to_string(item)):
                self.write_object(obj)


@cmdlet("Import-Csv", aliases=("ipcsv",), default_set="DelimiterPath")
class ImportCsv(PathCmdlet):
    delimiter: Annotated[str, Parameter(type="char", position=1, sets=("DelimiterPath", "DelimiterLiteralPath"))] = None
    path: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline=True,
                                    sets=("DelimiterPath", "CulturePath"))] = None
    literal_path: Annotated[list, Parameter(type="string[]", mandatory=True, aliases=("PSPath", "LP"),
                                            pipeline_by_property=True,
                                            sets=("DelimiterLiteralPath", "CultureLiteralPath"))] = None
    use_culture: Annotated[bool, Parameter(type="switch", mandatory=True,
                                           sets=("CulturePath", "CultureLiteralPath"))] = False
    header: Annotated[list, _HEADER] = None
    encoding: Annotated[object, Parameter(type="object")] = None

    def process(self):
        codec = encoding_of(self, self.encoding)[0]
        for path, literal in self.path_args():
            for match in self.resolve(path, literal):
                try:
                    with open(match, "rb") as f:
                        text = decode(f.read(), codec)
                except OSError as error:
                    self.write_error(io_message(error, match), "FileOpenFailure", "OpenError", match, IO_EXCEPTION)
                    continue
                reader = CsvReader(self, _delimiter(self), [api.to_string(h) for h in self.header or []])
                for obj in reader.feed(text):
                    self.write_object(obj)
