"""The cmdlet API: parameter metadata, the `@cmdlet` declaration, and the Cmdlet base class commands extend.

Declaring a cmdlet makes no command callable: a command source does (runtime/'s built-ins, a Runspace's own
commands, or the process-wide catalog in catalog.py)."""
from __future__ import annotations

import re
import typing
from dataclasses import dataclass, field

from pyposh.interpreter.session.records import ErrorRecord, InformationRecord, InformationalRecord, new_exception, \
    InvocationInfo

@dataclass(eq=False)
class Parameter:
    """A parameter as PowerShell declares it (System.Management.Automation.ParameterAttribute and kin)."""
    name: str = ""
    type: str | None = None          # a PowerShell type name: 'string', 'int', 'string[]', 'scriptblock', 'switch'
    position: int | None = None
    mandatory: bool = False
    pipeline: bool = False           # ValueFromPipeline
    pipeline_by_property: bool = False
    remaining: bool = False          # ValueFromRemainingArguments
    aliases: tuple = ()
    sets: tuple = ()                 # ParameterSetName(s); empty means all sets
    validate_set: tuple | None = None
    validate_range: tuple | None = None
    not_null_or_empty: bool = False
    default: object = None
    attr: str = ""                   # the Python attribute the value is stored in
    mandatory_sets: tuple = ()       # sets in which it is mandatory (computed)
    validate_script: object = None
    validate_pattern: str | None = None
    validate_count: tuple | None = None
    validate_length: tuple | None = None
    allow_null: bool = True

    @property
    def is_switch(self) -> bool:
        return (self.type or "").lower() in ("switch", "switchparameter", "system.management.automation.switchparameter")


@dataclass
class CommandSpec:
    """A cmdlet's registration: name, aliases, parameters, default parameter set, and the class."""
    name: str
    cls: type
    parameters: list = field(default_factory=list)
    default_set: str = ""
    aliases: tuple = ()
    common: bool = True              # accepts the common parameters
    output_type: str = ""
    module: str = ""                 # the module it ships in (Get-Command's Source), when a source says so

    @property
    def kind(self):
        return "Cmdlet"


def _pascal(attr: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in attr.split("_"))


def cmdlet(name: str, aliases: tuple = (), default_set: str = "", common: bool = True):
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
            p = Parameter(**{k: getattr(p, k) for k in p.__dataclass_fields__})
            p.attr = attr
            if not p.name:
                p.name = _pascal(attr)
            if p.default is None and attr in cls.__dict__:
                p.default = cls.__dict__[attr]
            if p.is_switch and p.default is None:
                p.default = False
            p.mandatory_sets = p.sets if p.mandatory else ()
            params.append(p)
        spec = CommandSpec(name, cls, params, default_set, tuple(aliases), common)
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

    def check_stop(self):
        self.runspace.check_stop()

    @property
    def location(self) -> str:
        return self.runspace.location


def command_class_name(name: str) -> str:
    """The .NET class PowerShell names a cmdlet by in error ids: Get-Item -> ...Commands.GetItemCommand."""
    if not name:
        return ""
    verb, _, noun = name.partition("-")
    return "Microsoft.PowerShell.Commands.%s%sCommand" % (verb, re.sub(r"\W", "", noun))


__all__ = ["Parameter", "CommandSpec", "cmdlet", "Cmdlet", "command_class_name"]
