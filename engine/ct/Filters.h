#pragma once
// ct/Filters: the filters of filtered backprojection, defined as exact discrete spatial kernels h(i) on the detector
// grid (Kak & Slaney, ch. 3) or as Ram-Lak's discrete response times a window, and their application to every
// detector row by FFT (cv::dft) with edge padding to at least twice the width.
//
// Units: detector pixels. With these kernels, backprojecting Σ_angles (p ∗ h) · π / Nθ of line integrals in pixel
// units gives attenuation per pixel. Responses are indexed like an FFT: bin k of a padded length P is the frequency
// f = k/P (k ≤ P/2) or (k − P)/P cycles per pixel; Ram-Lak's response is ≈ |f| and every filter has zero DC.
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/ImageStack.h"
#include "core/Progress.h"

namespace xrs::ct {

enum class FilterType { RamLak, SheppLogan, Chesler, Cosine, Hamming, Hann, Parzen };

// "ramlak" | "ram-lak" | "ramp" | "shepp-logan" | "chesler" | "cosine" | "hamming" | "hann" | "parzen"
// (case-insensitive); throws xrs::Error naming the accepted names otherwise.
FilterType parseFilter(std::string_view name);
std::string_view filterName(FilterType type) noexcept;

// The spatial kernel h(i) for i = −halfWidth … halfWidth (index i + halfWidth). For the windowed filters (Cosine,
// Hamming, Hann, Parzen) this is the Ram-Lak kernel; their window is applied in frequency (see filterResponse).
std::vector<double> filterKernel(FilterType type, std::int64_t halfWidth);

// Padded FFT length used for a detector of `cols` pixels: the next fast cv::dft size ≥ 2·cols.
std::int64_t paddedLength(std::int64_t cols);

// The real, even frequency response on `padded` bins: the DFT of the kernel wrapped circularly on the padded length
// (i in [−padded/2, padded/2)), times the window for the windowed filters.
std::vector<double> filterResponse(FilterType type, std::int64_t padded);

// Filters every detector row of a (frames, rows, cols) stack; the rows are edge-padded (the first and last values
// repeated) to paddedLength(cols) so a truncated field of view does not ring at the borders. Returns a new
// contiguous stack of the same shape. Checks the stop token between frames.
ImageStack filterSinogram(const ImageStack& projections, FilterType type, const Progress& progress = {});

}  // namespace xrs::ct
