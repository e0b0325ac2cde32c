"""How help topics show as text: the default, -Detailed, -Full, -Examples and -Parameter views of a command's
help (Help_format_ps1xml / HelpV3_format_ps1xml), registered as custom views of their type names."""
from __future__ import annotations

from pyposh.runtime.format.default_views import CustomControl, register_view
from pyposh.runtime.format.records import NEWLINE

_IND = "    "
_COMMON_TEXT = ("This cmdlet supports the common parameters: Verbose, Debug,\n"
                "ErrorAction, ErrorVariable, WarningAction, WarningVariable,\n"
                "OutBuffer, PipelineVariable, and OutVariable. For more information, see\n"
                "about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).")


def _indent(text: str, level: int = 1) -> list[str]:
    return [(_IND * level + line) if line else "" for line in text.split("\n")]


def _section(title: str, body: list[str], gap: int = 1) -> list[str]:
    return [title] + body + [""] * gap


def _syntax(topic) -> list[str]:
    body = []
    for k, line in enumerate(topic.syntax):
        if k:
            body.append("")
        body.append(_IND + line)
    return body


def _parameter(p, full: bool) -> list[str]:
    head = _IND + "-" + p.name + ("" if p.switch or not full else " <%s>" % p.type)
    lines = [head]
    if p.description:
        lines += _indent(p.description, 2)
    if full:
        if p.description:
            lines.append("")
        for label, value in (("Required?", p.required), ("Position?", p.position), ("Default value", p.default),
                             ("Accept pipeline input?", p.pipeline), ("Aliases", "" if p.aliases == "None" else p.aliases),
                             ("Accept wildcard characters?", p.globbing)):
            lines.append((_IND * 2 + "%-29s%s" % (label, value)).rstrip())
    lines.append("")
    return lines


def _parameters(topic, full: bool) -> list[str]:
    body = []
    for p in topic.parameters:
        body += _parameter(p, full)
    if topic.common:
        body += [_IND + "<CommonParameters>"] + _indent(_COMMON_TEXT, 2) + [""]
    return _section("PARAMETERS", body, 1)


def _examples(topic) -> list[str]:
    lines = []
    for e in topic.examples:
        lines += [_IND + e.title, ""]
        code = (e.introduction + e.code).split("\n")
        lines += _indent("\n".join(code))
        lines.append("")
        if e.remarks:
            lines += _indent(e.remarks) + [""]
        lines.append("")
    return lines


def _links(topic) -> list[str]:
    return _section("RELATED LINKS", [_IND + t for t in topic.links], 1)


def _remarks(topic, full_hint: bool) -> list[str]:
    n = topic.name
    body = [_IND + 'To see the examples, type: "Get-Help %s -Examples"' % n]
    if full_hint:
        body.append(_IND + 'For more information, type: "Get-Help %s -Detailed"' % n)
    body.append(_IND + 'For technical information, type: "Get-Help %s -Full"' % n)
    if topic.links and topic.links[0].lower().startswith(("http://", "https://")):
        body.append(_IND + 'For online help, type: "Get-Help %s -Online"' % n)
    return _section("REMARKS", body, 1)


def render_lines(topic) -> list[str]:
    """The text lines of a topic in its view."""
    view = topic.view
    head = _section("NAME", [_IND + topic.name])
    if view == "parameter":
        out = []
        for p in topic.parameters:
            out += _parameter(p, True)
        return out
    if not topic.has_content:
        aliases = ", ".join(topic.aliases) if topic.aliases else "None"
        out = head + _section("SYNTAX", _syntax(topic), 2)
        out += _section("ALIASES", [_IND + aliases], 2) + _section("REMARKS", _indent(topic.remarks_text), 1)
        return out
    synopsis = _section("SYNOPSIS", _indent(topic.synopsis), 2)
    if view == "examples":
        return head + synopsis + _examples(topic)
    out = head + synopsis + _section("SYNTAX", _syntax(topic), 2)
    if topic.description:
        out += _section("DESCRIPTION", _indent(topic.description[0]), 2)
    if view in ("detailed", "full"):
        out += _parameters(topic, view == "full")
    if view == "full":
        if topic.inputs:
            out += _section("INPUTS", [line for t in topic.inputs for line in _indent(t.rstrip("\n"))], 2)
        if topic.outputs:
            out += _section("OUTPUTS", [line for t in topic.outputs for line in _indent(t.rstrip("\n"))], 2)
        if topic.notes:
            out += _section("NOTES", [""] + _indent(topic.notes.rstrip("\n"), 2), 2)
    if view in ("detailed", "full"):
        out += _examples(topic)
    if view == "full":
        return out + _links(topic)
    if view == "default":
        out += _links(topic)
    return out + _remarks(topic, view == "default")


def _render(topic) -> list:
    items: list = [""]
    for line in render_lines(topic):
        items += [line, NEWLINE]
    return items


register_view("HelpTopic", CustomControl(_render), "HelpTopic")
