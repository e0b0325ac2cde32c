"""PowerShell's OutOfProc transport framing: one XML packet a line (OutOfProcTransportManager.cs).

    <Data Stream='Default' PSGuid='...'>base64 of PSRP fragments</Data>
    <DataAck PSGuid='...' />   <Command PSGuid='...' />   <CommandAck PSGuid='...' />
    <Signal PSGuid='...' />    <SignalAck PSGuid='...' />  <Close PSGuid='...' />   <CloseAck PSGuid='...' />

The PSGuid is a pipeline's id, or all zeros for the runspace pool. Packets are text; nothing here does I/O."""
from __future__ import annotations

import base64
import binascii
import re
import uuid
from typing import NamedTuple

EMPTY_GUID = uuid.UUID(int=0)
DEFAULT, PROMPT_RESPONSE = "Default", "PromptResponse"      # DataPriorityType: the two streams of a Data packet
DATA, DATA_ACK, COMMAND, COMMAND_ACK = "Data", "DataAck", "Command", "CommandAck"
SIGNAL, SIGNAL_ACK, CLOSE, CLOSE_ACK = "Signal", "SignalAck", "Close", "CloseAck"
GUID_TAGS = frozenset((DATA_ACK, COMMAND, COMMAND_ACK, SIGNAL, SIGNAL_ACK, CLOSE, CLOSE_ACK))


class FramingError(ValueError):
    """A line that is not one of the OutOfProc packets."""


class Packet(NamedTuple):
    tag: str                   # one of the tags above
    guid: uuid.UUID            # the pipeline, or EMPTY_GUID for the runspace pool
    stream: str | None = None  # Data only: DEFAULT or PROMPT_RESPONSE
    data: bytes = b""          # Data only: the PSRP fragments


def data_packet(data: bytes, guid: uuid.UUID | None = None, stream: str = DEFAULT) -> str:
    """`<Data Stream='Default' PSGuid='...'>base64</Data>` (CreateDataPacket)."""
    return "<Data Stream='%s' PSGuid='%s'>%s</Data>" % (stream, guid or EMPTY_GUID,
                                                          base64.b64encode(data).decode("ascii"))


def guid_packet(tag: str, guid: uuid.UUID | None = None) -> str:
    """`<Tag PSGuid='...' />` for every packet but Data (CreatePSGuidPacket)."""
    if tag not in GUID_TAGS:
        raise ValueError("not an OutOfProc packet: %s" % tag)
    return "<%s PSGuid='%s' />" % (tag, guid or EMPTY_GUID)


_QUOTED = r"""(?:'([^']*)'|"([^"]*)")"""
_DATA = re.compile(r"\s*<Data\s+(\w+)\s*=\s*%s\s+(\w+)\s*=\s*%s\s*>([A-Za-z0-9+/=\s]*)</Data>\s*$"
                   % (_QUOTED, _QUOTED))
_GUID = re.compile(r"\s*<(\w+)\s+PSGuid\s*=\s*%s\s*/>\s*$" % _QUOTED)


def parse_packet(line: str) -> Packet:
    """One line read from the peer as a Packet; FramingError for anything else."""
    match = _GUID.match(line)
    if match is not None:
        tag = match.group(1)
        if tag not in GUID_TAGS:
            raise FramingError("unknown OutOfProc element '%s'" % tag)
        return Packet(tag, _guid(match.group(2) or match.group(3) or ""))
    match = _DATA.match(line)
    if match is None:
        raise FramingError("not an OutOfProc packet: %s" % _preview(line))
    attributes = {match.group(1): match.group(2) or match.group(3) or "",
                  match.group(4): match.group(5) or match.group(6) or ""}
    if set(attributes) != {"Stream", "PSGuid"}:
        raise FramingError("a Data element needs exactly the attributes Stream and PSGuid")
    stream = attributes["Stream"]
    if stream.lower() == PROMPT_RESPONSE.lower():
        stream = PROMPT_RESPONSE
    elif stream.lower() == DEFAULT.lower():
        stream = DEFAULT
    else:
        raise FramingError("unknown Data stream '%s'" % stream)
    try:
        data = base64.b64decode(match.group(7), validate=False)
    except (binascii.Error, ValueError):
        raise FramingError("a Data element's text is not base64") from None
    return Packet(DATA, _guid(attributes["PSGuid"]), stream, data)


def _guid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise FramingError("'%s' is not a GUID" % text) from None


def _preview(line: str) -> str:
    line = line.strip()
    return line if len(line) <= 80 else line[:77] + "..."
