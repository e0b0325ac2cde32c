"""Parameter binding for cmdlets, functions and script blocks: named, positional, pipeline, parameter sets."""
from __future__ import annotations

from pyposh.errors import ParameterBindingError, PyposhError, ScriptRuntimeError
from pyposh.interpreter.commands.cmdlet import Parameter
from pyposh.interpreter.commands.messages import text
from pyposh.interpreter.dotnet.adapter import MISSING, find_property
from pyposh.interpreter.text.wildcard import wildcard_match
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.conversions import to_bool, to_string
from pyposh.interpreter.values.objects import SWITCH_ABSENT, SWITCH_PRESENT
from pyposh.interpreter.values.regex_dialect import compile_regex
from pyposh.interpreter.values.typenames import is_instance

NO_VALUE = object()

COMMON_PARAMETERS = (
    Parameter("Verbose", "switch", aliases=("vb",)), Parameter("Debug", "switch", aliases=("db",)),
    Parameter("ErrorAction", "string", aliases=("ea",)), Parameter("WarningAction", "string", aliases=("wa",)),
    Parameter("InformationAction", "string", aliases=("infa",)),
    Parameter("ProgressAction", "string", aliases=("proga",)),
    Parameter("ErrorVariable", "string", aliases=("ev",)), Parameter("WarningVariable", "string", aliases=("wv",)),
    Parameter("InformationVariable", "string", aliases=("iv",)),
    Parameter("OutVariable", "string", aliases=("ov",)), Parameter("OutBuffer", "int", aliases=("ob",)),
    Parameter("PipelineVariable", "string", aliases=("pv",)),
)
# The common parameters of commands that support ShouldProcess ([CmdletBinding(SupportsShouldProcess)]).
SHOULD_PROCESS_PARAMETERS = (Parameter("WhatIf", "switch", aliases=("wi",)),
                             Parameter("Confirm", "switch", aliases=("cf",)))
COMMON_NAMES = {p.name.lower() for p in COMMON_PARAMETERS + SHOULD_PROCESS_PARAMETERS}
_ANY = ("", "object", "psobject", "system.object")
_TYPE_NAMES = {"string": "System.String", "int": "System.Int32", "object": "System.Object",
               "scriptblock": "System.Management.Automation.ScriptBlock", "switch":
               "System.Management.Automation.SwitchParameter", "hashtable": "System.Collections.Hashtable"}


def _has_type(p: Parameter, value) -> bool:
    """Whether a value is already of the parameter's type (an array parameter: each of its items, or itself)."""
    type_name = (p.type or "").lower()
    if p.is_switch:
        return False
    element = type_name[:-2] if type_name.endswith("[]") else type_name
    if element in _ANY:
        return True
    items = value if type_name.endswith("[]") and isinstance(value, (list, tuple)) else [value]
    return all(is_instance(item, element) for item in items)


def binding_error(message, error_id, command, extent=None, category="InvalidArgument"):
    return ParameterBindingError(message, "%s,%s" % (error_id, command), category, extent)


class Binder:
    """Binds one invocation's arguments to a command's parameters."""

    def __init__(self, params, command_name: str, command_id: str, advanced: bool, default_set: str = "",
                 ctx=None, should_process: bool = False):
        self.ctx = ctx                     # runs [ValidateScript()] blocks
        self.params = params
        self.command_name = command_name
        self.command_id = command_id          # for FullyQualifiedErrorId, e.g. Microsoft...GetItemCommand
        self.advanced = advanced
        self.default_set = default_set
        self.candidates = list(params) + (list(COMMON_PARAMETERS) if advanced else []) \
            + (list(SHOULD_PROCESS_PARAMETERS) if advanced and should_process else [])

    # -- names ----------------------------------------------------------------------------------
    def find(self, name: str, extent=None) -> Parameter:
        lower = name.lower()
        for p in self.candidates:
            if p.name.lower() == lower or lower in (a.lower() for a in p.aliases):
                return p
        matches = []
        for p in self.candidates:
            names = [p.name] + list(p.aliases)
            if any(n.lower().startswith(lower) for n in names) and p not in matches:
                matches.append(p)
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise binding_error(text("AmbiguousParameter", name=name, matches=" ".join("-" + p.name for p in matches)),
                                "AmbiguousParameter", self.command_id, extent)
        raise binding_error(text("NamedParameterNotFound", name=name), "NamedParameterNotFound", self.command_id,
                            extent)

    # -- static arguments -----------------------------------------------------------------------
    def bind(self, args, dynamic=None):
        """args: ('named', name, value|NO_VALUE, extent[, splatted]) and ('pos', value, extent) items.

        Returns (bound: {Parameter: value}, common: {name: value}, extra positional values). Named
        arguments bind first, then positional ones. A simple function (not advanced) takes names it does
        not know into `$args`; an explicit argument overrides one that came from splatting (PowerShell 7.1).

        `dynamic(bound)` (an advanced function with a dynamicparam block) is called once the static parameters
        have bound what they can; the Parameters it returns are added, and what is still unbound (unknown names,
        positional values) binds to them, as PowerShell's BindCommandLineParametersNoValidation does.
        """
        bound: dict = {}
        common: dict = {}
        splatted: set = set()
        if dynamic is None:
            extra = self.bind_positional(bound, self.bind_named(args, bound, common, splatted))
        else:
            unbound = self.bind_positional(bound, self.bind_named(args, bound, common, splatted, True), True)
            self.apply_defaults(bound)
            added = dynamic(bound)
            if added:
                self.add_parameters(added)
                unbound = self.bind_positional(bound, self.bind_named(unbound, bound, common, splatted, True), True)
            extra = self.bind_unbound(bound, unbound)
        self.apply_defaults(bound)
        return bound, common, extra

    def add_parameters(self, added):
        """Parameters a dynamicparam block defined, bound like the declared ones from now on."""
        self.params = list(self.params) + list(added)
        self.candidates = self.candidates + list(added)

    def bind_unbound(self, bound, unbound):
        """What the dynamic parameters left: a ValueFromRemainingArguments parameter takes positional values; else
        the first argument left is the error (VerifyArgumentsProcessed: an unknown name, or a positional value)."""
        remaining = next((p for p in self.params if p.remaining and p not in bound), None)
        for item in unbound:
            if item[0] == "named" and (remaining is not None or unbound[0][0] == "named"):
                raise binding_error(text("NamedParameterNotFound", name=item[1]), "NamedParameterNotFound",
                                    self.command_id, item[3])
        return self.bind_positional(bound, [item for item in unbound if item[0] == "pos"])

    def bind_named(self, args, bound, common, splatted, defer=False):
        """Bind the named arguments; returns the positional ones, in order (with `defer`, also the names no
        parameter has yet, for the dynamic parameters)."""
        positional = []
        i = 0
        n = len(args)
        while i < n:
            item = args[i]
            if item[0] == "named":
                name, value, extent = item[1], item[2], item[3]
                from_splat = len(item) > 4 and item[4]
                try:
                    p = self.find(name, extent)
                except ParameterBindingError:
                    if defer:
                        positional.append(item)
                        i += 1
                        continue
                    if self.advanced:
                        raise
                    positional.append(("arg", "-" + name + (":" if value is not NO_VALUE else ""), extent))
                    if value is not NO_VALUE:
                        positional.append(("arg", value, extent))
                    i += 1
                    continue
                if value is NO_VALUE:
                    if p.is_switch:
                        value = True
                    elif i + 1 < n and args[i + 1][0] == "pos":
                        value = args[i + 1][1]
                        i += 1
                    else:
                        type_name = _TYPE_NAMES.get((p.type or "object").lower(), p.type or "System.Object")
                        raise binding_error(text("MissingArgument", name=p.name, type=type_name),
                                            "MissingArgument", self.command_id, extent)
                already = p in bound or p.name in common
                if already and (from_splat or p in splatted or p.name in splatted):
                    if from_splat:           # the explicit argument given earlier wins
                        i += 1
                        continue
                elif already:
                    raise binding_error(text("ParameterAlreadyBound", name=p.name), "ParameterAlreadyBound",
                                        self.command_id, extent)
                if p.name.lower() in COMMON_NAMES and p not in self.params:
                    common[p.name] = value
                    if from_splat:
                        splatted.add(p.name)
                else:
                    bound[p] = self.convert(p, value, extent)
                    if from_splat:
                        splatted.add(p)
                    else:
                        splatted.discard(p)
            else:
                positional.append(item)
            i += 1
        return positional

    def apply_defaults(self, bound):
        """$PSDefaultParameterValues: `'Command:Parameter' = value` (wildcards allowed) for parameters of
        cmdlets and advanced functions that the invocation did not bind (about_Parameters_Default_Values)."""
        if not self.advanced or self.ctx is None:
            return
        table = self.ctx.get_variable("PSDefaultParameterValues")
        if not hasattr(table, "items") or not len(table):
            return
        if to_bool(table.get("Disabled")):
            return
        for key, value in table.items():
            command, sep, parameter = to_string(key).partition(":")
            if not sep or not wildcard_match(command.strip(), self.command_name):
                continue
            for p in self.params:
                if p not in bound and wildcard_match(parameter.strip(), p.name):
                    if hasattr(value, "invoke_in_scope"):
                        out = value.invoke_in_scope(self.ctx, (), None, new_scope=True)
                        value = out[0] if len(out) == 1 else out
                    bound[p] = self.convert(p, value)

    def bind_positional(self, bound, positional, defer=False):
        """Bind positional values in position order; the rest go to a ValueFromRemainingArguments
        parameter (one value binds as itself, several as an array), else they are returned (or an error
        for commands that take no extra arguments). With `defer` (before and while dynamic parameters are
        added) the arguments left are returned as they came, unknown names among them."""
        remaining = None if defer else next((p for p in self.params if p.remaining and p not in bound), None)
        slots = [p for p in self.params if p.position is not None and p not in bound]
        slots.sort(key=lambda p: p.position)
        rest = []
        extra = []
        skip = None
        for index, item in enumerate(positional):
            kind, value, extent = item[0], item[1], item[2]
            if item is skip:
                extra.append(item)
                continue
            if kind == "named" and index + 1 < len(positional) and positional[index + 1][0] == "pos":
                skip = positional[index + 1]     # a name not known yet takes the value after it along
            # the sets still possible after what is bound so far: `New-Object T (args)` binds ArgumentList
            # (position 1 of set Net), not ComObject (position 0 of set Com), once TypeName took position 0
            active = self.candidate_sets(bound)
            slots = [p for p in slots if not p.sets or active is None or any(s in active for s in p.sets)]
            if kind != "pos":
                extra.append(item)          # an unknown -name of a simple function: only for $args
            elif slots and slots[0] is not remaining:
                p, converted = self.bind_at_position(slots, value, extent)
                slots.remove(p)
                bound[p] = converted
            elif remaining is not None:
                rest.append(value)
            else:
                extra.append(item)
        if rest:
            value = rest[0] if len(rest) == 1 else rest
            bound[remaining] = self.convert(remaining, value, None)
        if defer:
            return extra
        if extra and self.advanced:
            raise binding_error(text("PositionalParameterNotFound", argument=to_string(extra[0][1])),
                                "PositionalParameterNotFound", self.command_id, extra[0][2])
        return [e[1] for e in extra]

    def bind_at_position(self, slots, value, extent):
        """The parameter a positional value binds to, and the value converted. Where parameters of different
        sets share the position (Get-Job: Id, Name, InstanceId, State), PowerShell's binder tries them first
        without coercion (the first whose type the value already has) and then with it (the first that
        converts), in declaration order; the first parameter's error is the one reported."""
        position = slots[0].position
        candidates = [p for p in slots if p.position == position and not p.remaining]
        if len(candidates) == 1:
            return candidates[0], self.convert(candidates[0], value, extent)
        for p in candidates:
            if _has_type(p, value):
                return p, self.convert(p, value, extent)
        first_error = None
        for p in candidates:
            try:
                return p, self.convert(p, value, extent)
            except ParameterBindingError as error:
                first_error = first_error or error
        raise first_error

    # -- conversion and validation --------------------------------------------------------------
    def convert(self, p: Parameter, value, extent=None):
        type_name = (p.type or "").lower()
        try:
            if p.is_switch:
                return SWITCH_PRESENT if to_bool(value) else SWITCH_ABSENT
            if not type_name or type_name in ("object", "psobject", "system.object"):
                converted = value
            elif type_name.endswith("[]"):
                items = value if isinstance(value, (list, tuple)) else [value]
                element = type_name[:-2]
                if element in ("object", "psobject", "system.object"):
                    converted = list(items)
                else:
                    converted = [convert_to(v, element) for v in items]
            else:
                converted = convert_to(value, p.type)
        except ParameterBindingError:
            raise
        except PyposhError as e:
            raise binding_error(text("ParameterArgumentTransformationError", name=p.name, reason=e.message),
                                "ParameterArgumentTransformationError", self.command_id, extent) from None
        self.validate(p, converted, extent)
        return converted

    def validate(self, p: Parameter, value, extent):
        reason = self.validation_failure(p, value)
        if reason is not None:
            raise binding_error(text("ParameterArgumentValidationError", name=p.name, reason=reason),
                                "ParameterArgumentValidationError", self.command_id, extent)

    def validation_failure(self, p: Parameter, value) -> str | None:
        """Why a value fails the parameter's validation attributes (their own message), or None when it passes."""
        if p.validate_pattern is not None or p.validate_script is not None or p.validate_count is not None \
                or p.validate_length is not None:
            reason = self._more_validation_failure(p, value)
            if reason is not None:
                return reason
        if p.not_null_or_empty and (value is None or value == "" or value == []):
            return text("ValidateNotNullOrEmptyFailure")
        if p.validate_set is not None:
            allowed = [str(a) for a in p.validate_set]
            for v in (value if isinstance(value, list) else [value]):
                if to_string(v).lower() not in (a.lower() for a in allowed):
                    return text("ValidateSetFailure", value=to_string(v), allowed=",".join(allowed))
        if p.validate_range is not None:
            low, high = p.validate_range
            for v in (value if isinstance(value, list) else [value]):
                if v is not None and v < low:
                    return text("ValidateRangeTooSmall", value=to_string(v), low=low)
                if v is not None and v > high:
                    return text("ValidateRangeTooBig", value=to_string(v), high=high)
        return None

    def _more_validation_failure(self, p: Parameter, value) -> str | None:
        """[ValidatePattern], [ValidateScript], [ValidateCount], [ValidateLength] (ParameterBinderStrings)."""
        values = value if isinstance(value, list) else [value]
        if p.validate_count is not None:
            low, high = p.validate_count
            if not low <= len(values) <= high:
                return text("ValidateCountFailure", low=low, high=high, count=len(values))
        for v in values:
            shown = to_string(v)
            if p.validate_pattern is not None:
                if not compile_regex(p.validate_pattern).compiled.search(shown):
                    return text("ValidatePatternFailure", value=shown, pattern=p.validate_pattern)
            if p.validate_length is not None:
                low, high = p.validate_length
                if len(shown) < low:
                    return text("ValidateLengthMinLengthFailure", length=len(shown), low=low)
                if len(shown) > high:
                    return text("ValidateLengthMaxLengthFailure", length=len(shown), high=high)
            if p.validate_script is not None and self.ctx is not None:
                out = p.validate_script.run(self.ctx, v)
                if not (out and to_bool(out[0] if len(out) == 1 else out)):
                    return text("ValidateScriptFailure", script=p.validate_script, value=shown)
        return None

    def variable_check(self, p: Parameter):
        """A check for later assignments to the parameter's variable (ValidationMetadataException)."""
        def check(value, name):
            try:
                self.validate(p, value, None)
            except ParameterBindingError:
                raise ScriptRuntimeError(
                    text("ValidationMetadataFailure", value=to_string(value), name=name), "ValidateSetFailure",
                    "MetadataError",
                    exception_type="System.Management.Automation.ValidationMetadataException") from None
        return check

    # -- parameter sets and mandatory parameters ------------------------------------------------
    def candidate_sets(self, bound):
        sets = None
        for p in bound:
            if p.sets:
                sets = set(p.sets) if sets is None else sets & set(p.sets)
        return sets

    def active_set(self, bound) -> str:
        sets = self.candidate_sets(bound)
        if sets is None:
            all_sets = [s for p in self.params for s in p.sets]
            if self.default_set:
                return self.default_set
            return all_sets[0] if all_sets else "__AllParameterSets"
        if not sets:
            raise binding_error(text("AmbiguousParameterSet"), "AmbiguousParameterSet", self.command_id)
        if self.default_set in sets:
            return self.default_set
        return sorted(sets)[0]

    def missing_mandatory(self, bound, active, expecting_input: bool):
        missing = []
        for p in self.params:
            if not p.mandatory or p in bound:
                continue
            if p.sets and active not in p.sets and active != "__AllParameterSets":
                continue
            if expecting_input and (p.pipeline or p.pipeline_by_property):
                continue
            missing.append(p.name)
        if missing:
            raise binding_error(text("MissingMandatoryParameter", names=" ".join(missing)),
                                "MissingMandatoryParameter", self.command_id, category="InvalidArgument")

    # -- pipeline input -------------------------------------------------------------------------
    def bind_pipeline(self, static_bound, item) -> dict:
        """Bind one pipeline object: by value first, then by property name. Returns {Parameter: value}."""
        result = {}
        for p in self.params:
            if p.pipeline and p not in static_bound:
                try:
                    result[p] = self.convert(p, item)
                    break
                except PyposhError:
                    continue
        for p in self.params:
            if p.pipeline_by_property and p not in static_bound and p not in result:
                for name in (p.name,) + tuple(p.aliases):
                    value = find_property(item, name, False)
                    if value is not MISSING:
                        try:
                            result[p] = self.convert(p, value)
                        except PyposhError:
                            pass
                        break
        if not result and any(p.pipeline or p.pipeline_by_property for p in self.params):
            raise binding_error(text("InputObjectNotBound"), "InputObjectNotBound", self.command_id)
        return result
