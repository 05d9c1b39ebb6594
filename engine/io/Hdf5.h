#pragma once
// io/Hdf5: HDF5 through the C library (serial build).
// Lists and reads any 2D/3D dataset by path with slab (hyperslab) reads; DXchange scans (/exchange/data,
// data_white, data_dark, theta in degrees) with a report of what is missing; writes chunked datasets (optional
// deflate) with provenance, spacing and unit as attributes, through AtomicFile.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "io/StackSource.h"
#include "io/StackWriter.h"

namespace xrs::io {

struct DatasetInfo {
    std::string path;                 // "/exchange/data"
    std::vector<std::int64_t> dims;   // as stored, slowest first
    std::string type;                 // "uint16", "float32", … or the HDF5 class name for others
};

// Every dataset in the file (depth-first, sorted by name).
std::vector<DatasetInfo> listDatasets(const std::filesystem::path& file);

// A 2D (rows, cols) or 3D (frames, rows, cols) numeric dataset; 2D counts as one frame.
std::unique_ptr<StackSource> openHdf5(const std::filesystem::path& file, const std::string& dataset);

bool isDxchange(const std::filesystem::path& file);  // has /exchange/data

struct DxchangeScan {
    std::unique_ptr<StackSource> data;     // projections (angles, rows, cols)
    std::unique_ptr<StackSource> flats;    // may be null
    std::unique_ptr<StackSource> darks;    // may be null
    std::vector<double> thetaDegrees;      // one per projection; evenly spaced over 180° when absent
    bool thetaFromFile = false;
    std::vector<std::string> missing;      // "/exchange/data_white", "/exchange/theta", … (warnings for the user)
};
DxchangeScan openDxchange(const std::filesystem::path& file);

// Writes a DXchange file (for sample data and tests): data, optional flats/darks, theta in degrees.
void writeDxchange(const std::filesystem::path& file, const ImageStack& data, const ImageStack* flats,
                   const ImageStack* darks, const std::vector<double>& thetaDegrees, DType dtype = DType::UInt16,
                   const Progress& progress = {});

std::unique_ptr<StackWriter> openHdf5Writer(const std::filesystem::path& file, const StackInfo& info, const WriteOptions& opts);

}  // namespace xrs::io
