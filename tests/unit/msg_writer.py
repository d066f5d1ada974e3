"""Writes small Outlook .msg files for tests: an OLE compound file (MS-CFB, version 3, every
stream in the mini stream) holding the MAPI properties of one message (MS-OXMSG): class,
subject, body, sender, Message-ID, In-Reply-To and the transport headers."""

from __future__ import annotations

import math
import struct
from pathlib import Path

SECTOR, MINI = 512, 64
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
PT_UNICODE = 0x001F
PROPERTIES = {"message_class": 0x001A, "subject": 0x0037, "headers": 0x007D,
              "sender_name": 0x0C1A, "sender_email": 0x0C1F, "body": 0x1000,
              "message_id": 0x1035, "in_reply_to": 0x1042}


def _key(name: str) -> tuple[int, str]:
    return len(name), name.upper()


class _Entry:
    def __init__(self, name: str, kind: int, data: bytes = b"") -> None:
        self.name, self.kind, self.data = name, kind, data
        self.children: list[_Entry] = []
        self.index = 0
        self.left = self.right = self.child = NOSTREAM
        self.start, self.size = END, len(data)


def _tree(children: list[_Entry]) -> int:
    """Links the children as a balanced binary search tree; returns the root's index."""
    if not children:
        return NOSTREAM
    ordered = sorted(children, key=lambda e: _key(e.name))
    middle = len(ordered) // 2
    root = ordered[middle]
    root.left, root.right = _tree(ordered[:middle]), _tree(ordered[middle + 1:])
    return root.index


def _compound_file(streams: dict[str, bytes]) -> bytes:
    root = _Entry("Root Entry", 5)
    entries = [root]
    storages = {"": root}
    for path in sorted(streams):
        parts = path.split("/")
        parent = root
        for depth, part in enumerate(parts[:-1]):
            key = "/".join(parts[:depth + 1])
            if key not in storages:
                storages[key] = _Entry(part, 1)
                parent.children.append(storages[key])
                entries.append(storages[key])
            parent = storages[key]
        stream = _Entry(parts[-1], 2, streams[path])
        assert len(stream.data) < 4096, "only mini-stream sized streams are written"
        parent.children.append(stream)
        entries.append(stream)
    for index, entry in enumerate(entries):
        entry.index = index
    for entry in entries:
        if entry.kind in (1, 5):
            entry.child = _tree(entry.children)
    mini_stream, mini_fat = b"", []
    for entry in entries:
        if entry.kind == 2 and entry.data:
            count = math.ceil(len(entry.data) / MINI)
            entry.start = len(mini_fat)
            mini_fat.extend(range(entry.start + 1, entry.start + count))
            mini_fat.append(END)
            mini_stream += entry.data.ljust(count * MINI, b"\0")
    dir_sectors = math.ceil(len(entries) * 128 / SECTOR)
    minifat_sectors = math.ceil(len(mini_fat) * 4 / SECTOR)
    ministream_sectors = math.ceil(len(mini_stream) / SECTOR)
    fat_sectors = 1
    while fat_sectors * SECTOR // 4 < fat_sectors + dir_sectors + minifat_sectors + \
            ministream_sectors:
        fat_sectors += 1
    fat: list[int] = [FATSECT] * fat_sectors

    def chain(count: int) -> int:
        start = len(fat)
        fat.extend(range(start + 1, start + count))
        fat.append(END)
        return start

    dir_start = chain(dir_sectors)
    minifat_start = chain(minifat_sectors) if minifat_sectors else END
    root.start = chain(ministream_sectors) if ministream_sectors else END
    root.size = len(mini_stream)
    fat.extend([FREE] * (fat_sectors * SECTOR // 4 - len(fat)))
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("d0cf11e0a1b11ae1"),
                         b"\0" * 16, 0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6, 0, fat_sectors,
                         dir_start, 0, 4096, minifat_start, minifat_sectors, END, 0)
    header += struct.pack("<109I", *(list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)))
    directory = b""
    for entry in entries:
        name = (entry.name + "\0").encode("utf-16-le")
        directory += struct.pack("<64sHBBIII16sIQQIQ", name, len(name), entry.kind, 1,
                                 entry.left, entry.right, entry.child, b"\0" * 16, 0, 0, 0,
                                 entry.start, entry.size)
    body = struct.pack(f"<{len(fat)}I", *fat) + directory.ljust(dir_sectors * SECTOR, b"\0")
    body += struct.pack(f"<{len(mini_fat)}I", *mini_fat).ljust(minifat_sectors * SECTOR,
                                                               b"\xff")
    body += mini_stream.ljust(ministream_sectors * SECTOR, b"\0")
    return header + body


def write_msg(path: Path, **values: str) -> Path:
    """An Outlook message with the given values (keys of PROPERTIES; message_class defaults
    to IPM.Note)."""
    values = {"message_class": "IPM.Note", **values}
    streams: dict[str, bytes] = {}
    properties = struct.pack("<8sIIII8s", b"\0" * 8, 0, 0, 0, 0, b"\0" * 8)
    for name, text in values.items():
        data = text.encode("utf-16-le")
        tag = (PROPERTIES[name] << 16) | PT_UNICODE
        streams[f"__substg1.0_{tag:08X}"] = data
        properties += struct.pack("<IIQ", tag, 6, len(data) + 2)
    streams["__properties_version1.0"] = properties
    for stream in ("00020102", "00030102", "00040102"):
        streams[f"__nameid_version1.0/__substg1.0_{stream}"] = b""
    path.write_bytes(_compound_file(streams))
    return path
