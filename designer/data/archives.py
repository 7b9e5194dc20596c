"""Zip archives of datasets: measured before anything is extracted, extracted into a folder of
their own that is removed when the run is done.

:func:`inspect_zip` reads only the archive's directory and lists every problem as a
:class:`~designer.data.formats.Problem` (the archive and member, what is wrong): a name that
leaves the archive (absolute, ``..``, a drive letter), a symbolic link, a name too long or too
deep, a duplicate, an encrypted member, a compression method other than stored, deflate, bzip2 or
LZMA, too many members, too many bytes, a compression ratio that only a zip bomb has. The limits
are in :mod:`designer.limits`. :func:`safe_extract` extracts only an archive with no problem; a
member whose data turns out bad while extracting (a CRC mismatch, a broken stream, more bytes
than declared) stops it, and everything it wrote is removed.

:class:`ExtractedFolder` owns a temporary folder: :meth:`~ExtractedFolder.close` removes it, and
so does the garbage collector once no dataset or sample refers to it (or the interpreter's exit).

Example:
    >>> import io, tempfile, zipfile, pathlib
    >>> tmp = pathlib.Path(tempfile.mkdtemp())
    >>> with zipfile.ZipFile(tmp / "data.zip", "w") as zf:
    ...     zf.writestr("../../etc/cron.d/x", "payload")
    ...     zf.writestr("cats/" + "a" * 300 + ".png", b"")
    >>> for p in inspect_zip(tmp / "data.zip"):
    ...     print(p)
    data.zip: member '../../etc/cron.d/x': its path leaves the archive
    data.zip: member 'cats/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...aa.png': a part of its name is 304 bytes long; the limit is 255
"""

from __future__ import annotations

import lzma
import os
import shutil
import stat
import tempfile
import weakref
import zipfile
import zlib
from pathlib import Path

from designer import limits
from designer.data.problems import DataError, Problem

#: Compression methods Python's zipfile decodes (stored, deflate, bzip2, LZMA).
SUPPORTED_METHODS = {
    zipfile.ZIP_STORED: "stored",
    zipfile.ZIP_DEFLATED: "deflate",
    zipfile.ZIP_BZIP2: "bzip2",
    zipfile.ZIP_LZMA: "LZMA",
}
#: Members below this size are not judged by their own ratio (a small text file compresses well).
_RATIO_FLOOR = 2**20
#: Metadata that macOS and Windows add to archives: never extracted.
_JUNK_PARTS = frozenset({"__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini"})


class ExtractedFolder:
    """A temporary folder that a dataset's files live in; removed by :meth:`close`, or when the
    last dataset or sample holding it is collected, or at exit."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self._finalizer = weakref.finalize(self, shutil.rmtree, str(self.path), True)

    @classmethod
    def create(cls, prefix: str = "model-heads-data-") -> ExtractedFolder:
        """A new, empty folder in the system's temporary directory."""
        return cls(tempfile.mkdtemp(prefix=prefix))

    def close(self) -> None:
        """Remove the folder and everything in it (again: nothing)."""
        self._finalizer()

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def __repr__(self) -> str:
        return f"ExtractedFolder({str(self.path)!r}{', closed' if self.closed else ''})"


def _short(name: str) -> str:
    return name if len(name) <= 60 else f"{name[:45]}...{name[-6:]}"


def _name_problems(raw: str) -> str | None:
    """What is wrong with a member name, or ``None``."""
    if "\x00" in raw:
        return "its name contains a NUL character"
    name = raw.replace("\\", "/")
    parts = [p for p in name.split("/") if p]
    if name.startswith("/") or (len(name) > 1 and name[1] == ":") or ".." in parts:
        return "its path leaves the archive"
    if len(raw) > limits.MAX_ZIP_NAME_CHARS:
        return (
            f"its name is {len(raw):,} characters long; the limit is {limits.MAX_ZIP_NAME_CHARS:,}"
        )
    longest = max((len(p.encode("utf-8", "surrogateescape")) for p in parts), default=0)
    if longest > limits.MAX_ZIP_PART_BYTES:
        return (
            f"a part of its name is {longest} bytes long; the limit is {limits.MAX_ZIP_PART_BYTES}"
        )
    folders = len(parts) - (0 if name.endswith("/") else 1)
    if folders > limits.MAX_ZIP_DEPTH:
        return f"it is {folders} folders deep; the limit is {limits.MAX_ZIP_DEPTH}"
    return None


def _member_problems(m: zipfile.ZipInfo) -> list[str]:
    out = []
    named = _name_problems(m.filename)
    if named:
        out.append(named)
    mode = m.external_attr >> 16
    if stat.S_ISLNK(mode):
        out.append("it is a symbolic link")
    elif mode and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)) and stat.S_IFMT(mode):
        out.append("it is a special file (not a file or a folder)")
    if m.flag_bits & 0x1:
        out.append("it is encrypted (password-protected archives are not read)")
    if m.compress_type not in SUPPORTED_METHODS:
        out.append(
            f"its compression method {m.compress_type} is not supported (use "
            f"{', '.join(SUPPORTED_METHODS.values())})"
        )
    if m.file_size >= _RATIO_FLOOR and m.file_size > limits.MAX_ZIP_RATIO * max(m.compress_size, 1):
        out.append(
            f"{m.file_size:,} bytes from {m.compress_size:,} (ratio "
            f"{m.file_size / max(m.compress_size, 1):,.0f}, the limit is {limits.MAX_ZIP_RATIO}): "
            "looks like a zip bomb"
        )
    return out


def _is_junk(name: str) -> bool:
    parts = [p for p in name.replace("\\", "/").split("/") if p]
    return any(p in _JUNK_PARTS or p.startswith("._") for p in parts)


def inspect_zip(
    zip_path: str | os.PathLike,
    *,
    max_members: int | None = None,
    max_bytes: int | None = None,
    max_ratio: float | None = None,
) -> list[Problem]:
    """Every problem of a zip archive, read from its directory alone (nothing is decompressed).

    Args:
        zip_path: the archive.
        max_members, max_bytes, max_ratio: override :data:`designer.limits.MAX_ZIP_MEMBERS`,
            :data:`~designer.limits.MAX_DATASET_BYTES` and :data:`~designer.limits.MAX_ZIP_RATIO`.

    Returns:
        ``[]`` for an archive :func:`safe_extract` extracts.
    """
    max_members = limits.MAX_ZIP_MEMBERS if max_members is None else max_members
    max_bytes = limits.MAX_DATASET_BYTES if max_bytes is None else max_bytes
    max_ratio = limits.MAX_ZIP_RATIO if max_ratio is None else max_ratio
    name = Path(zip_path).name
    try:
        with zipfile.ZipFile(zip_path) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
        return [Problem(name, f"not a readable zip archive ({e})")]
    if len(members) > max_members:
        return [Problem(name, f"{len(members):,} members, over the limit of {max_members:,}")]
    problems: list[Problem] = []
    bombs: list[Problem] = []  # members that look like bombs, reported after the totals
    seen: dict[str, str] = {}
    files: set[str] = set()
    folders: set[str] = set()
    total = packed = 0
    for m in members:
        for what in _member_problems(m):
            found = Problem(name, f"member {_short(m.filename)!r}: {what}")
            (bombs if what.endswith("zip bomb") else problems).append(found)
        key = "/".join(p for p in m.filename.replace("\\", "/").split("/") if p)
        if key in seen and not m.is_dir():
            problems.append(Problem(name, f"member {_short(m.filename)!r} appears twice"))
        seen[key] = m.filename
        parts = key.split("/")
        folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
        (folders if m.is_dir() else files).add(key)
        total += m.file_size
        packed += m.compress_size
    clash = sorted(files & folders)
    if clash:
        problems.append(
            Problem(name, f"{_short(clash[0])!r} is both a file and a folder in the archive")
        )
    totals = []
    if total > max_bytes:
        totals.append(
            Problem(name, f"{total:,} bytes uncompressed, over the limit of {max_bytes:,}")
        )
    elif total >= 8 * _RATIO_FLOOR and total > max_ratio * max(packed, 1):
        totals.append(
            Problem(
                name,
                f"{total:,} bytes from {packed:,} (ratio {total / max(packed, 1):,.0f}, the "
                f"limit is {max_ratio:g}): looks like a zip bomb",
            )
        )
    if len(bombs) > 3:  # one bomb repeated: three examples are enough
        bombs = [*bombs[:3], Problem(name, f"... and {len(bombs) - 3} more members like these")]
    return totals + problems + bombs


def _remove(created: list[Path]) -> None:
    for path in reversed(created):
        try:
            if path.is_dir() and not path.is_symlink():
                path.rmdir()
            else:
                path.unlink()
        except OSError:
            pass


def safe_extract(
    zip_path: str | os.PathLike,
    dest: str | os.PathLike,
    *,
    max_members: int | None = None,
    max_bytes: int | None = None,
    max_ratio: float | None = None,
    max_files: int | None = None,
) -> Path:
    """Extract a zip into ``dest`` after :func:`inspect_zip` finds nothing wrong.

    ``dest`` is created when missing. A member that fails while it is extracted (bad CRC,
    corrupt data, more bytes than declared, a full disk) stops the extraction and everything
    written is removed. macOS and Windows metadata (``__MACOSX/``, ``._*``, ``.DS_Store``,
    ``Thumbs.db``) is skipped.

    Args:
        zip_path: the archive.
        dest: the folder to extract into.
        max_members, max_bytes, max_ratio: see :func:`inspect_zip`; ``max_files`` is the old
            name of ``max_members``.

    Returns:
        The folder holding the data: ``dest``, or its only top-level folder.

    Raises:
        DataError: listing every problem, each naming the archive and member.
    """
    name = Path(zip_path).name
    problems = inspect_zip(
        zip_path,
        max_members=max_members if max_members is not None else max_files,
        max_bytes=max_bytes,
        max_ratio=max_ratio,
    )
    if problems:
        raise DataError(problems)
    limit = limits.MAX_DATASET_BYTES if max_bytes is None else max_bytes
    dest = Path(dest)
    created: list[Path] = []
    missing = [p for p in (dest, *dest.parents) if not p.exists()]
    dest.mkdir(parents=True, exist_ok=True)
    created.extend(reversed(missing))
    root = dest.resolve()
    written = 0
    current = ""
    try:
        with zipfile.ZipFile(zip_path) as zf:
            for m in zf.infolist():
                if _is_junk(m.filename):
                    continue
                current = m.filename
                target = (dest / m.filename.replace("\\", "/")).resolve()
                if root not in target.parents and target != root:
                    raise DataError(
                        f"member {_short(current)!r}: its path leaves the archive", name
                    )
                for folder in reversed([target.parent, *target.parent.parents]):
                    if folder != root and root in folder.parents and not folder.exists():
                        folder.mkdir()
                        created.append(folder)
                if m.is_dir():
                    continue
                with zf.open(m) as src, open(target, "xb") as out:
                    created.append(target)
                    while chunk := src.read(1 << 20):
                        written += len(chunk)
                        if written > limit:
                            raise DataError(
                                f"more than {limit:,} bytes uncompressed, over the limit", name
                            )
                        out.write(chunk)
    except DataError:
        _remove(created)
        raise
    except (
        zipfile.BadZipFile, zlib.error, lzma.LZMAError, OSError, EOFError, ValueError,
        RuntimeError, NotImplementedError,
    ) as e:  # fmt: skip
        # A CRC mismatch is a BadZipFile; bzip2 raises OSError; a full disk, OSError too.
        _remove(created)
        what = str(e).splitlines()[0][:200] if str(e) else type(e).__name__
        raise DataError(f"member {_short(current)!r} cannot be extracted ({what})", name) from None
    except BaseException:
        _remove(created)
        raise
    entries = [p for p in dest.iterdir() if not p.name.startswith(".")]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return dest


__all__ = ["SUPPORTED_METHODS", "ExtractedFolder", "inspect_zip", "safe_extract"]
