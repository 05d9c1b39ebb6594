#include "io/StackWriter.h"

#include <algorithm>
#include <cmath>

#include "core/Error.h"
#include "io/Hdf5.h"
#include "io/Tiff.h"

namespace xrs::io {

namespace fs = std::filesystem;

std::optional<Compression> parseCompression(std::string_view name)
{
    if (name == "none" || name.empty()) return Compression::None;
    if (name == "deflate" || name == "zlib" || name == "zip") return Compression::Deflate;
    if (name == "lzw") return Compression::Lzw;
    return std::nullopt;
}

double convertForOutput(float v, DType dtype, const std::optional<ValueRange>& range) noexcept
{
    if (!dtypeIsInteger(dtype)) return v;
    const double lo = dtypeMin(dtype), hi = dtypeMax(dtype);
    const bool mapped = range && range->max > range->min;
    if (std::isnan(v)) return lo;
    if (dtypeSize(dtype) <= 2) {
        // 8/16-bit output is mapped in float arithmetic (24-bit mantissa: exact to far below one output step), which
        // lets writers run the same operations vectorised at memory speed. Writers must match this bit for bit.
        float x = v;
        if (mapped) x = float(lo) + (x - float(range->min)) * float((hi - lo) / (range->max - range->min));
        return std::nearbyint(std::clamp(x, float(lo), float(hi)));
    }
    // A multiply by the hoisted scale: writers compute (hi − lo)/(max − min) once and match bit for bit.
    double x = v;
    if (mapped) x = lo + (x - range->min) * ((hi - lo) / (range->max - range->min));
    return std::clamp(std::nearbyint(x), lo, hi);
}

namespace {
std::string lowerExtension(const fs::path& p)
{
    std::string e = p.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return e;
}
}  // namespace

std::unique_ptr<StackWriter> openWriter(const fs::path& path, const StackInfo& info, const WriteOptions& opts)
{
    const std::string s = path.string();
    std::error_code ec;
    if ((!s.empty() && s.back() == '/') || fs::is_directory(path, ec)) {
        fs::create_directories(path, ec);
        if (ec) throw Error(path, {}, "could not create the output folder: " + ec.message());
        return openTiffSeriesWriter(path, info, opts);
    }
    const std::string ext = lowerExtension(path);
    if (ext == ".tif" || ext == ".tiff") return openTiffWriter(path, info, opts);
    if (ext == ".h5" || ext == ".hdf5" || ext == ".hdf" || ext == ".nxs") return openHdf5Writer(path, info, opts);
    throw Error(path, {}, "unknown output format '" + ext + "' (use .tif, .tiff, .h5, .hdf5 or a folder ending in /)");
}

void writeStack(const fs::path& path, const ImageStack& stack, const WriteOptions& opts, const Progress& progress)
{
    auto writer = openWriter(path, stack.info(), opts);
    // Chunks of frames keep the progress fine-grained and let a stop request through.
    const std::int64_t n = stack.frames();
    const std::int64_t step = std::max<std::int64_t>(1, n / 100);
    for (std::int64_t f = 0; f < n; f += step) {
        progress.throwIfStopped();
        writer->append(stack.frameRange({f, std::min(n, f + step)}));
        progress.report(double(std::min(n, f + step)) / double(n), "writing " + path.filename().string());
    }
    writer->commit();
}

}  // namespace xrs::io
