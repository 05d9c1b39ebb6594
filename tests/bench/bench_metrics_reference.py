#!/usr/bin/python3
"""tests/bench/bench_metrics_reference: scikit-image's time for the metrics that tests/bench/bench_metrics times, on
the same frames (two float32 TIFF stacks it writes): structural_similarity with its defaults (7×7 uniform window) and
in the Wang et al. setting (gaussian_weights=True, sigma=1.5, use_sample_covariance=False), both on 8-bit images
(clamp [0, 1], ×255, round, data_range 255), and peak_signal_noise_ratio. Best of R runs over all frames.
Prints one JSON line: seconds per variant and the mean values (so the bench can show they agree).

Usage: /usr/bin/python3 bench_metrics_reference.py RESULT.tif REFERENCE.tif [R=3]
Reports figures, never asserts.
"""
import json
import sys
import time

import numpy as np
import tifffile
from skimage.metrics import peak_signal_noise_ratio, structural_similarity


def to8(x):
    return np.round(np.clip(x.astype(np.float64), 0, 1) * 255)


def best_of(repeat, fn):
    best, value = float('inf'), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - t0)
    return best, value


def main():
    result, reference = to8(tifffile.imread(sys.argv[1])), to8(tifffile.imread(sys.argv[2]))
    repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    pairs = list(zip(result, reference))
    out = {}
    variants = {
        'ssim_uniform': lambda x, y: structural_similarity(x, y, data_range=255),
        'ssim_gaussian': lambda x, y: structural_similarity(x, y, data_range=255, gaussian_weights=True, sigma=1.5,
                                                            use_sample_covariance=False),
        'psnr': lambda x, y: peak_signal_noise_ratio(y, x, data_range=255),
    }
    for name, fn in variants.items():
        seconds, values = best_of(repeat, lambda: [fn(x, y) for x, y in pairs])
        out[name] = {'seconds': seconds, 'mean': float(np.mean(values))}
    print(json.dumps(out))


if __name__ == '__main__':
    main()
