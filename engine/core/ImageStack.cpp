#include "core/ImageStack.h"

#include <sys/mman.h>

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <string>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "core/Error.h"

namespace xrs {

std::string_view dtypeName(DType t) noexcept
{
    switch (t) {
    case DType::UInt8: return "uint8";
    case DType::UInt16: return "uint16";
    case DType::UInt32: return "uint32";
    case DType::Int8: return "int8";
    case DType::Int16: return "int16";
    case DType::Int32: return "int32";
    case DType::Float32: return "float32";
    case DType::Float64: return "float64";
    }
    return "?";
}

std::optional<DType> parseDType(std::string_view n)
{
    struct Alias { std::string_view name; DType type; };
    static constexpr Alias aliases[] = {
        {"uint8", DType::UInt8},     {"u8", DType::UInt8},     {"8", DType::UInt8},
        {"uint16", DType::UInt16},   {"u16", DType::UInt16},   {"16", DType::UInt16},
        {"uint32", DType::UInt32},   {"u32", DType::UInt32},   {"int8", DType::Int8},
        {"i8", DType::Int8},         {"int16", DType::Int16},  {"i16", DType::Int16},
        {"int32", DType::Int32},     {"i32", DType::Int32},    {"float32", DType::Float32},
        {"f32", DType::Float32},     {"float", DType::Float32}, {"32", DType::Float32},
        {"float64", DType::Float64}, {"f64", DType::Float64},  {"double", DType::Float64},
    };
    for (const auto& a : aliases)
        if (a.name == n) return a.type;
    return std::nullopt;
}

std::size_t dtypeSize(DType t) noexcept
{
    switch (t) {
    case DType::UInt8:
    case DType::Int8: return 1;
    case DType::UInt16:
    case DType::Int16: return 2;
    case DType::UInt32:
    case DType::Int32:
    case DType::Float32: return 4;
    case DType::Float64: return 8;
    }
    return 0;
}

bool dtypeIsInteger(DType t) noexcept { return t != DType::Float32 && t != DType::Float64; }

double dtypeMin(DType t) noexcept
{
    switch (t) {
    case DType::UInt8:
    case DType::UInt16:
    case DType::UInt32: return 0.0;
    case DType::Int8: return -128.0;
    case DType::Int16: return -32768.0;
    case DType::Int32: return -2147483648.0;
    case DType::Float32: return -std::numeric_limits<float>::max();
    case DType::Float64: return -std::numeric_limits<double>::max();
    }
    return 0.0;
}

double dtypeMax(DType t) noexcept
{
    switch (t) {
    case DType::UInt8: return 255.0;
    case DType::UInt16: return 65535.0;
    case DType::UInt32: return 4294967295.0;
    case DType::Int8: return 127.0;
    case DType::Int16: return 32767.0;
    case DType::Int32: return 2147483647.0;
    case DType::Float32: return std::numeric_limits<float>::max();
    case DType::Float64: return std::numeric_limits<double>::max();
    }
    return 0.0;
}

Range Range::resolved(std::int64_t n, std::string_view what) const
{
    Range r{begin, end < 0 ? n : end};
    if (r.begin < 0 || r.begin > r.end || r.end > n)
        throw Error({}, std::string(what),
                    "range " + std::to_string(begin) + ":" + (end < 0 ? std::string() : std::to_string(end)) +
                        " is outside 0:" + std::to_string(n));
    return r;
}

Range Range::parse(std::string_view text)
{
    const auto colon = text.find(':');
    if (colon == std::string_view::npos) throw Error({}, {}, "range '" + std::string(text) + "' must look like a:b");
    auto number = [&](std::string_view s, std::int64_t fallback) {
        if (s.empty()) return fallback;
        std::int64_t v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || p != s.data() + s.size())
            throw Error({}, {}, "range '" + std::string(text) + "': '" + std::string(s) + "' is not a whole number");
        return v;
    };
    return {number(text.substr(0, colon), 0), number(text.substr(colon + 1), -1)};
}

ValueRange ValueRange::parse(std::string_view text, std::string_view what)
{
    const std::string t(text), w(what);
    const auto colon = t.find(':');
    if (colon == std::string::npos) throw Error({}, w, "'" + t + "' must look like MIN:MAX");
    double a = 0, b = 0;
    try {
        std::size_t usedA = 0, usedB = 0;
        a = std::stod(t.substr(0, colon), &usedA);
        b = std::stod(t.substr(colon + 1), &usedB);
        if (usedA != colon || usedB != t.size() - colon - 1) throw std::invalid_argument("trailing characters");
    } catch (const std::logic_error&) {
        throw Error({}, w, "'" + t + "' must be two numbers MIN:MAX");
    }
    if (!(b > a)) throw Error({}, w, "MAX must be larger than MIN in '" + t + "'");
    return {a, b};
}

std::string Shape::str() const
{
    return std::to_string(frames) + "×" + std::to_string(rows) + "×" + std::to_string(cols);
}

namespace {
// Large buffers come straight from mmap (calloc skips the memset for them) and ask for transparent huge pages, so
// first touch costs one fault per 2 MiB instead of per 4 KiB.
std::shared_ptr<float[]> allocateValues(std::int64_t count, bool zero)
{
    const std::size_t n = std::size_t(std::max<std::int64_t>(count, 1));
    void* p = zero ? std::calloc(n, sizeof(float)) : std::malloc(n * sizeof(float));
    if (!p) throw Error("out of memory: " + std::to_string(n * sizeof(float) >> 20) + " MiB for an image stack");
    constexpr std::uintptr_t huge = std::uintptr_t(2) << 20;
    if (n * sizeof(float) >= 4 * huge) {
        const std::uintptr_t b = (std::uintptr_t(p) + huge - 1) & ~(huge - 1);
        const std::uintptr_t e = (std::uintptr_t(p) + n * sizeof(float)) & ~(huge - 1);
        if (e > b) ::madvise(reinterpret_cast<void*>(b), e - b, MADV_HUGEPAGE);
    }
    return {static_cast<float*>(p), [](float* q) { std::free(q); }};
}
}  // namespace

ImageStack::ImageStack(Shape shape) : ImageStack(shape, true) {}

ImageStack ImageStack::uninitialized(Shape shape) { return ImageStack(shape, false); }

ImageStack::ImageStack(Shape shape, bool zero)
{
    if (shape.frames < 0 || shape.rows < 0 || shape.cols < 0) throw Error("negative stack shape " + shape.str());
    m_info.shape = shape;
    m_storage = allocateValues(shape.count(), zero);
    m_base = m_storage.get();
    m_rowStride = shape.cols;
    m_frameStride = shape.rows * shape.cols;
}

bool ImageStack::contiguous() const noexcept
{
    return m_rowStride == cols() && (frames() <= 1 || m_frameStride == rows() * cols());
}

std::span<float> ImageStack::values()
{
    if (!contiguous()) throw Error("values() needs a contiguous stack; clone() the view first");
    return {m_base, std::size_t(shape().count())};
}

std::span<const float> ImageStack::values() const
{
    if (!contiguous()) throw Error("values() needs a contiguous stack; clone() the view first");
    return {m_base, std::size_t(shape().count())};
}

ImageStack ImageStack::frameRange(Range fr) const
{
    const Range r = fr.resolved(frames(), "frames");
    ImageStack v = *this;
    v.m_base = m_base ? m_base + r.begin * m_frameStride : nullptr;
    v.m_info.shape.frames = r.size();
    return v;
}

ImageStack ImageStack::rowRange(Range rr) const
{
    const Range r = rr.resolved(rows(), "rows");
    ImageStack v = *this;
    v.m_base = m_base ? m_base + r.begin * m_rowStride : nullptr;
    v.m_info.shape.rows = r.size();
    return v;
}

ImageStack ImageStack::clone() const
{
    ImageStack c(shape());
    c.m_info = m_info;
    for (std::int64_t f = 0; f < frames(); ++f)
        for (std::int64_t r = 0; r < rows(); ++r) std::memcpy(c.row(f, r).data(), row(f, r).data(), sizeof(float) * cols());
    return c;
}

void ImageStack::copyAttributes(const StackInfo& from)
{
    const Shape keep = m_info.shape;
    m_info = from;
    m_info.shape = keep;
}

ValueRange ImageStack::computeRange() const
{
    float lo = std::numeric_limits<float>::infinity(), hi = -lo;
    for (std::int64_t f = 0; f < frames(); ++f)
        for (std::int64_t r = 0; r < rows(); ++r)
            for (float v : row(f, r)) {
                if (std::isnan(v)) continue;
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (lo > hi) return {};
    return {lo, hi};
}

}  // namespace xrs
