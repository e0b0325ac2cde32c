"""Test-Json: whether text is JSON as System.Text.Json reads it and, with -Schema or -SchemaFile, whether it
matches a JSON schema (checked by the jsonschema library, as PowerShell checks it with JsonSchema.Net)."""
from __future__ import annotations

import json
import pathlib
import re
import urllib.parse
import urllib.request
from typing import Annotated

import jsonschema
import referencing
import referencing.exceptions
from referencing.jsonschema import DRAFT202012

from pyposh.interpreter.api import Cmdlet, Parameter, cmdlet, io_error
from pyposh.runtime.paths.file_paths import resolve_file_path
from pyposh.runtime.paths.locations import ITEM_NOT_FOUND, NOT_FOUND, full_path

# TestJsonCmdletStrings.resx
INVALID_JSON = "Cannot parse the JSON."
INVALID_SCHEMA = "Cannot parse the JSON schema."
AGAINST_SCHEMA = "The JSON is not valid with the schema: %s at '%s'"
SCHEMA_FILE_OPEN_FAILURE = "Can not open JSON schema file: %s"

_STRING = r'"(?:\\.|[^"\\])*"'
_COMMENTS = re.compile(_STRING + r"|//[^\n]*|/\*.*?\*/", re.S)
_TRAILING_COMMAS = re.compile(_STRING + r"|,(?=\s*[\]}])")
_SETS = {"Json": ("JsonString", "JsonStringWithSchemaString", "JsonStringWithSchemaFile"),
         "Path": ("JsonPath", "JsonPathWithSchemaString", "JsonPathWithSchemaFile"),
         "LiteralPath": ("JsonLiteralPath", "JsonLiteralPathWithSchemaString", "JsonLiteralPathWithSchemaFile")}
_WITH_SCHEMA = tuple(sets[1] for sets in _SETS.values())
_WITH_SCHEMA_FILE = tuple(sets[2] for sets in _SETS.values())


def _reject_constant(name: str):
    """NaN, Infinity and -Infinity, which Python's json reads and System.Text.Json does not."""
    raise ValueError("'%s' is not JSON" % name)


def parse_json(text: str, options=()):
    """JsonNode.Parse: strict JSON (no NaN, comments or trailing commas unless -Options allows the last two)."""
    if "ignorecomments" in options:
        text = _COMMENTS.sub(lambda m: m.group(0) if m.group(0).startswith('"') else " ", text)
    if "allowtrailingcommas" in options:
        text = _TRAILING_COMMAS.sub(lambda m: m.group(0) if m.group(0).startswith('"') else "", text)
    return json.loads(text, parse_constant=_reject_constant)


def _retriever(base_uri: str | None):
    """How a `$ref` to another document is fetched (SchemaRegistry.Global.Fetch): a file or an http(s) address,
    relative ones against the schema file's address."""
    def retrieve(uri: str):
        target = urllib.parse.urljoin(base_uri, uri) if base_uri else uri
        address = urllib.parse.urlparse(target)
        if address.scheme == "file":
            text = pathlib.Path(urllib.request.url2pathname(address.path)).read_text(encoding="utf-8-sig")
        elif address.scheme in ("http", "https"):
            with urllib.request.urlopen(target, timeout=100) as response:     # HttpClient's default timeout
                text = response.read().decode("utf-8-sig")
        else:
            raise ValueError("URI scheme '%s' is not supported. Only HTTP(S) and local file system URIs are allowed."
                             % address.scheme)
        return referencing.Resource.from_contents(json.loads(text), default_specification=DRAFT202012)
    return retrieve


def _pointer(path) -> str:
    """A JSON pointer to the failing value: '' for the document, '/hobbies/0' below it."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


@cmdlet("Test-Json", default_set="JsonString")
class TestJson(Cmdlet):
    json_text: Annotated[str, Parameter(name="Json", type="string", position=0, mandatory=True, pipeline=True,
                                        sets=_SETS["Json"])] = None
    path: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline_by_property=True,
                                   sets=_SETS["Path"])] = None
    literal_path: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline_by_property=True,
                                           aliases=("PSPath", "LP"), sets=_SETS["LiteralPath"])] = None
    schema: Annotated[str, Parameter(type="string", position=1, mandatory=True, not_null_or_empty=True,
                                     sets=_WITH_SCHEMA)] = None
    schema_file: Annotated[str, Parameter(type="string", position=1, mandatory=True, not_null_or_empty=True,
                                          sets=_WITH_SCHEMA_FILE)] = None
    options: Annotated[list, Parameter(type="string[]", not_null_or_empty=True,
                                       validate_set=("IgnoreComments", "AllowTrailingCommas"))] = None

    def begin(self):
        self.flags = {option.lower() for option in self.options or ()}
        self.validator = None
        if self.schema is not None:
            self.validator = self.load_schema(self.schema, None, self.schema)
        elif self.schema_file is not None:
            path = full_path(self.runspace, self.schema_file)
            try:
                text = pathlib.Path(path).read_text(encoding="utf-8-sig")
            except OSError:
                self.throw_terminating(SCHEMA_FILE_OPEN_FAILURE % path, "JsonSchemaFileOpenFailure", "OpenError",
                                       path, "System.Exception")
            self.validator = self.load_schema(text, pathlib.Path(path).as_uri(), self.schema_file)

    def load_schema(self, text: str, base_uri: str | None, target):
        """A validator for the schema, or None after writing InvalidJsonSchema (the JSON is then only parsed)."""
        try:
            schema = parse_json(text)
            validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
            validator_class.check_schema(schema)
        except (ValueError, jsonschema.exceptions.SchemaError):
            self.write_error(INVALID_SCHEMA, "InvalidJsonSchema", "InvalidData", target)
            return None
        registry = referencing.Registry(retrieve=_retriever(base_uri))
        return validator_class(schema, registry=registry)

    def process(self):
        # A path wins over -Json: a piped FileInfo binds -LiteralPath by its PSPath, and pyposh's binder also
        # gives -Json its text, where PowerShell binds -Json from strings only.
        from_file = self.path is not None or self.literal_path is not None
        text = self.read_file() if from_file else self.json_text
        try:
            document = parse_json(text, self.flags)
        except ValueError:
            self.write_error(INVALID_JSON, "InvalidJson", "InvalidData", None if from_file else self.json_text)
            self.write_object(False)
            return
        valid = True
        if self.validator is not None:
            try:
                for error in self.validator.iter_errors(document):
                    valid = False
                    self.write_error(AGAINST_SCHEMA % (error.message, _pointer(error.absolute_path)),
                                     "InvalidJsonAgainstSchemaDetailed", "InvalidData")
            except referencing.exceptions.Unresolvable:
                valid = False
                self.write_error(INVALID_SCHEMA, "InvalidJsonSchema", "InvalidData", self.validator.schema)
        self.write_object(valid)

    def read_file(self) -> str:
        """The text of -Path or -LiteralPath; PathNotFound when it names no file."""
        given = self.path if self.literal_path is None else self.literal_path
        path = resolve_file_path(self, given, self.literal_path is not None)
        try:
            return pathlib.Path(path).read_text(encoding="utf-8-sig")
        except (FileNotFoundError, IsADirectoryError):
            self.throw_terminating(NOT_FOUND % given, "PathNotFound", "ObjectNotFound", given, ITEM_NOT_FOUND)
        except OSError as error:
            raise io_error(error, path, self.invocation.extent) from None
