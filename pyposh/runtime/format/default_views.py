"""Registered views per type name (PowerShell's *.format.ps1xml data) and how a type's view is found."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from pyposh.interpreter.api import composite_format, concise_view, convert_to
from pyposh.runtime.format.display import to_display
from pyposh.runtime.format.properties import get_property, type_names
from pyposh.runtime.format.records import LEFT, NEWLINE, RIGHT, Frame


@dataclass
class ViewColumn:
    """A table column, list item or wide entry: a property name or a block (callable), with its presentation."""
    expression: object
    label: str | None = None
    width: int = 0
    alignment: str | None = None
    format_string: str | None = None


@dataclass
class GroupBy:
    """A view's grouping: a new group whenever `expression`'s value changes. Its header is `   Label: value`,
    or `render(first object of the group)` (complex items) when given."""
    expression: object
    label: str | None = None
    render: Callable[[object], list] | None = None


@dataclass
class TableControl:
    columns: list[ViewColumn]
    group_by: GroupBy | None = None
    auto_size: bool | None = None
    hide_header: bool = False
    wrap: bool = False


@dataclass
class ListControl:
    items: list[ViewColumn]
    group_by: GroupBy | None = None


@dataclass
class WideControl:
    item: ViewColumn
    columns: int = 0
    group_by: GroupBy | None = None


@dataclass
class CustomControl:
    """`render(obj)` returns complex items: strings, `records.NEWLINE`, `records.Frame`."""
    render: Callable[[object], list]
    out_of_band: bool = False
    group_by: GroupBy | None = None


@dataclass
class ViewDefinition:
    name: str
    type_names: tuple[str, ...]
    control: object

    def __post_init__(self):
        self.lower_type_names = frozenset(t.lower() for t in self.type_names)

    @property
    def shape(self) -> str:
        return {TableControl: "table", ListControl: "list", WideControl: "wide",
                CustomControl: "complex"}[type(self.control)]


class ViewRegistry:
    """Views in registration order; a type's view is the first one for its most derived type name that has one.
    Views are indexed by lower-cased type name, and out-of-band lookups are cached per type-name chain (the
    formatter asks once per object)."""

    def __init__(self):
        self._views: list[ViewDefinition] = []
        self._by_type: dict[str, list[ViewDefinition]] = {}
        self._out_of_band_cache: dict[tuple, ViewDefinition | None] = {}

    def register(self, view: ViewDefinition, first: bool = False) -> ViewDefinition:
        if first:
            self._views.insert(0, view)
        else:
            self._views.append(view)
        self._by_type = {}
        for v in self._views:
            for t in {t.lower() for t in v.type_names}:
                self._by_type.setdefault(t, []).append(v)
        self._out_of_band_cache = {}
        return view

    def views_for(self, type_name: str) -> list[ViewDefinition]:
        return self._by_type.get(type_name.lower(), [])

    def find(self, type_names, shape: str | None = None, name: str | None = None) -> ViewDefinition | None:
        """The view for an object with these type names (of a shape, by a name), trying `Deserialized.` names
        without the prefix when nothing matches."""
        for names in (list(type_names), _masked(type_names)):
            for type_name in names or ():
                for view in self.views_for(type_name):
                    if isinstance(view.control, CustomControl) and view.control.out_of_band:
                        continue
                    if shape is not None and view.shape != shape:
                        continue
                    if name is not None and view.name.lower() != name.lower():
                        continue
                    return view
        return None

    def find_out_of_band(self, type_names) -> ViewDefinition | None:
        key = tuple(type_names)
        try:
            return self._out_of_band_cache[key]
        except KeyError:
            pass
        found = None
        for names in (list(type_names), _masked(type_names)):
            for type_name in names or ():
                for view in self.views_for(type_name):
                    if isinstance(view.control, CustomControl) and view.control.out_of_band:
                        found = view
                        break
                if found is not None:
                    break
            if found is not None:
                break
        if len(self._out_of_band_cache) < 1024:
            self._out_of_band_cache[key] = found
        return found

    def applies(self, view: ViewDefinition, type_names) -> bool:
        wanted = view.lower_type_names
        return any(t.lower() in wanted for t in type_names) or \
            any(t.lower() in wanted for t in (_masked(type_names) or ()))


def _masked(type_names):
    prefix = "Deserialized."
    if not any(t.startswith(prefix) for t in type_names):
        return None
    return [t[len(prefix):] if t.startswith(prefix) else t for t in type_names]


DEFAULT_VIEWS = ViewRegistry()


def register_view(type_names, control, name: str | None = None, registry: ViewRegistry = DEFAULT_VIEWS,
                  first: bool = False) -> ViewDefinition:
    """Add a view for one type name or several (later registrations lose to earlier ones unless `first`)."""
    if isinstance(type_names, str):
        type_names = (type_names,)
    return registry.register(ViewDefinition(name or type_names[0], tuple(type_names), control), first=first)


def _col(expr, label=None, width=0, alignment=None, format_string=None) -> ViewColumn:
    return ViewColumn(expr, label, width, alignment, format_string)


def _prop(name: str):
    def get(obj):
        try:
            return get_property(obj, name)
        except LookupError:
            return None
    return get


def _command_name(obj):
    if str(_prop("CommandType")(obj)) == "Alias":
        return _prop("DisplayName")(obj)
    return _prop("Name")(obj)


_command_name.text = ('\n                                if ($_.CommandType -eq "Alias")\n'
                      '                                {\n                                  $_.DisplayName\n'
                      '                                }\n                                else\n'
                      '                                {\n                                  $_.Name\n'
                      '                                }\n                              ')

_TIMESPAN = ("Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks", "TotalDays", "TotalHours",
             "TotalMinutes", "TotalSeconds", "TotalMilliseconds")
_COMMAND_TYPES = ("System.Management.Automation.AliasInfo", "System.Management.Automation.ApplicationInfo",
                  "System.Management.Automation.CmdletInfo", "System.Management.Automation.ExternalScriptInfo",
                  "System.Management.Automation.FilterInfo", "System.Management.Automation.FunctionInfo",
                  "System.Management.Automation.ScriptInfo")


def _register_builtins(r: ViewRegistry) -> None:
    # PowerShellCore.format.ps1xml: types
    register_view("System.RuntimeType", TableControl([
        _col("IsPublic", "IsPublic", 8), _col("IsSerializable", "IsSerial", 8), _col("Name", width=40),
        _col("BaseType")]), registry=r)
    # DotNetTypes.format.ps1xml
    register_view("System.Version", TableControl([_col("Major", width=6), _col("Minor", width=6),
                                                  _col("Build", width=6), _col("Revision", width=8)]), registry=r)
    register_view("System.Collections.DictionaryEntry",
                  TableControl([_col("Name", width=30), _col("Value")]), "Dictionary", registry=r)
    register_view("System.Collections.DictionaryEntry", ListControl([_col("Name"), _col("Value")]), registry=r)
    register_view("System.TimeSpan", ListControl([_col(n) for n in _TIMESPAN]), registry=r)
    register_view("System.TimeSpan", TableControl([_col(n) for n in _TIMESPAN[:5]]), registry=r)
    register_view("System.TimeSpan", WideControl(_col("TotalMilliseconds")), registry=r)
    register_view("System.DateTime", CustomControl(lambda d: [_prop("DateTime")(d)]), "DateTime", registry=r)
    register_view("System.Guid", TableControl([_col("Guid")]), registry=r)
    # PowerShellCore.format.ps1xml
    register_view("Microsoft.PowerShell.Commands.GroupInfo",
                  TableControl([_col("Count", "Count", 5, RIGHT), _col("Name", width=25), _col("Group")]),
                  registry=r)
    register_view("Microsoft.PowerShell.Commands.GroupInfo",
                  ListControl([_col("Name"), _col("Count"), _col("Group"), _col("Values")]), registry=r)
    register_view("Microsoft.PowerShell.Commands.GroupInfoNoElement",
                  TableControl([_col("Count", "Count", 5, RIGHT), _col("Name", width=25)]), registry=r)
    register_view("Microsoft.PowerShell.Commands.GroupInfoNoElement",
                  ListControl([_col("Name"), _col("Count"), _col("Values")]), registry=r)
    register_view("Microsoft.PowerShell.Commands.MemberDefinition", TableControl(
        [_col("Name", "Name"), _col("MemberType", "MemberType"), _col("Definition", "Definition")],
        group_by=GroupBy("TypeName"), auto_size=True), registry=r)
    register_view("System.Management.Automation.PSVariable",
                  TableControl([_col("Name", width=30), _col("Value")]), "Variable", registry=r)
    register_view("System.Management.Automation.PSDriveInfo", TableControl([
        _col("Name", "Name", 10), _col(_drive_space("Used"), "Used (GB)", 13, RIGHT),
        _col(_drive_space("Free"), "Free (GB)", 13, RIGHT), _col(_drive_provider, "Provider", 13),
        _col(_drive_root, "Root", 35), _col("CurrentLocation", "CurrentLocation", 0, RIGHT)]), "drive", registry=r)
    register_view("System.Management.Automation.PathInfo", TableControl([_col("Path")]), "PathInfo", registry=r)
    register_view("System.Management.Automation.CommandInfo",
                  TableControl([_col("CommandType", width=15), _col("Name")]), "CommandInfo", registry=r)
    register_view(_COMMAND_TYPES, TableControl([
        _col("CommandType", "CommandType", 15), _col(_command_name, "Name", 50),
        _col("Version", "Version", 10), _col("Source", "Source")]), "CommandInfo", registry=r)
    register_view("System.Management.Automation.ErrorRecord",
                  CustomControl(_error_view, out_of_band=True), "ErrorInstance", registry=r)
    register_view("System.Management.Automation.WarningRecord",
                  CustomControl(lambda w: [_prop("Message")(w)], out_of_band=True), "WarningRecord", registry=r)
    register_view("System.Management.Automation.InformationRecord",
                  CustomControl(lambda i: [_display(i)], out_of_band=True), "InformationRecord", registry=r)
    register_view(("System.Management.Automation.Job", "System.Management.Automation.PSRemotingJob",
                   "System.Management.Automation.PSRemotingChildJob", "ThreadJob.ThreadJob",
                   "ThreadJob.ThreadChildJob"), TableControl([
        _col("Id", "Id", 6, LEFT), _col("Name", "Name", 15, LEFT), _col("PSJobTypeName", "PSJobTypeName", 15, LEFT),
        _col("State", "State", 13, LEFT), _col("HasMoreData", "HasMoreData", 15, LEFT),
        _col("Location", "Location", 20, LEFT), _col("Command", "Command", 25, LEFT)]), "Job", registry=r)
    # PowerShellCore_format_ps1xml.cs: ViewsOf_System_Management_Automation_Runspaces_PSSession
    register_view("System.Management.Automation.Runspaces.PSSession", TableControl([
        _col("Id", "Id", 3, RIGHT), _col("Name", "Name", 15, LEFT), _col("Transport", "Transport", 9, LEFT),
        _col("ComputerName", "ComputerName", 15, LEFT), _col("ComputerType", "ComputerType", 15, LEFT),
        _col("State", "State", 13, LEFT), _col("ConfigurationName", "ConfigurationName", 20, LEFT),
        _col("Availability", "Availability", 13, RIGHT)]), "PSSession", registry=r)
    # PowerShellCore_format_ps1xml.cs: ViewsOf_Microsoft_Powershell_Utility_FileHashInfo
    register_view("Microsoft.PowerShell.Commands.FileHashInfo", TableControl([
        _col("Algorithm", width=15, alignment=LEFT), _col("Hash", width=70, alignment=LEFT), _col("Path")]),
        registry=r)
    # PowerShellCore_format_ps1xml.cs: ViewsOf_System_Management_Automation_PSModuleInfo
    register_view("System.Management.Automation.PSModuleInfo", TableControl([
        _col("ModuleType", "ModuleType", 10, LEFT), _col("Version", "Version", 10, LEFT),
        _col(_prerelease, "PreRelease", 10, LEFT), _col("Name", "Name", 35, LEFT),
        _col(_keys("ExportedCommands"), "ExportedCommands")]), "Module", registry=r)
    register_view("System.Management.Automation.PSModuleInfo", ListControl([
        _col("Name"), _col("Path"), _col("Description"), _col("ModuleType"), _col("Version"),
        _col(_prerelease, "PreRelease"), _col("NestedModules"),
        _col(_keys("ExportedFunctions"), "ExportedFunctions"), _col(_keys("ExportedCmdlets"), "ExportedCmdlets"),
        _col(_keys("ExportedVariables"), "ExportedVariables"), _col(_keys("ExportedAliases"), "ExportedAliases")]),
        "Module", registry=r)
    # DotNetTypes_format_ps1xml.cs: ViewsOf_System_Diagnostics_EventLogEntry, ViewsOf_System_Diagnostics_EventLog
    register_view("System.Diagnostics.EventLogEntry", TableControl([
        _col("Index", "Index", 8, RIGHT), _col("TimeGenerated", "Time", 13, None, "{0:MMM} {0:dd} {0:HH}:{0:mm}"),
        _col(_script("EntryType"), "EntryType", 11), _col("Source", "Source", 20),
        _col("InstanceID", "InstanceID", 12, RIGHT), _col("Message", "Message")]), registry=r)
    register_view("System.Diagnostics.EventLogEntry", ListControl([_col(n) for n in (
        "Index", "EntryType", "InstanceID", "Message", "Category", "CategoryNumber", "ReplacementStrings", "Source",
        "TimeGenerated", "TimeWritten", "UserName")]), registry=r)
    register_view("System.Diagnostics.EventLog", TableControl([
        _col(_thousands("MaximumKilobytes"), "Max(K)", 8, RIGHT), _col("MinimumRetentionDays", "Retain", 6, RIGHT),
        _col("OverflowAction", "OverflowAction", 18), _col(_thousands("Entries", "Count"), "Entries", 10, RIGHT),
        _col("Log", "Log")]), registry=r)
    register_view("System.Diagnostics.EventLog", ListControl([_col(n) for n in (
        "Log", "EnableRaisingEvents", "MaximumKilobytes", "MinimumRetentionDays", "OverflowAction")]), registry=r)
    # DotNetTypes_format_ps1xml.cs: ViewsOf_System_Diagnostics_Process (table, wide) and ..._Process_IncludeUserName
    register_view("System.Diagnostics.Process", TableControl([
        _col(_npm_kilobytes, "NPM(K)", 7, RIGHT), _col(_n2("PM", 1048576), "PM(M)", 8, RIGHT),
        _col(_n2("WS", 1048576), "WS(M)", 10, RIGHT), _col(_n2("CPU"), "CPU(s)", 10, RIGHT),
        _col("Id", width=7, alignment=RIGHT), _col("SI", width=3, alignment=RIGHT), _col("ProcessName")]),
        "process", registry=r)
    register_view("System.Diagnostics.Process", WideControl(_col("ProcessName")), "process", registry=r)
    register_view("System.Diagnostics.Process#IncludeUserName", TableControl([
        _col(_n2("WS", 1048576), "WS(M)", 10, RIGHT), _col(_n2("CPU"), "CPU(s)", 8, RIGHT),
        _col("Id", width=7, alignment=RIGHT), _col("UserName", width=30), _col("ProcessName")]),
        "ProcessWithUserName", registry=r)
    register_view("Deserialized.Microsoft.PowerShell.Commands.TextMeasureInfo", TableControl([
        _col("Lines", "Lines"), _col("Words", "Words"), _col("Characters", "Characters"),
        _col("Property", "Property")]), "Microsoft.PowerShell.Commands.TextMeasureInfo", registry=r)
    register_view("Deserialized.Microsoft.PowerShell.Commands.GenericMeasureInfo", ListControl([
        _col(n) for n in ("Count", "Average", "Sum", "Maximum", "Minimum", "Property")]),
        "Microsoft.PowerShell.Commands.GenericMeasureInfo", registry=r)


def _keys(name):
    """`$_.Name.Keys`: a dictionary property's keys."""
    def keys(obj):
        table = _prop(name)(obj)
        return None if table is None else list(table.keys())
    keys.text = "$_.%s.Keys" % name
    return keys


def _prerelease(module):
    """PreReleaseStringScriptBlock: the manifest's PrivateData.PSData.Prerelease."""
    data = _prop("PrivateData")(module)
    psdata = _prop("PSData")(data) if data is not None else None
    return _prop("Prerelease")(psdata) if psdata is not None else None


_prerelease.text = "$_.PrivateData.PSData.Prerelease"


def _script(name):
    """A script-block column that is just `$_.Name`."""
    get = _prop(name)
    get.text = "$_.%s" % name
    return get


def _thousands(name, count=None):
    """`$_.Name.ToString('N0')` (or `$_.Name.Count.ToString('N0')`): a number with group separators."""
    def text(obj):
        value = _prop(name)(obj)
        if count is not None:
            value = len(value) if value is not None and hasattr(value, "__len__") else _prop(count)(value)
        return None if value is None else format(int(value), ",")
    text.text = "$_.%s%s.ToString('N0')" % (name, "." + count if count else "")
    return text


def _n2(name, divisor=1):
    """`"{0:N2}" -f [float]($_.Name)`, or `($_.Name / 1MB)`: a number as a single, with two decimals."""
    def text(obj):
        return composite_format("{0:N2}", [convert_to((_prop(name)(obj) or 0) / divisor, "float")])
    text.text = '"{0:N2}" -f [float]($_.%s%s)' % (name, " / 1MB" if divisor == 1048576 else "")
    return text


def _npm_kilobytes(process):
    return round((_prop("NPM")(process) or 0) / 1024)


_npm_kilobytes.text = "[long]($_.NPM / 1024)"


def _drive_space(name):
    def space(drive):
        used, free = _prop("Used")(drive), _prop("Free")(drive)
        if not (used or free):
            return None
        return composite_format("{0:###0.00}", [_prop(name)(drive) / 1073741824])
    space.text = 'if($_.Used -or $_.Free) { "{0:###0.00}" -f ($_.%s / 1GB) }' % name
    return space


def _drive_provider(drive):
    provider = _prop("Provider")(drive)
    return None if provider is None else _prop("Name")(provider)


_drive_provider.text = "$_.Provider.Name"


def _drive_root(drive):
    display = _prop("DisplayRoot")(drive)
    return display if display is not None else _prop("Root")(drive)


_drive_root.text = "if($null -ne $_.DisplayRoot) { $_.DisplayRoot } else { $_.Root }"


def _error_view(record) -> list:
    """PowerShellCore.format.ps1xml's ErrorInstance view with $ErrorView = ConciseView: the text the error stream
    shows for the record (`Reason: message`, and the `Line |` block when it has a script position)."""
    items: list = []
    for line in concise_view(record).split("\n"):
        items += [line, NEWLINE]
    return items[:-1]


def _last_write_time(obj):
    value = _prop("LastWriteTime")(obj)
    return composite_format("{0:d} {0:HH}:{0:mm}", [value]) if value is not None else None


_last_write_time.text = "'{0:d} {0:HH}:{0:mm}' -f $_.LastWriteTime"


def _directory_header(obj) -> list:
    parent = _prop("PSParentPath")(obj)
    parent = "" if parent is None else _display(parent).replace("Microsoft.PowerShell.Core\\FileSystem::", "")
    return [Frame(["    Directory: ", parent])]


def _wide_file_name(obj):
    name = _prop("Name")(obj)
    if "System.IO.DirectoryInfo" in _type_names(obj):
        return "[%s]" % _display(name)
    return name


def _type_names(obj):
    return type_names(obj)


def _register_filesystem(r: ViewRegistry) -> None:
    # FileSystem.format.ps1xml, the Unix view first as on Linux
    types = ("System.IO.DirectoryInfo", "System.IO.FileInfo")
    group = GroupBy("PSParentPath", render=_directory_header)
    register_view(types, TableControl([
        _col("UnixMode", "UnixMode", 10, LEFT), _col("User", "User", 10, RIGHT), _col("Group", "Group", 10, LEFT),
        _col(_last_write_time, "LastWriteTime", 16, RIGHT), _col("Size", "Size", 12, RIGHT),
        _col("NameString", "Name", 0, LEFT)], group_by=group, wrap=True), "childrenWithUnixStat", registry=r)
    register_view(types, TableControl([
        _col("ModeWithoutHardLink", "Mode", 7, LEFT), _col("LastWriteTimeString", "LastWriteTime", 26, RIGHT),
        _col("LengthString", "Length", 14, RIGHT), _col("NameString", "Name", 0, LEFT)], group_by=group, wrap=True),
        "children", registry=r)
    register_view(types, WideControl(_col(_wide_file_name), group_by=group), "children", registry=r)


def _display(obj) -> str:
    return to_display(obj)


_register_builtins(DEFAULT_VIEWS)
_register_filesystem(DEFAULT_VIEWS)
