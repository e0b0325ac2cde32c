"""The commands layer's English messages, keyed by the names PowerShell gives them in its resources
(ParameterBinderStrings.resx, Metadata.resx, DiscoveryExceptions.resx); `text(key, **args)` fills one in."""
from __future__ import annotations

MESSAGES = {
    # binding arguments to parameters (ParameterBinderStrings)
    "AmbiguousParameter": "Parameter cannot be processed because the parameter name '{name}' is ambiguous. "
                          "Possible matches include: {matches}.",
    "NamedParameterNotFound": "A parameter cannot be found that matches parameter name '{name}'.",
    "MissingArgument": "Missing an argument for parameter '{name}'. Specify a parameter of type '{type}' and try "
                       "again.",
    "ParameterAlreadyBound": "Cannot bind parameter because parameter '{name}' is specified more than once. To "
                             "provide multiple values to parameters that can accept multiple values, use the array "
                             "syntax. For example, \"-parameter value1,value2,value3\".",
    "PositionalParameterNotFound": "A positional parameter cannot be found that accepts argument '{argument}'.",
    "ParameterArgumentTransformationError": "Cannot process argument transformation on parameter '{name}'. "
                                            "{reason}",
    "ParameterArgumentValidationError": "Cannot validate argument on parameter '{name}'. {reason}",
    "AmbiguousParameterSet": "Parameter set cannot be resolved using the specified named parameters. One or more "
                             "parameters issued cannot be used together or an insufficient number of parameters "
                             "were provided.",
    "MissingMandatoryParameter": "Cannot process command because of one or more missing mandatory parameters: "
                                 "{names}.",
    "InputObjectNotBound": "The input object cannot be bound to any parameters for the command either because the "
                           "command does not take pipeline input or the input and its properties do not match any "
                           "of the parameters that take pipeline input.",
    # why a value fails a validation attribute (Metadata)
    "ValidateNotNullOrEmptyFailure": "The argument is null or empty. Provide an argument that is not null or "
                                     "empty, and then try the command again.",
    "ValidateSetFailure": "The argument \"{value}\" does not belong to the set \"{allowed}\" specified by the "
                          "ValidateSet attribute. Supply an argument that is in the set and then try the command "
                          "again.",
    "ValidateRangeTooSmall": "The {value} argument is less than the minimum allowed range of {low}. Supply an "
                             "argument that is greater than or equal to {low} and then try the command again.",
    "ValidateRangeTooBig": "The {value} argument is greater than the maximum allowed range of {high}. Supply an "
                           "argument that is less than or equal to {high} and then try the command again.",
    "ValidateCountFailure": "The parameter requires at least {low} value(s) and no more than {high} value(s) - "
                            "{count} value(s) were provided.",
    "ValidatePatternFailure": "The argument \"{value}\" does not match the \"{pattern}\" pattern. Supply an "
                              "argument that matches \"{pattern}\" and try the command again.",
    "ValidateLengthMinLengthFailure": "The character length ({length}) of the argument is too short. Specify an "
                                      "argument with a length that is greater than or equal to \"{low}\", and then "
                                      "try the command again.",
    "ValidateLengthMaxLengthFailure": "The character length of the {length} argument is too long. Shorten the "
                                      "character length of the argument so it is fewer than or equal to \"{high}\" "
                                      "characters, and then try the command again.",
    "ValidateScriptFailure": "The \"{script}\" validation script for the argument with value \"{value}\" did not "
                             "return a result of True. Determine why the validation script failed, and then try "
                             "the command again.",
    "ValidationMetadataFailure": "The variable cannot be validated because the value {value} is not a valid value "
                                 "for the {name} variable.",
    # finding commands (DiscoveryExceptions)
    "CommandNotFoundException": "The term '{name}' is not recognized as a name of a cmdlet, function, script "
                                "file, or executable program.\nCheck the spelling of the name, or if a path was "
                                "included, verify that the path is correct and try again.",
}


def text(key: str, **args) -> str:
    """The message `key` with its arguments filled in."""
    return MESSAGES[key].format(**args)
