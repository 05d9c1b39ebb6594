#pragma once
// ct/cuda/BackprojectCuda: the CUDA parallel-beam backprojector behind ct::backprojectCuda. A plain C++17 interface
// (no CUDA types: only xrs_cuda is compiled by nvcc, in C++17 mode). Failures come back as strings, never as
// exceptions, so nothing throws across the .cu boundary; the caller turns them into xrs::Error.
//
// The arithmetic is the CPU backprojector's (ct/Backproject.cpp), operation for operation and without FMA
// contraction: per angle and slice row the column offset j0 is computed in double and rounded to float, then
// u = clamp((j0 + c·step) + 1, 0, cols + 1), linear interpolation between two samples of a row padded with zeros,
// the angles summed in order and the sum multiplied by the scale (π / Nθ).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace xrs::cuda {

struct BackprojectJob {
    const float* sinograms = nullptr;  // (slices, angles, cols), contiguous: one filtered sinogram per slice
    // Instead of `sinograms`: the same values as IEEE half bits (core/Half.h), stored and read as half on the device
    // (half the memory and bandwidth); the kernel widens each sample to float exactly.
    const std::uint16_t* halfSinograms = nullptr;
    float* output = nullptr;           // (slices, n, n), contiguous
    int slices = 0, angles = 0, cols = 0, n = 0;
    std::vector<double> base;     // per angle: the column read by pixel (0, 0), centre − half·cos θ + half·sin θ
    std::vector<double> rowStep;  // per angle: −sin θ (column change per slice row)
    std::vector<float> colStep;   // per angle: cos θ as float (column change per slice column)
    float scale = 1.0f;           // π / Nθ
    bool pinnedStaging = true;    // stage through page-locked host memory (falls back to pageable if that fails)
    std::size_t deviceBudget = 0; // bytes of device memory to use; 0: half of what is free
    int streams = 2;              // batches in flight: copies of one overlap the kernel of another (1: serial)
};

struct BackprojectStats {
    double kernelSeconds = 0;  // summed kernel time (CUDA events)
    double totalSeconds = 0;   // including staging and transfers
    int batches = 0;
    int streams = 0;           // streams used
};

// Runs the job on CUDA device `device`; false with *error (the CUDA runtime's words) on any failure.
bool backprojectOnDevice(int device, const BackprojectJob& job, BackprojectStats* stats, std::string* error);

}  // namespace xrs::cuda
