"""Frozen-backbone feature cache: compute features once, train the head for many epochs.

A :class:`FeatureCache` holds, for every entry, one fp16 tensor per feature level. It lives in
memory while it fits ``max_memory_bytes`` and otherwise spills to fp16 files on disk
(``numpy.memmap``, read back a batch at a time), so a large dataset costs disk, not RAM.

:func:`cache_features` runs a backbone over a list of images in batches, and, with
``flip=True``, over their horizontal flips too: entry ``i`` is image ``i`` and entry ``n + i``
its mirror, so flip augmentation costs no backbone pass during training.

Example:
    >>> import torch
    >>> cache = FeatureCache({"c5": (8, 2, 2)}, count=4)
    >>> cache.put([0, 1], {"c5": torch.ones(2, 8, 2, 2)})
    >>> cache.get([1, 0])["c5"].shape, cache.on_disk
    (torch.Size([2, 8, 2, 2]), False)
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np
import torch
from torch import Tensor

Backbone = Callable[[Tensor], Mapping[str, Tensor]]


class FeatureCache:
    """Fixed-shape fp16 storage of per-entry feature levels, in memory or spilled to disk.

    Args:
        shapes: per-level shape of one entry, e.g. ``{"c3": (40, 32, 32), ...}``.
        count: number of entries.
        max_memory_bytes: above this total size the cache lives on disk.
        spill_dir: where disk files go (a new temporary folder by default; removed by
            :meth:`close` when the cache made it).
    """

    def __init__(
        self,
        shapes: Mapping[str, Sequence[int]],
        count: int,
        *,
        max_memory_bytes: int = 1 << 30,
        spill_dir: str | os.PathLike | None = None,
    ) -> None:
        self.shapes = {k: tuple(int(d) for d in v) for k, v in shapes.items()}
        self.count = int(count)
        self.nbytes = 2 * self.count * sum(math.prod(s) for s in self.shapes.values())
        self.on_disk = self.nbytes > max_memory_bytes
        self._dir: Path | None = None
        self._owns_dir = False
        self._store: dict[str, Tensor | np.memmap] = {}
        if self.on_disk:
            if spill_dir is None:
                self._dir = Path(tempfile.mkdtemp(prefix="model-heads-features-"))
                self._owns_dir = True
            else:
                self._dir = Path(spill_dir)
                self._dir.mkdir(parents=True, exist_ok=True)
            for i, (k, s) in enumerate(self.shapes.items()):
                path = self._dir / f"level{i}.f16"
                self._store[k] = np.memmap(
                    path, dtype=np.float16, mode="w+", shape=(self.count, *s)
                )
        else:
            for k, s in self.shapes.items():
                self._store[k] = torch.empty((self.count, *s), dtype=torch.float16)

    @property
    def levels(self) -> list[str]:
        return list(self.shapes)

    def put(self, indices: Sequence[int] | Tensor, features: Mapping[str, Tensor]) -> None:
        """Store ``features[level][j]`` as entry ``indices[j]`` (cast to fp16)."""
        idx = torch.as_tensor(indices, dtype=torch.long)
        for k, store in self._store.items():
            f = features[k].detach().to("cpu", torch.float16)
            if isinstance(store, Tensor):
                store[idx] = f
            else:
                store[idx.numpy()] = f.numpy()

    def get(
        self, indices: Sequence[int] | Tensor, dtype: torch.dtype = torch.float32
    ) -> dict[str, Tensor]:
        """The entries ``indices`` of every level, as ``dtype`` tensors ``(B, C, H, W)``."""
        idx = torch.as_tensor(indices, dtype=torch.long)
        out = {}
        for k, store in self._store.items():
            if isinstance(store, Tensor):
                out[k] = store[idx].to(dtype)
            else:
                out[k] = torch.from_numpy(np.ascontiguousarray(store[idx.numpy()])).to(dtype)
        return out

    def close(self) -> None:
        """Free the storage (and the spill folder when this cache created it)."""
        self._store.clear()
        if self._owns_dir and self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def __len__(self) -> int:
        return self.count

    def __del__(self) -> None:  # pragma: no cover - best effort
        try:
            self.close()
        except Exception:
            pass


@torch.no_grad()
def cache_features(
    backbone: Backbone,
    images: Tensor | Callable[[Sequence[int]], Tensor],
    count: int,
    *,
    flip: bool = False,
    batch_size: int = 16,
    max_memory_bytes: int = 1 << 30,
    spill_dir: str | os.PathLike | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_batch: Callable[[int, int], None] | None = None,
) -> FeatureCache | None:
    """Run ``backbone`` over ``count`` images (and their flips) once and cache the features.

    Args:
        backbone: ``(B, 3, H, W) -> {level: (B, C, h, w)}``, in eval mode.
        images: a ``(count, 3, H, W)`` tensor, or ``load(indices) -> (B, 3, H, W)`` tensor.
        count: number of images.
        flip: also cache each image's horizontal mirror as entry ``count + i``.
        batch_size: images per backbone call.
        max_memory_bytes, spill_dir: see :class:`FeatureCache`.
        should_stop: polled between batches; returning true stops and returns ``None``.
        on_batch: ``on_batch(done, total)`` after each batch (progress).

    Returns:
        The cache with ``count`` (or ``2 * count``) entries, or ``None`` when stopped.
    """
    load = (lambda idx: images[list(idx)]) if isinstance(images, Tensor) else images
    cache: FeatureCache | None = None
    total = 2 * count if flip else count
    for start in range(0, count, batch_size):
        if should_stop is not None and should_stop():
            if cache is not None:
                cache.close()
            return None
        idx = list(range(start, min(count, start + batch_size)))
        x = load(idx)
        views = [(idx, x)]
        if flip:
            views.append(([i + count for i in idx], torch.flip(x, dims=[3])))  # mirror along W
        for where, batch in views:
            feats = backbone(batch)
            if cache is None:
                shapes = {k: tuple(v.shape[1:]) for k, v in feats.items()}
                cache = FeatureCache(
                    shapes, total, max_memory_bytes=max_memory_bytes, spill_dir=spill_dir
                )
            cache.put(where, feats)
        if on_batch is not None:
            on_batch(min(count, start + batch_size), count)
    if cache is None:
        raise ValueError("no images to compute features of")
    return cache


__all__ = ["Backbone", "FeatureCache", "cache_features"]
