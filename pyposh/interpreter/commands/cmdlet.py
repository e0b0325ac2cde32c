"""The cmdlet API: parameter metadata, the `@cmdlet` declaration, and the Cmdlet base class commands extend.

Declaring a cmdlet makes no command callable: a command source does (runtime/'s built-ins, a Runspace's own
CommandCatalog, or GLOBAL_CMDLETS, the process-wide one `pyposh.cmdlet` fills on purpose)."""
from __future__ import annotations

import re
import threading
import typing

from pyposh.interpreter.session.records import (
    ErrorRecord, InformationalRecord, InformationRecord, InvocationInfo, new_exception,
)
from pyposh.interpreter.session.should_process import should_process


class Parameter:
    """A parameter as PowerShell declares it (System.Management.Automation.ParameterAttribute and kin)."""

    FIELDS = {   # name -> default, in the order positional arguments fill them
        "name": "", "type": None, "position": None, "mandatory": False, "pipeline": False,
        "pipeline_by_property": False, "remaining": False, "aliases": (), "sets": (), "validate_set": None,
        "validate_range": None, "not_null_or_empty": False, "default": None, "attr": "", "mandatory_sets": (),
        "validate_script": None, "validate_pattern": None, "validate_count": None, "validate_length": None,
        "allow_null": True,
    }
    __slots__ = tuple(FIELDS)
    # The fields: `type` is a PowerShell type name ('string', 'int', 'string[]', 'scriptblock', 'switch');
    # `pipeline` is ValueFromPipeline; `remaining` ValueFromRemainingArguments; `sets` the ParameterSetName(s),
    # empty for all sets; `attr` the Python attribute a cmdlet keeps the value in; `mandatory_sets` the sets it
    # is mandatory in.

    def __init__(self, *args, **kwargs):
        values = dict(zip(self.FIELDS, args))
        values.update(kwargs)
        for name, default in self.FIELDS.items():
            setattr(self, name, values.pop(name, default))
        if values:
            raise TypeError("Parameter() got unexpected arguments: %s" % ", ".join(values))

    def copy(self) -> "Parameter":
        return Parameter(**{name: getattr(self, name) for name in self.FIELDS})

    @property
    def is_switch(self) -> bool:
        return (self.type or "").lower() in ("switch", "switchparameter", "system.management.automation.switchparameter")

    def __repr__(self):
        return "Parameter(%r, %r)" % (self.name, self.type)


class CommandSpec:
    """A cmdlet's declaration: name, aliases, parameters, default parameter set, and the class."""

    __slots__ = ("name", "cls", "parameters", "default_set", "aliases", "common", "output_type", "module",
                 "should_process", "confirm_impact")

    def __init__(self, name: str, cls: type, parameters=(), default_set: str = "", aliases: tuple = (),
                 common: bool = True, output_type: str = "", module: str = "", should_process: bool = False,
                 confirm_impact: str = "Medium"):
        self.should_process = should_process    # SupportsShouldProcess: -WhatIf and -Confirm
        self.confirm_impact = confirm_impact
        self.name = name
        self.cls = cls
        self.parameters = list(parameters)
        self.default_set = default_set
        self.aliases = aliases
        self.common = common              # accepts the common parameters
        self.output_type = output_type
        self.module = module              # the module it ships in (Get-Command's Source), when a source says so

    @property
    def kind(self):
        return "Cmdlet"

    def __repr__(self):
        return "CommandSpec(%r)" % self.name


def _pascal(attr: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in attr.split("_"))


def cmdlet(name: str, aliases: tuple = (), default_set: str = "", common: bool = True, should_process: bool = False,
           confirm_impact: str = "Medium"):
    """Declare a Cmdlet subclass's PowerShell name (`cls.spec`). Parameters come from `Annotated` hints:

        input_object: Annotated[list, Parameter(position=0, pipeline=True)] = None
    """
    def register(cls):
        hints = typing.get_type_hints(cls, include_extras=True)
        params = []
        for attr, hint in hints.items():
            meta = getattr(hint, "__metadata__", None)
            if not meta or not isinstance(meta[0], Parameter):
                continue
            p = meta[0]
            p = p.copy()
            p.attr = attr
            if not p.name:
                p.name = _pascal(attr)
            if p.default is None:       # the value the class (or the base declaring it) gives the attribute
                p.default = next((vars(k)[attr] for k in cls.__mro__ if attr in vars(k)), None)
            if p.is_switch and p.default is None:
                p.default = False
            p.mandatory_sets = p.sets if p.mandatory else ()
            params.append(p)
        spec = CommandSpec(name, cls, params, default_set, tuple(aliases), common,
                           should_process=should_process, confirm_impact=confirm_impact)
        cls.spec = spec
        return cls
    return register


class Cmdlet:
    """Base class for Python cmdlets. Override begin/process/end; use the write_* methods for output."""

    spec: CommandSpec = None

    def __init__(self, ctx, invocation: InvocationInfo, emit):
        self.ctx = ctx
        self.runspace = ctx.runspace
        self.invocation = invocation
        self._emit = emit
        self.bound: dict = {}            # $PSBoundParameters: parameter name -> value
        self.parameter_set = ""
        self.expecting_input = False

    # -- life cycle -----------------------------------------------------------------------------
    def begin(self):
        pass

    def process(self):
        pass

    def end(self):
        pass

    # -- output ---------------------------------------------------------------------------------
    def write_object(self, value, enumerate_collection: bool = False):
        if enumerate_collection and isinstance(value, (list, tuple)):
            for item in value:
                self._emit(item)
        else:
            self._emit(value)

    def error_record(self, message: str, error_id: str, category: str = "NotSpecified", target=None,
                     exception_type: str = "System.Exception") -> ErrorRecord:
        command = self.spec.name if self.spec else ""
        full_id = error_id if "," in error_id else "%s,%s" % (error_id, command_class_name(command))
        info = new_exception(exception_type, message)
        return ErrorRecord(info, full_id, category, target, self.invocation)

    def write_error(self, message_or_record, error_id: str = "", category: str = "NotSpecified", target=None,
                    exception_type: str = "System.Exception"):
        """A non-terminating error: shown (or stopping, per -ErrorAction) and the command goes on."""
        if isinstance(message_or_record, ErrorRecord):
            record = message_or_record
        else:
            record = self.error_record(str(message_or_record), error_id or "Error", category, target,
                                       exception_type)
        self.runspace.write_error_record(self.ctx, record)

    def throw_terminating(self, message: str, error_id: str, category: str = "NotSpecified", target=None,
                          exception_type: str = "System.Management.Automation.RuntimeException"):
        record = self.error_record(message, error_id, category, target, exception_type)
        error = record.exception
        error.error_id, error.category, error.extent, error.target = record.error_id, category, \
            self.invocation.extent, target
        error.error_record = record
        raise error

    def write_warning(self, message: str):
        self.runspace.write_informational(self.ctx, InformationalRecord.of("Warning", message, self.invocation))

    def write_verbose(self, message: str):
        self.runspace.write_informational(self.ctx, InformationalRecord.of("Verbose", message, self.invocation))

    def write_debug(self, message: str):
        self.runspace.write_informational(self.ctx, InformationalRecord.of("Debug", message, self.invocation))

    def write_information(self, record: InformationRecord):
        self.runspace.write_information(self.ctx, record)

    # -- engine services ------------------------------------------------------------------------
    def get_variable(self, name: str, default=None):
        return self.ctx.get_variable(name, default)

    def set_variable(self, name: str, value):
        self.ctx.set_variable(name, value)

    def invoke_script(self, script_block, args=(), dollar_underscore=None, use_local_scope=False,
                      stream=False) -> list:
        """Run a script block in the caller's scope (as ForEach-Object does). Returns its output, or with
        `stream=True` writes each object to this command's output as it is produced (and returns [])."""
        return script_block.invoke_in_scope(self.ctx, args, dollar_underscore, new_scope=use_local_scope,
                                            emit=self._emit if stream else None)

    def should_process(self, target, action: str) -> bool:
        """Whether to perform `action` on `target`: -WhatIf describes it instead, -Confirm asks first."""
        return should_process(self.ctx, target, action, self.spec.confirm_impact)

    def check_stop(self):
        self.runspace.check_stop()

    @property
    def location(self) -> str:
        return self.runspace.location


# ---- catalogs of declared cmdlets ---------------------------------------------------------------------

class CommandCatalog:
    """Cmdlets by name and alias (case-insensitive); safe to add to from one thread while another reads."""

    def __init__(self):
        self._specs: dict[str, CommandSpec] = {}
        self._aliases: dict[str, str] = {}
        self._lock = threading.Lock()

    def add(self, spec: CommandSpec) -> None:
        with self._lock:
            self._specs[spec.name.lower()] = spec
            for alias in spec.aliases:
                self._aliases[alias.lower()] = spec.name

    def find(self, name: str) -> CommandSpec | None:
        return self._specs.get(name.lower())

    def alias_target(self, name: str) -> str | None:
        return self._aliases.get(name.lower())

    def aliases(self) -> dict[str, str]:
        with self._lock:
            return dict(self._aliases)

    def specs(self) -> list[CommandSpec]:
        with self._lock:
            return list(self._specs.values())


GLOBAL_CMDLETS = CommandCatalog()     # `pyposh.cmdlet`: seen by every Runspace of the process


def command_class_name(name: str) -> str:
    """The .NET class PowerShell names a cmdlet by in error ids: Get-Item -> ...Commands.GetItemCommand."""
    if not name:
        return ""
    verb, _, noun = name.partition("-")
    return "Microsoft.PowerShell.Commands.%s%sCommand" % (verb, re.sub(r"\W", "", noun))


__all__ = ["Parameter", "CommandSpec", "cmdlet", "Cmdlet", "CommandCatalog", "GLOBAL_CMDLETS", "command_class_name"]
