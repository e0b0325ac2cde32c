"""Objects on the wire: pyposh values to CLIXML and CLIXML to the values a script sees.

Expected CLIXML elements: [MS-PSRP] 2.2.5.1 (primitive types: <S>, <I32>, <I64>, <B>, <Db>, <DT>, <TS>, <G>,
<Nil />) and 2.2.5.2 (complex objects: <Obj> with <TN> type names, <MS> extended and <Props> adapted
properties, <LST> lists, <DCT> dictionaries, <ToString>). Expected deserialized shapes: about_Remote_Output
("Deserialized objects": type names prefixed with `Deserialized.`, properties kept, methods gone) and
PowerShell's serialization.cs (depth 1: properties of properties become strings; a PSCustomObject's own note
properties keep their depth)."""
from __future__ import annotations

import datetime
import re
import uuid
from xml.etree import ElementTree

import psrpcore
import pytest
from psrpcore.types import deserialize, serialize

from pyposh.interpreter.api import ErrorRecord, Hashtable, PSObject, new_exception, to_string
from pyposh.runtime.remoting.deserializer import error_record_from_wire, from_wire
from pyposh.runtime.remoting.serializer import error_record_to_wire, to_wire
from pyposh.runtime.session import new_runspace

CIPHER = psrpcore.PSRemotingCrypto()


def clixml(value) -> str:
    return ElementTree.tostring(serialize(to_wire(value), CIPHER), encoding="unicode")


def round_trip(value):
    return from_wire(deserialize(ElementTree.fromstring(clixml(value)), CIPHER))


@pytest.fixture(scope="module")
def rs():
    return new_runspace()


@pytest.mark.parametrize("script, expected", [
    ("'This is a string'", "<S>This is a string</S>"),
    ("[int]::MinValue", "<I32>-2147483648</I32>"),
    ("9223372036854775807", "<I64>9223372036854775807</I64>"),
    ("$true", "<B>true</B>"),
    ("[guid]'792e5b37-4505-47ef-b7d2-8711bb7affa8'", "<G>792e5b37-4505-47ef-b7d2-8711bb7affa8</G>"),
    ("[timespan]::FromSeconds(9)", "<TS>PT9S</TS>"),
    ("0.5", "<Db>0.5</Db>"),
    ("[byte]7", "<By>7</By>"),
    ("[char]'A'", "<C>65</C>"),
    ("[version]'1.2.3.4'", "<Version>1.2.3.4</Version>"),
    ("[datetime]::new(2008, 4, 11, 10, 42, 32, [DateTimeKind]::Utc)", "<DT>2008-04-11T10:42:32Z</DT>"),
])
def test_primitives(rs, script, expected):
    value = rs.invoke(script)[0]
    assert clixml(value) == expected
    back = round_trip(value)
    assert back == value and type(back) is type(value)


def test_null_is_nil():
    assert clixml(None) == "<Nil />"


def test_custom_object_keeps_nested_objects_and_arrays(rs):
    value = rs.invoke("[pscustomobject]@{ Name = 'a'; Inner = [pscustomobject]@{ Deep = [pscustomobject]@{ X = 1 } };"
                      " List = 1, 2, 3 }")[0]
    text = clixml(value)
    assert text.startswith('<Obj RefId="0"><TN RefId="0"><T>System.Management.Automation.PSCustomObject</T>'
                           '<T>System.Object</T></TN><MS><S N="Name">a</S>')
    assert '<Obj RefId="3" N="List"><TN RefId="1"><T>System.Object[]</T><T>System.Array</T><T>System.Object</T>' \
           '</TN><LST><I32>1</I32><I32>2</I32><I32>3</I32></LST></Obj>' in text
    back = round_trip(value)
    assert back.type_names == ["Deserialized.System.Management.Automation.PSCustomObject", "Deserialized.System.Object"]
    inner = back.get_member("Inner").value
    assert inner.get_member("Deep").value.get_member("X").value == 1     # note properties keep the depth
    assert list(back.get_member("List").value) == [1, 2, 3]


def test_adapted_objects_go_one_level_deep(rs, tmp_path):
    (tmp_path / "f.txt").write_text("hello")
    value = rs.invoke("Get-Item '%s'" % (tmp_path / "f.txt"))[0]
    back = round_trip(value)
    assert back.type_names[0] == "Deserialized.System.IO.FileInfo"
    assert back.get_member("Length").value == 5
    directory = back.get_member("Directory").value
    assert directory == str(tmp_path)              # depth 0: a property of a property is its ToString()
    assert to_string(back) == str(tmp_path / "f.txt")     # ToString() is the sender's


def test_hashtable_becomes_hashtable(rs):
    back = round_trip(rs.invoke("@{ One = 1; Two = 'b' }")[0])
    assert isinstance(back, Hashtable) and back["one"] == 1 and back["Two"] == "b"


def test_enum_keeps_its_name_and_number(rs):
    text = clixml(rs.invoke("[ConsoleColor]::Red")[0])
    assert text == ('<Obj RefId="0"><I32>12</I32><TN RefId="0"><T>System.ConsoleColor</T><T>System.Enum</T>'
                    '<T>System.ValueType</T><T>System.Object</T></TN><ToString>Red</ToString></Obj>')
    back = from_wire(deserialize(ElementTree.fromstring(text), CIPHER))
    assert str(back.deserialized_text) == "Red" and back.base == 12
    assert back.type_names[0] == "Deserialized.System.ConsoleColor"


def test_local_time_carries_its_offset_and_comes_back_the_same_instant(rs):
    value = datetime.datetime(2024, 3, 5, 6, 7, 8, 123456)
    text = clixml(value)
    assert re.fullmatch(r"<DT>2024-03-05T06:07:08\.123456[+-]\d\d:\d\d</DT>", text)
    back = round_trip(value)
    assert back.replace(tzinfo=None) == value if back.tzinfo is None else \
        back.astimezone().replace(tzinfo=None) == value


def test_error_record_keeps_message_id_category_and_position(rs):
    try:
        rs.invoke("\n\nGet-Item /no/such/path -ErrorAction Stop")
    except Exception as error:
        record = ErrorRecord.from_error(error)
    element = serialize(error_record_to_wire(record, invocation=True), CIPHER)
    back = error_record_from_wire(deserialize(element, CIPHER))
    assert str(back) == "Cannot find path '/no/such/path' because it does not exist."
    assert back.error_id == record.error_id
    assert back.category == "ObjectNotFound"
    assert back.reason == "ItemNotFoundException"
    assert back.invocation.command_name == "Get-Item"
    assert back.invocation.script_line_number == 3
    assert back.exception.exception_type == "System.Management.Automation.RemoteException"


def test_thrown_error_keeps_its_message():
    record = ErrorRecord(new_exception("System.Management.Automation.RuntimeException", "boom"), "boom",
                         "OperationStopped")
    back = error_record_from_wire(deserialize(serialize(error_record_to_wire(record, False), CIPHER), CIPHER))
    assert str(back) == "boom" and back.category == "OperationStopped"


def test_cycles_stop_at_the_depth_limit(rs):
    value = PSObject([("Name", "loop")])
    value.add_note("Self", value)
    back = round_trip(value)          # serialization.cs stops 50 levels below the top (MaxDepthBelowTopLevel)
    level, depth = back, 0
    while type(level) is PSObject and level.get_member("Self") is not None:
        level, depth = level.get_member("Self").value, depth + 1
    assert 45 <= depth <= 50 and isinstance(level, str)


def test_guids_and_scriptblocks(rs):
    assert round_trip(uuid.UUID(int=5)) == uuid.UUID(int=5)
    assert round_trip(rs.invoke("{ 1 + 1 }")[0]) == " 1 + 1 "      # a script block arrives as its text
