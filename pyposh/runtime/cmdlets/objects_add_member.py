"""Add-Member: note, alias and script properties, script methods, member and property sets and type names added
to one object."""
from __future__ import annotations

from typing import Annotated

from pyposh.interpreter import api
from pyposh.interpreter.api import AUTOMATION_NULL, Cmdlet, Parameter, PSObject, PSProperty, cmdlet, resolve_type, wrap

_ADDABLE = {"noteproperty": "NoteProperty", "aliasproperty": "AliasProperty", "scriptproperty": "ScriptProperty",
            "scriptmethod": "ScriptMethod", "codeproperty": "CodeProperty", "codemethod": "CodeMethod",
            "memberset": "MemberSet", "propertyset": "PropertySet"}
_INVALID_OPERATION = "System.InvalidOperationException"


def _is_scriptblock(value) -> bool:
    return hasattr(value, "invoke_with_this")


@cmdlet("Add-Member", default_set="TypeNameSet")
class AddMember(Cmdlet):
    input_object: Annotated[object, Parameter(type="psobject", mandatory=True, pipeline=True)] = None
    member_type: Annotated[str, Parameter(type="string", position=0, sets=("MemberSet",), aliases=("Type",))] = None
    name: Annotated[str, Parameter(type="string", position=1, mandatory=True, sets=("MemberSet",))] = None
    value: Annotated[object, Parameter(type="object", position=2, sets=("MemberSet",))] = AUTOMATION_NULL
    second_value: Annotated[object, Parameter(type="object", position=3, sets=("MemberSet",))] = None
    note_property_members: Annotated[object, Parameter(type="System.Collections.IDictionary", position=0,
                                                       mandatory=True, sets=("NotePropertyMultiMemberSet",))] = None
    note_property_name: Annotated[str, Parameter(type="string", position=0, mandatory=True,
                                                 sets=("NotePropertySingleMemberSet",))] = None
    note_property_value: Annotated[object, Parameter(type="object", position=1, mandatory=True, allow_null=True,
                                                     sets=("NotePropertySingleMemberSet",))] = None
    type_name: Annotated[str, Parameter(type="string")] = None
    force: Annotated[bool, Parameter(type="switch", sets=("MemberSet", "NotePropertySingleMemberSet",
                                                          "NotePropertyMultiMemberSet"))] = False
    pass_thru: Annotated[bool, Parameter(type="switch")] = False

    def process(self):
        target = self.input_object
        if target is None or target is AUTOMATION_NULL:
            self.throw_terminating("Cannot bind argument to parameter 'InputObject' because it is null.",
                                   "ParameterArgumentValidationErrorNullNotAllowed", "InvalidData", None,
                                   "System.Management.Automation.ParameterBindingException")
        obj = target if type(target) is PSObject else wrap(target)
        members = self.members_to_add()
        if members is None:
            return
        for member in members:
            if not self.add(obj, member):
                return
        if self.type_name:
            obj.type_names.insert(0, self.type_name)
        if self.pass_thru:
            self.write_object(obj)

    def members_to_add(self):
        if self.note_property_members is not None:
            return [PSProperty(api.to_string(k), v) for k, v in self.note_property_members.items()]
        if self.note_property_name is not None:
            return [PSProperty(self.note_property_name, self.note_property_value)]
        if self.name is None:
            return []
        kind = _ADDABLE.get((api.to_string(self.member_type) if self.member_type is not None
                             else "NoteProperty").replace(" ", "").lower())
        if kind is None:
            self.write_error(self.error_record(
                'Cannot add a member of type "%s". Specify a different type for the MemberTypes parameter.'
                % api.to_string(self.member_type), "CannotAddMemberType", "InvalidOperation", None,
                _INVALID_OPERATION))
            return None
        value = None if self.value is AUTOMATION_NULL else self.value
        second = self.second_value
        if kind == "NoteProperty":
            return [PSProperty(self.name, value)]
        if kind == "AliasProperty":
            if value is None:
                return self.missing("Value")
            member = PSProperty(self.name, kind="AliasProperty", target=api.to_string(value))
            if second is not None:
                member.value = self.conversion_type(second)
            return [member]
        if kind == "ScriptProperty":
            if value is not None and not _is_scriptblock(value) or second is not None and not _is_scriptblock(second):
                return self.wrong_value(kind)
            return [PSProperty(self.name, kind=kind, getter=value, setter=second)]
        if kind == "MemberSet":          # the members: PSMemberInfo objects (AddMemberCommand.cs)
            return [PSProperty(self.name, api.member_set(self.name, value), kind=kind)]
        if kind == "PropertySet":        # the property names
            if value is None:
                return self.missing("Value")
            return [PSProperty(self.name, api.property_set(self.name, value), kind=kind)]
        if kind == "ScriptMethod":
            if not _is_scriptblock(value):
                return self.wrong_value(kind) if value is not None else self.missing("Value")
            return [PSProperty(self.name, value, kind=kind)]
        return [PSProperty(self.name, value, kind=kind, getter=value if callable(value) else None)]

    def conversion_type(self, second) -> str:
        full = getattr(second, "full_name", None)
        if full:
            return full
        t = resolve_type(api.to_string(second))
        return t.full_name if t is not None else api.to_string(second)

    def missing(self, param):
        self.write_error(self.error_record(
            'The value of the %s parameter cannot be null when adding a member of type "%s".'
            % (param, api.to_string(self.member_type)), "Value1Prohibited", "InvalidOperation", None,
            _INVALID_OPERATION))
        return None

    def wrong_value(self, kind):
        self.write_error(self.error_record(
            'Cannot convert the "%s" value of type "%s" to type "System.Management.Automation.ScriptBlock".'
            % (api.to_string(self.value), api.type_name(self.value)), "InvalidCastFromStringToScriptBlock",
            "InvalidArgument", None, "System.Management.Automation.PSInvalidCastException"))
        return None

    def add(self, obj: PSObject, member: PSProperty) -> bool:
        if _has_member(obj, member.name):
            own = obj.members.get(member.name.lower())
            if not self.force:
                self.write_error(self.error_record(
                    'Cannot add a member with the name "%s" because a member with that name already exists. To '
                    'overwrite the member anyway, add the Force parameter to your command.' % member.name,
                    "MemberAlreadyExists", "InvalidOperation", obj, _INVALID_OPERATION))
                return False
            if own is None:
                self.write_error(self.error_record(
                    'Cannot force the member with name "%s" and type "%s" to be added. A member with that name '
                    'and type already exists, and the existing member is not an instance extension.'
                    % (member.name, member.kind), "CannotRemoveTypeDataMember", "InvalidOperation", obj,
                    _INVALID_OPERATION))
                return False
            del obj.members[member.name.lower()]
        obj.add_member(member)
        return True


def _has_member(obj: PSObject, name: str) -> bool:
    """Whether the object already has a member of that name (its own, or one of the wrapped value)."""
    key = name.lower()
    if key in obj.members:
        return True
    if obj.base is None:
        return key in ("equals", "gethashcode", "gettype", "tostring")
    if isinstance(obj.base, api.Hashtable):
        return False
    return api.find_property(obj.base, name, False) is not api.MISSING or api.find_method(obj.base, name)
