#pragma once
// ct/RingRemoval: stripe (ring-artefact) removal on sinograms after Vo, Atwood & Drakopoulos, Opt. Express 26:28396
// (2018), and the parsing of the CLI spec `none|sort:N|filter:S|large:N|all`.
// Sinograms are float32, already −log normalised, one frame of angles × cols. Stripes are offsets (and gains) that are
// constant along the angle axis of one detector column; the methods below work in −log space, so the large-stripe
// normalisation is additive (a column's excess over its neighbours is subtracted) rather than the paper's ratio,
// which is unstable where the −log values approach zero (air).
#include <optional>
#include <string>
#include <string_view>

#include "core/ImageStack.h"
#include "core/Progress.h"

namespace xrs::ct {

// Algorithm 3 (sorting): sort every detector column along the angles, median-filter each sorted row along the
// detector with an odd window `size`, un-sort.
void removeStripesSorting(ImageStack& sinogram, int size = 21);

// Algorithm 2 (filtering): sort every column, split it into the low frequencies along the angle axis (a Gaussian
// window of `sigma` frequency bins in Fourier space; stripes live there) and the rest; median-filter the low part
// along the detector with window `size` and add the high part back; un-sort.
void removeStripesFiltering(ImageStack& sinogram, double sigma = 3.0, int size = 21);

// Algorithm 5 (large stripes): sort the columns, compare each column's mean (over the middle 90 % of the sorted
// values) with the median-filtered (window `size`) mean profile; columns whose deviation stands out by more than
// `snr` of the noise level are corrected: offset removed, then replaced by the sorted-and-median-filtered values.
void removeStripesLarge(ImageStack& sinogram, double snr = 3.0, int size = 51);

struct RingSpec {
    enum class Method { None, Sort, Filter, Large, All };
    Method method = Method::None;
    double value = 0;  // window size (sort, large) or sigma (filter); 0 for none and all
    std::string str() const;  // back to the CLI syntax
};

// Parses "none", "sort:N" (odd N >= 3), "filter:S" (S > 0), "large:N" (odd N >= 3), "all"; nullopt when invalid.
std::optional<RingSpec> parseRingSpec(std::string_view text);

// Applies the spec to every frame of a stack of sinograms (frames, angles, cols). "all" = large:61 then sort:21.
void removeStripes(ImageStack& sinograms, const RingSpec& spec, const Progress& progress = {});

}  // namespace xrs::ct
