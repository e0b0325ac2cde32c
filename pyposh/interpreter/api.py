"""The interpreter as runtime/ sees it: the only module of pyposh/interpreter/ that runtime code imports.

Plain re-exports, grouped by what a command, a formatter or the job manager needs: the Runspace and its
script blocks; declaring cmdlets; values, conversions and type names; members; text helpers; records and
errors; control flow; command metadata.
"""
from __future__ import annotations

# errors (the project's one exception tree)
from pyposh.errors import (  # noqa: F401
    CommandNotFoundError, ParameterBindingError, ParseError, PyposhError, ScriptRuntimeError, exception_type_chain,
    io_error, io_message,
)
from pyposh.errors import DotNetException  # noqa: F401 - what a .NET method of a runtime object throws
from pyposh.interpreter.commands.binding import COMMON_PARAMETERS  # noqa: F401
# declaring cmdlets
from pyposh.interpreter.commands.cmdlet import (  # noqa: F401
    GLOBAL_CMDLETS, Cmdlet, CommandCatalog, CommandSpec, Parameter, cmdlet,
)
# command metadata (Get-Command, Get-Alias)
from pyposh.interpreter.commands.command_info import (  # noqa: F401
    COMMAND_TYPES, alias_info, application_info, command_object, resolve_command,
)
from pyposh.interpreter.commands.invocation import (  # noqa: F401
    ScriptCommandProcessor, call_depth_error, invoke_script_command,
)
from pyposh.interpreter.commands.messages import text as message  # noqa: F401 - the commands layer's messages
from pyposh.interpreter.commands.script_body import ScriptBody, script_body  # noqa: F401
from pyposh.interpreter.commands.scriptblock import ScriptBlock  # noqa: F401
from pyposh.interpreter.commands.syntax import parameter_sets as syntax_parameter_sets  # noqa: F401
from pyposh.interpreter.commands.syntax import parameter_text as syntax_parameter_text  # noqa: F401
from pyposh.interpreter.commands.syntax import type_display as syntax_type_display  # noqa: F401
# members
from pyposh.interpreter.dotnet.adapter import (  # noqa: F401
    MISSING, find_method, find_property, get_member, has_property, invoke_method, method_names, property_names,
    set_member,
)
from pyposh.interpreter.dotnet.member_sets import (  # noqa: F401
    default_display_names, member_set, property_set, property_set_names,
)
from pyposh.interpreter.dotnet.registry import table_for  # noqa: F401
from pyposh.interpreter.dotnet.security import NetworkCredential, PSCredential, SecureString  # noqa: F401
from pyposh.interpreter.dotnet.static_members import invoke_static, new_object  # noqa: F401
# the engine
from pyposh.interpreter.runspace import Runspace  # noqa: F401
from pyposh.interpreter.session.automatic_variables import PS_VERSION  # noqa: F401
from pyposh.interpreter.session.error_view import concise_view  # noqa: F401
from pyposh.interpreter.session.flow import ExitSignal, FlowControl, PipelineStopped, StopUpstream  # noqa: F401
from pyposh.interpreter.session.scopes import ModuleScope, module_scope_of  # noqa: F401
# records, the error view, control flow
from pyposh.interpreter.session.records import (  # noqa: F401
    ErrorRecord, InformationalRecord, InformationRecord, InvocationInfo, OriginInfo, new_exception,
)
from pyposh.interpreter.session.variables import using_names  # noqa: F401
from pyposh.interpreter.text import numbers as numeric_types  # noqa: F401 - type codes, typed integers
from pyposh.interpreter.text.dates import format_datetime, format_timespan, now as datetime_now  # noqa: F401
from pyposh.interpreter.text.numbers import PSBigInt, PSInt64, numeric_code, roundtrip_text  # noqa: F401
# text
from pyposh.interpreter.text.wildcard import compile_wildcard, has_wildcards, unescape, wildcard_match  # noqa: F401
from pyposh.interpreter.values.casts import convert_to, try_convert_to  # noqa: F401
from pyposh.interpreter.values.comparison import compare_strings, compare_values  # noqa: F401
from pyposh.interpreter.values.composite_format import FormatError, composite_format, format_value  # noqa: F401
from pyposh.interpreter.values.conversions import to_bool, to_string, type_name  # noqa: F401
from pyposh.interpreter.values.enums import ENUMS, EnumType, EnumValue  # noqa: F401
# values
from pyposh.interpreter.values.objects import (  # noqa: F401
    AUTOMATION_NULL, ArrayList, AutomationNull, DictionaryEntry, GenericList, Hashtable, KeyValuePair, PSObject,
    PSProperty, PSReference, TypedArray, is_list, unwrap,
)
from pyposh.interpreter.values.operators import binary_operation, unary_operation  # noqa: F401
from pyposh.interpreter.values.regex_dialect import IGNORE_CASE, RegexPatternError, compile_regex  # noqa: F401
from pyposh.interpreter.values.typenames import register_type  # noqa: F401
from pyposh.interpreter.values.types import PSType, resolve_type, type_names, wrap  # noqa: F401
