#pragma once
// cli/SampleData: writing the built-in sample data sets (used by `xrs sample` and `xrs demo`).
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/Progress.h"

namespace xrs::cli {

struct CtSampleOptions {
    std::string output;
    std::int64_t cols = 256, rows = 32, angles = 180;
    std::uint64_t seed = 1;
    bool noNoise = false;
    std::string phantomTiff;
};
void writeCtSample(const CtSampleOptions& o, const Progress& progress);

struct VideoSampleOptions {
    std::string outputDir;
    std::int64_t frames = 48, size = 256;
    int bin = 4;
    std::int64_t hrStep = 8;
    std::uint64_t seed = 1;
};
// Writes ground_truth.tif, lr.tif, hr.tif and manifest.json; returns the manifest path.
std::filesystem::path writeVideoSample(const VideoSampleOptions& o, const Progress& progress);

}  // namespace xrs::cli
