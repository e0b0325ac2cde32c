"""The OutOfProc packets, byte for byte.

Expected text: PowerShell's OutOfProcessUtils (src/System.Management.Automation/engine/remoting/fanin/
OutOfProcTransportManager.cs) formats a data packet as "<{0} {1}='{2}' {3}='{4}'>{5}</{0}>" with
Data, Stream, the DataPriorityType name (Default / PromptResponse), PSGuid, the Guid's "D" text and
Convert.ToBase64String of the fragments; every other packet as "<{0} {1}='{2}' />" with PSGuid. psrpcore's
docs/transport.md lists the same elements (Command, Close, Signal and their Ack, DataAck)."""
from __future__ import annotations

import uuid

import pytest

from pyposh.runtime.remoting import framing

GUID = uuid.UUID("6d8fd49b-b6a6-43a1-b4a6-0cd4fd1e3c6a")


@pytest.mark.parametrize("tag, guid, expected", [
    ("DataAck", None, "<DataAck PSGuid='00000000-0000-0000-0000-000000000000' />"),
    ("Command", GUID, "<Command PSGuid='6d8fd49b-b6a6-43a1-b4a6-0cd4fd1e3c6a' />"),
    ("CommandAck", GUID, "<CommandAck PSGuid='6d8fd49b-b6a6-43a1-b4a6-0cd4fd1e3c6a' />"),
    ("Signal", GUID, "<Signal PSGuid='6d8fd49b-b6a6-43a1-b4a6-0cd4fd1e3c6a' />"),
    ("SignalAck", GUID, "<SignalAck PSGuid='6d8fd49b-b6a6-43a1-b4a6-0cd4fd1e3c6a' />"),
    ("Close", None, "<Close PSGuid='00000000-0000-0000-0000-000000000000' />"),
    ("CloseAck", GUID, "<CloseAck PSGuid='6d8fd49b-b6a6-43a1-b4a6-0cd4fd1e3c6a' />"),
])
def test_guid_packets(tag, guid, expected):
    assert framing.guid_packet(tag, guid) == expected
    assert framing.parse_packet(expected) == framing.Packet(tag, guid or framing.EMPTY_GUID)


@pytest.mark.parametrize("data, stream, expected", [
    (b"\x00\x01hello", "Default", "<Data Stream='Default' PSGuid='6d8fd49b-b6a6-43a1-b4a6-0cd4fd1e3c6a'>AAFoZWxsbw==</Data>"),
    (b"", "PromptResponse", "<Data Stream='PromptResponse' PSGuid='6d8fd49b-b6a6-43a1-b4a6-0cd4fd1e3c6a'></Data>"),
])
def test_data_packets(data, stream, expected):
    assert framing.data_packet(data, GUID, stream) == expected
    assert framing.parse_packet(expected) == framing.Packet("Data", GUID, stream, data)


def test_attributes_in_double_quotes_and_any_order_are_read():
    # XmlReader (ProcessElement) reads the attributes by name, with either quote
    packet = framing.parse_packet('<Data PSGuid="%s" Stream="default">AA==</Data>' % GUID)
    assert packet == framing.Packet("Data", GUID, "Default", b"\x00")


@pytest.mark.parametrize("line", [
    "hello",
    "<Data Stream='Default'>AA==</Data>",                          # PSGuid missing
    "<Data Stream='Other' PSGuid='%s'>AA==</Data>" % GUID,         # not a DataPriorityType
    "<Bogus PSGuid='%s' />" % GUID,                                # IPCUnknownElementReceived
    "<Close PSGuid='not-a-guid' />",
])
def test_bad_packets_are_refused(line):
    with pytest.raises(framing.FramingError):
        framing.parse_packet(line)
