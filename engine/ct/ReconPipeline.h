#pragma once
// ct/ReconPipeline: streamed parallel-beam reconstruction of a raw scan. Chunks of detector rows flow
// read → FlatField → optional ring removal → filter + backproject → StackWriter; the read of the next chunk and the
// write of the previous one overlap the compute of the current one, so at most ~3 chunks are in memory at once.
// The output is published only by commit(): a cancelled or failed run leaves nothing that looks complete.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/ImageStack.h"
#include "core/Progress.h"
#include "ct/Backproject.h"
#include "ct/Filters.h"
#include "ct/RingRemoval.h"
#include "io/StackSource.h"

namespace xrs::ct {

// A raw scan: projections read lazily, flats and darks in memory (they are reduced once).
struct ReconInput {
    std::unique_ptr<io::StackSource> projections;  // raw counts (angles, rows, cols)
    ImageStack flats;                              // (n ≥ 1, rows, cols)
    ImageStack darks;                              // empty or (m, rows, cols)
    std::vector<double> anglesDeg;                 // one per projection; empty: evenly over 180°
    bool anglesAssumed = false;                    // no theta in the input: anglesDeg are evenly over 180°
    std::vector<std::string> warnings;             // for the user (missing theta, …)
};

// Opens a DXchange file (theta missing → evenly spaced over 180°, with a warning).
ReconInput openDxchangeInput(const std::filesystem::path& file);
// TIFF (file or folder) projections with separate flat and dark files or folders (darks may be empty).
ReconInput openTiffInput(const std::filesystem::path& projections, const std::filesystem::path& flats,
                         const std::filesystem::path& darks);

// Span of the scan: a 360° scan is stitched (ct/Scan360) into a 180° sinogram wider than the detector before FBP.
enum class ScanSpan { Auto, Half180, Full360 };  // Auto: 360° when the angles span about a full turn

struct ReconOptions {
    Range rows = Range::all();        // detector rows = output slices
    std::optional<double> center;     // nullopt: findCenterFromRows (360°: findCenter360) on a few rows
    std::optional<Range> centerRows;  // detector rows the automatic centre is found on (default: `rows`); the
                                      // tasks of a job split by rows pass the whole range so they agree
    ScanSpan scan = ScanSpan::Auto;
    FilterType filter = FilterType::RamLak;
    RingSpec ring;                          // none by default
    std::optional<double> zinger;           // zinger removal on the raw counts, threshold relative to the 3×3 median
    std::vector<std::int64_t> projections;  // only these projections (ascending indices; Noise2Inverse splits); empty:
                                            // all. Normalisation and ring removal still see the whole scan.
    int bin = 1;                            // detector binning factor×factor (1, 2, 4) of the raw counts, flats and
                                            // darks; rows, centres and try-centre values stay in unbinned pixels
    std::int64_t chunkRows = 0;             // ≤ 0: from memoryBudgetBytes
    std::int64_t memoryBudgetBytes = std::int64_t(512) << 20;
    DType dtype = DType::Float32;
    std::optional<ValueRange> range;            // integer output: mapped onto the dtype's range
    bool autoRange = false;                     // range from the 0.1/99.9 percentiles of the middle slice
    ComputeDevice device = ComputeDevice::Cpu;  // where to backproject; Cuda without a device throws Error up front
    int cudaDevice = 0;                         // which CUDA device
    bool halfStorage = false;                   // half-precision storage of the filtered projections (Backproject.h)
};

struct ReconResult {
    double center = 0;  // in unbinned detector pixels
    std::int64_t chunkRows = 0;
    std::int64_t slices = 0;
    bool scan360 = false;        // stitched: `center` is on the detector, the slices are sliceSize wide
    std::int64_t sliceSize = 0;  // n of the n×n slices
    std::optional<ValueRange> range;
};

// Rows per chunk so that ~3 chunks (raw + filtered projections, slices) fit the budget; at least 1.
std::int64_t chunkRowsForBudget(std::int64_t angles, std::int64_t cols, std::int64_t budgetBytes);

// Reconstructs options.rows into `output` (any StackWriter path). Throws xrs::Cancelled on stop, xrs::Error on bad
// input; in both cases nothing is left at `output`.
ReconResult reconstructScan(ReconInput& input, const std::filesystem::path& output, const ReconOptions& options,
                            const Progress& progress = {});

// Reconstructs ONE slice (detector row `row`; < 0: the middle of options.rows) for every centre and writes them as a
// stack, frame i labelled with centres[i] (metadata "center_<i>" and a provenance line; a folder output gets one file
// per centre named try_center_<centre with 2 decimals>.tif).
void tryCenters(ReconInput& input, const std::filesystem::path& output, const std::vector<double>& centers,
                const ReconOptions& options, std::int64_t row = -1, const Progress& progress = {});

// "a:b:step" → a, a+step, … ≤ b (+ a tiny tolerance); throws xrs::Error when malformed.
std::vector<double> parseCenterSweep(const std::string& text);

}  // namespace xrs::ct
