#pragma once
// core/ImageStack: the engine's data model for image stacks and volumes.
// Values are float32 in memory, shape (frames|slices, rows, cols); a stack remembers what it was read from
// (source dtype, value range), its physical pixel/voxel size and free-form metadata with provenance.
// Frame and row ranges are views that share storage (no copy); clone() makes a contiguous deep copy.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace xrs {

enum class DType { UInt8, UInt16, UInt32, Int8, Int16, Int32, Float32, Float64 };

std::string_view dtypeName(DType t) noexcept;          // "uint8", "float32", …
std::optional<DType> parseDType(std::string_view name);  // accepts the names above (and "u8", "f32", …)
std::size_t dtypeSize(DType t) noexcept;
bool dtypeIsInteger(DType t) noexcept;
// Numeric range of an integer type (for float types: the float range).
double dtypeMin(DType t) noexcept;
double dtypeMax(DType t) noexcept;

// Half-open index range; end < 0 means "to the end".
struct Range {
    std::int64_t begin = 0;
    std::int64_t end = -1;
    static Range all() { return {}; }
    // Resolves "to the end" and checks bounds against n; throws xrs::Error naming `what` when out of bounds.
    Range resolved(std::int64_t n, std::string_view what) const;
    std::int64_t size() const { return end - begin; }
    // Parses "a:b", "a:" or ":b" (end exclusive).
    static Range parse(std::string_view text);
};

struct Shape {
    std::int64_t frames = 0, rows = 0, cols = 0;
    std::int64_t count() const { return frames * rows * cols; }
    bool empty() const { return count() == 0; }
    bool operator==(const Shape&) const = default;
    std::string str() const;  // "frames×rows×cols"
};

struct ValueRange {
    double min = 0.0, max = 0.0;
    // Parses "MIN:MAX" (MAX > MIN); errors name `what` (e.g. the option "--range").
    static ValueRange parse(std::string_view text, std::string_view what);
};

// Physical size of one pixel (x = along cols, y = along rows) and the spacing between frames/slices (z).
// An empty unit means "not known" (pixels).
struct Spacing {
    double x = 1.0, y = 1.0, z = 1.0;
    std::string unit;
    bool known() const { return !unit.empty(); }
};

struct StackInfo {
    Shape shape;
    DType sourceType = DType::Float32;        // how the values were stored on disk
    std::optional<ValueRange> valueRange;     // of the values when known
    Spacing spacing;
    std::map<std::string, std::string> metadata;  // free-form key/value (source file, dataset, instrument …)
    std::vector<std::string> provenance;          // one line per step that produced the data
};

class ImageStack {
public:
    ImageStack() = default;
    // Zero-filled contiguous stack owning its storage.
    explicit ImageStack(Shape shape);
    // Contiguous stack whose values are not initialised: for readers and kernels that write every value anyway
    // (saves a pass over memory that costs as much as reading a fast disk).
    static ImageStack uninitialized(Shape shape);

    const Shape& shape() const noexcept { return m_info.shape; }
    std::int64_t frames() const noexcept { return m_info.shape.frames; }
    std::int64_t rows() const noexcept { return m_info.shape.rows; }
    std::int64_t cols() const noexcept { return m_info.shape.cols; }
    bool empty() const noexcept { return m_info.shape.empty(); }

    StackInfo& info() noexcept { return m_info; }
    const StackInfo& info() const noexcept { return m_info; }

    // Strides in elements; the column stride is always 1.
    std::int64_t frameStride() const noexcept { return m_frameStride; }
    std::int64_t rowStride() const noexcept { return m_rowStride; }
    bool contiguous() const noexcept;

    float* data() noexcept { return m_base; }
    const float* data() const noexcept { return m_base; }
    float& at(std::int64_t f, std::int64_t r, std::int64_t c) noexcept { return m_base[f * m_frameStride + r * m_rowStride + c]; }
    float at(std::int64_t f, std::int64_t r, std::int64_t c) const noexcept
    {
        return m_base[f * m_frameStride + r * m_rowStride + c];
    }
    std::span<float> row(std::int64_t f, std::int64_t r) noexcept { return {m_base + f * m_frameStride + r * m_rowStride, std::size_t(cols())}; }
    std::span<const float> row(std::int64_t f, std::int64_t r) const noexcept
    {
        return {m_base + f * m_frameStride + r * m_rowStride, std::size_t(cols())};
    }
    // All values; only for contiguous stacks (throws xrs::Error otherwise).
    std::span<float> values();
    std::span<const float> values() const;

    // Views sharing storage (bounds checked, throw xrs::Error).
    ImageStack frameRange(Range frames) const;
    ImageStack frame(std::int64_t f) const { return frameRange({f, f + 1}); }
    ImageStack rowRange(Range rows) const;
    // Contiguous deep copy (metadata copied).
    ImageStack clone() const;

    // Min and max over all values (NaN ignored); {0,0} when empty.
    ValueRange computeRange() const;
    // Takes dtype, range, spacing, metadata and provenance from `from`, keeping this stack's shape.
    void copyAttributes(const StackInfo& from);
    // Records a processing step in the provenance.
    void addProvenance(std::string step) { m_info.provenance.push_back(std::move(step)); }

private:
    ImageStack(Shape shape, bool zero);
    std::shared_ptr<float[]> m_storage;
    float* m_base = nullptr;
    std::int64_t m_frameStride = 0;
    std::int64_t m_rowStride = 0;
    StackInfo m_info;
};

}  // namespace xrs
