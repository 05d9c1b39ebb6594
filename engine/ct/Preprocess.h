#pragma once
// ct/Preprocess: the projection preprocessing of the CT engine on raw counts (angles, rows, cols): flat/dark
// normalisation to −log line integrals (FlatField), zinger removal against a median filter, and detector binning.
// Everything works on a slab of detector rows, so the streamed pipeline can call it per chunk of rows: FlatField
// reduces the flat and dark stacks once (mean or median per pixel) and is then applied to any row range.
#include <cstdint>
#include <memory>

#include "core/ImageStack.h"
#include "core/Progress.h"
#include "io/StackSource.h"

namespace xrs::ct {

enum class Reduction { Mean, Median };

struct FlatFieldOptions {
    Reduction flatReduction = Reduction::Mean;  // median resists an outlier frame (a beam dump, a zinger)
    Reduction darkReduction = Reduction::Mean;
    double minRatio = 1e-6;  // transmissions are clamped to at least this before −log
    bool minusLog = true;    // false: leave the transmission (proj − dark)/(flat − dark)
};

// Reduced flat and dark images of a whole detector, applied to slabs of projections.
// Flats taken before and after the scan are interpolated linearly in time by projection index: projection a of
// `angles` uses (1 − t)·before + t·after with t = a/(angles − 1), which removes a beam intensity that drifts linearly.
// Pixels whose flat does not exceed the dark see no beam: they get transmission 1 (−log 0) rather than a division by
// a non-positive number.
class FlatField {
public:
    // flatsBefore: (n ≥ 1, rows, cols). flatsAfter: empty, or the flats taken after the scan (same rows, cols).
    // darks: empty (no dark current) or (m, rows, cols). angles: number of projections of the whole scan (for the
    // interpolation in time). Throws xrs::Error on mismatched shapes.
    FlatField(const ImageStack& flatsBefore, const ImageStack& flatsAfter, const ImageStack& darks, std::int64_t angles,
              const FlatFieldOptions& options = {});
    FlatField(const ImageStack& flats, const ImageStack& darks, std::int64_t angles,
              const FlatFieldOptions& options = {})
        : FlatField(flats, ImageStack{}, darks, angles, options)
    {
    }

    // Normalises in place a slab of projections (slabAngles, slabRows, cols) holding detector rows
    // [rowOffset, rowOffset + slabRows) of projections [angleOffset, angleOffset + slabAngles). Rows run in parallel
    // on ThreadPool::global(). Throws xrs::Error when the slab does not fit the detector, xrs::Cancelled on stop.
    void apply(ImageStack& slab, std::int64_t rowOffset = 0, std::int64_t angleOffset = 0,
               const Progress& progress = {}) const;
    // A normalised copy of the whole projection stack.
    ImageStack applied(const ImageStack& projections, const Progress& progress = {}) const;

    std::int64_t rows() const noexcept { return m_before.rows(); }
    std::int64_t cols() const noexcept { return m_before.cols(); }
    std::int64_t angles() const noexcept { return m_angles; }
    bool hasAfter() const noexcept { return !m_after.empty(); }
    // The reduced images (1, rows, cols); flatAfter() is empty without flats after the scan.
    const ImageStack& flatBefore() const noexcept { return m_before; }
    const ImageStack& flatAfter() const noexcept { return m_after; }
    const ImageStack& dark() const noexcept { return m_dark; }

private:
    ImageStack m_before, m_after, m_dark;
    std::int64_t m_angles = 1;
    FlatFieldOptions m_options;
};

// Per-pixel mean or median over the frames of a stack: (1, rows, cols).
// The median of an even count is the mean of the middle two.
ImageStack reduceFrames(const ImageStack& stack, Reduction reduction);

struct ZingerOptions {
    int size = 3;            // odd median window, size × size within each projection
    double threshold = 0.1;  // allowed deviation from the median
    bool relative = true;    // threshold relative to |median| (raw counts); false: absolute (−log data)
};

// Replaces every value deviating from its size × size median (edges replicated) by more than the threshold with that
// median, in each frame of (angles, rows, cols) independently; frames run in parallel. Returns the count replaced.
// On row slabs the median at the slab's first and last rows sees replicated edges, not the neighbouring slab.
std::int64_t removeZingers(ImageStack& projections, const ZingerOptions& options = {}, const Progress& progress = {});

// Detector binning: the mean over factor × factor blocks of rows and cols (factor ≥ 1; 2 and 4 for quick looks).
// Rows or cols left over at the end (odd widths) are dropped, so the binned pixel grid stays regular.
ImageStack binDetector(const ImageStack& projections, int factor, const Progress& progress = {});

// A source that bins factor × factor on every read (binDetector of the factor× larger slab underneath): rows and
// shape are binned rows/cols, spacing is factor× larger. factor 1 returns `source` unchanged.
std::unique_ptr<io::StackSource> binnedSource(std::unique_ptr<io::StackSource> source, int factor);

}  // namespace xrs::ct
