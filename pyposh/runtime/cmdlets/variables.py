"""Get-Variable, Set-Variable, New-Variable, Remove-Variable and Clear-Variable over the session's scopes."""
from __future__ import annotations

import functools
from typing import Annotated

from pyposh.interpreter import api
from pyposh.interpreter.api import (
    AUTOMATION_NULL, Cmdlet, Parameter, PSObject, PSProperty, ScriptRuntimeError, cmdlet, compare_strings,
    has_wildcards, wildcard_match,
)

_PSVARIABLE = "System.Management.Automation.PSVariable"
_OPTION_ORDER = ("ReadOnly", "Constant", "Private", "AllScope")
_OPTION_NAMES = {n.lower(): n for n in _OPTION_ORDER + ("None", "Unspecified")}
_UNAUTHORIZED = "System.Management.Automation.SessionStateUnauthorizedAccessException"


def parse_options(value) -> set:
    """ScopedItemOptions from a name, a comma-separated list, an array or an enum value."""
    if value is None:
        return set()
    items = value if isinstance(value, (list, tuple)) else [value]
    found = set()
    for item in items:
        number = getattr(item, "ps_numeric_value", None)
        if number is not None and not isinstance(item, (int, float)):
            item = api.to_string(item)
        if isinstance(item, int) and not isinstance(item, bool):
            for bit, name in ((1, "ReadOnly"), (2, "Constant"), (4, "Private"), (8, "AllScope")):
                if item & bit:
                    found.add(name)
            continue
        for part in api.to_string(item).split(","):
            part = part.strip()
            if not part:
                continue
            name = _OPTION_NAMES.get(part.lower())
            if name is None:
                raise ValueError(part)
            if name not in ("None", "Unspecified"):
                found.add(name)
    return found


def options_text(options) -> str:
    names = [n for n in _OPTION_ORDER if n in (options or ())]
    return ", ".join(names) if names else "None"


def _scope_options(scope, key) -> set:
    if scope.options is None:
        return set()
    return set(scope.options.get(key, ()))


def _locked(options, force) -> bool:
    """Whether a variable with these options can be neither changed nor removed: Constant, or ReadOnly without
    -Force."""
    return "Constant" in options or ("ReadOnly" in options and not force)


def variable_object(scope, key: str, description: str = "") -> PSObject:
    """A PSVariable for one variable: Value reads and writes the variable itself."""
    name = scope.display_name(key)
    obj = PSObject(type_names=[_PSVARIABLE, "System.Object"])
    obj.add_note("Name", name)
    obj.add_note("Description", description)

    def get(_this):
        value = scope.vars.get(key)
        return [value]

    def set_(_this, new):
        scope.set_local(key, new, name)

    obj.add_member(PSProperty("Value", scope.vars.get(key), "ScriptProperty", getter=get, setter=set_))
    obj.add_note("Visibility", "Public")
    obj.add_note("Module", None)
    obj.add_note("ModuleName", "")
    obj.add_note("Options", options_text(_scope_options(scope, key)))
    obj.add_note("Attributes", [])
    return obj


class _Constants:
    """$true, $false and $null: constants the language defines in every scope (Constant, AllScope)."""

    vars = {"true": True, "false": False, "null": None}
    names = {"true": "true", "false": "false", "null": "null"}
    options = {key: {"Constant", "AllScope"} for key in vars}
    private = None
    parent = None

    def display_name(self, key):
        return self.names.get(key, key)

    def set_local(self, key, value, name=None):
        raise ScriptRuntimeError("Cannot overwrite variable %s because it is read-only or constant." % key,
                                 "VariableNotWritable", "WriteError", exception_type=_UNAUTHORIZED)

    def remove(self, key):
        return False


_CONSTANTS = _Constants()


class _VariableCmdlet(Cmdlet):
    """Scope lookups shared by the *-Variable cmdlets."""

    def target_scope(self, scope_name):
        """The scope -Scope names (Global, Script, Local, Private or a number counting outward)."""
        scope = self.ctx.scope
        if scope_name is None or scope_name == "":
            return scope
        text = api.to_string(scope_name).strip()
        lower = text.lower()
        if lower in ("local", "private"):
            return scope
        if lower in ("global", "script"):
            return scope.resolve(lower)
        try:
            depth = int(text)
        except ValueError:
            self.throw_terminating('The scope "%s" could not be found.' % text, "ArgumentException",
                                   "InvalidArgument", exception_type="System.ArgumentException")
        if depth < 0:
            self.throw_terminating("The scope number '%s' exceeds the number of active scopes." % text,
                                   "ArgumentOutOfRange", "InvalidArgument",
                                   exception_type="System.Management.Automation.PSArgumentOutOfRangeException")
        for _ in range(depth):
            if scope.parent is None:
                self.throw_terminating("The scope number '%s' exceeds the number of active scopes." % text,
                                       "ArgumentOutOfRange", "InvalidArgument",
                                       exception_type="System.Management.Automation.PSArgumentOutOfRangeException")
            scope = scope.parent
        return scope

    def visible(self, scope_name=None) -> dict:
        """lower-case name -> the scope holding it: every variable visible from here, or those of one scope."""
        if scope_name:
            scope = self.target_scope(scope_name)
            return {key: scope for key in scope.vars}
        found = {}
        scope = self.ctx.scope
        first = True
        while scope is not None:
            for key in scope.vars:
                if key in found:
                    continue
                if not first and scope.private is not None and key in scope.private:
                    continue
                found[key] = scope
            scope = scope.parent
            first = False
        for key in _CONSTANTS.vars:
            found.setdefault(key, _CONSTANTS)
        return found

    def matching(self, names, scope_name=None, include=None, exclude=None, report=True) -> list:
        """[(key, scope)] for the names (wildcards allowed), filtered by -Include/-Exclude; errors for
        plain names that match nothing."""
        table = self.visible(scope_name)
        result = []
        seen = set()
        for name in names or ["*"]:
            name = api.to_string(name)
            if has_wildcards(name):
                keys = sorted((k for k in table if wildcard_match(name, table[k].display_name(k))),
                              key=functools.cmp_to_key(lambda a, b: _name_compare(table, a, b)))
            else:
                keys = [name.lower()] if name.lower() in table else []
                if not keys and report:
                    self.write_error(self.error_record(
                        "Cannot find a variable with the name '%s'." % name, "VariableNotFound", "ObjectNotFound",
                        name, "System.Management.Automation.ItemNotFoundException"))
                    continue
            for key in keys:
                display = table[key].display_name(key)
                if include and not any(wildcard_match(api.to_string(p), display) for p in include):
                    continue
                if exclude and any(wildcard_match(api.to_string(p), display) for p in exclude):
                    continue
                if key not in seen:
                    seen.add(key)
                    result.append((key, table[key]))
        return result

    def not_writable(self, scope, key):
        name = scope.display_name(key)
        return self.error_record("Cannot overwrite variable %s because it is read-only or constant." % name,
                                 "VariableNotWritable", "WriteError", name, _UNAUTHORIZED)

    def assign(self, scope, key: str, name: str, value, force: bool = False) -> bool:
        """Set a variable in one scope, honouring ReadOnly (overridable with -Force) and Constant."""
        if key in _CONSTANTS.vars:
            scope = _CONSTANTS
        options = _scope_options(scope, key)
        if key in scope.vars and _locked(options, force):
            self.write_error(self.not_writable(scope, key))
            return False
        saved = None
        if options and scope.options is not None:
            saved = scope.options.pop(key, None)
        try:
            scope.set_local(key, value, name)
        finally:
            if saved is not None:
                scope.options[key] = saved
        return True

    def set_options(self, scope, key: str, options: set, creating: bool):
        if "Constant" in options and not creating:
            self.write_error(self.error_record(
                "Existing variable %s cannot be made constant. Variables can be made constant only at creation "
                "time." % scope.display_name(key), "VariableCannotBeMadeConstant", "InvalidOperation",
                scope.display_name(key), "System.Management.Automation.SessionStateUnauthorizedAccessException"))
            options = options - {"Constant"}
        if scope.options is None:
            scope.options = {}
        current = set(scope.options.get(key, ()))
        if "Constant" in current:
            options = options | {"Constant"}
        if options:
            scope.options[key] = options
        else:
            scope.options.pop(key, None)
        if "Private" in options:
            if scope.private is None:
                scope.private = set()
            scope.private.add(key)
        elif scope.private is not None:
            scope.private.discard(key)

    def parsed_options(self, value) -> set | None:
        try:
            return parse_options(value)
        except ValueError as e:
            self.throw_terminating(
                "Cannot bind parameter 'Option'. Cannot convert value \"%s\" to type "
                "\"System.Management.Automation.ScopedItemOptions\". Error: \"Unable to match the identifier name "
                "%s to a valid enumerator name. Specify one of the following enumerator names and try again:\n"
                "None, ReadOnly, Constant, Private, AllScope, Unspecified\"" % (e.args[0], e.args[0]),
                "CannotConvertArgumentNoMessage", "InvalidArgument",
                exception_type="System.Management.Automation.ParameterBindingException")
        return None


def _name_compare(table, a, b) -> int:
    return compare_strings(table[a].display_name(a), table[b].display_name(b), True)


@cmdlet("Get-Variable", aliases=("gv",))
class GetVariable(_VariableCmdlet):
    name: Annotated[list, Parameter(type="string[]", position=0, pipeline=True, pipeline_by_property=True)] = None
    value_only: Annotated[bool, Parameter(type="switch")] = False
    include: Annotated[list, Parameter(type="string[]")] = None
    exclude: Annotated[list, Parameter(type="string[]")] = None
    scope: Annotated[str, Parameter(type="string")] = None

    def process(self):
        for key, scope in self.matching(self.name, self.scope, self.include, self.exclude):
            if self.value_only:
                self.write_object(scope.vars.get(key))
            else:
                self.write_object(variable_object(scope, key))


def _value_target(name, value) -> str:
    """VariableCommandStrings' `Name: {0} Value: {1}`, the value as .NET formats it (an array as its type)."""
    shown = "System.Object[]" if isinstance(value, (list, tuple)) else "" if value is None else api.to_string(value)
    return "Name: %s Value: %s" % (name, shown)


@cmdlet("Set-Variable", aliases=("set", "sv"), should_process=True)
class SetVariable(_VariableCmdlet):
    name: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline_by_property=True)] = None
    value: Annotated[object, Parameter(position=1, pipeline=True, pipeline_by_property=True)] = AUTOMATION_NULL
    include: Annotated[list, Parameter(type="string[]")] = None
    exclude: Annotated[list, Parameter(type="string[]")] = None
    description: Annotated[str, Parameter(type="string")] = None
    option: Annotated[object, Parameter()] = None
    force: Annotated[bool, Parameter(type="switch")] = False
    visibility: Annotated[str, Parameter(type="string", validate_set=("Public", "Private"))] = None
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    scope: Annotated[str, Parameter(type="string")] = None

    def begin(self):
        self.from_pipeline = "Value" not in self.bound and self.expecting_input
        self.values = []

    def process(self):
        if self.from_pipeline:
            if self.value is not AUTOMATION_NULL:
                self.values.append(self.value)
            return
        self._set(None if self.value is AUTOMATION_NULL else self.value)

    def end(self):
        if self.from_pipeline:
            values = self.values
            self._set(values[0] if len(values) == 1 else (list(values) if values else None))

    def _set(self, value):
        options = self.parsed_options(self.option) if "Option" in self.bound else None
        scope = self.target_scope(self.scope)
        for name in self.name or []:
            name = api.to_string(name)
            if has_wildcards(name):
                for key, holder in self.matching([name], self.scope, self.include, self.exclude, report=False):
                    self._set_one(holder, key, holder.display_name(key), value, options)
                continue
            if self.include and not any(wildcard_match(api.to_string(p), name) for p in self.include):
                continue
            if self.exclude and any(wildcard_match(api.to_string(p), name) for p in self.exclude):
                continue
            self._set_one(scope, name.lower(), name, value, options)

    def _set_one(self, scope, key, name, value, options):
        creating = key not in scope.vars
        if not self.should_process(_value_target(name, value), "Set variable"):
            return
        if not self.assign(scope, key, name, value, bool(self.force)):
            return
        if options is not None:
            self.set_options(scope, key, options, creating)
        if self.pass_thru:
            self.write_object(variable_object(scope, key, self.description or ""))


@cmdlet("New-Variable", aliases=("nv",), should_process=True, confirm_impact="Low")
class NewVariable(_VariableCmdlet):
    name: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline_by_property=True)] = None
    value: Annotated[object, Parameter(position=1, pipeline=True, pipeline_by_property=True)] = None
    description: Annotated[str, Parameter(type="string")] = None
    option: Annotated[object, Parameter()] = None
    visibility: Annotated[str, Parameter(type="string", validate_set=("Public", "Private"))] = None
    force: Annotated[bool, Parameter(type="switch")] = False
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    scope: Annotated[str, Parameter(type="string")] = None

    def process(self):
        name = self.name
        key = name.lower()
        scope = self.target_scope(self.scope)
        options = self.parsed_options(self.option) if "Option" in self.bound else set()
        value = None if self.value is AUTOMATION_NULL else self.value
        if key in _CONSTANTS.vars:
            scope = _CONSTANTS
        if not self.should_process(_value_target(name, value), "New variable"):
            return
        if key in scope.vars:
            current = _scope_options(scope, key)
            if not self.force or "Constant" in current:
                if self.force:
                    self.write_error(self.not_writable(scope, key))
                else:
                    self.write_error(self.error_record(
                        "A variable with name '%s' already exists." % name, "VariableAlreadyExists",
                        "ResourceExists", name, "System.Management.Automation.SessionStateException"))
                return
            if not self.assign(scope, key, name, value, True):
                return
            self.set_options(scope, key, options, False)
        else:
            scope.set_local(key, value, name)
            self.set_options(scope, key, options, True)
        if self.pass_thru:
            self.write_object(variable_object(scope, key, self.description or ""))


class _ChangeVariables(_VariableCmdlet):
    """Remove-Variable and Clear-Variable: the variables to change, and the parameters naming them, which both
    take first."""

    name: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline_by_property=True)] = None
    include: Annotated[list, Parameter(type="string[]")] = None
    exclude: Annotated[list, Parameter(type="string[]")] = None
    force: Annotated[bool, Parameter(type="switch")] = False

    def changeable(self, refusal):
        """(key, scope) for each variable -Name, -Include and -Exclude select that is not _locked; for one that is,
        the error refusal(scope, key) makes."""
        for key, scope in self.matching(self.name, self.scope, self.include, self.exclude):
            if _locked(_scope_options(scope, key), self.force):
                self.write_error(refusal(scope, key))
            else:
                yield key, scope


@cmdlet("Remove-Variable", aliases=("rv",), should_process=True)
class RemoveVariable(_ChangeVariables):
    scope: Annotated[str, Parameter(type="string")] = None

    def process(self):
        for key, scope in self.changeable(self.not_removable):
            if not self.should_process("Name: %s" % scope.display_name(key), "Remove variable"):
                continue
            if scope.options is not None:
                scope.options.pop(key, None)
            if scope.private is not None:
                scope.private.discard(key)
            scope.remove(key)

    def not_removable(self, scope, key):
        name = scope.display_name(key)
        return self.error_record("Cannot remove variable %s because it is constant or read-only. If the variable is "
                                 "read-only, try the operation again specifying the Force option." % name,
                                 "VariableNotRemovable", "WriteError", name, _UNAUTHORIZED)


@cmdlet("Clear-Variable", aliases=("clv",), should_process=True)
class ClearVariable(_ChangeVariables):
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    scope: Annotated[str, Parameter(type="string")] = None

    def process(self):
        local = self.target_scope(self.scope)
        for key, holder in self.changeable(self.not_writable):
            # Without -Scope the variable is cleared in the local scope (a parent's copy keeps its value).
            target = holder if self.scope else local
            name = holder.display_name(key)
            if not self.should_process("Name: %s" % name, "Clear variable"):
                continue
            if not self.assign(target, key, name, None, bool(self.force)):
                continue
            if self.pass_thru:
                self.write_object(variable_object(target, key))

