"""Checks shared by the ONNX tests of the library and of the app."""

from __future__ import annotations

import numpy as np
import torch


def lite0_levels(names, image):
    from designer.backbones import load_backbone

    bb = load_backbone("efficientnet_lite0")
    x, meta = bb.preprocess(image)
    with torch.no_grad():
        feats = bb(x[None])
    feats["image"] = x[None]
    return {k: feats[k].contiguous() for k in names}, meta


def same_detections(got, refs, atol=1e-3):
    """The same detections per image, best first. Two whose scores differ by less than float
    rounding may come in either order: each is matched to a reference detection of the same
    label, box and score whose rank is within the tie."""
    boxes, scores, labels, batch_index = got
    for n, ref in enumerate(refs):
        mine = batch_index == n
        assert int(mine.sum()) == len(ref["labels"]), (n, int(mine.sum()), len(ref["labels"]))
        b, s, c = boxes[mine], scores[mine], labels[mine]
        rb, rs, rc = ref["boxes"].numpy(), ref["scores"].numpy(), ref["labels"].numpy()
        assert np.all(np.diff(s) <= 1e-6), "not best first"
        free = list(range(len(rc)))
        for i in range(len(c)):
            near = [
                j for j in free
                if abs(rs[j] - s[i]) < atol and rc[j] == c[i] and np.abs(rb[j] - b[i]).max() < atol
            ]  # fmt: skip
            assert near, (n, i, b[i], s[i], c[i])
            j = min(near, key=lambda j: abs(j - i))  # the reference's own rank when it is there
            assert abs(j - i) <= 1 or abs(rs[j] - rs[i]) < 1e-5, (n, i, j)  # only ties move
            free.remove(j)
