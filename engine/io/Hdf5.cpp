// io/Hdf5.cpp: everything HDF5 in the engine, through the HDF5 C library (serial build): RAII handles, translation
// of the HDF5 error stack into xrs::Error, dataset listing, slab (hyperslab) reads of 2D/3D numeric datasets,
// DXchange scans, the DXchange writer and the streaming chunked dataset writer.
//
// Choices worth knowing:
// - Values are converted to float32 by HDF5 itself (H5Dread with H5T_NATIVE_FLOAT memory type), so every integer
//   width/sign, float16/32/64 and either byte order is read the same way.
// - 64-bit integers have no DType; their sourceType is Float64 (it keeps more of their precision than any 32-bit
//   type). The exact stored type is in metadata "hdf5_type".
// - The writer rejects Compression::Lzw with a clear error: LZW is a TIFF codec, HDF5 has no standard LZW filter,
//   and silently writing deflate instead would surprise whoever asked for LZW.
// - Writes go through AtomicFile: the file is built under a hidden temporary name and renamed when closed.
// - Corrupt files: libhdf5 1.10 trusts some on-disk fields. The reader checks each dataset's number layout and
//   storage records (compact/contiguous size, unfiltered chunk sizes) before reading, and touches at most 4096
//   chunks per H5Dread. String attributes are written fixed-length (variable-length ones live in the global heap,
//   whose reader crashes on corrupt files). The fuzz target's findings are listed in tests/fuzz/fuzz_hdf5.cpp.
#include "io/Hdf5.h"

#include <hdf5.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <mutex>
#include <optional>
#include <set>
#include <type_traits>
#include <utility>

#include <xrs/Version.h>

#include "core/Error.h"
#include "io/AtomicFile.h"

namespace xrs::io {

namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Library state

// Debian's libhdf5 is built thread-safe (the library serialises calls itself). A build without it must not be
// entered from two threads at once, so then every entry point holds one process-wide lock.
#ifndef H5_HAVE_THREADSAFE
std::recursive_mutex& apiMutex()
{
    static std::recursive_mutex m;
    return m;
}
#endif

// Held by every public entry point. Also silences HDF5's own printing of errors to stderr (a per-thread setting in
// thread-safe builds, hence on every entry): failures become xrs::Error instead.
class ApiLock {
public:
    ApiLock() { H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); }

private:
#ifndef H5_HAVE_THREADSAFE
    std::lock_guard<std::recursive_mutex> m_lock{apiMutex()};
#endif
};

// ---------------------------------------------------------------------------------------------------------------
// RAII for hid_t

template <herr_t (*Close)(hid_t)>
class Handle {
public:
    Handle() = default;
    explicit Handle(hid_t id) noexcept : m_id(id) {}
    Handle(Handle&& o) noexcept : m_id(std::exchange(o.m_id, H5I_INVALID_HID)) {}
    Handle& operator=(Handle&& o) noexcept
    {
        if (this != &o) {
            reset();
            m_id = std::exchange(o.m_id, H5I_INVALID_HID);
        }
        return *this;
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle() { reset(); }

    hid_t get() const noexcept { return m_id; }
    explicit operator bool() const noexcept { return m_id >= 0; }
    void reset() noexcept { close(); }
    // Closes now and returns HDF5's status (the destructor cannot report a failed close; commit() must).
    herr_t close() noexcept
    {
        const herr_t status = m_id >= 0 ? Close(m_id) : 0;
        m_id = H5I_INVALID_HID;
        return status;
    }

private:
    hid_t m_id = H5I_INVALID_HID;
};

using FileHandle = Handle<H5Fclose>;
using GroupHandle = Handle<H5Gclose>;
using ObjectHandle = Handle<H5Oclose>;
using DatasetHandle = Handle<H5Dclose>;
using SpaceHandle = Handle<H5Sclose>;
using TypeHandle = Handle<H5Tclose>;
using AttrHandle = Handle<H5Aclose>;
using PlistHandle = Handle<H5Pclose>;

// ---------------------------------------------------------------------------------------------------------------
// Errors

struct LibraryError {
    std::string innermost;  // the description where HDF5 first detected the problem
    bool notHdf5 = false;   // "file signature not found"
};

// Reads the calling thread's HDF5 error stack. Must run right after the failing call: any other API call clears it.
LibraryError libraryError()
{
    LibraryError e;
    auto walk = [](unsigned n, const H5E_error2_t* err, void* data) -> herr_t {
        auto* out = static_cast<LibraryError*>(data);
        if (err->min_num == H5E_NOTHDF5) out->notHdf5 = true;
        if (n == 0) {
            if (err->desc && *err->desc) {
                out->innermost = err->desc;
            } else {
                std::array<char, 256> msg{};
                H5E_type_t type{};
                if (H5Eget_msg(err->min_num, &type, msg.data(), msg.size()) > 0) out->innermost = msg.data();
            }
        }
        return 0;
    };
    // Upward: entry 0 is the innermost function, where the error was detected.
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_UPWARD, walk, &e);
    if (e.innermost.empty()) e.innermost = "unknown HDF5 error";
    return e;
}

// Throws xrs::Error: what we tried to do, then HDF5's innermost reason.
[[noreturn]] void failLib(const fs::path& file, const std::string& location, const std::string& what)
{
    const LibraryError e = libraryError();
    if (e.notHdf5) throw Error(file, location, what + ": not an HDF5 file (no HDF5 signature found)");
    if (e.innermost.starts_with("truncated file"))
        throw Error(file, location, what + ": the file is truncated (" + e.innermost + ")");
    throw Error(file, location, what + ": " + e.innermost);
}

// ---------------------------------------------------------------------------------------------------------------
// Names and types

std::string normalizedPath(std::string path)
{
    if (path.empty() || path.front() != '/') path.insert(path.begin(), '/');
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    return path;
}

std::string typeName(hid_t type)
{
    const std::size_t bits = 8 * H5Tget_size(type);
    switch (H5Tget_class(type)) {
    case H5T_INTEGER: return (H5Tget_sign(type) == H5T_SGN_NONE ? "uint" : "int") + std::to_string(bits);
    case H5T_FLOAT: return "float" + std::to_string(bits);
    case H5T_STRING: return "string";
    case H5T_COMPOUND: return "compound";
    case H5T_ENUM: return "enum";
    case H5T_BITFIELD: return "bitfield";
    case H5T_OPAQUE: return "opaque";
    case H5T_REFERENCE: return "reference";
    case H5T_VLEN: return "vlen";
    case H5T_ARRAY: return "array";
    case H5T_TIME: return "time";
    default: return "unknown";
    }
}

bool isNumeric(hid_t type)
{
    const H5T_class_t c = H5Tget_class(type);
    return c == H5T_INTEGER || c == H5T_FLOAT;
}

// HDF5 converts numbers by the bit layout the file declares (precision, offset, float fields); libhdf5 1.10 does not
// check it, and a corrupt layout makes the conversion read past each value. Only consistent layouts pass.
bool sensibleNumericType(hid_t type)
{
    const std::size_t size = H5Tget_size(type), precision = H5Tget_precision(type);
    const int offset = H5Tget_offset(type);
    if (size == 0 || size > 32 || precision == 0 || offset < 0 || std::size_t(offset) + precision > 8 * size)
        return false;
    if (H5Tget_class(type) != H5T_FLOAT) return true;
    std::size_t spos = 0, epos = 0, esize = 0, mpos = 0, msize = 0;
    if (H5Tget_fields(type, &spos, &epos, &esize, &mpos, &msize) < 0) return false;
    return spos < precision && esize > 0 && esize < 64 && epos + esize <= precision && msize > 0 &&
           mpos + msize <= precision;
}

// How the values were stored, as far as DType can say (see the header comment for 64-bit integers).
DType sourceTypeOf(hid_t type)
{
    const std::size_t size = H5Tget_size(type);
    if (H5Tget_class(type) == H5T_FLOAT) return size <= 4 ? DType::Float32 : DType::Float64;
    const bool isSigned = H5Tget_sign(type) != H5T_SGN_NONE;
    switch (size) {
    case 1: return isSigned ? DType::Int8 : DType::UInt8;
    case 2: return isSigned ? DType::Int16 : DType::UInt16;
    case 4: return isSigned ? DType::Int32 : DType::UInt32;
    default: return DType::Float64;
    }
}

struct StoredType {
    hid_t file;    // little-endian standard type in the file
    hid_t memory;  // the native type we hand to H5Dwrite
};

StoredType storedType(DType t)
{
    switch (t) {
    case DType::UInt8: return {H5T_STD_U8LE, H5T_NATIVE_UINT8};
    case DType::UInt16: return {H5T_STD_U16LE, H5T_NATIVE_UINT16};
    case DType::UInt32: return {H5T_STD_U32LE, H5T_NATIVE_UINT32};
    case DType::Int8: return {H5T_STD_I8LE, H5T_NATIVE_INT8};
    case DType::Int16: return {H5T_STD_I16LE, H5T_NATIVE_INT16};
    case DType::Int32: return {H5T_STD_I32LE, H5T_NATIVE_INT32};
    case DType::Float32: return {H5T_IEEE_F32LE, H5T_NATIVE_FLOAT};
    case DType::Float64: return {H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE};
    }
    return {H5T_IEEE_F32LE, H5T_NATIVE_FLOAT};
}

std::string dimsText(const std::vector<std::int64_t>& dims)
{
    if (dims.empty()) return "scalar";
    std::string s;
    for (auto d : dims) s += (s.empty() ? "" : "×") + std::to_string(d);
    return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Files, objects, attributes

FileHandle openFile(const fs::path& file)
{
    std::error_code ec;
    if (!fs::exists(file, ec)) throw Error(file, {}, "no such file");
    if (fs::is_directory(file, ec)) throw Error(file, {}, "is a folder, not an HDF5 file");
    if (fs::file_size(file, ec) == 0 && !ec) throw Error(file, {}, "the file is empty (not an HDF5 file)");
    PlistHandle fapl{H5Pcreate(H5P_FILE_ACCESS)};
#if H5_VERSION_GE(1, 10, 7)
    // Keep HDF5's file locking but do not fail on file systems without it (NFS and friends).
    H5Pset_file_locking(fapl.get(), true, true);
#endif
    FileHandle f{H5Fopen(file.string().c_str(), H5F_ACC_RDONLY, fapl.get())};
    if (!f) failLib(file, {}, "cannot open the file as HDF5");
    return f;
}

FileHandle createFile(const fs::path& temp, const fs::path& target)
{
    FileHandle f{H5Fcreate(temp.string().c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT)};
    if (!f) failLib(target, {}, "cannot create the HDF5 file " + temp.string());
    return f;
}

enum class ObjectKind { Missing, Dataset, Group, Other };

ObjectKind objectKind(hid_t file, const std::string& path)
{
    // H5Lexists fails (rather than answering "no") when an intermediate group is missing, so walk the components.
    for (std::size_t pos = path.find('/', 1); pos != std::string::npos; pos = path.find('/', pos + 1))
        if (H5Lexists(file, path.substr(0, pos).c_str(), H5P_DEFAULT) <= 0) return ObjectKind::Missing;
    if (path != "/" && H5Lexists(file, path.c_str(), H5P_DEFAULT) <= 0) return ObjectKind::Missing;
    ObjectHandle obj{H5Oopen(file, path.c_str(), H5P_DEFAULT)};
    if (!obj) return ObjectKind::Missing;  // a dangling soft or external link
    switch (H5Iget_type(obj.get())) {
    case H5I_DATASET: return ObjectKind::Dataset;
    case H5I_GROUP: return ObjectKind::Group;
    default: return ObjectKind::Other;
    }
}

// Attributes are optional extras: a missing or unreadable one yields nullopt, never an error.
std::optional<double> numberAttribute(hid_t obj, const char* name)
{
    if (H5Aexists(obj, name) <= 0) return std::nullopt;
    AttrHandle attr{H5Aopen(obj, name, H5P_DEFAULT)};
    if (!attr) return std::nullopt;
    TypeHandle type{H5Aget_type(attr.get())};
    SpaceHandle space{H5Aget_space(attr.get())};
    if (!type || !space || !isNumeric(type.get()) || !sensibleNumericType(type.get()) ||
        H5Sget_simple_extent_npoints(space.get()) != 1)
        return std::nullopt;
    double v = 0.0;
    if (H5Aread(attr.get(), H5T_NATIVE_DOUBLE, &v) < 0 || !std::isfinite(v)) return std::nullopt;
    return v;
}

// A string attribute (fixed or variable length); an array of strings comes back joined by newlines.
std::optional<std::string> stringAttribute(hid_t obj, const char* name)
{
    if (H5Aexists(obj, name) <= 0) return std::nullopt;
    AttrHandle attr{H5Aopen(obj, name, H5P_DEFAULT)};
    if (!attr) return std::nullopt;
    TypeHandle type{H5Aget_type(attr.get())};
    SpaceHandle space{H5Aget_space(attr.get())};
    if (!type || !space || H5Tget_class(type.get()) != H5T_STRING) return std::nullopt;
    const hssize_t n = H5Sget_simple_extent_npoints(space.get());
    if (n < 1 || n > 1'000'000) return std::nullopt;
    std::vector<std::string> items;
    if (H5Tis_variable_str(type.get()) > 0) {
        TypeHandle mem{H5Tcopy(H5T_C_S1)};
        if (!mem || H5Tset_size(mem.get(), H5T_VARIABLE) < 0 || H5Tset_cset(mem.get(), H5Tget_cset(type.get())) < 0)
            return std::nullopt;
        std::vector<char*> ptrs(std::size_t(n), nullptr);
        if (H5Aread(attr.get(), mem.get(), ptrs.data()) < 0) return std::nullopt;
        for (char* p : ptrs) items.emplace_back(p ? p : "");
#if H5_VERSION_GE(1, 12, 0)  // 1.10.8 declares H5Treclaim but does not export it
        H5Treclaim(mem.get(), space.get(), H5P_DEFAULT, ptrs.data());
#else
        H5Dvlen_reclaim(mem.get(), space.get(), H5P_DEFAULT, ptrs.data());
#endif
    } else {
        const std::size_t size = H5Tget_size(type.get());
        if (size == 0 || size > (64u << 20) / std::size_t(n)) return std::nullopt;
        std::vector<char> buf(size * std::size_t(n));
        if (H5Aread(attr.get(), type.get(), buf.data()) < 0) return std::nullopt;
        const bool spacePadded = H5Tget_strpad(type.get()) == H5T_STR_SPACEPAD;
        for (hssize_t i = 0; i < n; ++i) {
            const char* s = buf.data() + std::size_t(i) * size;
            std::string item(s, std::find(s, s + size, '\0'));
            if (spacePadded) item.erase(item.find_last_not_of(' ') + 1);
            items.push_back(std::move(item));
        }
    }
    std::string joined;
    for (std::size_t i = 0; i < items.size(); ++i) joined += (i ? "\n" : "") + items[i];
    return joined;
}

std::vector<std::string> attributeNames(hid_t obj)
{
    std::vector<std::string> names;
    auto collect = [](hid_t, const char* name, const H5A_info_t*, void* data) -> herr_t {
        try {
            static_cast<std::vector<std::string>*>(data)->emplace_back(name);
            return 0;
        } catch (...) {
            return -1;
        }
    };
    H5Aiterate2(obj, H5_INDEX_NAME, H5_ITER_INC, nullptr, collect, &names);
    return names;
}

// A single number stored as a dataset (DXchange keeps instrument values that way), with its "units" attribute.
std::optional<std::pair<double, std::string>> numberDataset(hid_t file, const std::string& path)
{
    if (objectKind(file, path) != ObjectKind::Dataset) return std::nullopt;
    DatasetHandle d{H5Dopen2(file, path.c_str(), H5P_DEFAULT)};
    if (!d) return std::nullopt;
    TypeHandle type{H5Dget_type(d.get())};
    SpaceHandle space{H5Dget_space(d.get())};
    if (!type || !space || !isNumeric(type.get()) || !sensibleNumericType(type.get()) ||
        H5Sget_simple_extent_npoints(space.get()) != 1)
        return std::nullopt;
    double v = 0.0;
    if (H5Dread(d.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, &v) < 0 || !std::isfinite(v) || v <= 0)
        return std::nullopt;
    return std::pair{v, stringAttribute(d.get(), "units").value_or("um")};
}

struct DatasetShape {
    std::vector<std::int64_t> dims;
    std::string type;
};

// Dims and type name of an open dataset; nullopt when HDF5 cannot tell (corrupt object header).
std::optional<DatasetShape> shapeOf(hid_t dataset)
{
    TypeHandle type{H5Dget_type(dataset)};
    SpaceHandle space{H5Dget_space(dataset)};
    if (!type || !space) return std::nullopt;
    const int rank = H5Sget_simple_extent_ndims(space.get());
    if (rank < 0 || rank > H5S_MAX_RANK) return std::nullopt;
    std::array<hsize_t, H5S_MAX_RANK> dims{};
    if (rank > 0 && H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr) < 0) return std::nullopt;
    DatasetShape s;
    s.type = typeName(type.get());
    for (int i = 0; i < rank; ++i) {
        if (dims[std::size_t(i)] > hsize_t(std::numeric_limits<std::int64_t>::max())) return std::nullopt;
        s.dims.push_back(std::int64_t(dims[std::size_t(i)]));
    }
    return s;
}

std::vector<DatasetInfo> datasetsIn(hid_t file, const fs::path& path)
{
    std::vector<std::string> names;
    // Generic so it matches H5O_info_t (1.10) and H5O_info2_t (1.12+); both have `type`.
    auto visit = [](hid_t, const char* name, const auto* info, void* data) -> herr_t {
        try {
            auto* out = static_cast<std::vector<std::string>*>(data);
            if (info->type == H5O_TYPE_DATASET) out->push_back(std::string("/") + name);
            return 0;
        } catch (...) {
            return -1;
        }
    };
#if H5_VERSION_GE(1, 12, 0)
    const herr_t status = H5Ovisit3(file, H5_INDEX_NAME, H5_ITER_INC, visit, &names, H5O_INFO_BASIC);
#else
    const herr_t status = H5Ovisit2(file, H5_INDEX_NAME, H5_ITER_INC, visit, &names, H5O_INFO_BASIC);
#endif
    if (status < 0) failLib(path, {}, "cannot list the datasets");

    std::vector<DatasetInfo> out;
    for (auto& name : names) {
        DatasetInfo info{name, {}, "unreadable"};
        DatasetHandle d{H5Dopen2(file, name.c_str(), H5P_DEFAULT)};
        if (d) {
            if (auto s = shapeOf(d.get())) {
                info.dims = std::move(s->dims);
                info.type = std::move(s->type);
            }
        }
        out.push_back(std::move(info));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The object tree (data browser)

// An attribute's value as one short line: strings as they are, up to 16 numbers, else its type and shape.
std::string attributeText(hid_t obj, const std::string& name)
{
    constexpr std::size_t kMaxChars = 240;
    AttrHandle attr{H5Aopen(obj, name.c_str(), H5P_DEFAULT)};
    if (!attr) return "(unreadable)";
    TypeHandle type{H5Aget_type(attr.get())};
    SpaceHandle space{H5Aget_space(attr.get())};
    if (!type || !space) return "(unreadable)";
    std::string text;
    const hssize_t n = H5Sget_simple_extent_npoints(space.get());
    if (H5Tget_class(type.get()) == H5T_STRING) {
        text = stringAttribute(obj, name.c_str()).value_or("(unreadable string)");
        std::replace(text.begin(), text.end(), '\n', ' ');
    } else if (isNumeric(type.get()) && sensibleNumericType(type.get()) && n >= 1 && n <= 16) {
        std::vector<double> values(std::size_t(n), 0.0);
        if (H5Aread(attr.get(), H5T_NATIVE_DOUBLE, values.data()) < 0) return "(unreadable)";
        for (std::size_t i = 0; i < values.size(); ++i) {
            std::array<char, 32> buf{};
            std::snprintf(buf.data(), buf.size(), "%.10g", values[i]);
            text += (i ? ", " : "") + std::string(buf.data());
        }
        if (n > 1) text = "[" + text + "]";
    } else {
        text = typeName(type.get()) + " × " + std::to_string(std::max<hssize_t>(n, 0));
    }
    if (text.size() > kMaxChars) text = text.substr(0, kMaxChars) + "…";
    return text;
}

std::string filterName(H5Z_filter_t id, const char* stored)
{
    switch (id) {
    case H5Z_FILTER_DEFLATE: return "deflate";
    case H5Z_FILTER_SHUFFLE: return "shuffle";
    case H5Z_FILTER_FLETCHER32: return "fletcher32";
    case H5Z_FILTER_SZIP: return "szip";
    case H5Z_FILTER_NBIT: return "nbit";
    case H5Z_FILTER_SCALEOFFSET: return "scaleoffset";
    default: return stored && *stored ? std::string(stored) : "filter " + std::to_string(id);
    }
}

// Shape, type, chunking and filters of an open dataset (what HDF5 can tell; nothing is read).
void describeDataset(hid_t dataset, Hdf5Node& node)
{
    node.kind = Hdf5Node::Kind::Dataset;
    if (auto s = shapeOf(dataset)) {
        node.dims = std::move(s->dims);
        node.type = std::move(s->type);
    } else {
        node.type = "unreadable";
    }
    PlistHandle dcpl{H5Dget_create_plist(dataset)};
    if (!dcpl) return;
    if (H5Pget_layout(dcpl.get()) == H5D_CHUNKED) {
        std::array<hsize_t, H5S_MAX_RANK> chunk{};
        const int rank = H5Pget_chunk(dcpl.get(), H5S_MAX_RANK, chunk.data());
        for (int i = 0; i > -1 && i < rank; ++i) node.chunks.push_back(std::int64_t(chunk[std::size_t(i)]));
    }
    const int nfilters = H5Pget_nfilters(dcpl.get());
    for (int i = 0; i < nfilters && i < 32; ++i) {
        unsigned flags = 0, config = 0;
        std::size_t nvalues = 0;
        std::array<char, 64> name{};
        const H5Z_filter_t id =
            H5Pget_filter2(dcpl.get(), unsigned(i), &flags, &nvalues, nullptr, name.size(), name.data(), &config);
        if (id >= 0) node.filters.push_back(filterName(id, name.data()));
    }
}

class TreeWalker {
public:
    explicit TreeWalker(std::size_t maxObjects) : m_left(maxObjects) {}

    void walk(hid_t group, Hdf5Node& node, int depth)
    {
        for (const auto& attr : attributeNames(group)) node.attributes.emplace_back(attr, attributeText(group, attr));
        if (depth > 64) return;  // deeper than any real file: a forged one
        std::vector<std::string> names;
        auto collect = [](hid_t, const char* name, const auto*, void* data) -> herr_t {
            try {
                static_cast<std::vector<std::string>*>(data)->emplace_back(name);
                return 0;
            } catch (...) {
                return -1;
            }
        };
        hsize_t index = 0;
        H5Literate(group, H5_INDEX_NAME, H5_ITER_INC, &index, collect, &names);
        for (const std::string& name : names) {
            if (m_left == 0) return;
            --m_left;
            Hdf5Node child;
            child.name = name;
            child.path = (node.path == "/" ? "" : node.path) + "/" + name;
            ObjectHandle obj{H5Oopen(group, name.c_str(), H5P_DEFAULT)};
            if (!obj) {
                child.kind = Hdf5Node::Kind::Other;
                child.type = "broken link";
            } else if (H5Iget_type(obj.get()) == H5I_DATASET) {
                describeDataset(obj.get(), child);
                for (const auto& attr : attributeNames(obj.get()))
                    child.attributes.emplace_back(attr, attributeText(obj.get(), attr));
            } else if (H5Iget_type(obj.get()) == H5I_GROUP) {
                child.kind = Hdf5Node::Kind::Group;
                if (firstVisit(obj.get())) walk(obj.get(), child, depth + 1);
            } else {
                child.kind = Hdf5Node::Kind::Other;
                child.type = "named type";
            }
            node.children.push_back(std::move(child));
        }
    }

private:
    // Hard links can make the same group appear twice (or inside itself): enter each group once.
    bool firstVisit(hid_t obj)
    {
#if H5_VERSION_GE(1, 12, 0)
        H5O_info2_t info{};
        if (H5Oget_info3(obj, &info, H5O_INFO_BASIC) < 0) return false;
        std::string key(reinterpret_cast<const char*>(&info.token), sizeof info.token);
#else
        H5O_info_t info{};
        if (H5Oget_info2(obj, &info, H5O_INFO_BASIC) < 0) return false;
        std::string key = std::to_string(info.addr);
#endif
        return m_seen.insert(std::move(key)).second;
    }

    std::size_t m_left;
    std::set<std::string> m_seen;
};

// " (datasets in the file: /a 4×5×6 uint16, …)" for error messages; at most ten named.
std::string availableDatasets(hid_t file, const fs::path& path)
{
    std::vector<DatasetInfo> list;
    try {
        list = datasetsIn(file, path);
    } catch (const Error&) {
        return {};
    }
    if (list.empty()) return " (the file holds no datasets)";
    constexpr std::size_t kMaxNamed = 10;
    std::string s = " (datasets in the file: ";
    for (std::size_t i = 0; i < std::min(list.size(), kMaxNamed); ++i)
        s += (i ? ", " : "") + list[i].path + " " + dimsText(list[i].dims) + " " + list[i].type;
    if (list.size() > kMaxNamed) s += ", and " + std::to_string(list.size() - kMaxNamed) + " more";
    return s + ")";
}

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos) end = text.size();
        if (end > begin) lines.push_back(text.substr(begin, end - begin));
        begin = end + 1;
    }
    return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

class Hdf5Source final : public StackSource {
public:
    Hdf5Source(fs::path file, const std::string& dataset);
    ~Hdf5Source() override
    {
        ApiLock lock;
        m_dataset.reset();
        m_file.reset();
    }

    const StackInfo& info() const override { return m_info; }
    ImageStack read(Range frames, Range rows, const Progress& progress) override;
    std::string describe() const override { return "HDF5 " + m_path.string() + ":" + m_name; }

private:
    // A block of the dataset, [begin, end) per dimension (frames, rows, cols); frames are 0:1 for 2D data.
    struct Block {
        std::array<std::int64_t, 3> begin{}, end{};
        std::int64_t size(int d) const { return end[std::size_t(d)] - begin[std::size_t(d)]; }
    };

    void readLayout(hid_t type);
    void readAttributes();
    std::int64_t chunkDim(int d) const;  // chunk extent along block dimension d (1 when not chunked)
    void checkChunks(const Block& piece) const;
    std::array<std::int64_t, 3> pieceSize(const Block& all) const;

    fs::path m_path;
    std::string m_name;
    FileHandle m_file;
    DatasetHandle m_dataset;
    int m_rank = 3;
    H5D_layout_t m_layout = H5D_CONTIGUOUS;
    bool m_filtered = false;
    std::array<hsize_t, 3> m_chunk{};  // chunk dims (m_rank of them) of a chunked dataset
    std::size_t m_typeSize = 0;        // bytes per stored value
    hsize_t m_chunkBytes = 0;          // bytes per chunk when chunks are checked before reads (unfiltered), else 0
    StackInfo m_info;
};

Hdf5Source::Hdf5Source(fs::path file, const std::string& dataset)
    : m_path(std::move(file)), m_name(normalizedPath(dataset))
{
    m_file = openFile(m_path);
    switch (objectKind(m_file.get(), m_name)) {
    case ObjectKind::Dataset: break;
    case ObjectKind::Missing:
        throw Error(m_path, m_name, "no such dataset" + availableDatasets(m_file.get(), m_path));
    case ObjectKind::Group:
        throw Error(m_path, m_name, "is a group, not a dataset" + availableDatasets(m_file.get(), m_path));
    case ObjectKind::Other: throw Error(m_path, m_name, "is not a dataset");
    }

    // A chunk cache large enough for a few frames' worth of chunks (the default is 1 MiB).
    PlistHandle dapl{H5Pcreate(H5P_DATASET_ACCESS)};
    H5Pset_chunk_cache(dapl.get(), 10007, 32u << 20, 1.0);
    m_dataset = DatasetHandle{H5Dopen2(m_file.get(), m_name.c_str(), dapl.get())};
    if (!m_dataset) failLib(m_path, m_name, "cannot open the dataset");

    TypeHandle type{H5Dget_type(m_dataset.get())};
    if (!type) failLib(m_path, m_name, "cannot read the dataset's type");
    const std::string name = typeName(type.get());
    if (!isNumeric(type.get()))
        throw Error(m_path, m_name, "holds " + name + " values, not numbers: an image needs integer or float values");
    if (!sensibleNumericType(type.get()))
        throw Error(m_path, m_name, "the file is corrupt: the layout of its " + name + " values is malformed");
    H5T_cdata_t* cdata = nullptr;
    if (!H5Tfind(type.get(), H5T_NATIVE_FLOAT, &cdata))
        failLib(m_path, m_name, "HDF5 cannot convert its " + name + " values to float32");

    auto shape = shapeOf(m_dataset.get());
    if (!shape) failLib(m_path, m_name, "cannot read the dataset's shape");
    const auto& dims = shape->dims;
    m_rank = int(dims.size());
    if (m_rank < 2 || m_rank > 3) {
        const std::string what = m_rank == 0 ? "a scalar" : std::to_string(m_rank) + "D (" + dimsText(dims) + ")";
        throw Error(m_path, m_name, "is " + what + ", not an image: need 2D (rows, cols) or 3D (frames, rows, cols)");
    }
    for (auto d : dims)
        if (d == 0) throw Error(m_path, m_name, "has an empty dimension (shape " + dimsText(dims) + ")");
    // The element count must fit in int64 so that Shape::count() and buffer sizes cannot overflow.
    std::int64_t count = 1;
    for (auto d : dims)
        if (__builtin_mul_overflow(count, d, &count) || count > std::numeric_limits<std::int64_t>::max() / 8)
            throw Error(m_path, m_name, "the shape " + dimsText(dims) + " is too large");

    m_info.shape = m_rank == 3 ? Shape{dims[0], dims[1], dims[2]} : Shape{1, dims[0], dims[1]};
    m_info.sourceType = sourceTypeOf(type.get());
    m_info.metadata["source"] = m_path.string();
    m_info.metadata["dataset"] = m_name;
    m_info.metadata["format"] = "HDF5";
    m_info.metadata["hdf5_type"] = name;

    readLayout(type.get());
    readAttributes();
}

// libhdf5 1.10 trusts the sizes recorded for a dataset's storage: a corrupt file whose storage is smaller than the
// shape needs makes H5Dread copy past its buffers. Such records are checked here and in checkChunks(), so the
// read fails with an error instead.
void Hdf5Source::readLayout(hid_t type)
{
    m_typeSize = H5Tget_size(type);
    PlistHandle dcpl{H5Dget_create_plist(m_dataset.get())};
    if (!dcpl || m_typeSize == 0) failLib(m_path, m_name, "cannot read the dataset's storage layout");
    m_layout = H5Pget_layout(dcpl.get());
    hsize_t needed = hsize_t(m_info.shape.count());
    if (__builtin_mul_overflow(needed, hsize_t(m_typeSize), &needed))
        throw Error(m_path, m_name, "the dataset is too large");
    const hsize_t stored = H5Dget_storage_size(m_dataset.get());
    if ((m_layout == H5D_COMPACT || (m_layout == H5D_CONTIGUOUS && H5Dget_offset(m_dataset.get()) != HADDR_UNDEF)) &&
        stored < needed)
        throw Error(m_path, m_name,
                    "the file is corrupt: the dataset's storage holds " + std::to_string(stored) +
                        " bytes but its shape needs " + std::to_string(needed));
    if (m_layout != H5D_CHUNKED) return;
    if (H5Pget_chunk(dcpl.get(), m_rank, m_chunk.data()) != m_rank ||
        std::any_of(m_chunk.begin(), m_chunk.begin() + m_rank, [](hsize_t c) { return c == 0; }))
        throw Error(m_path, m_name, "the file is corrupt: bad chunk dimensions");
    m_filtered = H5Pget_nfilters(dcpl.get()) > 0;
#if H5_VERSION_GE(1, 10, 5)
    if (m_filtered) return;
    // Unfiltered chunks all hold the same bytes, so the index's total must be that times the number of chunks.
    // This also catches records of 0 bytes, which the per-chunk lookup in checkChunks() cannot tell from absent
    // chunks (one pass over the chunk index, when the dataset is opened).
    hsize_t chunkBytes = m_typeSize, chunks = 0, expected = 0;
    for (int i = 0; i < m_rank; ++i)
        if (__builtin_mul_overflow(chunkBytes, m_chunk[std::size_t(i)], &chunkBytes))
            throw Error(m_path, m_name, "the file is corrupt: bad chunk dimensions");
    SpaceHandle space{H5Dget_space(m_dataset.get())};
    if (!space || H5Dget_num_chunks(m_dataset.get(), space.get(), &chunks) < 0)
        failLib(m_path, m_name, "cannot read the chunk index");
    if (__builtin_mul_overflow(chunks, chunkBytes, &expected) || expected != stored)
        throw Error(m_path, m_name,
                    "the file is corrupt: the chunk index records " + std::to_string(stored) + " bytes for " +
                        std::to_string(chunks) + " chunks of " + std::to_string(chunkBytes) + " bytes");
    m_chunkBytes = chunkBytes;
#endif
}

void Hdf5Source::readAttributes()
{
    const hid_t d = m_dataset.get();
    const auto px = numberAttribute(d, "pixel_size_x"), py = numberAttribute(d, "pixel_size_y");
    const auto pz = numberAttribute(d, "spacing_z");
    const auto unit = stringAttribute(d, "unit");
    auto positive = [](const std::optional<double>& v) { return v && *v > 0; };
    if (positive(px) || positive(py) || positive(pz)) {
        // One of x/y given: assume square pixels.
        m_info.spacing.x = positive(px) ? *px : positive(py) ? *py : 1.0;
        m_info.spacing.y = positive(py) ? *py : positive(px) ? *px : 1.0;
        m_info.spacing.z = positive(pz) ? *pz : 1.0;
        m_info.spacing.unit = unit.value_or("");
    } else if (m_name.starts_with("/exchange/")) {
        // DXchange: the effective pixel size at the sample, else the detector's pixel size.
        if (auto r = numberDataset(m_file.get(), "/measurement/instrument/detection_system/objective/resolution")) {
            m_info.spacing = {r->first, r->first, r->first, r->second};
        } else if (auto dx = numberDataset(m_file.get(), "/measurement/instrument/detector/pixel_size_x")) {
            const auto dy = numberDataset(m_file.get(), "/measurement/instrument/detector/pixel_size_y");
            const double y = dy ? dy->first : dx->first;
            m_info.spacing = {dx->first, y, dx->first, dx->second};
        }
    }
    if (auto p = stringAttribute(d, "provenance")) m_info.provenance = splitLines(*p);
    for (const auto& attr : attributeNames(d))
        if (attr.starts_with("meta:") && attr.size() > 5)
            if (auto value = stringAttribute(d, attr.c_str())) m_info.metadata.emplace(attr.substr(5), *value);
}

std::int64_t Hdf5Source::chunkDim(int d) const
{
    if (m_layout != H5D_CHUNKED) return 1;
    const int i = d - (3 - m_rank);  // a 2D dataset has no frame dimension
    return i < 0 ? 1 : std::int64_t(m_chunk[std::size_t(i)]);
}

// Unfiltered chunks are stored whole: each one a read touches must be absent or hold exactly a chunk's bytes.
// (H5Dget_chunk_storage_size is a quick index lookup; H5Dget_chunk_info_by_coord scans the index in 1.10.)
void Hdf5Source::checkChunks(const Block& piece) const
{
    if (m_chunkBytes == 0) return;
    std::array<std::int64_t, 3> lo{}, hi{}, at{};
    for (std::size_t d = 0; d < 3; ++d) {
        lo[d] = piece.begin[d] / chunkDim(int(d));
        hi[d] = (piece.end[d] - 1) / chunkDim(int(d));
    }
    const std::size_t skip = std::size_t(3 - m_rank);
    at = lo;
    while (true) {
        std::array<hsize_t, 3> offset{};
        for (std::size_t d = skip; d < 3; ++d) offset[d - skip] = hsize_t(at[d] * chunkDim(int(d)));
        hsize_t size = 0;
        if (H5Dget_chunk_storage_size(m_dataset.get(), offset.data(), &size) < 0)
            failLib(m_path, m_name, "cannot look up a chunk");
        if (size != 0 && size != m_chunkBytes)
            throw Error(m_path, m_name,
                        "the file is corrupt: a chunk holds " + std::to_string(size) + " bytes instead of " +
                            std::to_string(m_chunkBytes));
        // Next chunk coordinate, last dimension fastest.
        std::size_t d = 3;
        while (d > 0 && at[d - 1] == hi[d - 1]) {
            at[d - 1] = lo[d - 1];
            --d;
        }
        if (d == 0) break;
        ++at[d - 1];
    }
}

// How much one H5Dread covers (frames, rows, cols).
std::array<std::int64_t, 3> Hdf5Source::pieceSize(const Block& all) const
{
    // About 16 MiB of floats per call: few calls, yet progress and stop requests come through.
    constexpr std::int64_t kBudget = std::int64_t(4) << 20;
    // HDF5 keeps a selection (about 0.5 KiB) for every chunk one read touches: a file of tiny chunks read in one
    // call could take gigabytes for that alone.
    constexpr std::int64_t kMaxChunks = 4096;
    std::array<std::int64_t, 3> step{all.size(0), all.size(1), all.size(2)};
    const std::int64_t frameValues = step[1] * step[2];
    step[0] = std::clamp<std::int64_t>(kBudget / frameValues, 1, step[0]);
    if (frameValues > kBudget) step[1] = std::clamp<std::int64_t>(kBudget / step[2], 1, step[1]);
    step[2] = std::min(step[2], kBudget);
    if (m_layout != H5D_CHUNKED) return step;
    auto chunksTouched = [&] {
        std::int64_t n = 1;  // step's product is at most about kBudget, so this cannot overflow
        for (std::size_t d = 0; d < 3; ++d) {
            const std::int64_t c = chunkDim(int(d));
            n *= (step[d] + c - 1) / c + (c > 1 ? 1 : 0);  // +1: the piece may straddle chunk borders
        }
        return n;
    };
    // Halve the outermost dimension first (down to one chunk), so pieces stay as wide as possible.
    for (std::size_t d = 0; d < 3 && chunksTouched() > kMaxChunks;) {
        const std::int64_t c = chunkDim(int(d));
        if (step[d] > c)
            step[d] = std::max(c, step[d] / 2 / c * c);
        else
            ++d;
    }
    return step;
}

ImageStack Hdf5Source::read(Range frames, Range rows, const Progress& progress)
{
    ApiLock lock;
    Range fr, rr;
    try {
        fr = frames.resolved(m_info.shape.frames, "frames");
        rr = rows.resolved(m_info.shape.rows, "rows");
    } catch (const Error& e) {
        throw Error(m_path, m_name, e.location() + " " + e.reason());
    }
    const std::int64_t cols = m_info.shape.cols;
    ImageStack out = ImageStack::uninitialized(Shape{fr.size(), rr.size(), cols});  // the pieces cover it all
    const Shape readShape = out.shape();
    out.info() = m_info;
    out.info().shape = readShape;
    if (out.empty()) return out;

    // The whole slab is one memory dataspace (the output buffer); each piece is a hyperslab of both spaces.
    const Block all{{fr.begin, rr.begin, 0}, {fr.end, rr.end, cols}};
    const std::size_t skip = std::size_t(3 - m_rank);  // a 2D dataset has no frame dimension
    std::array<hsize_t, 3> memDims{};
    for (std::size_t d = skip; d < 3; ++d) memDims[d - skip] = hsize_t(all.size(int(d)));
    SpaceHandle fileSpace{H5Dget_space(m_dataset.get())};
    SpaceHandle memSpace{H5Screate_simple(m_rank, memDims.data(), nullptr)};
    if (!fileSpace || !memSpace) failLib(m_path, m_name, "cannot set up the read");

    const std::array<std::int64_t, 3> step = pieceSize(all);
    // Piece ends fall on chunk borders where possible, so no chunk is inflated twice.
    auto pieceEnd = [&](std::size_t d, std::int64_t begin) {
        std::int64_t end = begin + step[d];
        const std::int64_t c = chunkDim(int(d));
        if (c > 1 && end / c * c > begin) end = end / c * c;
        return std::min(end, all.end[d]);
    };
    const double total = double(readShape.count());
    double done = 0;
    const std::string message = "reading " + m_path.filename().string();
    Block piece;
    for (piece.begin[0] = all.begin[0]; piece.begin[0] < all.end[0]; piece.begin[0] = piece.end[0]) {
        piece.end[0] = pieceEnd(0, piece.begin[0]);
        for (piece.begin[1] = all.begin[1]; piece.begin[1] < all.end[1]; piece.begin[1] = piece.end[1]) {
            piece.end[1] = pieceEnd(1, piece.begin[1]);
            for (piece.begin[2] = 0; piece.begin[2] < cols; piece.begin[2] = piece.end[2]) {
                piece.end[2] = pieceEnd(2, piece.begin[2]);
                progress.throwIfStopped();
                checkChunks(piece);
                std::array<hsize_t, 3> fileStart{}, memStart{}, count{};
                for (std::size_t d = skip; d < 3; ++d) {
                    fileStart[d - skip] = hsize_t(piece.begin[d]);
                    memStart[d - skip] = hsize_t(piece.begin[d] - all.begin[d]);
                    count[d - skip] = hsize_t(piece.size(int(d)));
                }
                if (H5Sselect_hyperslab(fileSpace.get(), H5S_SELECT_SET, fileStart.data(), nullptr, count.data(),
                                        nullptr) < 0 ||
                    H5Sselect_hyperslab(memSpace.get(), H5S_SELECT_SET, memStart.data(), nullptr, count.data(),
                                        nullptr) < 0 ||
                    H5Dread(m_dataset.get(), H5T_NATIVE_FLOAT, memSpace.get(), fileSpace.get(), H5P_DEFAULT,
                            out.data()) < 0)
                    failLib(m_path, m_name,
                            "reading frames " + std::to_string(piece.begin[0]) + ":" + std::to_string(piece.end[0]) +
                                ", rows " + std::to_string(piece.begin[1]) + ":" + std::to_string(piece.end[1]) +
                                " failed");
                done += double(piece.size(0) * piece.size(1) * piece.size(2));
                progress.report(done / total, message);
            }
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

void writeStringAttribute(hid_t obj, const std::string& name, const std::string& value, const fs::path& target,
                          const std::string& location)
{
    // Fixed-length UTF-8 (NUL-padded), not variable-length: variable-length strings live in HDF5's global heap,
    // whose reader in libhdf5 1.10 crashes or hangs on corrupt files (see tests/fuzz/fuzz_hdf5.cpp), so our own
    // files do not depend on it. Only text beyond what an object header holds (64 KiB) goes variable-length.
    constexpr std::size_t kMaxFixed = 32u << 10;
    const bool fixed = value.size() <= kMaxFixed;
    TypeHandle type{H5Tcopy(H5T_C_S1)};
    SpaceHandle space{H5Screate(H5S_SCALAR)};
    if (!type || !space || H5Tset_size(type.get(), fixed ? std::max<std::size_t>(value.size(), 1) : H5T_VARIABLE) < 0 ||
        (fixed && H5Tset_strpad(type.get(), H5T_STR_NULLPAD) < 0) || H5Tset_cset(type.get(), H5T_CSET_UTF8) < 0)
        failLib(target, location, "cannot make a string type");
    AttrHandle attr{H5Acreate2(obj, name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT)};
    if (!attr) failLib(target, location, "cannot create attribute " + name);
    const char* text = value.c_str();  // c_str() has the NUL that pads an empty value to size 1
    const herr_t status = fixed ? H5Awrite(attr.get(), type.get(), text) : H5Awrite(attr.get(), type.get(), &text);
    if (status < 0) failLib(target, location, "cannot write attribute " + name);
}

void writeNumberAttribute(hid_t obj, const std::string& name, double value, const fs::path& target,
                          const std::string& location)
{
    SpaceHandle space{H5Screate(H5S_SCALAR)};
    AttrHandle attr{space ? H5Acreate2(obj, name.c_str(), H5T_IEEE_F64LE, space.get(), H5P_DEFAULT, H5P_DEFAULT)
                          : H5I_INVALID_HID};
    if (!attr || H5Awrite(attr.get(), H5T_NATIVE_DOUBLE, &value) < 0)
        failLib(target, location, "cannot write attribute " + name);
}

// Converts frame f of s to the stored type T into buffer. Integer output repeats convertForOutput's arithmetic
// (StackWriter.cpp: float for 8/16-bit, double for 32-bit) with the scale hoisted out of the loop, which is several
// times faster than a call per value; the writer tests compare every stored value with convertForOutput.
template <class T>
void convertFrame(const ImageStack& s, std::int64_t f, DType dtype, const std::optional<ValueRange>& range,
                  std::vector<unsigned char>& buffer)
{
    T* out = reinterpret_cast<T*>(buffer.data());
    if constexpr (std::is_floating_point_v<T>) {
        for (std::int64_t r = 0; r < s.rows(); ++r)
            for (float v : s.row(f, r)) *out++ = static_cast<T>(v);
    } else {
        // Compute in float for 8/16-bit types, in double for wider ones.
        using Calc = std::conditional_t<(sizeof(T) <= 2), float, double>;
        const double loD = dtypeMin(dtype), hiD = dtypeMax(dtype);
        const bool mapped = range && range->max > range->min;
        const Calc lo = Calc(loD), hi = Calc(hiD);
        const Calc min = mapped ? Calc(range->min) : Calc(0);
        const Calc scale = mapped ? Calc((hiD - loD) / (range->max - range->min)) : Calc(1);
        for (std::int64_t r = 0; r < s.rows(); ++r)
            for (float v : s.row(f, r)) {
                if (std::isnan(v)) {
                    *out++ = static_cast<T>(lo);
                    continue;
                }
                Calc x = v;
                if (mapped) x = lo + (x - min) * scale;
                if constexpr (sizeof(T) <= 2)
                    *out++ = static_cast<T>(std::nearbyint(std::clamp(x, lo, hi)));
                else
                    *out++ = static_cast<T>(std::clamp(std::nearbyint(x), lo, hi));
            }
    }
}

// One chunked 3D dataset (frames, rows, cols) written frame by frame, in order.
class FrameWriter {
public:
    struct Options {
        DType dtype = DType::Float32;
        std::optional<ValueRange> range;
        bool deflate = false;
        int level = 4;
    };

    FrameWriter(hid_t file, fs::path target, std::string path, Shape shape, Options opts)
        : m_target(std::move(target)), m_path(std::move(path)), m_shape(shape), m_opts(opts)
    {
        if (shape.frames <= 0 || shape.rows <= 0 || shape.cols <= 0)
            throw Error(m_target, m_path, "nothing to write: the stack shape " + shape.str() + " is empty");
        const std::array<hsize_t, 3> dims{hsize_t(shape.frames), hsize_t(shape.rows), hsize_t(shape.cols)};
        // One frame deep, so each appended frame fills whole chunks; tiles of at most 256×256 keep slab reads cheap.
        const std::array<hsize_t, 3> chunk{1, hsize_t(std::min<std::int64_t>(shape.rows, 256)),
                                           hsize_t(std::min<std::int64_t>(shape.cols, 256))};
        SpaceHandle space{H5Screate_simple(3, dims.data(), nullptr)};
        PlistHandle dcpl{H5Pcreate(H5P_DATASET_CREATE)};
        PlistHandle lcpl{H5Pcreate(H5P_LINK_CREATE)};
        if (!space || !dcpl || !lcpl || H5Pset_chunk(dcpl.get(), 3, chunk.data()) < 0 ||
            H5Pset_fill_time(dcpl.get(), H5D_FILL_TIME_NEVER) < 0 ||
            H5Pset_create_intermediate_group(lcpl.get(), 1) < 0)
            failLib(m_target, m_path, "cannot set up the dataset");
        if (opts.deflate) {
            if (H5Zfilter_avail(H5Z_FILTER_DEFLATE) <= 0)
                throw Error(m_target, m_path, "this HDF5 library has no deflate filter");
            // Shuffle groups the bytes of each value, which deflate compresses much better for 16/32-bit data.
            const unsigned level = unsigned(std::clamp(opts.level, 0, 9));
            if (H5Pset_shuffle(dcpl.get()) < 0 || H5Pset_deflate(dcpl.get(), level) < 0)
                failLib(m_target, m_path, "cannot set up compression");
        }
        m_dataset = DatasetHandle{H5Dcreate2(file, m_path.c_str(), storedType(opts.dtype).file, space.get(), lcpl.get(),
                                             dcpl.get(), H5P_DEFAULT)};
        if (!m_dataset) failLib(m_target, m_path, "cannot create the dataset");
        m_fileSpace = SpaceHandle{H5Dget_space(m_dataset.get())};
        const std::array<hsize_t, 3> frameDims{1, dims[1], dims[2]};
        m_memSpace = SpaceHandle{H5Screate_simple(3, frameDims.data(), nullptr)};
        if (!m_fileSpace || !m_memSpace) failLib(m_target, m_path, "cannot set up the dataset");
        m_buffer.resize(std::size_t(shape.rows * shape.cols) * dtypeSize(opts.dtype));
    }

    std::int64_t written() const noexcept { return m_written; }
    const std::string& path() const noexcept { return m_path; }

    // Provenance, spacing, version and metadata as attributes of the dataset.
    void writeAttributes(const StackInfo& info)
    {
        const hid_t d = m_dataset.get();
        std::string provenance;
        for (const auto& line : info.provenance) provenance += (provenance.empty() ? "" : "\n") + line;
        writeStringAttribute(d, "provenance", provenance, m_target, m_path);
        writeNumberAttribute(d, "pixel_size_x", info.spacing.x, m_target, m_path);
        writeNumberAttribute(d, "pixel_size_y", info.spacing.y, m_target, m_path);
        writeNumberAttribute(d, "spacing_z", info.spacing.z, m_target, m_path);
        if (info.spacing.known()) writeStringAttribute(d, "unit", info.spacing.unit, m_target, m_path);
        writeStringAttribute(d, "xrs_version", kVersion, m_target, m_path);
        // Where the input came from is replaced on the next read (and recorded in the provenance), so skip those.
        for (const auto& [key, value] : info.metadata)
            if (key != "source" && key != "dataset" && key != "format" && key != "hdf5_type" && !key.empty())
                writeStringAttribute(d, "meta:" + key, value, m_target, m_path);
    }

    void append(const ImageStack& frames)
    {
        if (frames.rows() != m_shape.rows || frames.cols() != m_shape.cols)
            throw Error(m_target, m_path,
                        "frames of " + std::to_string(frames.rows()) + "×" + std::to_string(frames.cols()) +
                            " do not fit the declared " + std::to_string(m_shape.rows) + "×" +
                            std::to_string(m_shape.cols));
        if (m_written + frames.frames() > m_shape.frames)
            throw Error(m_target, m_path,
                        "more frames than the declared " + std::to_string(m_shape.frames) + " (already wrote " +
                            std::to_string(m_written) + ", got " + std::to_string(frames.frames()) + " more)");
        for (std::int64_t f = 0; f < frames.frames(); ++f) {
            // Rows are copied one by one, so strided views (frame/row ranges) work like contiguous stacks.
            switch (m_opts.dtype) {
            case DType::UInt8: convertFrame<std::uint8_t>(frames, f, m_opts.dtype, m_opts.range, m_buffer); break;
            case DType::UInt16: convertFrame<std::uint16_t>(frames, f, m_opts.dtype, m_opts.range, m_buffer); break;
            case DType::UInt32: convertFrame<std::uint32_t>(frames, f, m_opts.dtype, m_opts.range, m_buffer); break;
            case DType::Int8: convertFrame<std::int8_t>(frames, f, m_opts.dtype, m_opts.range, m_buffer); break;
            case DType::Int16: convertFrame<std::int16_t>(frames, f, m_opts.dtype, m_opts.range, m_buffer); break;
            case DType::Int32: convertFrame<std::int32_t>(frames, f, m_opts.dtype, m_opts.range, m_buffer); break;
            case DType::Float32: convertFrame<float>(frames, f, m_opts.dtype, m_opts.range, m_buffer); break;
            case DType::Float64: convertFrame<double>(frames, f, m_opts.dtype, m_opts.range, m_buffer); break;
            }
            const std::array<hsize_t, 3> start{hsize_t(m_written), 0, 0};
            const std::array<hsize_t, 3> count{1, hsize_t(m_shape.rows), hsize_t(m_shape.cols)};
            const hid_t fileSpace = m_fileSpace.get();
            if (H5Sselect_hyperslab(fileSpace, H5S_SELECT_SET, start.data(), nullptr, count.data(), nullptr) < 0 ||
                H5Dwrite(m_dataset.get(), storedType(m_opts.dtype).memory, m_memSpace.get(), fileSpace,
                         H5P_DEFAULT, m_buffer.data()) < 0)
                failLib(m_target, m_path, "writing frame " + std::to_string(m_written) + " failed");
            ++m_written;
        }
    }

    void close()
    {
        m_memSpace.reset();
        m_fileSpace.reset();
        if (m_dataset.close() < 0) failLib(m_target, m_path, "closing the dataset failed");
    }

private:
    fs::path m_target;  // the user's file name, for messages (we write to a temporary beside it)
    std::string m_path;
    Shape m_shape;
    Options m_opts;
    DatasetHandle m_dataset;
    SpaceHandle m_fileSpace;
    SpaceHandle m_memSpace;
    std::vector<unsigned char> m_buffer;
    std::int64_t m_written = 0;
};

// Flushes and closes the file, reporting failures (a full disk shows up here).
void closeFile(FileHandle& file, const fs::path& target)
{
    if (H5Fflush(file.get(), H5F_SCOPE_GLOBAL) < 0) failLib(target, {}, "writing the file failed");
    if (file.close() < 0) failLib(target, {}, "closing the file failed");
}

class Hdf5Writer final : public StackWriter {
public:
    Hdf5Writer(const fs::path& file, const StackInfo& info, const WriteOptions& opts)
        : m_atomic(file), m_shape(info.shape)
    {
        if (opts.compression == Compression::Lzw)
            throw Error(file, {}, "LZW compression is only available for TIFF; use deflate for HDF5");
        const std::string path = normalizedPath(opts.dataset);
        if (path == "/") throw Error(file, {}, "the dataset path must name a dataset, like /data");
        m_file = createFile(m_atomic.tempPath(), file);
        const bool deflate = opts.compression == Compression::Deflate;
        m_data.emplace(m_file.get(), file, path, info.shape,
                       FrameWriter::Options{opts.dtype, opts.range, deflate, opts.compressionLevel});
        m_data->writeAttributes(info);
    }

    ~Hdf5Writer() override
    {
        // Close HDF5's handles before AtomicFile (declared first, destroyed last) removes the temporary file.
        ApiLock lock;
        m_data.reset();
        m_file.reset();
    }

    void append(const ImageStack& frames) override
    {
        ApiLock lock;
        if (!m_data) throw Error(m_atomic.target(), {}, "the writer was already committed");
        m_data->append(frames);
    }

    void commit() override
    {
        ApiLock lock;
        if (!m_data) throw Error(m_atomic.target(), {}, "the writer was already committed");
        if (m_data->written() != m_shape.frames)
            throw Error(m_atomic.target(), m_data->path(),
                        "only " + std::to_string(m_data->written()) + " of " + std::to_string(m_shape.frames) +
                            " frames were written; the file was not saved");
        m_data->close();
        m_data.reset();
        closeFile(m_file, m_atomic.target());
        m_atomic.commit();
    }

private:
    AtomicFile m_atomic;
    Shape m_shape;
    FileHandle m_file;
    std::optional<FrameWriter> m_data;
};

std::vector<double> readTheta(hid_t file, const fs::path& path, std::int64_t projections)
{
    const std::string name = "/exchange/theta";
    DatasetHandle d{H5Dopen2(file, name.c_str(), H5P_DEFAULT)};
    if (!d) failLib(path, name, "cannot open the angles");
    TypeHandle type{H5Dget_type(d.get())};
    auto shape = shapeOf(d.get());
    if (!type || !shape) failLib(path, name, "cannot read the angles' type and shape");
    if (!isNumeric(type.get())) throw Error(path, name, "holds " + shape->type + " values, not angles");
    if (!sensibleNumericType(type.get()))
        throw Error(path, name, "the file is corrupt: the layout of its " + shape->type + " values is malformed");
    if (shape->dims.size() != 1)
        throw Error(path, name, "angles must be 1D (one per projection), not " + dimsText(shape->dims));
    if (shape->dims[0] != projections)
        throw Error(path, name,
                    "has " + std::to_string(shape->dims[0]) + " angles but /exchange/data has " +
                        std::to_string(projections) + " projections");
    std::vector<double> theta(static_cast<std::size_t>(projections));
    if (H5Dread(d.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, theta.data()) < 0)
        failLib(path, name, "reading the angles failed");
    return theta;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// Public API

std::vector<DatasetInfo> listDatasets(const fs::path& file)
{
    ApiLock lock;
    FileHandle f = openFile(file);
    return datasetsIn(f.get(), file);
}

Hdf5Node hdf5Tree(const fs::path& file, std::size_t maxObjects)
{
    ApiLock lock;
    FileHandle f = openFile(file);
    GroupHandle root{H5Gopen2(f.get(), "/", H5P_DEFAULT)};
    if (!root) failLib(file, "/", "cannot open the root group");
    Hdf5Node node;
    node.name = "/";
    node.path = "/";
    TreeWalker(maxObjects).walk(root.get(), node, 0);
    return node;
}

std::unique_ptr<StackSource> openHdf5(const fs::path& file, const std::string& dataset)
{
    ApiLock lock;
    return std::make_unique<Hdf5Source>(file, dataset);
}

bool isDxchange(const fs::path& file)
{
    ApiLock lock;
    try {
        FileHandle f = openFile(file);
        return objectKind(f.get(), "/exchange/data") == ObjectKind::Dataset;
    } catch (const Error&) {
        return false;
    }
}

DxchangeScan openDxchange(const fs::path& file)
{
    ApiLock lock;
    DxchangeScan scan;
    FileHandle f = openFile(file);
    const std::string dataPath = "/exchange/data", whitePath = "/exchange/data_white", darkPath = "/exchange/data_dark",
                      thetaPath = "/exchange/theta";
    if (objectKind(f.get(), dataPath) != ObjectKind::Dataset)
        throw Error(file, dataPath, "not a DXchange file: there are no projections" + availableDatasets(f.get(), file));
    scan.data = openHdf5(file, dataPath);
    const Shape projections = scan.data->shape();

    auto openMatching = [&](const std::string& path, const char* what) -> std::unique_ptr<StackSource> {
        const ObjectKind kind = objectKind(f.get(), path);
        if (kind == ObjectKind::Missing) {
            scan.missing.push_back(path);
            return nullptr;
        }
        if (kind != ObjectKind::Dataset) throw Error(file, path, "is not a dataset");
        auto source = openHdf5(file, path);
        const Shape s = source->shape();
        if (s.rows != projections.rows || s.cols != projections.cols)
            throw Error(file, path,
                        std::string(what) + " are " + std::to_string(s.rows) + "×" + std::to_string(s.cols) +
                            " but the projections are " + std::to_string(projections.rows) + "×" +
                            std::to_string(projections.cols));
        return source;
    };
    scan.flats = openMatching(whitePath, "flat fields");
    scan.darks = openMatching(darkPath, "dark fields");

    switch (objectKind(f.get(), thetaPath)) {
    case ObjectKind::Dataset:
        scan.thetaDegrees = readTheta(f.get(), file, projections.frames);
        scan.thetaFromFile = true;
        break;
    case ObjectKind::Missing:
        // The usual parallel-beam scan: n angles over 180°, the endpoint excluded.
        scan.thetaDegrees.resize(std::size_t(projections.frames));
        for (std::int64_t i = 0; i < projections.frames; ++i)
            scan.thetaDegrees[std::size_t(i)] = double(i) * 180.0 / double(projections.frames);
        scan.missing.push_back(thetaPath);
        break;
    default: throw Error(file, thetaPath, "is not a dataset");
    }
    return scan;
}

void writeDxchange(const fs::path& file, const ImageStack& data, const ImageStack* flats, const ImageStack* darks,
                   const std::vector<double>& thetaDegrees, DType dtype, const Progress& progress)
{
    ApiLock lock;
    const std::string dataPath = "/exchange/data", thetaPath = "/exchange/theta";
    if (data.empty()) throw Error(file, dataPath, "nothing to write: the projections are empty");
    for (const ImageStack* s : {flats, darks})
        if (s && !s->empty() && (s->rows() != data.rows() || s->cols() != data.cols()))
            throw Error(file, s == flats ? "/exchange/data_white" : "/exchange/data_dark",
                        "frames of " + std::to_string(s->rows()) + "×" + std::to_string(s->cols()) +
                            " do not match the projections' " + std::to_string(data.rows()) + "×" +
                            std::to_string(data.cols()));
    if (!thetaDegrees.empty() && std::int64_t(thetaDegrees.size()) != data.frames())
        throw Error(file, thetaPath,
                    std::to_string(thetaDegrees.size()) + " angles for " + std::to_string(data.frames()) +
                        " projections");

    AtomicFile atomic(file);
    FileHandle f = createFile(atomic.tempPath(), file);

    // DXchange readers look for this marker.
    {
        const std::string implements = "exchange:measurement:process";
        TypeHandle type{H5Tcopy(H5T_C_S1)};
        SpaceHandle space{H5Screate(H5S_SCALAR)};
        if (!type || !space || H5Tset_size(type.get(), implements.size()) < 0)
            failLib(file, "/implements", "cannot set up");
        DatasetHandle d{
            H5Dcreate2(f.get(), "/implements", type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT)};
        if (!d || H5Dwrite(d.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, implements.data()) < 0)
            failLib(file, "/implements", "cannot write");
    }

    const std::int64_t total = data.frames() + (flats ? flats->frames() : 0) + (darks ? darks->frames() : 0);
    std::int64_t done = 0;
    auto writeFrames = [&](const std::string& path, const ImageStack& stack, bool attributes) {
        if (stack.empty()) return;  // an empty flat/dark stack is simply not recorded
        FrameWriter w(f.get(), file, path, stack.shape(), {dtype, std::nullopt, false, 0});
        if (attributes) w.writeAttributes(stack.info());
        for (std::int64_t i = 0; i < stack.frames(); ++i) {
            progress.throwIfStopped();
            w.append(stack.frame(i));
            progress.report(double(++done) / double(total), "writing " + file.filename().string());
        }
        w.close();
    };
    writeFrames(dataPath, data, true);
    if (flats) writeFrames("/exchange/data_white", *flats, false);
    if (darks) writeFrames("/exchange/data_dark", *darks, false);

    if (!thetaDegrees.empty()) {
        const hsize_t n = thetaDegrees.size();
        SpaceHandle space{H5Screate_simple(1, &n, nullptr)};
        DatasetHandle d{space ? H5Dcreate2(f.get(), thetaPath.c_str(), H5T_IEEE_F64LE, space.get(), H5P_DEFAULT,
                                           H5P_DEFAULT, H5P_DEFAULT)
                              : H5I_INVALID_HID};
        if (!d || H5Dwrite(d.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, thetaDegrees.data()) < 0)
            failLib(file, thetaPath, "cannot write the angles");
        writeStringAttribute(d.get(), "units", "degrees", file, thetaPath);
    }
    closeFile(f, file);
    atomic.commit();
}

std::unique_ptr<StackWriter> openHdf5Writer(const fs::path& file, const StackInfo& info, const WriteOptions& opts)
{
    ApiLock lock;
    return std::make_unique<Hdf5Writer>(file, info, opts);
}

}  // namespace xrs::io
