#pragma once
// ct/Fbp: parallel-beam filtered backprojection of whole sinogram stacks on the CPU: filter every detector row
// (ct/Filters), then backproject every detector row into one slice (ct/Backproject, which documents the geometry;
// it is the convention of ct/Phantom.h, so reconstructing projectPhantom's output gives samplePhantom's densities).
#include <cstdint>
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
    ComputeDevice device = ComputeDevice::Cpu;  // Cuda: backproject on CUDA device 0; throws Error if there is none
};

// sinograms: projection-ordered (angles, rows, cols) line integrals in pixel units, as from projectPhantom or a
// −log normalisation. Returns (rows, n, n) attenuation per pixel. Odd detector widths are fine.
ImageStack reconstructSlices(const ImageStack& sinograms, const FbpOptions& options, const Progress& progress = {});

}  // namespace xrs::ct
