"""ForEach-Object, Where-Object and Tee-Object; importing this module registers every object cmdlet."""
from __future__ import annotations

from typing import Annotated

from pyposh.interpreter import api
from pyposh.interpreter.api import (
    AUTOMATION_NULL, Cmdlet, Hashtable, Parameter, PyposhError, ScriptBlock, binary_operation, cmdlet, has_wildcards,
    wildcard_match,
)
from pyposh.runtime.cmdlets import (  # noqa: F401  (each registers its cmdlets)
    objects_measure, objects_members, objects_select, objects_sort,
)
from pyposh.runtime.cmdlets.objects_order import collapse, is_null, property_names, unwrap
from pyposh.runtime.host import render_for_file

_ARGUMENT = "System.Management.Automation.PSArgumentException"


def _is_script(value) -> bool:
    return isinstance(value, ScriptBlock)


def _unrolled(cmd: Cmdlet, value):
    """WriteToPipelineWithUnrolling: arrays and lists go out one item at a time."""
    if isinstance(value, (list, tuple)):
        for item in value:
            if item is not AUTOMATION_NULL:
                cmd.write_object(item)
    elif value is not AUTOMATION_NULL:
        cmd.write_object(value)


def _name_error(cmd: Cmdlet, message: str, error_id: str, target):
    return cmd.error_record(message, error_id, "InvalidArgument", target, _ARGUMENT)


# ---------------------------------------------------------------- ForEach-Object

@cmdlet("ForEach-Object", aliases=("%", "foreach"), default_set="ScriptBlockSet")
class ForEachObject(Cmdlet):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    begin_block: Annotated[object, Parameter(name="Begin", type="scriptblock", sets=("ScriptBlockSet",))] = None
    # Process (ScriptBlock[]) and MemberName share position 0: the value's type picks the set, as PowerShell's
    # binder does, so both take position 0 through this one parameter.
    process_blocks: Annotated[list, Parameter(name="Process", type="object[]", position=0)] = None
    end_block: Annotated[object, Parameter(name="End", type="scriptblock", sets=("ScriptBlockSet",))] = None
    remaining_scripts: Annotated[list, Parameter(name="RemainingScripts", type="object[]", remaining=True)] = None
    member_name: Annotated[str, Parameter(type="string", sets=("PropertyAndMethodSet",))] = None
    argument_list: Annotated[list, Parameter(type="object[]", aliases=("Args",),
                                             sets=("PropertyAndMethodSet",))] = None
    parallel: Annotated[object, Parameter(type="scriptblock", sets=("ParallelParameterSet",))] = None
    throttle_limit: Annotated[int, Parameter(type="int", sets=("ParallelParameterSet",),
                                             validate_range=(1, 2**31 - 1))] = 5
    timeout_seconds: Annotated[int, Parameter(type="int", sets=("ParallelParameterSet",))] = 0
    as_job: Annotated[bool, Parameter(type="switch", sets=("ParallelParameterSet",))] = False

    def begin(self):
        blocks = list(self.process_blocks) if self.process_blocks is not None else []
        remaining = list(self.remaining_scripts) if self.remaining_scripts is not None else []
        self.mode = "script"
        if self.parallel is not None:
            self.mode = "parallel"
            return
        name = self.member_name
        if name is None and len(blocks) == 1 and not is_null(blocks[0]) and not _is_script(blocks[0]):
            name = api.to_string(unwrap(blocks[0]))
            blocks = []
        if name is not None:
            self.mode = "member"
            self.name = name
            args = list(self.argument_list) if self.argument_list is not None else []
            self.args = args + remaining
            return
        scripts = blocks + remaining
        for block in scripts:
            if not is_null(block) and not _is_script(block):
                self.throw_terminating(
                    'Cannot bind parameter \'RemainingScripts\'. Cannot convert the "%s" value of type "%s" to type '
                    '"System.Management.Automation.ScriptBlock".' % (api.to_string(block), api.type_name(block)),
                    "CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.ForEachObjectCommand",
                    "InvalidArgument", exception_type="System.Management.Automation.ParameterBindingException")
        if "Process" not in self.bound and not scripts:
            self.throw_terminating("Cannot process command because of one or more missing mandatory parameters: "
                                   "Process.", "MissingMandatoryParameter,"
                                   "Microsoft.PowerShell.Commands.ForEachObjectCommand", "InvalidArgument",
                                   exception_type="System.Management.Automation.ParameterBindingException")
        if "Begin" in self.bound:
            scripts.insert(0, self.begin_block)
        self.scripts = scripts
        self.start = 1 if len(scripts) > 1 else 0
        self.stop = len(scripts)
        self.end_script = self.end_block
        if "End" not in self.bound and len(scripts) > 2:
            self.stop = len(scripts) - 1
            self.end_script = scripts[self.stop]
        if self.stop >= 2 and not is_null(scripts[0]):
            self._run(scripts[0], None)

    def _run(self, block, item, local=False):
        self.invoke_script(block, dollar_underscore=item, use_local_scope=local, stream=True)

    def process(self):
        item = self.input_object
        if self.mode == "script":
            if item is AUTOMATION_NULL and self.expecting_input:
                return
            item = None if item is AUTOMATION_NULL else item
            for block in self.scripts[self.start:self.stop]:
                if not is_null(block):
                    self._run(block, item)
        elif self.mode == "member":
            if item is AUTOMATION_NULL and self.expecting_input:
                return
            self._member(None if item is AUTOMATION_NULL else item)
        else:
            if item is AUTOMATION_NULL:
                return
            self._run(self.parallel, item, local=True)

    def end(self):
        if self.mode == "script" and not is_null(self.end_script):
            self._run(self.end_script, None)

    # -- -MemberName ------------------------------------------------------------------------------
    def _member(self, obj):
        name = self.name
        if is_null(obj):
            if self.args:
                self.write_error(_name_error(self, "You cannot call a method on a null-valued expression.",
                                             "InvokeMethodOnNull", obj))
            elif self.runspace.strict_mode:
                self.write_error(_name_error(self, "The input object cannot be bound because it is null.",
                                             "InputObjectIsNull", obj))
            else:
                self.write_object(None)
            return
        if self.args:
            if not api.find_method(obj, name):
                self.write_error(_name_error(self, 'The input name "%s" cannot be resolved to a method.' % name,
                                             "MethodNotFound", obj))
                return
            try:
                result = api.invoke_method(obj, name, list(self.args))
            except PyposhError as e:
                self.write_error(self.error_record(e.message, "MethodInvocationError", "InvalidOperation", obj))
                return
            _unrolled(self, result)
            return
        base = unwrap(obj)
        if type(base) is Hashtable and name in base:
            _unrolled(self, base[name])
            return
        kind, resolved = self._resolve_member(obj, name)
        if kind == "ambiguous":
            return
        if kind == "method":
            try:
                result = api.invoke_method(obj, resolved, [])
            except PyposhError as e:
                self.write_error(self.error_record(e.message, "MethodInvocationError", "InvalidOperation", obj))
                return
            _unrolled(self, result)
            return
        if kind == "property":
            found = api.find_property(obj, resolved, False)
            _unrolled(self, None if found is api.MISSING else found)
            return
        if self.runspace.strict_mode:
            self.write_error(_name_error(self, 'The input name "%s" cannot be resolved to a property or method.'
                                         % name, "PropertyOrMethodNotFound", obj))
        else:
            self.write_object(None)

    def _resolve_member(self, obj, name):
        if has_wildcards(name):
            props = [n for n in api.property_names(obj) if wildcard_match(name, n)]
            methods = [n for n in api.method_names(obj) if wildcard_match(name, n)]
            found = [("property", n) for n in props] + [("method", n) for n in dict.fromkeys(methods)]
            if len(found) > 1:
                self.write_error(_name_error(
                    self, 'The input name "%s" resolves to multiple members:%s.'
                    % (name, "".join(" " + n for _, n in found)), "AmbiguousPropertyOrMethodName", obj))
                return "ambiguous", None
            return found[0] if found else (None, None)
        if api.find_property(obj, name, False) is not api.MISSING:
            return "property", name
        if api.find_method(obj, name):
            return "method", name
        return None, None


# ---------------------------------------------------------------- Where-Object

# switch parameter -> (operator for binary_operation, aliases)
_WHERE_OPERATORS = (
    ("EQ", "ieq", ("IEQ",)), ("CEQ", "ceq", ()), ("NE", "ine", ("INE",)), ("CNE", "cne", ()),
    ("GT", "igt", ("IGT",)), ("CGT", "cgt", ()), ("LT", "ilt", ("ILT",)), ("CLT", "clt", ()),
    ("GE", "ige", ("IGE",)), ("CGE", "cge", ()), ("LE", "ile", ("ILE",)), ("CLE", "cle", ()),
    ("Like", "ilike", ("ILike",)), ("CLike", "clike", ()), ("NotLike", "inotlike", ("INotLike",)),
    ("CNotLike", "cnotlike", ()), ("Match", "imatch", ("IMatch",)), ("CMatch", "cmatch", ()),
    ("NotMatch", "inotmatch", ("INotMatch",)), ("CNotMatch", "cnotmatch", ()),
    ("Contains", "icontains", ("IContains",)), ("CContains", "ccontains", ()),
    ("NotContains", "inotcontains", ("INotContains",)), ("CNotContains", "cnotcontains", ()),
    ("In", "iin", ("IIn",)), ("CIn", "cin", ()), ("NotIn", "inotin", ("INotIn",)), ("CNotIn", "cnotin", ()),
    ("Is", "is", ()), ("IsNot", "isnot", ()), ("Not", "not", ()),
)


class _WhereBase(Cmdlet):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    filter_script: Annotated[object, Parameter(type="scriptblock", sets=("ScriptBlockSet",))] = None
    # -Property and -FilterScript share position 0; a script block given by position is the filter.
    property: Annotated[object, Parameter(type="object", position=0)] = None
    value: Annotated[object, Parameter(type="object", position=1)] = None

    def begin(self):
        self.script = self.filter_script
        chosen = [(name, op) for name, op, _ in _WHERE_OPERATORS if getattr(self, "op_" + name.lower(), False)]
        if len(chosen) > 1:
            self.throw_terminating("Parameter set cannot be resolved using the specified named parameters. One or "
                                   "more parameters issued cannot be used together or an insufficient number of "
                                   "parameters were provided.",
                                   "AmbiguousParameterSet,Microsoft.PowerShell.Commands.WhereObjectCommand",
                                   "InvalidArgument",
                                   exception_type="System.Management.Automation.ParameterBindingException")
        if self.script is None and not chosen and _is_script(self.property) and "Value" not in self.bound:
            self.script = self.property
        if self.script is not None:
            return
        if self.property is None or (isinstance(self.property, str) and not self.property):
            self.throw_terminating("Cannot process command because of one or more missing mandatory parameters: "
                                   "FilterScript.", "MissingMandatoryParameter,"
                                   "Microsoft.PowerShell.Commands.WhereObjectCommand", "InvalidArgument",
                                   exception_type="System.Management.Automation.ParameterBindingException")
        self.name = api.to_string(unwrap(self.property))
        self.force_bool = not any(name == "EQ" for name, _ in chosen)  # PowerShell: only -EQ clears it
        self.operator = chosen[0][1] if chosen else "ieq"
        self.value_given = "Value" in self.bound
        operand = self.value if self.value_given else True
        if self.value_given and self.operator in ("is", "isnot"):
            text = unwrap(operand)
            if isinstance(text, str) and len(text) > 2 and text.startswith("[") and text.endswith("]"):
                operand = text[1:-1]
        self.operand = operand
        if not self.value_given and (self.operator not in ("ieq", "not") or not self.force_bool):
            self.throw_terminating("The specified operator requires both the -Property and -Value parameters. "
                                   "Provide values for both parameters, and then try the command again.",
                                   "ValueNotSpecifiedForWhereObject", "InvalidArgument", exception_type=_ARGUMENT)
        if self.value_given and self.operator == "ieq" and self.force_bool:
            self.throw_terminating("The operator is not specified. Provide a valid operator, and then try the "
                                   "command again.", "OperatorNotSpecified", "InvalidArgument",
                                   exception_type=_ARGUMENT)

    def process(self):
        item = self.input_object
        if item is AUTOMATION_NULL:
            return
        if self.script is not None:
            if api.to_bool(collapse(self.invoke_script(self.script, dollar_underscore=item))):
                self.write_object(item)
            return
        found, left = self._value(item)
        if not found:
            return
        try:
            if self.operator == "ieq" and self.force_bool:
                result = binary_operation("ieq", True, left)
            elif self.operator == "not":
                result = binary_operation("ine", True, left)
            else:
                result = binary_operation(self.operator, left, self.operand)
        except PyposhError as e:
            self.write_error(self.error_record(e.message, "OperatorFailed", "InvalidOperation", item,
                                               "System.Management.Automation.PSInvalidOperationException"))
            return
        if api.to_bool(result):
            self.write_object(item)

    def _value(self, item):
        """(True, the property's value) or (False, None) after a strict-mode error."""
        name = self.name
        if is_null(item):
            if self.runspace.strict_mode:
                self.write_error(_name_error(self, "The input object cannot be bound because it is null.",
                                             "InputObjectIsNull", item))
                return False, None
            return True, None
        base = unwrap(item)
        if type(base) is Hashtable and name in base:
            return True, base[name]
        if has_wildcards(name):
            matched = [n for n in dict.fromkeys(property_names(item)) if wildcard_match(name, n)]
            if len(matched) > 1:
                self.write_error(_name_error(self, 'The input name "%s" resolves to multiple members:%s.'
                                             % (name, "".join(" " + n for n in matched)), "AmbiguousPropertyName",
                                             item))
                return False, None
            if not matched:
                return self._missing(item)
            name = matched[0]
        value = api.find_property(item, name, False)
        if value is api.MISSING:
            return self._missing(item)
        return True, value

    def _missing(self, item):
        if self.runspace.strict_mode:
            self.write_error(_name_error(self, 'The property "%s" cannot be found.' % self.name,
                                         "PropertyNotFound", item))
            return False, None
        return True, None


def _with_operator_switches(cls):
    """Add Where-Object's operator switches (-EQ, -CEQ, ... -Not) as annotated class attributes."""
    for name, _, aliases in _WHERE_OPERATORS:
        attr = "op_" + name.lower()
        cls.__annotations__[attr] = Annotated[bool, Parameter(name=name, type="switch", aliases=aliases,
                                                              sets=(name + "Set",))]
        setattr(cls, attr, False)
    return cls


@cmdlet("Where-Object", aliases=("?", "where"), default_set="EqualSet")
@_with_operator_switches
class WhereObject(_WhereBase):
    __annotations__ = {}


# ---------------------------------------------------------------- Tee-Object

@cmdlet("Tee-Object", default_set="File")
class TeeObject(Cmdlet):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    file_path: Annotated[str, Parameter(type="string", position=0, mandatory=True, sets=("File",),
                                        aliases=("Path",))] = None
    literal_path: Annotated[str, Parameter(type="string", mandatory=True, sets=("LiteralFile",),
                                           aliases=("PSPath", "LP"))] = None
    append: Annotated[bool, Parameter(type="switch", sets=("File",))] = False
    encoding: Annotated[str, Parameter(type="string", sets=("File", "LiteralFile"))] = None
    variable: Annotated[str, Parameter(type="string", mandatory=True, sets=("Variable",))] = None

    def begin(self):
        self.collected = []
        if self.variable is None and self.file_path is None and self.literal_path is None:
            self.throw_terminating("Cannot process command because of one or more missing mandatory parameters: "
                                   "FilePath.", "MissingMandatoryParameter,"
                                   "Microsoft.PowerShell.Commands.TeeObjectCommand", "InvalidArgument",
                                   exception_type="System.Management.Automation.ParameterBindingException")

    def process(self):
        item = self.input_object
        if item is AUTOMATION_NULL:
            return
        self.collected.append(item)
        self.write_object(item)

    def end(self):
        items = self.collected
        if self.variable is not None:
            value = items[0] if len(items) == 1 else (None if not items else list(items))
            self.set_variable(self.variable, value)
            return
        text = render_for_file(items)
        path = self.runspace.resolve_path(self.literal_path or self.file_path)
        with open(path, "a" if self.append else "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
