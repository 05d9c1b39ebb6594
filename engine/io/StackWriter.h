#pragma once
// io/StackWriter: streaming writers (TIFF stack, TIFF series, HDF5 dataset) that take frames in order and publish the
// file only on commit() (AtomicFile), so a stack larger than RAM is written chunk by chunk and a cancelled or failed
// write leaves nothing that looks complete.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/ImageStack.h"
#include "core/Progress.h"

namespace xrs::io {

enum class Compression { None, Deflate, Lzw };
std::optional<Compression> parseCompression(std::string_view name);  // "none", "deflate"/"zlib", "lzw"

struct WriteOptions {
    DType dtype = DType::Float32;
    // Integer output: values in [range.min, range.max] map linearly onto the full range of dtype (clamped).
    // Without a range, values are rounded and clamped as they are. Ignored for float output.
    std::optional<ValueRange> range;
    Compression compression = Compression::None;
    int compressionLevel = 4;            // deflate level (TIFF and HDF5)
    std::optional<bool> bigTiff;         // TIFF: default on when the data exceeds ~3.9 GB
    std::string dataset = "/data";       // HDF5: dataset path
};

// The stored value of v for an integer dtype under opts (the conversion every writer uses): NaN → the type's minimum,
// optional linear mapping of range onto the type's full range, round half to even, clamp. 8/16-bit types map in float
// arithmetic, wider ones in double.
double convertForOutput(float v, DType dtype, const std::optional<ValueRange>& range) noexcept;

class StackWriter {
public:
    virtual ~StackWriter() = default;
    // Appends frames (any row/col-compatible stack: shape.rows/cols must equal the declared shape).
    virtual void append(const ImageStack& frames) = 0;
    // Checks that every declared frame was written, finalises and renames into place.
    virtual void commit() = 0;
};

// info: the whole stack's shape (frames declared up front), spacing, metadata and provenance.
// Chooses the format by extension: .tif/.tiff → one multi-page TIFF; .h5/.hdf5/.hdf/.nxs → HDF5 dataset;
// a path ending in '/' or an existing directory → one TIFF per frame (name_00000.tif).
std::unique_ptr<StackWriter> openWriter(const std::filesystem::path& path, const StackInfo& info, const WriteOptions& opts = {});

// Convenience: writes a whole in-memory stack.
void writeStack(const std::filesystem::path& path, const ImageStack& stack, const WriteOptions& opts = {},
                const Progress& progress = {});

}  // namespace xrs::io
