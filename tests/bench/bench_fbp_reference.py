#!/usr/bin/python3
"""tests/bench/bench_fbp_reference: reference timings for tests/bench/bench_fbp — skimage.transform.iradon
(filter 'ramp', circle=True, linear interpolation) on a sinogram of the same shape, and ASTRA's CPU FBP / BP and
TomoPy when they can be imported (not installed by default; see PYREF below).

iradon costs N² · angles interpolated updates per slice like ours, so its updates/s compare directly with
bench_fbp's figures. It is single-threaded numpy; at 2048² × 1800 one slice takes minutes, so by default it is timed
at a small size and the full size is extrapolated by N² · angles (pass --full to time the full size too).

Usage: /usr/bin/python3 bench_fbp_reference.py [N=2048] [angles=1800] [--small N,angles (default 512,600)] [--full]
Optional: PYREF=/tmp/pyref appends a throwaway `pip install --target` folder to sys.path (appended, so the system
numpy and skimage still win) for astra / tomopy. astra-toolbox has manylinux wheels on PyPI (2.5.0 imports with
numpy 1.24; CPU only here); tomopy has none (conda-forge only).
Reports figures, never asserts.
"""
import os
import sys
import time

import numpy as np


def sinogram(n, angles, seed=1):
    """Random data of the right shape (detector n × angles, skimage's layout): the speed does not depend on it."""
    rng = np.random.default_rng(seed)
    return rng.random((n, angles), dtype=np.float64)


def time_iradon(n, angles):
    from skimage.transform import iradon

    sino = sinogram(n, angles)
    theta = np.arange(angles) * 180.0 / angles  # evenly over 180°, endpoint excluded, as ct::evenAngles
    t0 = time.perf_counter()
    out = iradon(sino, theta=theta, output_size=n, filter_name="ramp", interpolation="linear", circle=True)
    seconds = time.perf_counter() - t0
    assert out.shape == (n, n)
    return seconds


def time_astra(n, angles):
    """ASTRA's CPU 2D parallel-beam FBP (ram-lak) and plain BP with the linear projector: (fbp s, bp s)."""
    import astra

    sino = sinogram(n, angles).T.astype(np.float32)  # ASTRA: angles × detector
    theta = np.arange(angles) * np.pi / angles
    vol = astra.create_vol_geom(n, n)
    proj = astra.create_proj_geom("parallel", 1.0, n, theta)
    pid = astra.create_projector("linear", proj, vol)
    sid = astra.data2d.create("-sino", proj, sino)
    times = []
    for alg, extra in (("FBP", {"FilterType": "ram-lak"}), ("BP", {})):
        rid = astra.data2d.create("-vol", vol, 0)
        cfg = astra.astra_dict(alg)
        cfg.update(ProjectorId=pid, ProjectionDataId=sid, ReconstructionDataId=rid)
        if extra:
            cfg["option"] = extra
        aid = astra.algorithm.create(cfg)
        t0 = time.perf_counter()
        astra.algorithm.run(aid)
        times.append(time.perf_counter() - t0)
        astra.algorithm.delete(aid)
        astra.data2d.delete(rid)
    astra.data2d.delete(sid)
    astra.projector.delete(pid)
    return times


def probe(module):
    """(available, detail) for an optional reference package."""
    try:
        mod = __import__(module)
        return True, getattr(mod, "__version__", "version unknown")
    except Exception as e:  # ImportError, or a broken binary install
        return False, f"{type(e).__name__}: {e}"


def main(argv):
    n, angles, small, full = 2048, 1800, (512, 600), False
    positional = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--full":
            full = True
        elif a == "--small" and i + 1 < len(argv):
            i += 1
            small = tuple(int(v) for v in argv[i].split(","))
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            positional.append(int(a))
        i += 1
    if positional:
        n = positional[0]
    if len(positional) > 1:
        angles = positional[1]
    if os.environ.get("PYREF"):
        sys.path.append(os.environ["PYREF"])

    import skimage

    print(f"bench_fbp_reference: python {sys.version.split()[0]}, numpy {np.__version__}, "
          f"skimage {skimage.__version__}; target size {n}² × {angles} projections, 1 slice")
    rows = []  # (label, n, angles, seconds, measured?)
    sizes = [small] if small != (n, angles) else []
    for sn, sa in sizes:
        rows.append((f"iradon {sn}²×{sa}", sn, sa, time_iradon(sn, sa), True))
    if full or not sizes:
        rows.append((f"iradon {n}²×{angles}", n, angles, time_iradon(n, angles), True))
    else:
        # Backprojection dominates (N² · angles); the filter's N log N per row is small beside it.
        sn, sa, s, _ = rows[0][1:]
        rows.append((f"iradon {n}²×{angles} (extrap.)", n, angles, s * (n * n * angles) / (sn * sn * sa), False))

    print(f"\n{'case':32s} {'seconds':>10s} {'G upd/s':>9s} {'cores':>6s} {'2048 slices h':>14s}")
    for label, sn, sa, s, _ in rows:
        rate = sn * sn * sa / s / 1e9
        print(f"{label:32s} {s:10.2f} {rate:9.4f} {1:6d} {s * 2048 / 3600:14.1f}")
    print("(iradon: single-threaded numpy; G upd/s = N²·angles / seconds, comparable with bench_fbp's per-core column;"
          "\n extrapolation scales the measured small size by N²·angles.)")

    print()
    for module, why in (("astra", "astra-toolbox: not installed (PyPI has manylinux wheels: pip install --target DIR "
                                  "astra-toolbox, then PYREF=DIR)"),
                        ("tomopy", "tomopy: no wheel on PyPI (conda-forge only)")):
        ok, detail = probe(module)
        if not ok:
            print(f"{module}: unavailable ({detail}); {why}")
            continue
        print(f"{module}: available ({detail})")
        if module != "astra":
            continue
        import astra
        print(f"astra CUDA: {astra.use_cuda()} (its CPU algorithms are timed)")
        print(f"{'case':32s} {'FBP s':>10s} {'BP s':>10s} {'BP G upd/s':>11s}")
        for sn, sa in sorted({(sn, sa) for _, sn, sa, _, measured in rows if measured} | ({(n, angles)} if full else set())):
            fbp, bp = time_astra(sn, sa)
            print(f"{'astra ' + str(sn) + '²×' + str(sa):32s} {fbp:10.2f} {bp:10.2f} {sn * sn * sa / bp / 1e9:11.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
