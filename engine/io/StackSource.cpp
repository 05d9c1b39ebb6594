#include "io/StackSource.h"

#include <algorithm>
#include <array>
#include <fstream>

#include "core/Error.h"
#include "io/Hdf5.h"
#include "io/Tiff.h"

namespace xrs::io {

namespace fs = std::filesystem;

FileKind detectKind(const fs::path& path)
{
    std::error_code ec;
    if (fs::is_directory(path, ec)) return FileKind::TiffDirectory;
    std::array<unsigned char, 8> magic{};
    std::ifstream in(path, std::ios::binary);
    if (in) {
        in.read(reinterpret_cast<char*>(magic.data()), magic.size());
        const auto got = in.gcount();
        if (got >= 4 && ((magic[0] == 'I' && magic[1] == 'I') || (magic[0] == 'M' && magic[1] == 'M'))) return FileKind::Tiff;
        static constexpr std::array<unsigned char, 8> hdf{0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
        if (got == 8 && magic == hdf) return FileKind::Hdf5;
    }
    std::string e = path.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (e == ".tif" || e == ".tiff") return FileKind::Tiff;
    if (e == ".h5" || e == ".hdf5" || e == ".hdf" || e == ".nxs") return FileKind::Hdf5;
    return FileKind::Unknown;
}

std::unique_ptr<StackSource> openStack(const fs::path& path, const std::string& dataset)
{
    std::error_code ec;
    if (!fs::exists(path, ec)) throw Error(path, {}, "no such file or folder");
    switch (detectKind(path)) {
    case FileKind::TiffDirectory: return openTiffDirectory(path);
    case FileKind::Tiff: return openTiff(path);
    case FileKind::Hdf5: {
        if (!dataset.empty()) return openHdf5(path, dataset);
        if (isDxchange(path)) return openHdf5(path, "/exchange/data");
        std::vector<DatasetInfo> candidates;
        for (auto& d : listDatasets(path))
            if (d.dims.size() == 2 || d.dims.size() == 3) candidates.push_back(d);
        if (candidates.size() == 1) return openHdf5(path, candidates.front().path);
        if (candidates.empty()) throw Error(path, {}, "the file holds no 2D or 3D dataset");
        std::string names;
        for (auto& c : candidates) names += (names.empty() ? "" : ", ") + c.path;
        throw Error(path, {}, "several image datasets (" + names + "): name one");
    }
    case FileKind::Unknown: break;
    }
    throw Error(path, {}, "not a TIFF or HDF5 file");
}

}  // namespace xrs::io
