"""Dynamic parameters of advanced functions: running a `dynamicparam { }` block in the function's scope and
turning the RuntimeDefinedParameterDictionary it returns into parameters the binder binds (PowerShell's
PSScriptCmdlet.GetDynamicParameters and CompiledCommandParameter(RuntimeDefinedParameter)). Their values go to
$PSBoundParameters and to each RuntimeDefinedParameter's Value, never to variables."""
from __future__ import annotations

from pyposh.errors import PyposhError
from pyposh.interpreter.commands.binding import binding_error
from pyposh.interpreter.commands.cmdlet import Parameter
from pyposh.interpreter.commands.function_params import default_value
from pyposh.interpreter.dotnet.runtime_parameters import ALL_SETS, INT_MIN, RuntimeDefinedParameterDictionary
from pyposh.interpreter.session.flow import ReturnSignal
from pyposh.interpreter.values.conversions import to_string
from pyposh.interpreter.values.objects import BoundParameters, unwrap

GET_DYNAMIC_FAILED = "Cannot retrieve the dynamic parameters for the cmdlet. %s"
WRONG_TYPE = ('Object "%s" is the wrong type to return from the dynamicparam block. The dynamicparam block must '
              'return either $null, or an object with type [System.Management.Automation.'
              'RuntimeDefinedParameterDictionary].')
NAME_MISMATCH = ("Cannot bind cmdlet %s because runtime-defined parameter '%s' was added to the "
                 "RuntimeDefinedParameterDictionary with key '%s'. The key must be the same as "
                 "RuntimeDefinedParameter.Name.")


def has_dynamic_parameters(script_block) -> bool:
    """Whether invoking the block runs a dynamicparam block: only advanced functions and scripts do."""
    return script_block.ast.dynamicparam is not None and script_block.parameters.advanced


def run_dynamic_block(script_block, ctx, command_name: str) -> dict:
    """Run the block in `ctx` (the function's own scope); its parameters: {Parameter: RuntimeDefinedParameter}.

    An exception inside it, or more than one object written, is PowerShell's GetDynamicParametersException."""
    results: list = []
    try:
        try:
            script_block.body.dynamic_block(ctx.child(out=results.append))
        except ReturnSignal:
            pass
        if len(results) > 1:
            raise PyposhError(WRONG_TYPE % " ".join(to_string(r) for r in results))
    except PyposhError as error:
        raise binding_error(GET_DYNAMIC_FAILED % error.message, "GetDynamicParametersException",
                            command_name) from None
    found = unwrap(results[0]) if results else None
    if not isinstance(found, RuntimeDefinedParameterDictionary):
        return {}
    added = {}
    for key, rdp in found.items():
        if rdp is None or key != rdp.name:
            raise binding_error(NAME_MISMATCH % (command_name, "" if rdp is None else rdp.name, key),
                                "RuntimeDefinedParameterNameMismatch", command_name)
        added[parameter_of(rdp)] = rdp
    return added


def parameter_of(rdp) -> Parameter:
    """The binder's Parameter for a RuntimeDefinedParameter: its type, and what its attributes declare."""
    p = Parameter(name=rdp.name, attr=rdp.name, type=rdp.parameter_type.full_name)
    sets, mandatory_sets = [], []
    for attr in rdp.attributes:
        kind, values = type(attr).__name__, attr.values
        if kind == "ParameterAttribute":
            set_name = values["parametersetname"]
            if set_name != ALL_SETS:
                sets.append(set_name)
            if values["mandatory"]:
                p.mandatory = True
                mandatory_sets.append(set_name)
            if values["position"] != INT_MIN:
                p.position = values["position"]
            p.pipeline = p.pipeline or values["valuefrompipeline"]
            p.pipeline_by_property = p.pipeline_by_property or values["valuefrompipelinebypropertyname"]
            p.remaining = p.remaining or values["valuefromremainingarguments"]
        elif kind == "AliasAttribute":
            p.aliases = tuple(p.aliases) + tuple(values["aliasnames"])
        elif kind == "ValidateSetAttribute":
            p.validate_set = tuple(values["validvalues"])
        elif kind == "ValidateRangeAttribute":
            p.validate_range = (values["minrange"], values["maxrange"])
        elif kind == "ValidatePatternAttribute":
            p.validate_pattern = values["regexpattern"]
        elif kind == "ValidateLengthAttribute":
            p.validate_length = (values["minlength"], values["maxlength"])
        elif kind == "ValidateCountAttribute":
            p.validate_count = (values["minlength"], values["maxlength"])
        elif kind == "ValidateScriptAttribute" and values["scriptblock"] is not None:
            p.validate_script = BlockValidation(values["scriptblock"])
        elif kind == "ValidateNotNullOrEmptyAttribute":
            p.not_null_or_empty = True
        elif kind == "ValidateNotNullAttribute":
            p.allow_null = False
    p.sets = tuple(sets)
    p.mandatory_sets = tuple(s for s in mandatory_sets if s != ALL_SETS)
    return p


class BlockValidation:
    """A ValidateScriptAttribute's script block, run as the binder runs a [ValidateScript()] (`$_` the value)."""

    __slots__ = ("block",)

    def __init__(self, block):
        self.block = block

    def __str__(self):
        return str(self.block)

    def run(self, ctx, value) -> list:
        return self.block.invoke_in_scope(ctx, (), value, new_scope=True)


def declared_dynamic_parameters(script_block, ctx) -> list:
    """The dynamic parameters a function declares when called with no arguments (CommandInfo.Parameters): its
    block run in a new scope with the static parameters at their defaults; binding errors give none."""
    if not has_dynamic_parameters(script_block):
        return []
    scope = script_block.new_scope(ctx.scope)
    run_ctx = ctx.child(scope=scope, out=lambda item: None)
    info = script_block.parameters
    try:
        for p in info.params:
            scope.set_local(p.name.lower(), default_value(info, p, run_ctx), p.name)
        scope.vars["psboundparameters"] = BoundParameters()
        scope.names["psboundparameters"] = "PSBoundParameters"
        return list(run_dynamic_block(script_block, run_ctx, script_block.name))
    except PyposhError:
        return []
