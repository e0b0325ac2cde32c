"""Get-Help, and `help` (pwsh's function that calls it): a command's help topic from its metadata, the help data
file and comment-based help; a wildcard lists matching topics; an unknown topic is PowerShell's HelpNotFound."""
from __future__ import annotations

import os
from typing import Annotated

from pyposh.interpreter.api import (
    Cmdlet, Parameter, PSObject, cmdlet, has_wildcards, resolve_command, to_string, wildcard_match,
)
from pyposh.runtime.help import comments, topics, views  # noqa: F401 - views registers the help views

HELP_NOT_FOUND = ('Get-Help could not find {0} in a help file in this session. To download updated help topics '
                  'type: "Update-Help". To get help online, search for the help topic in the TechNet library at '
                  'https://go.microsoft.com/fwlink/?LinkID=107116.')


class _HelpBase(Cmdlet):
    name: Annotated[str, Parameter(type="string", position=0, pipeline_by_property=True)] = None
    path: Annotated[str, Parameter(type="string")] = None
    category: Annotated[list, Parameter(type="string[]")] = None
    full: Annotated[bool, Parameter(type="switch", sets=("AllUsersView",))] = False
    detailed: Annotated[bool, Parameter(type="switch", mandatory=True, sets=("DetailedView",))] = False
    examples: Annotated[bool, Parameter(type="switch", mandatory=True, sets=("Examples",))] = False
    parameter: Annotated[list, Parameter(type="string[]", mandatory=True, sets=("Parameters",))] = None
    component: Annotated[list, Parameter(type="string[]")] = None
    functionality: Annotated[list, Parameter(type="string[]")] = None
    role: Annotated[list, Parameter(type="string[]")] = None
    online: Annotated[bool, Parameter(type="switch", mandatory=True, sets=("Online",))] = False

    def end(self):
        name = to_string(self.name) if self.name is not None else "Get-Help"
        if has_wildcards(name):
            self.list_topics(name)
            return
        topic = self.topic(name)
        if topic is None or not self.matches(topic):
            self.write_error(HELP_NOT_FOUND.format(name), "HelpNotFound", "ResourceUnavailable", name,
                             "Microsoft.PowerShell.Commands.HelpNotFoundException")
            return
        if self.parameter:
            wanted = [p for p in topic.parameters if any(wildcard_match(to_string(w), p.name)
                                                         for w in self.parameter)]
            if not wanted:
                self.write_error("No parameter matches criteria %s." % ", ".join(map(to_string, self.parameter)),
                                 "NoParmsFound", "ObjectNotFound", self.parameter,
                                 "System.ArgumentException")
                return
            topic.parameters = wanted
            self.write_object(topic.with_view("parameter"))
            return
        view = "full" if self.full else "detailed" if self.detailed else "examples" if self.examples else "default"
        self.write_object(topic.with_view(view))

    def matches(self, topic) -> bool:
        for wanted, actual in ((self.component, topic.component), (self.role, topic.role),
                               (self.functionality, topic.functionality)):
            if wanted and not any(wildcard_match(to_string(w), actual or "") for w in wanted):
                return False
        return True

    # -- finding a topic --------------------------------------------------------------------------------
    def topic(self, name: str):
        if name.lower().startswith("about_"):
            return None
        if name.lower().endswith(".ps1") or "/" in name or "\\" in name:
            path = os.path.join(self.location, name)
            if os.path.isfile(path):
                info = resolve_command(self.runspace, self.ctx, path, follow_alias=True)
                if info is not None and info.kind == "ExternalScript":
                    return self.script_topic(info)
        info = resolve_command(self.runspace, self.ctx, name, follow_alias=True)
        if info is None:
            return None
        return self.topic_for(info)

    def topic_for(self, info):
        aliases = self.aliases_of(info.name)
        if info.kind == "Cmdlet":
            spec = info.target
            entry = topics.help_data().get(spec.name.lower())
            return topics.command_topic(info, spec=spec, data=entry, module_name=info.source or "",
                                        aliases=aliases)
        if info.kind in ("Function", "Filter"):
            sb = info.script_block
            extent = sb.ast.extent
            params = sb.ast.param_block.parameters if sb.ast.param_block is not None else ()
            comment = comments.function_help(extent.source.text, extent.start,
                                             [(p.extent.start, p.extent.end) for p in params],
                                             [p.name for p in params])
            if comment is not None and comment.forward_target:
                forwarded = resolve_command(self.runspace, self.ctx, comment.forward_target, follow_alias=True)
                if forwarded is not None and forwarded.kind != "Application":
                    return self.topic_for(forwarded)
            return topics.command_topic(info, comment=comment, module_name=info.source or "", aliases=aliases)
        if info.kind == "ExternalScript":
            return self.script_topic(info)
        return None

    def script_topic(self, info):
        sb = self.runspace.load_script(info.path)
        info.script_block = sb
        ast = sb.ast
        params = ast.param_block.parameters if ast.param_block is not None else ()
        first = ast.end.statements[0] if ast.end is not None and ast.end.statements else None
        first_function_line = first.extent.start_line if type(first).__name__ == "FunctionDefinitionAst" else None
        with open(info.path, encoding="utf-8-sig") as f:
            text = f.read()
        comment = comments.script_help(text, first_function_line, [(p.extent.start, p.extent.end) for p in params],
                                       [p.name for p in params])
        return topics.command_topic(info, comment=comment)

    def aliases_of(self, name: str) -> list[str]:
        entries = self.runspace.commands.all_commands(self.ctx)
        return sorted(e.name for e in entries if e.kind == "Alias" and to_string(e.definition).lower()
                      == name.lower())

    # -- a wildcard: the list of matching topics ---------------------------------------------------------
    def list_topics(self, pattern: str):
        found = []
        for entry in self.runspace.commands.all_commands(self.ctx):
            if entry.kind == "Alias" or not wildcard_match(pattern, entry.name):
                continue
            info = resolve_command(self.runspace, self.ctx, entry.name, follow_alias=True)
            if info is None:
                continue
            topic = self.topic_for(info)
            if topic is not None:
                found.append((info, topic))
        if not found:
            self.write_error(HELP_NOT_FOUND.format(pattern), "HelpNotFound", "ResourceUnavailable", pattern,
                             "Microsoft.PowerShell.Commands.HelpNotFoundException")
            return
        if len(found) == 1:
            self.write_object(found[0][1].with_view("default"))
            return
        for info, topic in sorted(found, key=lambda pair: pair[0].name.lower()):
            synopsis = topic.synopsis.strip() if topic.maml or not topic.partial else topic.synopsis
            self.write_object(PSObject({"Name": info.name, "Category": topic.category,
                                        "Module": info.source or "", "Synopsis": synopsis},
                                       type_names=["HelpInfoShort", "System.Management.Automation.PSCustomObject",
                                                   "System.Object"]))


@cmdlet("Get-Help")
class GetHelp(_HelpBase):
    pass


@cmdlet("help")
class Help(_HelpBase):
    """pwsh's `help` function: Get-Help's topic, which it pages (the whole text when there is no console)."""
