#!/usr/bin/env python3
"""Regenerates the seed corpus of the TIFF fuzz target (tests/fuzz/corpus/tiff): small valid files of different
layouts (strips, tiles, multi-page, deflate, BigTIFF, big-endian, ImageJ) and sample types. Needs numpy and tifffile
(Debian: python3-numpy python3-tifffile). Usage: make_corpus_tiff.py [output folder]"""
import os
import sys

import numpy as np
import tifffile

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus', 'tiff')
os.makedirs(out, exist_ok=True)


def ramp(shape, dtype):
    """Smooth, deterministic values (they compress well and keep every file small)."""
    idx = np.indices(shape).sum(axis=0)
    return (idx * 3 % 200).astype(dtype)


def save(name, data, **kwargs):
    path = os.path.join(out, name)
    kwargs.setdefault('photometric', 'minisblack')
    tifffile.imwrite(path, data, software=None, **kwargs)
    size = os.path.getsize(path)
    assert size < 4096, (name, size)
    print(f'{name}: {data.dtype} {data.shape}, {size} bytes')


save('strips_uint8.tif', ramp((16, 20), np.uint8), rowsperstrip=4)
save('tiles_uint16.tif', ramp((2, 32, 32), np.uint16), tile=(16, 16), compression='zlib')
save('multipage_float32.tif', ramp((3, 8, 10), np.float32) / 7)
save('deflate_predictor_uint16.tif', ramp((2, 16, 16), np.uint16), compression='zlib', predictor=True, rowsperstrip=5)
save('bigtiff_bigendian_int16.tif', ramp((12, 12), np.int16) - 100, bigtiff=True, byteorder='>')
save('imagej_float32.tif', ramp((2, 8, 8), np.float32), imagej=True, resolution=(2.0, 2.0),
     metadata={'spacing': 0.5, 'unit': 'um', 'axes': 'ZYX'}, photometric=None)
save('tiles_float64_deflate.tif', ramp((16, 16), np.float64), tile=(16, 16), compression='zlib')
save('uint32_pages.tif', ramp((2, 6, 7), np.uint32) * 1000003)
