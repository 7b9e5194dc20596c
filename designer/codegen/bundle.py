"""Bundles: the exported module, the spec JSON and the weights (safetensors) in a folder or a
``.zip``; and weights alone."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from designer.codegen.errors import CodegenError
from designer.codegen.writer import to_python


def _safe_state_dict(state_dict: Mapping[str, Any]) -> dict[str, Any]:
    # safetensors refuses shared or strided storage: save contiguous, independent copies.
    return {k: v.detach().to("cpu").contiguous().clone() for k, v in state_dict.items()}


def export_bundle(
    spec: Any,
    state_dict: Mapping[str, Any] | None,
    out: str | Path,
    *,
    class_name: str = "Head",
    stem: str = "head",
    contract: Any = None,
) -> list[Path]:
    """Write the exported module, the spec JSON and the weights to a folder or a ``.zip``.

    Files: ``<stem>.py`` (see :func:`to_python`), ``<stem>.json`` (the spec) and, when a
    ``state_dict`` is given, ``<stem>.safetensors`` (load with
    ``safetensors.torch.load_file`` and ``load_state_dict(strict=True)``). A ``contract``
    (:class:`designer.contract.Contract`) goes into the module (see :func:`to_python`) and the
    safetensors metadata.

    Returns:
        the written paths (the zip file alone for a ``.zip`` target).
    """
    from heads.graph import resolve_spec

    spec = resolve_spec(spec)
    if not isinstance(stem, str) or not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}", stem):
        raise CodegenError(f"file stem {stem!r} must be letters, digits, '_', '-' or '.'")
    files: dict[str, bytes] = {
        f"{stem}.py": to_python(spec, class_name, contract=contract).encode(),
        f"{stem}.json": (spec.to_json() + "\n").encode(),
    }
    if state_dict is not None:
        from safetensors.torch import save

        meta = {"spec": spec.to_json(None), **(contract.metadata() if contract else {})}
        files[f"{stem}.safetensors"] = save(_safe_state_dict(state_dict), metadata=meta)
    out = Path(out)
    if out.suffix == ".zip":
        out.parent.mkdir(parents=True, exist_ok=True)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in files.items():
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data)
        out.write_bytes(buf.getvalue())
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files.items():
        (out / name).write_bytes(data)
        written.append(out / name)
    return written


def save_weights(
    state_dict: Mapping[str, Any], path: str | Path, metadata: dict[str, str] | None = None
) -> Path:
    """Save a ``state_dict`` as safetensors (contiguous copies, so shared tensors are fine)."""
    from safetensors.torch import save_file

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file(_safe_state_dict(state_dict), str(path), metadata=metadata)
    return path
