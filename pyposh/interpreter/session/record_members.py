"""The members of stream records (records.py): ErrorRecord, its exception, CategoryInfo and InvocationInfo,
and the warning/verbose/debug/information records."""
from __future__ import annotations

import datetime

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.values.enums import ENUMS, EnumType

_MODULE = "pyposh.interpreter.session.records"
_CATEGORIES = ["NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected", "InvalidArgument",
               "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError", "NotImplemented",
               "NotInstalled", "ObjectNotFound", "OperationStopped", "OperationTimeout", "SyntaxError", "ParserError",
               "PermissionDenied", "ResourceBusy", "ResourceExists", "ResourceUnavailable", "ReadError",
               "WriteError", "FromStdErr", "SecurityError", "ProtocolError", "ConnectionError",
               "AuthenticationError", "LimitsExceeded", "QuotaExceeded", "NotEnabled"]
ENUMS["system.management.automation.errorcategory"] = EnumType(
    "System.Management.Automation.ErrorCategory", [(n, i) for i, n in enumerate(_CATEGORIES)])
_CATEGORY = ENUMS["system.management.automation.errorcategory"]


class CategoryInfo:
    """`$error[0].CategoryInfo`."""

    __slots__ = ("record",)
    ps_type_name = "System.Management.Automation.ErrorCategoryInfo"

    def __init__(self, record):
        self.record = record

    def target_type(self) -> str:
        target = self.record.target
        if target is None:
            return ""
        from pyposh.interpreter.values.types import type_of
        return type_of(target).name

    def ps_to_string(self) -> str:
        r = self.record
        return "%s: (%s:%s) [%s], %s" % (r.category, r.target_name or _target_text(r.target), self.target_type(),
                                         r.activity, r.reason)


def _target_text(target) -> str:
    if target is None:
        return ""
    return reg.to_str(target)


CATEGORY_INFO = reg.define_type(CategoryInfo, "System.Management.Automation.ErrorCategoryInfo")
(CATEGORY_INFO
 .prop("Category", lambda c: _CATEGORY.lookup(c.record.category) or _CATEGORY.value(0))
 .prop("Activity", lambda c: c.record.activity)
 .prop("Reason", lambda c: c.record.reason)
 .prop("TargetName", lambda c: c.record.target_name or _target_text(c.record.target))
 .prop("TargetType", lambda c: c.target_type())
 .method("ToString", lambda c: c.ps_to_string())
 .method("GetMessage", lambda c: c.ps_to_string()))


def _error_record_table(cls):
    table = reg.define_type(cls, "System.Management.Automation.ErrorRecord")
    (table
     .prop("Exception", lambda r: r.exception)
     .prop("TargetObject", lambda r: r.target)
     .prop("CategoryInfo", lambda r: CategoryInfo(r))
     .prop("FullyQualifiedErrorId", lambda r: r.fully_qualified_error_id)
     .prop("ErrorDetails", lambda r: r.error_details, lambda r, v: setattr(r, "error_details", v))
     .prop("InvocationInfo", lambda r: r.invocation)
     .prop("ScriptStackTrace", lambda r: r.script_stack_trace)
     .prop("PipelineIterationInfo", lambda r: [])
     .method("ToString", lambda r: str(r)))
    return table


def _invocation_info_table(cls):
    table = reg.define_type(cls, "System.Management.Automation.InvocationInfo")
    (table
     .prop("MyCommand", lambda i: i.command_name or None)
     .prop("ScriptLineNumber", lambda i: i.script_line_number)
     .prop("OffsetInLine", lambda i: i.offset_in_line)
     .prop("ScriptName", lambda i: i.script_name)
     .prop("Line", lambda i: i.line)
     .prop("PositionMessage", lambda i: i.position_message)
     .prop("InvocationName", lambda i: i.command_name or "")
     .prop("PSCommandPath", lambda i: i.script_name or None))
    return table


_RECORD_TYPES = {"Warning": "System.Management.Automation.WarningRecord",
                 "Verbose": "System.Management.Automation.VerboseRecord",
                 "Debug": "System.Management.Automation.DebugRecord"}


def _informational_table(cls):
    table = reg.define_type(cls, "System.Management.Automation.InformationalRecord")
    (table
     .prop("Message", lambda r: r.message, lambda r, v: setattr(r, "message", reg.to_str(v)))
     .prop("InvocationInfo", lambda r: r.invocation)
     .method("ToString", lambda r: str(r)))
    return table


def _information_table(cls):
    table = reg.define_type(cls, "System.Management.Automation.InformationRecord")
    (table
     .prop("MessageData", lambda r: r.message_data)
     .prop("Source", lambda r: r.source)
     .prop("TimeGenerated", lambda r: datetime.datetime.fromtimestamp(r.time_generated))
     .prop("Tags", lambda r: r.tags)
     .method("ToString", lambda r: str(r)))
    return table


reg.define_later(_MODULE, "ErrorRecord", _error_record_table)
reg.define_later(_MODULE, "InvocationInfo", _invocation_info_table)
reg.define_later(_MODULE, "InformationalRecord", _informational_table)
reg.define_later(_MODULE, "InformationRecord", _information_table)


def _register_record_types():
    from pyposh.interpreter.values.typenames import register_type
    informational = "System.Management.Automation.InformationalRecord"
    register_type(informational)
    for kind in ("Warning", "Verbose", "Debug"):
        register_type("System.Management.Automation.%sRecord" % kind, (informational,))
    register_type("System.Management.Automation.InformationRecord")
    register_type("System.Management.Automation.ErrorRecord")


_register_record_types()
