"""Help topics for commands: the object Get-Help returns for a cmdlet, function or script (built from command
metadata, the help data file and comment-based help) and the properties scripts read from it (Name, Synopsis,
Syntax, Description, Parameters, Examples, ...), as MamlCommandHelpInfo and DefaultCommandHelpObjectBuilder
make them."""
from __future__ import annotations

import json
import os
import re
import threading

from pyposh.interpreter.api import (
    COMMON_PARAMETERS, PSObject, resolve_type, syntax_parameter_sets, syntax_parameter_text, syntax_type_display,
    to_string,
)

_DATA_FILE = os.path.join(os.path.dirname(__file__), "help_data.json")
_DATA: dict = {}
_DATA_LOCK = threading.Lock()
_COMMON = {p.name.lower() for p in COMMON_PARAMETERS}


def help_data() -> dict:
    """The help data file (lower-case command name -> synopsis, description, examples, help URI), read once."""
    with _DATA_LOCK:
        if not _DATA:
            with open(_DATA_FILE, encoding="utf-8") as f:
                _DATA.update({k.lower(): v for k, v in json.load(f).items()})
        return _DATA


def _para(text) -> list:
    """MamlParaTextItem objects, one per paragraph."""
    return [PSObject({"Text": t}, type_names=["MamlParaTextItem"]) for t in text] if text else []


class Example:
    """One example: its title, prompt (introduction), code and remarks."""

    def __init__(self, title, introduction, code, remarks):
        self.title, self.introduction, self.code, self.remarks = title, introduction, code, remarks

    def to_object(self):
        return PSObject({"title": self.title, "introduction": _para([self.introduction]), "code": self.code,
                         "remarks": _para([self.remarks] + [""] * 4 if self.remarks is not None else [])},
                        type_names=["MamlCommandHelpInfo#example"])


def parse_example(index: int, content: str) -> Example:
    """GetExampleSections: a prompt up to the first `>` (default `PS > `), the code up to the first blank line,
    the rest as remarks."""
    match = re.match(r"^.*?>", content)
    prompt = match.group(0) if match else "PS > "
    if match:
        content = content[len(prompt):]
    split = re.match(r"^(?P<code>.*?)\r?\n\r?\n(?P<remarks>.*)$", content, re.DOTALL)
    if match and "\n" in content.strip():       # after a prompt: the code is the prompt's line
        code, _, remarks = content.strip().partition("\n")
        return Example("-------------------------- EXAMPLE %d --------------------------" % index, prompt,
                       code.strip(), remarks.strip())
    if split:
        code, remarks = split.group("code").strip(), split.group("remarks")
    else:
        code, remarks = content.strip(), ""
    return Example("-------------------------- EXAMPLE %d --------------------------" % index, prompt, code,
                   remarks.rstrip("\n"))


class ParameterHelp:
    """One parameter as help shows it: type, description, Required?, Position?, default, pipeline input."""

    def __init__(self, p, description="", maml=False, default=""):
        self.name = p.name
        self.type = _maml_type(p.type) if maml else _type_name(p)
        self.switch = p.is_switch
        self.description = (description or "").rstrip("\n")
        self.required = "true" if p.mandatory else "false"
        self.position = "named" if p.position is None else str(p.position + 1 if maml else p.position)
        if p.position is None and not maml:
            self.position = "Named"
        self.default = default
        inputs = [name for flag, name in ((p.pipeline, "ByValue"), (p.pipeline_by_property, "ByPropertyName"))
                  if flag]
        if maml:
            self.pipeline = "true (%s)" % ", ".join(inputs) if inputs else "false"
        else:
            self.pipeline = "True (%s)" % ", ".join(inputs) if inputs else "False"
        self.aliases = ", ".join(p.aliases) if p.aliases else "None"
        self.globbing = "false"
        self.sets = ", ".join(p.sets) if p.sets else "(All)"

    def to_object(self):
        return PSObject({"name": self.name, "required": self.required, "position": self.position,
                         "pipelineInput": self.pipeline, "globbing": self.globbing, "defaultValue": self.default,
                         "description": _para([self.description] if self.description else []),
                         "type": PSObject({"name": self.type}, type_names=["MamlCommandHelpInfo#type"])},
                        type_names=["MamlCommandHelpInfo#parameter"])


def _type_name(p) -> str:
    """A parameter's type in partial help: the short name Get-Command's syntax uses."""
    return "switch" if p.is_switch else syntax_type_display(p.type)


def _maml_type(type_name) -> str:
    """A parameter type in comment-based help: the .NET type's Name (String, Int32, Object, String[])."""
    t = resolve_type(type_name or "object")
    if t is None:
        return (type_name or "Object").rsplit(".", 1)[-1]
    return "SwitchParameter" if t.full_name.endswith("SwitchParameter") else t.name


class CommandHelp:
    """What Get-Help returns for one command (MamlCommandHelpInfo for comment-based help, the partial help of
    DefaultCommandHelpObjectBuilder otherwise). `view` is which of pwsh's views shows it."""

    ps_type_name = "HelpInfo"
    ps_properties = {"Name": "name", "Category": "category", "Synopsis": "synopsis", "Component": "component",
                     "Role": "role", "Functionality": "functionality", "ModuleName": "module_name",
                     "Syntax": "syntax_object", "Description": "description_object",
                     "Parameters": "parameters_object", "Examples": "examples_object",
                     "relatedLinks": "links_object", "details": "details", "alertSet": "alert_set",
                     "inputTypes": "input_types", "returnValues": "return_values", "remarks": "remarks_text"}

    def __init__(self, name, category, syntax, parameters, *, synopsis="", description=(), examples=(),
                 links=(), inputs=(), outputs=(), notes="", component=None, role=None, functionality=None,
                 module_name="", maml=False, help_uri="", aliases=(), common=True, partial=False):
        self.name, self.category, self.syntax, self.parameters = name, category, syntax, parameters
        self.synopsis, self.description, self.examples, self.links = synopsis, list(description), \
            list(examples), list(links)
        self.inputs, self.outputs, self.notes = list(inputs), list(outputs), notes
        self.component, self.role, self.functionality = component, role, functionality
        self.module_name, self.maml, self.help_uri, self.aliases = module_name, maml, help_uri, list(aliases)
        self.common, self.partial = common, partial
        self.view = "default"
        self.parameter_filter = None
        self.type_names = self._type_names()

    def _type_names(self):
        if self.maml:
            return ["MamlCommandHelpInfo", "HelpInfo"]
        return ["ExtendedCmdletHelpInfo#%s#command" % self.module_name, "ExtendedCmdletHelpInfo#%s"
                % self.module_name, "ExtendedCmdletHelpInfo", "CmdletHelpInfo", "HelpInfo"]

    def with_view(self, view: str, parameter_filter=None) -> CommandHelp:
        self.view, self.parameter_filter = view, parameter_filter
        self.type_names = ["HelpTopic"] + self._type_names()
        return self

    # -- what scripts read ------------------------------------------------------------------------------
    @property
    def syntax_object(self):
        items = [PSObject({"name": self.name, "parameter": []}, type_names=["MamlCommandHelpInfo#syntaxItem"])
                 for _ in self.syntax]
        return PSObject({"syntaxItem": items}, type_names=["MamlCommandHelpInfo#syntax"])

    @property
    def description_object(self):
        return _para(self.description) or None

    @property
    def parameters_object(self):
        return PSObject({"parameter": [p.to_object() for p in self.parameters]},
                        type_names=["MamlCommandHelpInfo#parameters"])

    @property
    def examples_object(self):
        if not self.examples:
            return None
        return PSObject({"example": [e.to_object() for e in self.examples]},
                        type_names=["MamlCommandHelpInfo#examples"])

    @property
    def links_object(self):
        links = [PSObject({"linkText": "" if _is_uri(t) else t, "uri": t if _is_uri(t) else ""},
                          type_names=["MamlCommandHelpInfo#navigationLink"]) for t in self.links]
        return PSObject({"navigationLink": links}, type_names=["MamlCommandHelpInfo#relatedLinks"])

    @property
    def details(self):
        noun = self.name.partition("-")[2] if self.category == "Cmdlet" else ""
        verb = self.name.partition("-")[0] if self.category == "Cmdlet" else ""
        return PSObject({"name": self.name, "noun": noun, "verb": verb,
                         "description": _para([self.synopsis]) if self.maml else None},
                        type_names=["MamlCommandHelpInfo#details"])

    @property
    def alert_set(self):
        if not self.notes:
            return None
        return PSObject({"alert": _para([self.notes.rstrip("\n")])}, type_names=["MamlCommandHelpInfo#alertSet"])

    @property
    def input_types(self):
        items = [PSObject({"type": PSObject({"name": t.rstrip("\n")})}) for t in self.inputs]
        return PSObject({"inputType": items[0] if len(items) == 1 else items}) if items else None

    @property
    def return_values(self):
        items = [PSObject({"type": PSObject({"name": t.rstrip("\n")})}) for t in self.outputs]
        return PSObject({"returnValue": items[0] if len(items) == 1 else items}) if items else None

    @property
    def remarks_text(self):
        return remarks(self) if not self.maml else None

    @property
    def has_content(self) -> bool:
        """Whether there is help text beyond the metadata (comment-based help or a help data entry)."""
        return self.maml or not self.partial

    def ps_to_string(self, *_):
        return self.name


def _is_uri(text: str) -> bool:
    return re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://\S+$", text or "") is not None


def remarks(topic: CommandHelp) -> str:
    """The REMARKS text of partial help (HelpDisplayStrings.GetLatestHelpContent, or None)."""
    if topic.category != "Cmdlet":
        return "None"
    text = ("Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying only partial "
            "help.\n    -- To download and install Help files for the module that includes this cmdlet, use "
            "Update-Help.")
    if topic.help_uri:
        text += ("\n    -- To view the Help topic for this cmdlet online, type: \"Get-Help %s -Online\" or\n"
                 "       go to %s." % (topic.name, topic.help_uri))
    return text


def _syntax_lines(name, params, advanced, should_process, default_set, maml):
    lines = []
    for entry in syntax_parameter_sets(params, advanced, should_process, default_set):
        parts = []
        for p in entry.parameters:
            if p.name.lower() in _COMMON:
                continue
            parts.append(_maml_parameter(p) if maml else syntax_parameter_text(p))
        if advanced or maml:
            parts.append("[<CommonParameters>]")
        lines.append(("%s %s" % (name, " ".join(parts))).rstrip())
    return lines


def _maml_parameter(p) -> str:
    if p.is_switch:
        return ("-%s" if p.mandatory else "[-%s]") % p.name
    values = p.validate_set
    kind = "{%s}" % " | ".join(str(v) for v in values) if values else _maml_type(p.type)
    if p.mandatory:
        return ("[-%s] %s" if p.position is not None else "-%s %s") % (p.name, _angle(kind))
    return ("[[-%s] %s]" if p.position is not None else "[-%s %s]") % (p.name, _angle(kind))


def _angle(kind: str) -> str:
    return kind if kind.startswith("{") else "<%s>" % kind


def command_topic(info, spec=None, comment=None, data=None, module_name="", aliases=()) -> CommandHelp:
    """The help topic of a cmdlet (spec), or of a function or script (info.script_block) with its comment help."""
    if spec is not None:
        entry = data or {}
        params = [ParameterHelp(p) for p in sorted(spec.parameters, key=lambda p: p.name)]
        syntax = _syntax_lines(spec.name, spec.parameters, spec.common, spec.should_process, spec.default_set,
                               False)
        examples = [Example("-------------------------- Example %d: %s --------------------------"
                            % (i + 1, e.get("title", "")) if e.get("title") else
                            "-------------------------- EXAMPLE %d --------------------------" % (i + 1),
                            "PS > ", e.get("code", ""), e.get("remarks", ""))
                    for i, e in enumerate(entry.get("examples", ()))]
        return CommandHelp(spec.name, "Cmdlet", syntax, params, synopsis=entry.get("synopsis") or "\n".join(
                           syntax), description=[entry["description"]] if entry.get("description") else (),
                           examples=examples, links=[entry["uri"]] if entry.get("uri") else (),
                           module_name=module_name, help_uri=entry.get("uri", ""), aliases=aliases,
                           common=spec.common, partial=not entry.get("synopsis"))
    sb = info.script_block
    meta = sb.parameters
    name = info.path if info.kind == "ExternalScript" and info.path else info.name
    category = {"ExternalScript": "ExternalScript", "Filter": "Filter"}.get(info.kind, "Function")
    if comment is None:
        syntax = _syntax_lines(name, meta.params, meta.advanced, meta.should_process, meta.default_set, False)
        params = [ParameterHelp(p) for p in sorted(meta.params, key=lambda p: p.name)]
        return CommandHelp(name, category, syntax, params, synopsis="\n".join(syntax), module_name=module_name,
                           common=meta.advanced, aliases=aliases, partial=True)
    syntax = _syntax_lines(name, meta.params, meta.advanced, meta.should_process, meta.default_set, True)
    params = [ParameterHelp(p, comment.parameters.get(p.name.upper(), ""), maml=True,
                            default=_default_text(meta, p)) for p in meta.params]
    examples = [parse_example(i + 1, text) for i, text in enumerate(comment.examples)]
    return CommandHelp(name, category, syntax, params, synopsis=(comment.synopsis or "").strip(),
                       description=[comment.description.rstrip("\n")] if comment.description else (),
                       examples=examples, links=comment.links, inputs=comment.inputs, outputs=comment.outputs,
                       notes=comment.notes or "", component=comment.component, role=comment.role,
                       functionality=comment.functionality, module_name=module_name, maml=True,
                       common=meta.advanced or True)


def _default_text(meta, p) -> str:
    node = meta.defaults.get(p.name.lower())
    return to_string(node.extent.text) if node is not None else ""
