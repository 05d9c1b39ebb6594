// io/Tiff: TIFF reading and writing through libtiff.
// Owns: turning libtiff's messages into xrs::Error reasons; header validation against the file size (so damaged files
// fail cleanly before anything large is allocated); the StackSource for single files, multi-page stacks and folders of
// files (row-range reads of strips and tiles, pread for uncompressed strips); ImageJ metadata in both directions; the
// streaming multi-page writer and the one-file-per-frame series writer (both through AtomicFile).
#include "io/Tiff.h"

#include <tiffio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include <xrs/Version.h>

#include "core/Error.h"
#include "io/AtomicFile.h"

namespace xrs::io {

namespace fs = std::filesystem;

namespace {

// ---- limits --------------------------------------------------------------------------------------------------------

constexpr std::uint64_t kMiB = 1024 * 1024;
// A strip or tile we decode in one piece: larger ones are damage (or a file we cannot read piecewise).
constexpr std::uint64_t kMaxChunkBytes = 1024 * kMiB;
// Strips/tiles per page; far beyond real files, low enough that a forged count cannot stall the header scan.
constexpr std::uint64_t kMaxChunksPerPage = 1u << 22;
// No codec libtiff ships compresses real pixel data better than this; claims beyond it come from damaged headers.
constexpr std::uint64_t kMaxCompressionRatio = 1u << 17;
// ImageJ stacks without an IFD per page: more images than this is a damaged description.
constexpr std::uint64_t kMaxVirtualPages = 10'000'000;
// libtiff's own largest single allocation (strip tables, raw strip buffers).
constexpr tmsize_t kLibtiffMaxAlloc = tmsize_t(512 * kMiB);
// Writer: aim for strips of this size (small enough for row-range reads, large enough for throughput).
constexpr std::uint64_t kTargetStripBytes = 256 * 1024;
// Writer: convert this much output at a time (bounds the buffer), with up to this many threads, each doing at least
// this many samples (thread start-up must stay negligible).
constexpr std::uint64_t kConvertBlockBytes = 32 * kMiB;
constexpr std::uint64_t kMaxConvertThreads = 8;
constexpr std::uint64_t kSamplesPerThread = 1u << 19;
// Above this many uncompressed bytes a classic TIFF could overflow its 32-bit offsets.
constexpr double kBigTiffThreshold = 3.9e9;

std::string pageLocation(std::uint64_t index)
{
    return "page " + std::to_string(index + 1);
}

std::string formatBytes(std::uint64_t bytes)
{
    char buf[64];
    if (bytes >= 1000 * kMiB)
        std::snprintf(buf, sizeof buf, "%.1f GB", double(bytes) / 1e9);
    else if (bytes >= kMiB)
        std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / 1e6);
    else
        std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
    return buf;
}

std::string formatNumber(double v)
{
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

std::optional<double> parseNumber(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

// ---- libtiff messages ----------------------------------------------------------------------------------------------
// libtiff reports through handlers instead of return values. Each handle gets its own log (per-handle handlers of
// libtiff >= 4.5, so threads never share state); the process-wide handlers only catch messages that arrive without a
// handle and keep them per thread, so nothing reaches stderr.

std::string formatMessage(const char* module, const char* fmt, va_list ap)
{
    char buf[1024];
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    std::string text = buf;
    if (module && *module && text.rfind(module, 0) != 0) text = std::string(module) + ": " + text;
    return text;
}

thread_local std::string t_unattachedError;

void unattachedError(const char* module, const char* fmt, va_list ap)
{
    t_unattachedError = formatMessage(module, fmt, ap);
}
void unattachedWarning(const char*, const char*, va_list) {}

void installGlobalHandlers()
{
    static std::once_flag once;
    std::call_once(once, [] {
        TIFFSetErrorHandler(unattachedError);
        TIFFSetWarningHandler(unattachedWarning);
    });
}

struct TiffLog {
    std::vector<std::string> errors;
};

int logError(TIFF*, void* user, const char* module, const char* fmt, va_list ap)
{
    auto* log = static_cast<TiffLog*>(user);
    if (log->errors.size() < 8) log->errors.push_back(formatMessage(module, fmt, ap));
    return 1;  // handled: the global handlers stay silent
}

int logWarning(TIFF*, void*, const char*, const char*, va_list)
{
    return 1;
}

struct TiffCloser {
    void operator()(TIFF* tif) const noexcept { TIFFClose(tif); }
};
struct OptionsDeleter {
    void operator()(TIFFOpenOptions* o) const noexcept { TIFFOpenOptionsFree(o); }
};

// An open TIFF* with its message log. The log lives on the heap so its address (libtiff's user data) survives moves;
// it is declared first so it outlives the handle while TIFFClose may still report.
class TiffHandle {
public:
    TiffHandle() = default;
    // display: the name used in errors (the target when writing to a temporary file).
    TiffHandle(const fs::path& path, const fs::path& display, const char* mode) : m_path(path), m_display(display)
    {
        installGlobalHandlers();
        std::unique_ptr<TIFFOpenOptions, OptionsDeleter> opts(TIFFOpenOptionsAlloc());
        if (!opts) throw Error(display, {}, "out of memory");
        TIFFOpenOptionsSetErrorHandlerExtR(opts.get(), logError, m_log.get());
        TIFFOpenOptionsSetWarningHandlerExtR(opts.get(), logWarning, nullptr);
        TIFFOpenOptionsSetMaxSingleMemAlloc(opts.get(), kLibtiffMaxAlloc);
        t_unattachedError.clear();
        m_tif.reset(TIFFOpenExt(path.c_str(), mode, opts.get()));
        if (!m_tif) {
            const bool writing = mode[0] == 'w';
            throw Error(display, {}, reason(writing ? "could not create the file" : "not a readable TIFF file"));
        }
    }

    TIFF* get() const noexcept { return m_tif.get(); }
    explicit operator bool() const noexcept { return bool(m_tif); }
    const fs::path& display() const noexcept { return m_display; }

    // libtiff's first complaint since clear() (without the file name, which xrs::Error adds), else fallback.
    std::string reason(std::string_view fallback) const
    {
        std::string text;
        if (!m_log->errors.empty())
            text = m_log->errors.front();
        else if (!t_unattachedError.empty())
            text = std::exchange(t_unattachedError, {});
        if (text.empty()) return std::string(fallback);
        for (const std::string& name : {m_display.string(), m_path.string()}) {
            if (name.empty()) continue;
            for (std::size_t p; (p = text.find(name + ": ")) != std::string::npos;) text.erase(p, name.size() + 2);
            for (std::size_t p; (p = text.find(name)) != std::string::npos;) text.replace(p, name.size(), "the file");
        }
        return fallback.empty() ? text : std::string(fallback) + " (" + text + ")";
    }
    bool failed() const noexcept { return !m_log->errors.empty(); }
    void clear() noexcept { m_log->errors.clear(); }
    // Closes now (flushing) and says whether libtiff complained.
    bool close()
    {
        m_tif.reset();
        return m_log->errors.empty();
    }

private:
    fs::path m_path;
    fs::path m_display;
    std::unique_ptr<TiffLog> m_log = std::make_unique<TiffLog>();
    std::unique_ptr<TIFF, TiffCloser> m_tif;
};

// ---- sample conversion ---------------------------------------------------------------------------------------------
// The per-pixel loops are written so the compiler vectorises them; on x86-64 they also get an AVX2 clone chosen at
// load time (the baseline target has only 2 doubles per vector).

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define XRS_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define XRS_VECTOR_CLONES
#endif

template <class T>
T byteSwapped(T v) noexcept
{
    if constexpr (sizeof(T) == 1) {
        return v;
    } else {
        unsigned char b[sizeof(T)];
        std::memcpy(b, &v, sizeof(T));
        std::reverse(b, b + sizeof(T));
        std::memcpy(&v, b, sizeof(T));
        return v;
    }
}

template <class T, bool Swap>
[[gnu::always_inline]] inline void samplesToFloat(const std::byte* src, float* dst, std::size_t n) noexcept
{
    for (std::size_t i = 0; i < n; ++i) {
        T v;
        std::memcpy(&v, src + i * sizeof(T), sizeof(T));
        if constexpr (Swap) v = byteSwapped(v);
        dst[i] = static_cast<float>(v);
    }
}

template <bool Swap>
[[gnu::always_inline]] inline void toFloatImpl(DType type, const std::byte* src, float* dst, std::size_t n) noexcept
{
    switch (type) {
        case DType::UInt8:
            return samplesToFloat<std::uint8_t, Swap>(src, dst, n);
        case DType::UInt16:
            return samplesToFloat<std::uint16_t, Swap>(src, dst, n);
        case DType::UInt32:
            return samplesToFloat<std::uint32_t, Swap>(src, dst, n);
        case DType::Int8:
            return samplesToFloat<std::int8_t, Swap>(src, dst, n);
        case DType::Int16:
            return samplesToFloat<std::int16_t, Swap>(src, dst, n);
        case DType::Int32:
            return samplesToFloat<std::int32_t, Swap>(src, dst, n);
        case DType::Float32:
            return samplesToFloat<float, Swap>(src, dst, n);
        case DType::Float64:
            return samplesToFloat<double, Swap>(src, dst, n);
    }
}

XRS_VECTOR_CLONES
void toFloat(DType type, bool swap, const std::byte* src, float* dst, std::size_t n) noexcept
{
    if (swap)
        toFloatImpl<true>(type, src, dst, n);
    else
        toFloatImpl<false>(type, src, dst, n);
}

// Integer output: the same arithmetic as convertForOutput() (identical results, checked by the tests), written as a
// branch-free loop with the per-call constants hoisted so the compiler vectorises it; it runs once per pixel.
struct IntegerMapping {
    IntegerMapping(DType type, const std::optional<ValueRange>& range)
        : lo(dtypeMin(type)),
          hi(dtypeMax(type)),
          mapped(range && range->max > range->min),
          rangeMin(range ? range->min : 0.0),
          rangeSpan(range ? range->max - range->min : 1.0),
          scale((hi - lo) / rangeSpan)
    {
    }
    double lo, hi;
    bool mapped;
    double rangeMin, rangeSpan, scale;
};

template <class T, bool Mapped>
[[gnu::always_inline]] inline void floatsToIntegers(std::span<const float> src, std::byte* dst,
                                                    const IntegerMapping& m) noexcept
{
    if constexpr (sizeof(T) <= 2) {
        // 8/16-bit output works in float, as convertForOutput() does: the bounds are exact floats, and adding and
        // subtracting 1.5 * 2^23 rounds any |x| < 2^22 half to even like nearbyint().
        constexpr float kMagic = 12582912.0f;
        const float lo = float(m.lo), hi = float(m.hi), rangeMin = float(m.rangeMin), scale = float(m.scale);
        for (std::size_t i = 0; i < src.size(); ++i) {
            float x = src[i];
            const bool nan = x != x;
            if constexpr (Mapped) x = lo + (x - rangeMin) * scale;
            x = x < lo ? lo : x;
            x = x > hi ? hi : x;
            x = nan ? lo : x;
            x = (x + kMagic) - kMagic;
            const T v = T(std::int32_t(x));
            std::memcpy(dst + i * sizeof(T), &v, sizeof(T));
        }
    } else {
        // Adding and subtracting 1.5 * 2^52 rounds half to even, like nearbyint() in the default rounding mode (valid
        // for |x| < 2^51, true after clamping to any 32-bit range).
        constexpr double kMagic = 6755399441055744.0;
        const double lo = m.lo, hi = m.hi, rangeMin = m.rangeMin, scale = m.scale;
        for (std::size_t i = 0; i < src.size(); ++i) {
            double x = src[i];
            const bool nan = x != x;
            if constexpr (Mapped) x = lo + (x - rangeMin) * scale;
            x = x < lo ? lo : x;
            x = x > hi ? hi : x;
            x = nan ? lo : x;
            x = (x + kMagic) - kMagic;
            T v;
            if constexpr (std::is_same_v<T, std::uint32_t>)
                v = T(std::int64_t(x));
            else
                v = T(std::int32_t(x));
            std::memcpy(dst + i * sizeof(T), &v, sizeof(T));
        }
    }
}

template <class T>
[[gnu::always_inline]] inline void floatsToSamples(std::span<const float> src, std::byte* dst,
                                                   const IntegerMapping& m) noexcept
{
    if (m.mapped)
        floatsToIntegers<T, true>(src, dst, m);
    else
        floatsToIntegers<T, false>(src, dst, m);
}

XRS_VECTOR_CLONES
void fromFloat(DType type, std::span<const float> src, std::byte* dst, const IntegerMapping& map) noexcept
{
    switch (type) {
        case DType::UInt8:
            return floatsToSamples<std::uint8_t>(src, dst, map);
        case DType::UInt16:
            return floatsToSamples<std::uint16_t>(src, dst, map);
        case DType::UInt32:
            return floatsToSamples<std::uint32_t>(src, dst, map);
        case DType::Int8:
            return floatsToSamples<std::int8_t>(src, dst, map);
        case DType::Int16:
            return floatsToSamples<std::int16_t>(src, dst, map);
        case DType::Int32:
            return floatsToSamples<std::int32_t>(src, dst, map);
        case DType::Float32:
            std::memcpy(dst, src.data(), src.size_bytes());
            return;
        case DType::Float64:
            for (std::size_t i = 0; i < src.size(); ++i) {
                const double v = src[i];
                std::memcpy(dst + i * sizeof v, &v, sizeof v);
            }
            return;
    }
}

std::optional<DType> dtypeOf(unsigned bits, unsigned format)
{
    switch (format) {
        case SAMPLEFORMAT_UINT:
        case SAMPLEFORMAT_VOID:
            if (bits == 8) return DType::UInt8;
            if (bits == 16) return DType::UInt16;
            if (bits == 32) return DType::UInt32;
            break;
        case SAMPLEFORMAT_INT:
            if (bits == 8) return DType::Int8;
            if (bits == 16) return DType::Int16;
            if (bits == 32) return DType::Int32;
            break;
        case SAMPLEFORMAT_IEEEFP:
            if (bits == 32) return DType::Float32;
            if (bits == 64) return DType::Float64;
            break;
        default:
            break;
    }
    return std::nullopt;
}

std::string sampleFormatName(unsigned bits, unsigned format)
{
    switch (format) {
        case SAMPLEFORMAT_UINT:
        case SAMPLEFORMAT_VOID:
            return std::to_string(bits) + "-bit unsigned integer";
        case SAMPLEFORMAT_INT:
            return std::to_string(bits) + "-bit signed integer";
        case SAMPLEFORMAT_IEEEFP:
            return std::to_string(bits) + "-bit floating point";
        case SAMPLEFORMAT_COMPLEXINT:
            return std::to_string(bits) + "-bit complex integer";
        case SAMPLEFORMAT_COMPLEXIEEEFP:
            return std::to_string(bits) + "-bit complex floating point";
        default:
            return std::to_string(bits) + "-bit (sample format " + std::to_string(format) + ")";
    }
}

// ---- ImageJ metadata -----------------------------------------------------------------------------------------------

struct ImageJMeta {
    bool present = false;
    std::optional<std::int64_t> images;
    std::optional<double> spacing, min, max;
    std::string unit;
    std::vector<std::string> provenance;
};

// "um" for every spelling of micrometre (ImageJ writes "micron"; µ may arrive as UTF-8, Latin-1 or "\u00B5").
std::string normalizeUnit(std::string unit)
{
    const std::string l = lower(unit);
    if (l == "micron" || l == "microns" || l == "um" || l == "\xC2\xB5m" || l == "\xCE\xBCm" || l == "\xB5m" ||
        l == "\\u00b5m" || l == "micrometer" || l == "micrometre")
        return "um";
    if (l == "pixel" || l == "pixels" || l == "px" || l == " ") return {};
    return unit;
}

// The unit as ImageJ writes it: micrometres as "micron" (its own convention), nothing that breaks a line.
std::string imagejUnit(const std::string& unit)
{
    if (normalizeUnit(unit) == "um") return "micron";
    std::string u = unit;
    std::replace_if(
        u.begin(), u.end(), [](char c) { return c == '\n' || c == '\r' || c == '='; }, ' ');
    return u;
}

// Provenance travels as one description line holding a JSON array of strings (any text survives the round trip).
std::string jsonStringArray(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (const std::string& item : items) {
        out += out.size() > 1 ? ", \"" : "\"";
        for (unsigned char c : item) {
            switch (c) {
                case '"':
                    out += "\\\"";
                    break;
                case '\\':
                    out += "\\\\";
                    break;
                case '\n':
                    out += "\\n";
                    break;
                case '\r':
                    out += "\\r";
                    break;
                case '\t':
                    out += "\\t";
                    break;
                default:
                    if (c < 0x20) {
                        char buf[8];
                        std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
                        out += buf;
                    } else {
                        out += char(c);
                    }
            }
        }
        out += '"';
    }
    return out + "]";
}

// Parses what jsonStringArray() writes; nullopt for anything else.
std::optional<std::vector<std::string>> parseJsonStringArray(std::string_view s)
{
    std::vector<std::string> items;
    std::size_t i = 0;
    auto skipSpace = [&] {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
    };
    skipSpace();
    if (i >= s.size() || s[i++] != '[') return std::nullopt;
    skipSpace();
    if (i < s.size() && s[i] == ']') return items;
    while (true) {
        skipSpace();
        if (i >= s.size() || s[i++] != '"') return std::nullopt;
        std::string item;
        while (true) {
            if (i >= s.size()) return std::nullopt;
            const char c = s[i++];
            if (c == '"') break;
            if (c != '\\') {
                item += c;
                continue;
            }
            if (i >= s.size()) return std::nullopt;
            const char e = s[i++];
            if (e == 'n')
                item += '\n';
            else if (e == 'r')
                item += '\r';
            else if (e == 't')
                item += '\t';
            else if (e == 'u') {
                unsigned code = 0;
                if (i + 4 > s.size() ||
                    std::from_chars(s.data() + i, s.data() + i + 4, code, 16).ptr != s.data() + i + 4 || code > 0x7f)
                    return std::nullopt;
                item += char(code);
                i += 4;
            } else
                item += e;
        }
        items.push_back(std::move(item));
        skipSpace();
        if (i >= s.size()) return std::nullopt;
        if (s[i] == ']') return items;
        if (s[i++] != ',') return std::nullopt;
    }
}

ImageJMeta parseImageJ(std::string_view desc)
{
    ImageJMeta m;
    if (desc.rfind("ImageJ=", 0) != 0) return m;
    m.present = true;
    while (!desc.empty()) {
        const std::size_t nl = desc.find('\n');
        std::string_view line = desc.substr(0, nl);
        desc = nl == std::string_view::npos ? std::string_view{} : desc.substr(nl + 1);
        const std::size_t eq = line.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string_view key = line.substr(0, eq), value = line.substr(eq + 1);
        if (key == "images") {
            if (auto v = parseNumber(value); v && *v >= 1 && *v < 1e9) m.images = std::int64_t(*v);
        } else if (key == "spacing") {
            if (auto v = parseNumber(value); v && *v > 0) m.spacing = v;
        } else if (key == "min") {
            m.min = parseNumber(value);
        } else if (key == "max") {
            m.max = parseNumber(value);
        } else if (key == "unit") {
            std::string u(value);
            while (!u.empty() && (u.back() == '\r' || u.back() == ' ')) u.pop_back();
            m.unit = normalizeUnit(u);
        } else if (key == "xrs_provenance") {
            if (auto items = parseJsonStringArray(value)) m.provenance = std::move(*items);
        }
    }
    return m;
}

// ---- reading -------------------------------------------------------------------------------------------------------

// Where one page's pixels are and how to get them.
struct PageLayout {
    std::uint64_t ifdOffset = 0;      // where its IFD is (jumping there directly keeps random access O(1))
    std::uint64_t virtualOffset = 0;  // ImageJ pages without an IFD: pixels contiguous at this offset (else 0)
    bool tiled = false;
    bool direct = false;  // uncompressed strips: pread only the requested rows
    std::uint32_t rowsPerStrip = 0;
    std::uint32_t tileWidth = 0, tileHeight = 0;
};

struct PageHeader {
    std::int64_t rows = 0, cols = 0;
    DType dtype = DType::UInt8;
    PageLayout layout;
};

bool mulOverflows(std::uint64_t a, std::uint64_t b, std::uint64_t& out)
{
    return __builtin_mul_overflow(a, b, &out);
}

// Validates the current directory against the file size and returns its layout. Throws xrs::Error naming the page.
PageHeader inspectPage(const TiffHandle& h, std::uint64_t pageIndex, std::uint64_t fileSize)
{
    TIFF* tif = h.get();
    const fs::path& file = h.display();
    const std::string loc = pageLocation(pageIndex);
    auto fail = [&](const std::string& reason) { return Error(file, loc, reason); };

    std::uint32_t width = 0, height = 0;
    TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &width);
    TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &height);
    if (width == 0 || height == 0)
        throw fail("the image has no pixels (width " + std::to_string(width) + ", height " + std::to_string(height) +
                   ")");

    std::uint16_t spp = 1, bits = 1, format = SAMPLEFORMAT_UINT, compression = COMPRESSION_NONE;
    std::uint16_t fillOrder = FILLORDER_MSB2LSB;
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLESPERPIXEL, &spp);
    TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &bits);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLEFORMAT, &format);
    TIFFGetFieldDefaulted(tif, TIFFTAG_COMPRESSION, &compression);
    TIFFGetFieldDefaulted(tif, TIFFTAG_FILLORDER, &fillOrder);
    if (spp != 1) throw fail(std::to_string(spp) + " samples per pixel are not supported (only single-channel images)");
    const auto dtype = dtypeOf(bits, format);
    if (!dtype)
        throw fail(sampleFormatName(bits, format) +
                   " samples are not supported (8/16/32-bit integers or 32/64-bit floating point only)");
    if (!TIFFIsCODECConfigured(compression)) {
        const TIFFCodec* codec = TIFFFindCODEC(compression);
        throw fail("compression " + std::to_string(compression) + (codec ? " (" + std::string(codec->name) + ")" : "") +
                   " is not supported");
    }

    const std::uint64_t sampleBytes = dtypeSize(*dtype);
    const std::uint64_t rowBytes = std::uint64_t(width) * sampleBytes;
    std::uint64_t pageBytes = 0;
    if (mulOverflows(rowBytes, height, pageBytes) || pageBytes > (std::uint64_t(1) << 50))
        throw fail("the header claims an absurd image size (" + std::to_string(width) + "×" + std::to_string(height) +
                   ")");
    const bool compressed = compression != COMPRESSION_NONE;
    if (!compressed && pageBytes > fileSize)
        throw fail("the header claims " + std::to_string(width) + "×" + std::to_string(height) + " pixels (" +
                   formatBytes(pageBytes) + ") but the file has only " + formatBytes(fileSize) +
                   " (truncated or damaged)");

    PageHeader page;
    page.rows = height;
    page.cols = width;
    page.dtype = *dtype;
    PageLayout& lay = page.layout;
    lay.ifdOffset = TIFFCurrentDirOffset(tif);
    lay.tiled = TIFFIsTiled(tif);
    std::uint64_t chunks = 0, chunkBytes = 0;
    const char* chunkName = lay.tiled ? "tile" : "strip";
    if (lay.tiled) {
        TIFFGetField(tif, TIFFTAG_TILEWIDTH, &lay.tileWidth);
        TIFFGetField(tif, TIFFTAG_TILELENGTH, &lay.tileHeight);
        if (lay.tileWidth == 0 || lay.tileHeight == 0) throw fail("the tile size is zero");
        std::uint64_t tilePixels = 0;
        if (mulOverflows(lay.tileWidth, lay.tileHeight, tilePixels) ||
            mulOverflows(tilePixels, sampleBytes, chunkBytes) || chunkBytes > kMaxChunkBytes ||
            chunkBytes > std::max<std::uint64_t>(2 * pageBytes, 64 * kMiB))
            throw fail("tiles of " + std::to_string(lay.tileWidth) + "×" + std::to_string(lay.tileHeight) +
                       " pixels are too large");
        chunks = ((std::uint64_t(width) + lay.tileWidth - 1) / lay.tileWidth) *
                 ((std::uint64_t(height) + lay.tileHeight - 1) / lay.tileHeight);
    } else {
        std::uint32_t rps = height;
        TIFFGetFieldDefaulted(tif, TIFFTAG_ROWSPERSTRIP, &rps);
        lay.rowsPerStrip = rps == 0 ? height : std::min(rps, height);
        chunkBytes = std::uint64_t(lay.rowsPerStrip) * rowBytes;
        chunks = (std::uint64_t(height) + lay.rowsPerStrip - 1) / lay.rowsPerStrip;
        lay.direct = !compressed && fillOrder != FILLORDER_LSB2MSB;
        if (!lay.direct && chunkBytes > kMaxChunkBytes)
            throw fail("strips of " + formatBytes(chunkBytes) + " are too large to decode");
    }
    if (chunks > kMaxChunksPerPage) throw fail("the header claims an absurd number of " + std::string(chunkName) + "s");

    std::uint64_t storedBytes = 0;
    for (std::uint32_t i = 0; i < chunks; ++i) {
        int err = 0;
        const std::uint64_t offset = TIFFGetStrileOffsetWithErr(tif, i, &err);
        const std::uint64_t count = err ? 0 : TIFFGetStrileByteCountWithErr(tif, i, &err);
        if (err) throw fail(h.reason("could not read the " + std::string(chunkName) + " table"));
        const std::string which =
            std::string(chunkName) + " " + std::to_string(i + 1) + " of " + std::to_string(chunks);
        if (count == 0) throw fail(which + " has no data");
        if (count > fileSize || offset > fileSize - count)
            throw fail(which + " lies past the end of the file (" + formatBytes(fileSize) + "): truncated or damaged");
        if (!compressed) {
            std::uint64_t need = chunkBytes;
            if (!lay.tiled)
                need = std::uint64_t(
                           std::min<std::uint64_t>(lay.rowsPerStrip, height - std::uint64_t(i) * lay.rowsPerStrip)) *
                       rowBytes;
            if (count < need)
                throw fail(which + " holds " + formatBytes(count) + " but needs " + formatBytes(need) + " (truncated)");
        }
        storedBytes += count;
    }
    if (compressed && pageBytes > 64 * kMiB && pageBytes / kMaxCompressionRatio > storedBytes)
        throw fail("the header claims " + std::to_string(width) + "×" + std::to_string(height) + " pixels (" +
                   formatBytes(pageBytes) + ") but the page holds only " + formatBytes(storedBytes) +
                   " of compressed data (damaged header)");
    return page;
}

// One file of a source: its pages and (while it is the current file) its open handle.
struct TiffPart {
    fs::path path;
    std::int64_t firstFrame = 0;
    std::vector<PageLayout> pages;
    bool bigTiff = false;
};

struct ScannedFile {
    TiffPart part;
    TiffHandle handle;
    std::int64_t rows = 0, cols = 0;
    DType dtype = DType::UInt8;
    ImageJMeta imagej;
    Spacing spacing;
    std::uint64_t fileSize = 0;
};

void readSpacing(TIFF* tif, const ImageJMeta& ij, Spacing& s)
{
    float xres = 0, yres = 0;
    std::uint16_t resUnit = 0;
    // Normal and positive, so that 1/resolution is a finite spacing.
    const bool hasX = TIFFGetField(tif, TIFFTAG_XRESOLUTION, &xres) && std::isnormal(xres) && xres > 0;
    const bool hasY = TIFFGetField(tif, TIFFTAG_YRESOLUTION, &yres) && std::isnormal(yres) && yres > 0;
    const bool hasUnit = TIFFGetField(tif, TIFFTAG_RESOLUTIONUNIT, &resUnit);
    if (hasX) s.x = 1.0 / double(xres);
    if (hasY) s.y = 1.0 / double(yres);
    if (!hasY && hasX) s.y = s.x;
    if (!hasX && hasY) s.x = s.y;
    if (ij.spacing) s.z = *ij.spacing;
    if (!ij.unit.empty())
        s.unit = ij.unit;
    else if ((hasX || hasY) && hasUnit && resUnit == RESUNIT_CENTIMETER)
        s.unit = "cm";
    else if ((hasX || hasY) && hasUnit && resUnit == RESUNIT_INCH)
        s.unit = "inch";
}

std::uint64_t fileSizeOf(const fs::path& file)
{
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        throw Error(file, {}, fs::exists(file, ec) ? "not a regular file" : "no such file");
    const auto size = fs::file_size(file, ec);
    if (ec) throw Error(file, {}, "cannot read the file size: " + ec.message());
    if (size == 0) throw Error(file, {}, "the file is empty");
    return size;
}

// Reads every IFD header of a file (no pixels) and checks that all pages agree.
ScannedFile scanFile(const fs::path& file)
{
    ScannedFile s;
    s.fileSize = fileSizeOf(file);
    // 'm': no memory mapping (a file truncated while mapped would crash us with SIGBUS); 'c': no strip chopping (we
    // read uncompressed strips by row ourselves).
    s.handle = TiffHandle(file, file, "rmc");
    TIFF* tif = s.handle.get();
    s.part.path = file;
    s.part.bigTiff = TIFFIsBigTIFF(tif);

    for (std::uint64_t dirIndex = 0;; ++dirIndex) {
        std::uint32_t subfile = 0;
        TIFFGetField(tif, TIFFTAG_SUBFILETYPE, &subfile);
        // Reduced-resolution copies and masks that follow the first page are not frames of the stack.
        const bool auxiliary = dirIndex > 0 && (subfile & (FILETYPE_REDUCEDIMAGE | FILETYPE_MASK));
        if (!auxiliary) {
            const PageHeader page = inspectPage(s.handle, s.part.pages.size(), s.fileSize);
            if (s.part.pages.empty()) {
                s.rows = page.rows;
                s.cols = page.cols;
                s.dtype = page.dtype;
                char* desc = nullptr;
                if (TIFFGetField(tif, TIFFTAG_IMAGEDESCRIPTION, &desc) && desc) s.imagej = parseImageJ(desc);
                readSpacing(tif, s.imagej, s.spacing);
            } else if (page.rows != s.rows || page.cols != s.cols || page.dtype != s.dtype) {
                throw Error(file, pageLocation(s.part.pages.size()),
                            "the page is " + std::to_string(page.cols) + "×" + std::to_string(page.rows) + " " +
                                std::string(dtypeName(page.dtype)) + " but page 1 is " + std::to_string(s.cols) + "×" +
                                std::to_string(s.rows) + " " + std::string(dtypeName(s.dtype)) +
                                " (all pages of a stack must match)");
            }
            s.part.pages.push_back(page.layout);
        }
        s.handle.clear();
        if (!TIFFReadDirectory(tif)) {
            if (s.handle.failed())
                throw Error(file, pageLocation(s.part.pages.size()), s.handle.reason("cannot read the page header"));
            break;
        }
    }

    // ImageJ writes stacks over 4 GB with one IFD and the other pages contiguous after the first (images=N).
    const std::uint64_t pageBytes = std::uint64_t(s.rows) * std::uint64_t(s.cols) * dtypeSize(s.dtype);
    if (s.imagej.images && *s.imagej.images > 1 && s.part.pages.size() == 1 && s.part.pages[0].direct) {
        TIFFSetSubDirectory(tif, s.part.pages[0].ifdOffset);
        const PageLayout first = s.part.pages[0];
        const std::uint32_t strips = TIFFNumberOfStrips(tif);
        const std::uint64_t base = TIFFGetStrileOffset(tif, 0);
        bool contiguous = true;
        for (std::uint32_t i = 1; i < strips && contiguous; ++i)
            contiguous =
                TIFFGetStrileOffset(tif, i) == TIFFGetStrileOffset(tif, i - 1) + TIFFGetStrileByteCount(tif, i - 1);
        const std::uint64_t n = std::uint64_t(*s.imagej.images);
        if (contiguous) {
            std::uint64_t total = 0;
            if (n > kMaxVirtualPages || mulOverflows(n, pageBytes, total) || base > s.fileSize ||
                total > s.fileSize - base)
                throw Error(file, {},
                            "ImageJ says the stack has " + std::to_string(n) +
                                " images, but the file cannot hold them (truncated or damaged)");
            for (std::uint64_t k = 1; k < n; ++k) {
                PageLayout v = first;
                v.virtualOffset = base + k * pageBytes;
                v.rowsPerStrip = std::uint32_t(s.rows);
                s.part.pages.push_back(v);
            }
        }
    }
    return s;
}

StackInfo infoFrom(const ScannedFile& s, std::int64_t frames, const fs::path& source)
{
    StackInfo info;
    info.shape = {frames, s.rows, s.cols};
    info.sourceType = s.dtype;
    info.spacing = s.spacing;
    if (s.imagej.min && s.imagej.max && *s.imagej.max >= *s.imagej.min)
        info.valueRange = ValueRange{*s.imagej.min, *s.imagej.max};
    info.provenance = s.imagej.provenance;
    info.metadata["source"] = source.string();
    info.metadata["format"] = s.part.bigTiff ? "BigTIFF" : "TIFF";
    return info;
}

// A stack read from one TIFF file or a folder of them (each file one or more pages, frames concatenated).
class TiffSource final : public StackSource {
public:
    TiffSource(std::vector<TiffPart> parts, StackInfo info, std::string description, TiffHandle open,
               std::size_t openPart)
        : m_parts(std::move(parts)),
          m_info(std::move(info)),
          m_description(std::move(description)),
          m_handle(std::move(open)),
          m_openPart(openPart)
    {
    }

    const StackInfo& info() const override { return m_info; }
    std::string describe() const override { return m_description; }

    ImageStack read(Range frames, Range rows, const Progress& progress) override
    {
        Range fr, rr;
        try {
            fr = frames.resolved(m_info.shape.frames, "frames");
            rr = rows.resolved(m_info.shape.rows, "rows");
        } catch (const Error& e) {
            throw Error(m_info.metadata.at("source"), e.location(), e.reason());
        }
        ImageStack out = ImageStack::uninitialized(Shape{fr.size(), rr.size(), m_info.shape.cols});
        out.copyAttributes(m_info);
        for (std::int64_t i = 0; i < fr.size(); ++i) {
            progress.throwIfStopped();
            const std::int64_t frame = fr.begin + i;
            const std::size_t part = partOf(frame);
            readPage(part, std::size_t(frame - m_parts[part].firstFrame), rr, out.data() + i * out.frameStride());
            progress.report(double(i + 1) / double(fr.size()), "reading " + m_parts[part].path.filename().string());
        }
        return out;
    }

private:
    std::size_t partOf(std::int64_t frame) const
    {
        auto it = std::upper_bound(m_parts.begin(), m_parts.end(), frame,
                                   [](std::int64_t f, const TiffPart& p) { return f < p.firstFrame; });
        return std::size_t(it - m_parts.begin()) - 1;
    }

    TiffHandle& handleFor(std::size_t part)
    {
        if (m_openPart != part || !m_handle) {
            m_handle = TiffHandle();  // one open file at a time
            m_handle = TiffHandle(m_parts[part].path, m_parts[part].path, "rmc");
            m_openPart = part;
            m_loadedIfd = 0;
        }
        return m_handle;
    }

    // Rows rr of one page into out (contiguous rows of cols floats).
    void readPage(std::size_t part, std::size_t pageIndex, Range rr, float* out)
    {
        TiffHandle& h = handleFor(part);
        const PageLayout& page = m_parts[part].pages[pageIndex];
        const std::string loc = pageLocation(pageIndex);
        h.clear();
        if (!page.virtualOffset && m_loadedIfd != page.ifdOffset) {
            m_loadedIfd = 0;
            if (!TIFFSetSubDirectory(h.get(), page.ifdOffset))
                throw Error(h.display(), loc, h.reason("cannot read the page header"));
            m_loadedIfd = page.ifdOffset;
        }
        if (rr.size() == 0) return;
        if (page.direct)
            readDirect(h, page, loc, rr, out);
        else if (page.tiled)
            readTiles(h, page, loc, rr, out);
        else
            readStrips(h, page, loc, rr, out);
    }

    std::byte* buffer(std::uint64_t bytes)
    {
        if (m_buffer.size() < bytes) m_buffer.resize(bytes);
        return m_buffer.data();
    }

    // Uncompressed strips: read just the requested rows, merging strips that follow each other in the file.
    void readDirect(TiffHandle& h, const PageLayout& page, const std::string& loc, Range rr, float* out)
    {
        TIFF* tif = h.get();
        const DType type = m_info.sourceType;
        const std::uint64_t cols = std::uint64_t(m_info.shape.cols);
        const std::uint64_t rowBytes = cols * dtypeSize(type);
        const bool swap = TIFFIsByteSwapped(tif);
        const bool inPlace = type == DType::Float32 && !swap;  // bytes are already our floats
        const std::int64_t chunkRows = std::max<std::int64_t>(1, std::int64_t(4 * kMiB / rowBytes));
        const int fd = TIFFFileno(tif);
        auto rowOffset = [&](std::int64_t r) -> std::uint64_t {
            if (page.virtualOffset) return page.virtualOffset + std::uint64_t(r) * rowBytes;
            const std::uint32_t strip = std::uint32_t(r / page.rowsPerStrip);
            return TIFFGetStrileOffset(tif, strip) +
                   std::uint64_t(r - std::int64_t(strip) * page.rowsPerStrip) * rowBytes;
        };
        std::int64_t r = rr.begin;
        while (r < rr.end) {
            // Extend the run while the next row lies right after this one in the file.
            const std::uint64_t start = rowOffset(r);
            std::int64_t n = 1;
            while (r + n < rr.end && n < chunkRows) {
                const std::int64_t next = r + n;
                const bool sameStrip = page.virtualOffset || next % page.rowsPerStrip != 0;
                if (!sameStrip && rowOffset(next) != start + std::uint64_t(n) * rowBytes) break;
                ++n;
            }
            float* dst = out + (r - rr.begin) * std::int64_t(cols);
            std::byte* src = inPlace ? reinterpret_cast<std::byte*>(dst) : buffer(std::uint64_t(n) * rowBytes);
            readAt(fd, h.display(), loc, src, std::uint64_t(n) * rowBytes, start);
            if (!inPlace) toFloat(type, swap, src, dst, std::size_t(n) * cols);
            r += n;
        }
    }

    static void readAt(int fd, const fs::path& file, const std::string& loc, std::byte* dst, std::uint64_t n,
                       std::uint64_t offset)
    {
        while (n > 0) {
            const ssize_t got = ::pread(fd, dst, std::size_t(std::min<std::uint64_t>(n, 1u << 30)), off_t(offset));
            if (got < 0 && errno == EINTR) continue;
            if (got < 0) throw Error(file, loc, std::string("read error: ") + std::strerror(errno));
            if (got == 0) throw Error(file, loc, "the file ends inside the pixel data (truncated)");
            dst += got;
            n -= std::uint64_t(got);
            offset += std::uint64_t(got);
        }
    }

    void readStrips(TiffHandle& h, const PageLayout& page, const std::string& loc, Range rr, float* out)
    {
        TIFF* tif = h.get();
        const DType type = m_info.sourceType;
        const std::int64_t cols = m_info.shape.cols, height = m_info.shape.rows;
        const std::int64_t rowBytes = cols * std::int64_t(dtypeSize(type));
        const std::int64_t rps = page.rowsPerStrip;
        std::byte* buf = buffer(std::uint64_t(rps * rowBytes));
        for (std::int64_t s = rr.begin / rps; s <= (rr.end - 1) / rps; ++s) {
            const std::int64_t first = s * rps, count = std::min(rps, height - first);
            const tmsize_t want = tmsize_t(count * rowBytes);
            const tmsize_t got = TIFFReadEncodedStrip(tif, std::uint32_t(s), buf, want);
            if (got != want)
                throw Error(
                    h.display(), loc,
                    h.reason("cannot decode strip " + std::to_string(s + 1) + (got >= 0 ? " (too short)" : "")));
            for (std::int64_t r = std::max(rr.begin, first); r < std::min(rr.end, first + count); ++r)
                toFloat(type, false, buf + (r - first) * rowBytes, out + (r - rr.begin) * cols, std::size_t(cols));
        }
    }

    void readTiles(TiffHandle& h, const PageLayout& page, const std::string& loc, Range rr, float* out)
    {
        TIFF* tif = h.get();
        const DType type = m_info.sourceType;
        const std::int64_t cols = m_info.shape.cols;
        const std::int64_t sample = std::int64_t(dtypeSize(type));
        const std::int64_t tw = page.tileWidth, th = page.tileHeight;
        const tmsize_t tileBytes = tmsize_t(tw * th * sample);
        std::byte* buf = buffer(std::uint64_t(tileBytes));
        for (std::int64_t ty = rr.begin / th * th; ty < rr.end; ty += th) {
            for (std::int64_t tx = 0; tx < cols; tx += tw) {
                const std::uint32_t tile = TIFFComputeTile(tif, std::uint32_t(tx), std::uint32_t(ty), 0, 0);
                const tmsize_t got = TIFFReadEncodedTile(tif, tile, buf, tileBytes);
                if (got != tileBytes)
                    throw Error(
                        h.display(), loc,
                        h.reason("cannot decode tile " + std::to_string(tile + 1) + (got >= 0 ? " (too short)" : "")));
                const std::int64_t w = std::min(tw, cols - tx);
                for (std::int64_t r = std::max(rr.begin, ty); r < std::min(rr.end, ty + th); ++r)
                    toFloat(type, false, buf + ((r - ty) * tw) * sample, out + (r - rr.begin) * cols + tx,
                            std::size_t(w));
            }
        }
    }

    std::vector<TiffPart> m_parts;
    StackInfo m_info;
    std::string m_description;
    TiffHandle m_handle;
    std::size_t m_openPart = 0;
    std::uint64_t m_loadedIfd = 0;  // IFD libtiff has loaded in m_handle (0: not known)
    std::vector<std::byte> m_buffer;
};

// ---- writing -------------------------------------------------------------------------------------------------------

std::string imagejDescription(const StackInfo& info, const WriteOptions& opts)
{
    std::string d = "ImageJ=1.11a\n";
    const std::int64_t frames = info.shape.frames;
    if (frames > 1) d += "images=" + std::to_string(frames) + "\nslices=" + std::to_string(frames) + "\n";
    if (info.spacing.known()) d += "unit=" + imagejUnit(info.spacing.unit) + "\n";
    if ((frames > 1 || info.spacing.known()) && std::isfinite(info.spacing.z) && info.spacing.z > 0)
        d += "spacing=" + formatNumber(info.spacing.z) + "\n";
    d += "loop=false\n";
    // Display range in stored values: the mapping window for integer output, else the known value range.
    std::optional<ValueRange> shown =
        dtypeIsInteger(opts.dtype) && opts.range && opts.range->max > opts.range->min ? opts.range : info.valueRange;
    if (shown) {
        const double lo =
            dtypeIsInteger(opts.dtype) ? convertForOutput(float(shown->min), opts.dtype, opts.range) : shown->min;
        const double hi =
            dtypeIsInteger(opts.dtype) ? convertForOutput(float(shown->max), opts.dtype, opts.range) : shown->max;
        if (std::isfinite(lo) && std::isfinite(hi)) d += "min=" + formatNumber(lo) + "\nmax=" + formatNumber(hi) + "\n";
    }
    if (!info.provenance.empty()) d += "xrs_provenance=" + jsonStringArray(info.provenance) + "\n";
    return d;
}

double resolutionFor(double spacing)
{
    return std::isfinite(spacing) && spacing > 0 ? 1.0 / spacing : 1.0;
}

class TiffStackWriter final : public StackWriter {
public:
    TiffStackWriter(const fs::path& target, const StackInfo& info, const WriteOptions& opts)
        : m_atomic(target), m_target(target), m_shape(info.shape), m_opts(opts), m_map(opts.dtype, opts.range)
    {
        if (m_shape.frames < 1 || m_shape.rows < 1 || m_shape.cols < 1)
            throw Error(target, {}, "nothing to write: the stack is " + m_shape.str());
        if (m_shape.rows > 0xFFFFFFFFll || m_shape.cols > 0xFFFFFFFFll)
            throw Error(target, {}, "frames of " + m_shape.str() + " are too large for TIFF");
        m_rowBytes = std::uint64_t(m_shape.cols) * dtypeSize(opts.dtype);
        m_rowsPerStrip =
            std::uint32_t(std::clamp<std::uint64_t>(kTargetStripBytes / m_rowBytes, 1, std::uint64_t(m_shape.rows)));
        const double total = double(m_shape.frames) * double(m_shape.rows) * double(m_rowBytes);
        const bool big = opts.bigTiff.value_or(total > kBigTiffThreshold);
        m_description = imagejDescription(info, opts);
        m_software = std::string("X-ray Studio ") + kVersion;
        m_xres = resolutionFor(info.spacing.x);
        m_yres = resolutionFor(info.spacing.y);
        m_tiff = TiffHandle(m_atomic.tempPath(), target, big ? "w8l" : "wl");
        writeHeaders();
    }

    void append(const ImageStack& frames) override
    {
        if (m_done) throw Error(m_target, {}, "append() after commit()");
        if (m_failed) throw Error(m_target, {}, "an earlier write to this file failed");
        if (frames.rows() != m_shape.rows || frames.cols() != m_shape.cols)
            throw Error(m_target, {},
                        "frames of " + std::to_string(frames.cols()) + "×" + std::to_string(frames.rows()) +
                            " do not match the declared " + std::to_string(m_shape.cols) + "×" +
                            std::to_string(m_shape.rows));
        if (m_written + frames.frames() > m_shape.frames)
            throw Error(m_target, {}, "more frames than the " + std::to_string(m_shape.frames) + " declared");
        m_failed = true;  // until this append completes
        for (std::int64_t f = 0; f < frames.frames(); ++f) writeFrame(frames, f);
        m_failed = false;
    }

    void commit() override
    {
        if (m_done) return;
        if (m_failed) throw Error(m_target, {}, "an earlier write to this file failed");
        if (m_written != m_shape.frames)
            throw Error(m_target, {},
                        "only " + std::to_string(m_written) + " of " + std::to_string(m_shape.frames) +
                            " declared frames were written");
        m_tiff.clear();
        const bool flushed = TIFFFlush(m_tiff.get()) == 1;
        if (!flushed || !m_tiff.close()) throw Error(m_target, {}, m_tiff.reason("could not finish the file"));
        m_atomic.commit();
        m_done = true;
    }

private:
    // Tags of page `index` (all pages alike; the first carries the ImageJ description).
    void setPageTags(std::int64_t index)
    {
        TIFF* tif = m_tiff.get();
        const DType type = m_opts.dtype;
        const bool isFloat = !dtypeIsInteger(type);
        const bool isSigned = type == DType::Int8 || type == DType::Int16 || type == DType::Int32;
        TIFFSetField(tif, TIFFTAG_SUBFILETYPE, 0u);
        TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, std::uint32_t(m_shape.cols));
        TIFFSetField(tif, TIFFTAG_IMAGELENGTH, std::uint32_t(m_shape.rows));
        TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, unsigned(8 * dtypeSize(type)));
        TIFFSetField(tif, TIFFTAG_SAMPLEFORMAT,
                     unsigned(isFloat    ? SAMPLEFORMAT_IEEEFP
                              : isSigned ? SAMPLEFORMAT_INT
                                         : SAMPLEFORMAT_UINT));
        TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1u);
        TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, unsigned(PHOTOMETRIC_MINISBLACK));
        TIFFSetField(tif, TIFFTAG_PLANARCONFIG, unsigned(PLANARCONFIG_CONTIG));
        TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, m_rowsPerStrip);
        switch (m_opts.compression) {
            case Compression::None:
                TIFFSetField(tif, TIFFTAG_COMPRESSION, unsigned(COMPRESSION_NONE));
                break;
            case Compression::Deflate:
                TIFFSetField(tif, TIFFTAG_COMPRESSION, unsigned(COMPRESSION_ADOBE_DEFLATE));
                break;
            case Compression::Lzw:
                TIFFSetField(tif, TIFFTAG_COMPRESSION, unsigned(COMPRESSION_LZW));
                break;
        }
        if (m_opts.compression != Compression::None)
            TIFFSetField(tif, TIFFTAG_PREDICTOR, unsigned(isFloat ? PREDICTOR_FLOATINGPOINT : PREDICTOR_HORIZONTAL));
        TIFFSetField(tif, TIFFTAG_XRESOLUTION, m_xres);
        TIFFSetField(tif, TIFFTAG_YRESOLUTION, m_yres);
        TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT,
                     unsigned(RESUNIT_NONE));  // ImageJ takes the unit from the description
        TIFFSetField(tif, TIFFTAG_SOFTWARE, m_software.c_str());
        if (index == 0) TIFFSetField(tif, TIFFTAG_IMAGEDESCRIPTION, m_description.c_str());
    }

    // Every page header goes first, with its strip tables reserved; the pixels of all pages then follow back to back.
    // ImageJ and Fiji need that: they read an uncompressed stack whose description says images=N as one block
    // starting at the first strip and ignore the other IFDs. (libtiff's deferred strile arrays, as for COGs.)
    void writeHeaders()
    {
        TIFF* tif = m_tiff.get();
        m_tiff.clear();
        for (std::int64_t k = 0; k < m_shape.frames; ++k) {
            setPageTags(k);
            if (m_tiff.failed() || !TIFFDeferStrileArrayWriting(tif) || !TIFFWriteCheck(tif, 0, "TIFFWriteCheck") ||
                !TIFFWriteDirectory(tif))
                throw Error(m_target, pageLocation(std::uint64_t(k)), m_tiff.reason("could not write the page header"));
        }
        // Reserve the strip tables right after the headers, then remember where each header is (jumping by offset
        // keeps the data phase linear in the number of pages).
        m_pageOffsets.reserve(std::size_t(m_shape.frames));
        if (!TIFFSetDirectory(tif, 0)) throw Error(m_target, {}, m_tiff.reason("could not reread the page headers"));
        for (std::int64_t k = 0; k < m_shape.frames; ++k) {
            if ((k > 0 && !TIFFReadDirectory(tif)) || !TIFFForceStrileArrayWriting(tif))
                throw Error(m_target, pageLocation(std::uint64_t(k)),
                            m_tiff.reason("could not write the strip tables"));
            m_pageOffsets.push_back(TIFFCurrentDirOffset(tif));
        }
    }

    void writeFrame(const ImageStack& frames, std::int64_t f)
    {
        TIFF* tif = m_tiff.get();
        const std::string loc = pageLocation(std::uint64_t(m_written));
        const DType type = m_opts.dtype;
        m_tiff.clear();
        if (!TIFFSetSubDirectory(tif, m_pageOffsets[std::size_t(m_written)]))
            throw Error(m_target, loc, m_tiff.reason("could not reread the page header"));
        // The deflate level is not stored in the file, so it is gone after rereading the header.
        if (m_opts.compression == Compression::Deflate)
            TIFFSetField(tif, TIFFTAG_ZIPQUALITY, std::clamp(m_opts.compressionLevel, 1, 9));
        if (m_tiff.failed()) throw Error(m_target, loc, m_tiff.reason("could not set up the page"));

        const std::int64_t rows = m_shape.rows, rps = m_rowsPerStrip;
        // Uncompressed float32 rows that lie back to back are handed to libtiff as they are: without a codec or byte
        // swapping libtiff writes the buffer without touching it.
        const bool zeroCopy = type == DType::Float32 && m_opts.compression == Compression::None &&
                              !TIFFIsByteSwapped(tif) && frames.rowStride() == frames.cols();
        // Otherwise blocks of whole strips (up to kConvertBlockBytes) are converted, in parallel, then written.
        const std::uint64_t stripBytes = std::uint64_t(rps) * m_rowBytes;
        const std::int64_t blockRows = rps * std::int64_t(std::max<std::uint64_t>(1, kConvertBlockBytes / stripBytes));
        if (!zeroCopy && m_block.size() < std::uint64_t(std::min(blockRows, rows)) * m_rowBytes)
            m_block.resize(std::uint64_t(std::min(blockRows, rows)) * m_rowBytes);
        for (std::int64_t block = 0; block < rows; block += blockRows) {
            const std::int64_t blockEnd = std::min(rows, block + blockRows);
            if (!zeroCopy) convertRows(frames, f, block, blockEnd);
            for (std::int64_t first = block; first < blockEnd; first += rps) {
                const std::int64_t count = std::min(rps, rows - first);
                void* data = zeroCopy ? static_cast<void*>(const_cast<float*>(frames.row(f, first).data()))
                                      : static_cast<void*>(m_block.data() + std::uint64_t(first - block) * m_rowBytes);
                if (TIFFWriteEncodedStrip(tif, std::uint32_t(first / rps), data,
                                          tmsize_t(std::uint64_t(count) * m_rowBytes)) < 0)
                    throw Error(m_target, loc, m_tiff.reason("could not write the pixels (disk full?)"));
            }
        }
        // Writes the strip tables into the space reserved for them.
        if (!TIFFFlush(tif)) throw Error(m_target, loc, m_tiff.reason("could not write the strip table (disk full?)"));
        ++m_written;
    }

    // Rows [r0, r1) of frame f into m_block in the output type. Large blocks are split over a few short-lived threads
    // (not the shared pool: a writer running inside a pool task must not wait for that pool).
    void convertRows(const ImageStack& frames, std::int64_t f, std::int64_t r0, std::int64_t r1)
    {
        const DType type = m_opts.dtype;
        auto work = [&](std::int64_t a, std::int64_t b) {
            for (std::int64_t r = a; r < b; ++r)
                fromFloat(type, frames.row(f, r), m_block.data() + std::uint64_t(r - r0) * m_rowBytes, m_map);
        };
        const std::uint64_t samples = std::uint64_t(r1 - r0) * std::uint64_t(m_shape.cols);
        const unsigned threads =
            unsigned(std::min<std::uint64_t>({std::max(1u, std::thread::hardware_concurrency()), kMaxConvertThreads,
                                              samples / kSamplesPerThread + 1, std::uint64_t(r1 - r0)}));
        if (threads <= 1) return work(r0, r1);
        const std::int64_t step = (r1 - r0 + threads - 1) / threads;
        std::vector<std::jthread> helpers;  // joined when this returns
        helpers.reserve(threads);
        std::int64_t a = r0 + step;
        try {
            for (; a < r1; a += step) helpers.emplace_back(work, a, std::min(r1, a + step));
        } catch (const std::system_error&) {  // no thread to be had: do the rest here
            for (; a < r1; a += step) work(a, std::min(r1, a + step));
        }
        work(r0, std::min(r1, r0 + step));
    }

    AtomicFile m_atomic;  // declared before the handle: the file is closed before the temporary is removed
    fs::path m_target;
    Shape m_shape;
    WriteOptions m_opts;
    IntegerMapping m_map;
    std::uint64_t m_rowBytes = 0;
    std::uint32_t m_rowsPerStrip = 1;
    std::string m_description, m_software;
    double m_xres = 1, m_yres = 1;
    TiffHandle m_tiff;
    std::vector<std::uint64_t> m_pageOffsets;  // of each page header
    std::vector<std::byte> m_block;
    std::int64_t m_written = 0;
    bool m_failed = false, m_done = false;
};

class TiffSeriesWriter final : public StackWriter {
public:
    TiffSeriesWriter(const fs::path& dir, const StackInfo& info, const WriteOptions& opts, std::string prefix)
        : m_dir(dir), m_info(info), m_opts(opts), m_prefix(std::move(prefix)), m_frames(info.shape.frames)
    {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) throw Error(dir, {}, "the output folder does not exist");
        if (m_frames < 1 || info.shape.rows < 1 || info.shape.cols < 1)
            throw Error(dir, {}, "nothing to write: the stack is " + info.shape.str());
        m_info.shape.frames = 1;
        for (std::int64_t n = m_frames - 1; n >= 100000; n /= 10) ++m_digits;
    }

    void append(const ImageStack& frames) override
    {
        if (frames.rows() != m_info.shape.rows || frames.cols() != m_info.shape.cols)
            throw Error(m_dir, {},
                        "frames of " + std::to_string(frames.cols()) + "×" + std::to_string(frames.rows()) +
                            " do not match the declared " + std::to_string(m_info.shape.cols) + "×" +
                            std::to_string(m_info.shape.rows));
        if (m_written + frames.frames() > m_frames)
            throw Error(m_dir, {}, "more frames than the " + std::to_string(m_frames) + " declared");
        for (std::int64_t f = 0; f < frames.frames(); ++f) {
            TiffStackWriter one(m_dir / fileName(m_written), m_info, m_opts);
            one.append(frames.frame(f));
            one.commit();
            ++m_written;
        }
    }

    void commit() override
    {
        if (m_written != m_frames)
            throw Error(m_dir, {},
                        "only " + std::to_string(m_written) + " of " + std::to_string(m_frames) +
                            " declared frames were written");
    }

private:
    std::string fileName(std::int64_t index) const
    {
        std::string n = std::to_string(index);
        if (n.size() < std::size_t(m_digits)) n.insert(0, std::size_t(m_digits) - n.size(), '0');
        return m_prefix + "_" + n + ".tif";
    }

    fs::path m_dir;
    StackInfo m_info;
    WriteOptions m_opts;
    std::string m_prefix;
    std::int64_t m_frames = 0, m_written = 0;
    int m_digits = 5;
};

bool isTiffName(const std::string& name)
{
    if (name.empty() || name.front() == '.') return false;
    const std::string l = lower(name);
    if (l.find(".part") != std::string::npos) return false;  // being written by someone
    return l.ends_with(".tif") || l.ends_with(".tiff");
}

}  // namespace

std::unique_ptr<StackSource> openTiff(const fs::path& file)
{
    ScannedFile s = scanFile(file);
    const auto frames = std::int64_t(s.part.pages.size());
    StackInfo info = infoFrom(s, frames, file);
    std::string desc = (s.part.bigTiff ? "BigTIFF " : "TIFF ") + std::string(frames > 1 ? "stack " : "image ") +
                       file.filename().string() + " (" + std::to_string(frames) + (frames == 1 ? " page)" : " pages)");
    std::vector<TiffPart> parts{std::move(s.part)};
    return std::make_unique<TiffSource>(std::move(parts), std::move(info), std::move(desc), std::move(s.handle), 0);
}

std::unique_ptr<StackSource> openTiffDirectory(const fs::path& dir)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw Error(dir, {}, "not a folder");
    std::vector<std::string> names;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::error_code fec;
        if (isTiffName(name) && it->is_regular_file(fec)) names.push_back(name);
    }
    if (ec) throw Error(dir, {}, "cannot list the folder: " + ec.message());
    if (names.empty()) throw Error(dir, {}, "the folder holds no TIFF files (*.tif, *.tiff)");
    std::sort(names.begin(), names.end(), naturalLess);

    std::vector<TiffPart> parts;
    std::optional<StackInfo> info;
    std::int64_t frames = 0;
    for (const std::string& name : names) {
        ScannedFile s = scanFile(dir / name);
        if (!info) {
            info = infoFrom(s, 0, dir);
        } else if (s.rows != info->shape.rows || s.cols != info->shape.cols || s.dtype != info->sourceType) {
            throw Error(dir / name, {},
                        "the image is " + std::to_string(s.cols) + "×" + std::to_string(s.rows) + " " +
                            std::string(dtypeName(s.dtype)) + " but " + names.front() + " is " +
                            std::to_string(info->shape.cols) + "×" + std::to_string(info->shape.rows) + " " +
                            std::string(dtypeName(info->sourceType)) + " (all files of a folder stack must match)");
        }
        s.part.firstFrame = frames;
        frames += std::int64_t(s.part.pages.size());
        parts.push_back(std::move(s.part));
    }
    info->shape.frames = frames;
    info->metadata["files"] = std::to_string(parts.size());
    std::string desc = "TIFF folder " + dir.string() + " (" + std::to_string(parts.size()) + " files, " +
                       std::to_string(frames) + " frames)";
    return std::make_unique<TiffSource>(std::move(parts), std::move(*info), std::move(desc), TiffHandle(), 0);
}

std::unique_ptr<StackWriter> openTiffWriter(const fs::path& file, const StackInfo& info, const WriteOptions& opts)
{
    return std::make_unique<TiffStackWriter>(file, info, opts);
}

std::unique_ptr<StackWriter> openTiffSeriesWriter(const fs::path& dir, const StackInfo& info, const WriteOptions& opts,
                                                  const std::string& prefix)
{
    return std::make_unique<TiffSeriesWriter>(dir, info, opts, prefix);
}

}  // namespace xrs::io
