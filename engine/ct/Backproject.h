#pragma once
// ct/Backproject: parallel-beam backprojection of filtered projections into square slices, on the CPU.
//
// Geometry (the convention of ct/Phantom.h, all in detector pixels; slice pixels are detector pixels):
//  - A point (x, y) projects to s = x cos θ + y sin θ; detector column j is at s = j − center, center = rotation axis
//    in pixels (default (cols − 1)/2). θ grows counter-clockwise seen from +z; row 0 of a slice is at the top (+y).
//  - Slice pixel (r, c) of an n×n slice is at x = c − (n − 1)/2, y = (n − 1)/2 − r, so it reads column
//    j = center + (c − (n−1)/2) cos θ + ((n−1)/2 − r) sin θ, with linear interpolation; columns outside the
//    detector count as zero.
//  - The result is Σ_angles value · π / Nθ (angles assumed evenly spread over 180°): with the kernels of ct/Filters
//    and line integrals in pixel units this is attenuation per pixel.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/ImageStack.h"
#include "core/Progress.h"

namespace xrs::ct {

struct BackprojectOptions {
    double center = -1;              // rotation axis in detector pixels; < 0: (cols − 1)/2
    std::vector<double> anglesDeg;   // one per projection; empty: evenly over 180°
    std::int64_t outputSize = 0;     // n of the n×n slices; ≤ 0: the detector width
    // Store the filtered projections as IEEE half (core/Half.h: nearest, ties to even) before interpolating: on a
    // GPU half the memory and bandwidth per sinogram; the CPU rounds the same way, so both give the same slices.
    // The cost: ~3 significant digits per sample (relative error ≤ 2^-11 per sample, averaged down over angles).
    bool halfStorage = false;
};

// filtered: (angles, rows, cols) as from filterSinogram; returns (rows, n, n), one slice per detector row.
// Slices and blocks of slice rows run in parallel on ThreadPool::global(); the stop token is checked per block.
ImageStack backproject(const ImageStack& filtered, const BackprojectOptions& options, const Progress& progress = {});

enum class ComputeDevice { Cpu, Cuda };

struct CudaBackprojectOptions {
    int device = 0;                // CUDA device index
    bool pinnedStaging = true;     // page-locked host staging buffers
    std::size_t deviceBudget = 0;  // bytes of device memory to use; 0: half of what is free
    int streams = 2;               // batches in flight (copies overlap kernels); 1: one batch after the other
};

struct CudaBackprojectTiming {
    double kernelSeconds = 0;  // time in the kernel alone
    double totalSeconds = 0;   // including staging and transfers (not the layout change before)
    int batches = 0;
    int streams = 0;
};

// Empty when CUDA device `device` can backproject, else why not: "no CUDA device: <the runtime's reason>" or
// "no CUDA device: engine built without CUDA".
std::string cudaBackprojectUnavailable(int device = 0);

// The same backprojection on a CUDA device: same geometry, scaling and float arithmetic (ct/cuda/BackprojectCuda.h).
// Throws Error("CUDA backprojection: <reason>") when no CUDA device is usable or the device fails; no CPU fallback.
ImageStack backprojectCuda(const ImageStack& filtered, const BackprojectOptions& options,
                           const CudaBackprojectOptions& cudaOptions = {}, CudaBackprojectTiming* timing = nullptr);

// CPU or CUDA (device `cudaDevice`) as asked; CUDA asked for but unavailable throws Error with the reason (the
// caller decides to fall back).
ImageStack backprojectOn(ComputeDevice device, const ImageStack& filtered, const BackprojectOptions& options,
                         const Progress& progress = {}, int cudaDevice = 0);

}  // namespace xrs::ct
