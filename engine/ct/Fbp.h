#pragma once
// ct/Fbp: parallel-beam filtered backprojection of whole sinogram stacks on the CPU: filter every detector row
// (ct/Filters), then backproject every detector row into one slice (ct/Backproject, which documents the geometry;
// it is the convention of ct/Phantom.h, so reconstructing projectPhantom's output gives samplePhantom's densities).
#include <cstdint>
#include <span>
#include <vector>

#include "core/ImageStack.h"
#include "core/Progress.h"
#include "ct/Backproject.h"
#include "ct/Filters.h"

namespace xrs::ct {

struct FbpOptions {
    FilterType filter = FilterType::RamLak;
    double center = -1;             // rotation axis in detector pixels; < 0: (cols − 1)/2
    std::vector<double> anglesDeg;  // one per projection, evenly spread over 180°; empty: evenAngles(angles)
    std::int64_t outputSize = 0;    // n of the n×n slices; ≤ 0: the detector width
    ComputeDevice device = ComputeDevice::Cpu;  // Cuda: backproject on CUDA device `cudaDevice`; throws Error if absent
    int cudaDevice = 0;
    bool halfStorage = false;  // filtered projections rounded to half precision before backprojection (Backproject.h)
};

// Backprojection weights for angles that are not evenly spread (a missing block, jitter, 0° and 180° both recorded):
// each projection stands for half the angular distance between its neighbours, angles taken modulo 180° with
// wrap-around, in units of the even spacing π/N — evenly spread angles (over 180° or 360°) get 1 and the weights always
// sum to N. Returns an empty vector when every weight is within 1e-6 of 1 (nothing to do).
std::vector<double> angleWeights(std::span<const double> anglesDeg);

// sinograms: projection-ordered (angles, rows, cols) line integrals in pixel units, as from projectPhantom or a
// −log normalisation. Uneven angles are weighted by angleWeights. Returns (rows, n, n) attenuation per pixel. Odd
// detector widths are fine.
ImageStack reconstructSlices(const ImageStack& sinograms, const FbpOptions& options, const Progress& progress = {});

}  // namespace xrs::ct
