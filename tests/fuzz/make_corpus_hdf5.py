#!/usr/bin/python3
"""Regenerates the seed corpus of tests/fuzz/fuzz_hdf5 (tests/fuzz/corpus/hdf5): small h5py files covering the
layouts the reader meets (2D uint16, chunked+gzip float32 3D with attributes, a tiny DXchange scan, mixed
types in nested groups, and the newest file format with its other chunk indexes). Each file stays under 8 KB.

Strings are fixed-length on purpose (as our writer stores them): variable-length strings live in HDF5's global
heap, whose reader in libhdf5 1.10.8 crashes or hangs on corrupt collections (H5HG_read; see fuzz_hdf5.cpp). With
such a seed the deterministic replay in ctest hits those library bugs within a few hundred mutations.

Usage: /usr/bin/python3 tests/fuzz/make_corpus_hdf5.py [OUTPUT_DIR]
"""
import os
import sys

import h5py
import numpy as np

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "hdf5")
os.makedirs(out, exist_ok=True)


def path(name):
    return os.path.join(out, name)


# 2D uint16, contiguous, default (oldest) file format.
with h5py.File(path("u16_2d.h5"), "w") as h:
    h.create_dataset("image", data=(np.arange(16 * 16) * 37 % 65536).astype("<u2").reshape(16, 16))

# 3D float32, chunked, shuffle + gzip, with our writer's attributes.
with h5py.File(path("f32_3d_gzip.h5"), "w", libver="v110") as h:
    v = h.create_dataset("volume", data=np.linspace(-1, 1, 4 * 8 * 8, dtype="f4").reshape(4, 8, 8),
                         chunks=(2, 8, 8), compression="gzip", compression_opts=4, shuffle=True)
    v.attrs["pixel_size_x"] = 0.65
    v.attrs["pixel_size_y"] = 0.65
    v.attrs["spacing_z"] = 1.0
    v.attrs["unit"] = np.bytes_(b"um")
    v.attrs["provenance"] = np.bytes_(b"seed\nchunked")
    v.attrs["meta:instrument"] = np.bytes_(b"fuzz")

# A tiny DXchange scan (1.8-style compact groups keep it small).
with h5py.File(path("dxchange.h5"), "w", libver="v108") as h:
    h.create_dataset("exchange/data", data=np.arange(3 * 4 * 5, dtype="u2").reshape(3, 4, 5) + 100)
    h.create_dataset("exchange/data_white", data=np.full((1, 4, 5), 1000, "u2"))
    h.create_dataset("exchange/data_dark", data=np.full((1, 4, 5), 10, "u2"))
    h.create_dataset("exchange/theta", data=np.array([0, 60, 120], "f4"))
    r = h.create_dataset("measurement/instrument/detection_system/objective/resolution", data=1.3)
    r.attrs["units"] = np.bytes_(b"microns")
    h["implements"] = np.bytes_(b"exchange:measurement:process")

# Mixed types in nested groups: big-endian integers, 1D, strings, compound, a soft link.
with h5py.File(path("mixed.h5"), "w") as h:
    h.create_dataset("a/i32_be", data=np.arange(2 * 3 * 4, dtype=">i4").reshape(2, 3, 4) - 12)
    h.create_dataset("a/line", data=np.arange(5, dtype="f8"))
    h.create_dataset("a/names", data=np.array([b"x", b"yy"]))
    h.create_dataset("c", data=np.zeros(2, dtype=[("x", "f4"), ("y", "u1")]))
    h.create_dataset("u8_2d", data=np.arange(12, dtype="u1").reshape(3, 4), chunks=(1, 4))
    h["link"] = h5py.SoftLink("/u8_2d")

# Newest format: v3 superblock, v2 object headers, extensible-array and fixed-array chunk indexes.
with h5py.File(path("latest.h5"), "w", libver="latest") as h:
    h.create_dataset("grow", data=np.arange(3 * 6 * 6, dtype="i2").reshape(3, 6, 6), chunks=(1, 6, 6),
                     maxshape=(None, 6, 6))
    h.create_dataset("fixed", data=np.arange(2 * 5 * 5, dtype="f8").reshape(2, 5, 5), chunks=(1, 5, 5),
                     compression="gzip")
    h["fixed"].attrs["provenance"] = np.bytes_(b"latest format")

for name in sorted(os.listdir(out)):
    print(name, os.path.getsize(path(name)))
