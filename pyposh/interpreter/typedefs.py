"""Class and enum definitions: parsed in full; running one reports that pyposh does not define types yet."""
from __future__ import annotations

from pyposh.errors import ScriptRuntimeError


def compile_type_definition(node):
    kind = "enum" if node.is_enum else "class"
    message = ("Defining the %s '%s' is not supported by pyposh yet: class and enum definitions are parsed but "
               "not run (see the README's table of differences)." % (kind, node.name))

    def define(ctx):
        raise ScriptRuntimeError(message, "TypeDefinitionNotSupported", "NotImplemented", node.extent)
    return define
