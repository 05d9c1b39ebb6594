#pragma once
// io/StackSource: lazy access to an image stack on disk (TIFF file, TIFF directory, HDF5 dataset).
// Opening reads only headers; read() loads a frame range and row range (a slab) as float32, so data larger than RAM
// is processed piece by piece. Sources are not thread-safe: one per thread.
#include <filesystem>
#include <memory>
#include <string>

#include "core/ImageStack.h"
#include "core/Progress.h"

namespace xrs::io {

class StackSource {
public:
    virtual ~StackSource() = default;
    // Shape, source dtype, spacing and metadata as stored (valueRange only when the file records it).
    virtual const StackInfo& info() const = 0;
    // Frames [frames) × rows [rows) × all columns, converted to float32 (values unscaled).
    virtual ImageStack read(Range frames, Range rows = Range::all(), const Progress& progress = {}) = 0;
    // One line naming the source ("TIFF stack a.tif", "HDF5 b.h5:/exchange/data").
    virtual std::string describe() const = 0;

    const Shape& shape() const { return info().shape; }
    ImageStack readAll(const Progress& progress = {}) { return read(Range::all(), Range::all(), progress); }
};

// Opens a TIFF file, a directory of TIFF files or an HDF5 dataset (dataset path "/a/b"; empty: the only 3D/2D
// dataset, or /exchange/data for DXchange files). Throws xrs::Error naming the file and the problem.
std::unique_ptr<StackSource> openStack(const std::filesystem::path& path, const std::string& dataset = {});

enum class FileKind { Tiff, TiffDirectory, Hdf5, Unknown };
FileKind detectKind(const std::filesystem::path& path);  // by content (magic bytes), then extension

}  // namespace xrs::io
