#pragma once
// core/Resample: per-frame resizing (nearest, bilinear, bicubic through OpenCV) — the bicubic ×4 baseline of fusion and
// display upscaling both come from here.
#include <cstdint>

#include "core/ImageStack.h"

namespace xrs {

enum class Interpolation { Nearest, Linear, Bicubic };

ImageStack resizeFrames(const ImageStack& stack, std::int64_t rows, std::int64_t cols, Interpolation how);

}  // namespace xrs
