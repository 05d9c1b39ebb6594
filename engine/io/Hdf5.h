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

// One object of an HDF5 file as the data browser shows it: a group with its members, or a dataset with its shape,
// type, chunking and filters; attributes as short text for tool tips.
struct Hdf5Node {
    enum class Kind { Group, Dataset, Other };
    Kind kind = Kind::Group;
    std::string name;                    // last path component ("/" for the root)
    std::string path;                    // "/exchange/data"
    std::vector<std::int64_t> dims;      // datasets: as stored, slowest first
    std::string type;                    // datasets: "uint16", …; Other: what it is ("named type", "broken link")
    std::vector<std::int64_t> chunks;    // chunk dims; empty when not chunked
    std::vector<std::string> filters;    // "deflate", "shuffle", …
    std::vector<std::pair<std::string, std::string>> attributes;  // name, value as text (long values shortened)
    std::vector<Hdf5Node> children;      // groups: members sorted by name
};

// The group/dataset tree of a file: headers only, no data read. Groups reached a second time (hard links, cycles)
// are listed but not entered again; beyond maxObjects objects the rest is left out. Throws xrs::Error when the file
// cannot be opened.
Hdf5Node hdf5Tree(const std::filesystem::path& file, std::size_t maxObjects = 20000);

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
