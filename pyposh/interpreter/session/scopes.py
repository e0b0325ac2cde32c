"""Scopes: a chain of variable, function and alias tables with PowerShell's global/script/local rules."""
from __future__ import annotations

from pyposh.errors import PyposhError, ScriptRuntimeError
from pyposh.interpreter.values.casts import convert_to

MISSING = object()


class Scope:
    """One scope. Variables are stored by lower-case name; type constraints and options live beside."""

    __slots__ = ("parent", "vars", "names", "functions", "aliases", "constraints", "options", "is_script",
                 "private", "validators")

    def __init__(self, parent: "Scope | None" = None, is_script: bool = False):
        self.parent = parent
        self.vars: dict = {}
        self.names: dict = {}          # lower-case name -> name as first written
        self.functions: dict = {}
        self.aliases: dict = {}
        self.constraints: dict | None = None   # lower-case name -> type name ([int]$x = 1)
        self.options: dict | None = None       # lower-case name -> {'ReadOnly', 'Constant', ...}
        self.is_script = is_script
        self.private: set | None = None
        self.validators: dict | None = None    # lower-case name -> check(value) from validation attributes

    # -- variables --------------------------------------------------------------------------
    def lookup(self, key: str):
        """The value of a variable by lower-case name, searching outward; MISSING when not found."""
        scope = self
        first = True
        while scope is not None:
            value = scope.vars.get(key, MISSING)
            if value is not MISSING and (first or scope.private is None or key not in scope.private):
                return value
            scope = scope.parent
            first = False
        return MISSING

    def find_scope(self, key: str) -> "Scope | None":
        scope = self
        while scope is not None:
            if key in scope.vars:
                return scope
            scope = scope.parent
        return None

    def set_local(self, key: str, value, name: str | None = None):
        if self.constraints is not None and key in self.constraints:
            value = convert_for_variable(value, self.constraints[key])
        if self.validators is not None and key in self.validators:
            self.validators[key](value, self.names.get(key, name or key))
        if self.options is not None and key in self.options:
            self._check_writable(key, name)
        self.vars[key] = value
        if name is not None and key not in self.names:
            self.names[key] = name

    def _check_writable(self, key, name):
        opts = self.options.get(key, ())
        if "ReadOnly" in opts or "Constant" in opts:
            shown = self.names.get(key, name or key)
            raise ScriptRuntimeError(
                "Cannot overwrite variable %s because it is read-only or constant." % shown,
                "VariableNotWritable", "WriteError",
                exception_type="System.Management.Automation.SessionStateUnauthorizedAccessException")

    def constrain(self, key: str, type_name: str):
        if self.constraints is None:
            self.constraints = {}
        self.constraints[key] = type_name

    def add_validator(self, key: str, check):
        """Keep a parameter's validation on its variable: `check(value, name)` raises when it fails."""
        if self.validators is None:
            self.validators = {}
        if self.constraints is None:
            self.constraints = {}       # takes assignments off the fast path, through set_local
        self.validators[key] = check

    def remove(self, key: str) -> bool:
        if key in self.vars:
            if self.options is not None and key in self.options and "Constant" in self.options[key]:
                self._check_writable(key, None)
            del self.vars[key]
            self.names.pop(key, None)
            if self.constraints is not None:
                self.constraints.pop(key, None)
            return True
        return False

    def display_name(self, key: str) -> str:
        return self.names.get(key, key)

    # -- functions and aliases ----------------------------------------------------------------
    def find_function(self, key: str):
        scope = self
        while scope is not None:
            fn = scope.functions.get(key)
            if fn is not None:
                return fn
            scope = scope.parent
        return None

    def find_alias(self, key: str):
        scope = self
        while scope is not None:
            target = scope.aliases.get(key)
            if target is not None:
                return target
            scope = scope.parent
        return None

    def global_scope(self) -> "Scope":
        scope = self
        while scope.parent is not None:
            scope = scope.parent
        return scope

    def script_scope(self) -> "Scope":
        scope = self
        while scope is not None:
            if scope.is_script or scope.parent is None:
                return scope
            scope = scope.parent
        return self

    def resolve(self, qualifier: str) -> "Scope":
        """The scope a `$global:`, `$script:`, `$local:` or numbered qualifier names."""
        q = qualifier.lower()
        if q == "global":
            return self.global_scope()
        if q == "script":
            return self.script_scope()
        return self


def convert_for_variable(value, type_name: str):
    """The value a `[type]$name` variable stores; a failed conversion is PowerShell's MetadataError."""
    try:
        return convert_to(value, type_name)
    except PyposhError as e:
        raise ScriptRuntimeError(e.message, "RuntimeException", "MetadataError", e.extent,
                                 exception_type="System.Management.Automation.ArgumentTransformationMetadataException",
                                 inner=e) from None


class MethodScope(Scope):
    """The scope a class method's body runs in: there `return` gives the method's value, and nothing else the
    body writes is output (about_Classes)."""

    __slots__ = ()


class ModuleScope(Scope):
    """A module's own script scope (its "session state"): below the global scope, not the importer's. The
    functions defined while its script runs keep it (ScriptBlock.module) and run below it, so they see the
    module's `$script:` variables and not their caller's. `module` is the PSModuleInfo runtime/ made."""

    __slots__ = ("module",)

    def __init__(self, parent: Scope, module=None):
        super().__init__(parent, is_script=True)
        self.module = module


def module_scope_of(scope: Scope | None) -> ModuleScope | None:
    """The module a scope belongs to (the nearest ModuleScope around it), or None outside modules."""
    while scope is not None:
        if type(scope) is ModuleScope:
            return scope
        scope = scope.parent
    return None
