// ct/ReconPipeline: the streamed reconstruction (see the header). Overlap uses std::async with at most one read and
// one write in flight; the futures are declared after the writer, so on any exception they are joined before the
// writer is destroyed uncommitted.
#include "ct/ReconPipeline.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <future>

#include <unistd.h>

#include <xrs/Version.h>

#include "core/Error.h"
#include "ct/CenterFinder.h"
#include "ct/Fbp.h"
#include "ct/Phantom.h"
#include "ct/Preprocess.h"
#include "ct/Scan360.h"
#include "io/Hdf5.h"
#include "io/StackWriter.h"

namespace xrs::ct {

namespace {

std::string fmt(double v, int decimals = 2)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

void checkInput(const ReconInput& in)
{
    if (!in.projections) throw Error("reconstruction: no projections");
    const Shape& s = in.projections->shape();
    if (in.flats.empty()) throw Error("reconstruction: no flat fields (needed for the normalisation)");
    if (in.flats.rows() != s.rows || in.flats.cols() != s.cols)
        throw Error("reconstruction: flats are " + in.flats.shape().str() + ", projections " + s.str());
    if (!in.darks.empty() && (in.darks.rows() != s.rows || in.darks.cols() != s.cols))
        throw Error("reconstruction: darks are " + in.darks.shape().str() + ", projections " + s.str());
    if (!in.anglesDeg.empty() && std::int64_t(in.anglesDeg.size()) != s.frames)
        throw Error("reconstruction: " + std::to_string(in.anglesDeg.size()) + " angles for " +
                    std::to_string(s.frames) + " projections");
}

std::vector<double> anglesOf(const ReconInput& in)
{
    return in.anglesDeg.empty() ? evenAngles(in.projections->shape().frames) : in.anglesDeg;
}

// Reads and normalises detector rows [rows) of every projection, with ring removal per sinogram row.
ImageStack loadRows(io::StackSource& src, const FlatField& ff, Range rows, const RingSpec& ring,
                    std::optional<double> zinger = std::nullopt)
{
    ImageStack slab = src.read(Range::all(), rows);
    if (!slab.contiguous()) slab = slab.clone();
    if (zinger) {
        // On the raw counts, before the log spreads a spike's influence through the normalisation.
        ZingerOptions zo;
        zo.threshold = *zinger;
        zo.relative = true;
        removeZingers(slab, zo);
    }
    ff.apply(slab, rows.begin);
    if (ring.method != RingSpec::Method::None) {
        // removeStripes wants (sinograms, angles, cols): one frame per detector row.
        const std::int64_t a = slab.frames(), r = slab.rows(), c = slab.cols();
        ImageStack sinos = ImageStack::uninitialized({r, a, c});
        for (std::int64_t i = 0; i < a; ++i)
            for (std::int64_t j = 0; j < r; ++j) std::copy_n(slab.row(i, j).data(), c, sinos.row(j, i).data());
        removeStripes(sinos, ring);
        for (std::int64_t i = 0; i < a; ++i)
            for (std::int64_t j = 0; j < r; ++j) std::copy_n(sinos.row(j, i).data(), c, slab.row(i, j).data());
    }
    return slab;
}

// Keeps the projections `subset` (frame indices) of a normalised slab; empty subset: the slab as it is.
ImageStack selectProjections(ImageStack slab, const std::vector<std::int64_t>& subset)
{
    if (subset.empty()) return slab;
    ImageStack out = ImageStack::uninitialized({std::int64_t(subset.size()), slab.rows(), slab.cols()});
    for (std::size_t i = 0; i < subset.size(); ++i)
        for (std::int64_t r = 0; r < slab.rows(); ++r)
            std::copy_n(slab.row(subset[i], r).data(), slab.cols(), out.row(std::int64_t(i), r).data());
    return out;
}

std::vector<double> selectAngles(const std::vector<double>& angles, const std::vector<std::int64_t>& subset)
{
    if (subset.empty()) return angles;
    std::vector<double> out;
    out.reserve(subset.size());
    for (auto i : subset) out.push_back(angles[std::size_t(i)]);
    return out;
}

void checkSubset(const std::vector<std::int64_t>& subset, std::int64_t angles)
{
    for (std::size_t i = 0; i < subset.size(); ++i)
        if (subset[i] < 0 || subset[i] >= angles || (i > 0 && subset[i] <= subset[i - 1]))
            throw Error("reconstruction: the projection subset must be ascending indices below " +
                        std::to_string(angles));
}

// Pixel units → per unit length when the detector pixel size is known.
void scaleToLength(ImageStack& slices, const Spacing& spacing)
{
    if (!spacing.known() || !(spacing.x > 0)) return;
    const float k = float(1.0 / spacing.x);
    for (float& v : slices.values()) v *= k;
}

bool is360(const ReconOptions& o, const std::vector<double>& angles)
{
    if (o.scan == ScanSpan::Half180) return false;
    const bool full = spans360(angles);
    if (o.scan == ScanSpan::Full360 && !full) throw Error({}, "--scan", "360 requested but the angles span less");
    return full;
}

// FBP of normalised sinograms, stitched first for a 360° scan (the slices then follow the stitched width).
ImageStack filterBackproject(const ImageStack& sinos, FbpOptions fbp, bool full360)
{
    if (!full360) return reconstructSlices(sinos, fbp);
    Stitched360 st = stitch360(sinos, fbp.anglesDeg, fbp.center);
    fbp.center = st.center;
    fbp.anglesDeg = st.anglesDeg;
    return reconstructSlices(st.sinograms, fbp);
}

double autoCenter(io::StackSource& src, const FlatField& ff, Range rows, const std::vector<double>& angles,
                  bool full360, const Progress& progress)
{
    // A few rows spread over the range; the finder takes their median.
    const std::int64_t n = std::min<std::int64_t>(3, rows.size());
    std::vector<std::int64_t> picks;
    ImageStack sample = ImageStack::uninitialized({src.shape().frames, n, src.shape().cols});
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t r = rows.begin + (rows.size() * (2 * i + 1)) / (2 * n);
        ImageStack one = loadRows(src, ff, {r, r + 1}, RingSpec{});
        for (std::int64_t a = 0; a < one.frames(); ++a)
            std::copy_n(one.row(a, 0).data(), one.cols(), sample.row(a, i).data());
        picks.push_back(i);
    }
    if (full360) return findCenter360(sample, angles, picks);
    return findCenterFromRows(sample, picks, {}, progress);
}

ValueRange percentileRange(const ImageStack& slice)
{
    std::vector<float> v;
    v.reserve(std::size_t(slice.shape().count()));
    for (std::int64_t f = 0; f < slice.frames(); ++f)
        for (std::int64_t r = 0; r < slice.rows(); ++r)
            for (float x : slice.row(f, r))
                if (std::isfinite(x)) v.push_back(x);
    if (v.empty()) return {0, 1};
    auto at = [&](double q) {
        const auto k = std::size_t(std::llround(q * double(v.size() - 1)));
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(k), v.end());
        return double(v[k]);
    };
    ValueRange r{at(0.001), at(0.999)};
    if (!(r.max > r.min)) r.max = r.min + 1;
    return r;
}

std::string paramsLine(const ReconInput& in, double center, const ReconOptions& o)
{
    return std::string("xrs ") + kVersion + " recon: parallel-beam FBP, center " + fmt(center, 3) + ", filter " +
           std::string(filterName(o.filter)) + ", ring " + o.ring.str() + ", angles " +
           (o.projections.empty()
                ? std::to_string(in.projections->shape().frames)
                : std::to_string(o.projections.size()) + " of " + std::to_string(in.projections->shape().frames)) +
           (spans360(anglesOf(in)) ? " over 360°" : "") +
           (o.bin > 1 ? ", detector binned " + std::to_string(o.bin) + "×" + std::to_string(o.bin) : "") +
           (o.device == ComputeDevice::Cuda ? ", device cuda:" + std::to_string(o.cudaDevice) : "") +
           (o.halfStorage ? ", half-precision storage" : "");
}

// Detector binning: users give rows and centres in unbinned detector pixels; the work happens on the binned grid.
// Binned pixel j covers unbinned j·f … j·f + f − 1, so its centre is at j·f + (f − 1)/2.
struct Binning {
    int f = 1;
    double toBinned(double c) const { return (c - (f - 1) / 2.0) / f; }
    double toDetector(double c) const { return c * f + (f - 1) / 2.0; }
    // Unbinned rows [r) → the binned rows touching them (a partial block at the bottom edge is dropped).
    Range rows(Range r, std::int64_t binnedRows) const
    {
        return {r.begin / f, std::min(binnedRows, (r.end + f - 1) / f)};
    }
};

Binning applyBinning(ReconInput& in, int factor)
{
    if (factor != 1 && factor != 2 && factor != 4 && factor != 8)
        throw Error({}, "--bin", "the binning factor must be 1, 2, 4 or 8, got " + std::to_string(factor));
    if (factor > 1) {
        in.projections = binnedSource(std::move(in.projections), factor);
        in.flats = binDetector(in.flats, factor);
        if (!in.darks.empty()) in.darks = binDetector(in.darks, factor);
    }
    return {factor};
}

}  // namespace

ReconInput openDxchangeInput(const std::filesystem::path& file)
{
    io::DxchangeScan scan = io::openDxchange(file);
    ReconInput in;
    in.projections = std::move(scan.data);
    if (!scan.flats) throw Error(file, "/exchange/data_white", "no flat fields in the DXchange file");
    in.flats = scan.flats->readAll();
    if (scan.darks) in.darks = scan.darks->readAll();
    in.anglesDeg = scan.thetaDegrees;
    if (!scan.thetaFromFile) {
        in.anglesDeg = evenAngles(in.projections->shape().frames);
        in.anglesAssumed = true;
        in.warnings.push_back("warning: no /exchange/theta in " + file.string() +
                              "; assuming angles evenly spaced over 180°");
    }
    return in;
}

ReconInput openTiffInput(const std::filesystem::path& projections, const std::filesystem::path& flats,
                         const std::filesystem::path& darks)
{
    ReconInput in;
    in.projections = io::openStack(projections);
    if (flats.empty()) throw Error(projections, {}, "TIFF projections need flat fields (--flats)");
    in.flats = io::openStack(flats)->readAll();
    if (!darks.empty()) in.darks = io::openStack(darks)->readAll();
    in.anglesDeg = evenAngles(in.projections->shape().frames);
    in.anglesAssumed = true;
    in.warnings.push_back("warning: TIFF input has no angles; assuming them evenly spaced over 180°");
    return in;
}

std::int64_t chunkRowsForBudget(std::int64_t angles, std::int64_t cols, std::int64_t budgetBytes)
{
    // Per row: raw/normalised projections + the filtered copy + the slice, ~3 chunks alive.
    const std::int64_t perRow = 4 * (2 * angles * cols + cols * cols) * 3;
    return std::max<std::int64_t>(1, budgetBytes / std::max<std::int64_t>(1, perRow));
}

ReconResult reconstructScan(ReconInput& input, const std::filesystem::path& output, const ReconOptions& options,
                            const Progress& progress)
{
    checkInput(input);
    const std::int64_t detectorRowCount = input.projections->shape().rows;
    const Range detectorRows = options.rows.resolved(detectorRowCount, "rows");
    const Binning bin = applyBinning(input, options.bin);
    io::StackSource& src = *input.projections;
    const Shape shape = src.shape();
    const Range rows = bin.rows(detectorRows, shape.rows);
    if (rows.size() <= 0) throw Error("reconstruction: empty row range");
    const FlatField ff(input.flats, input.darks, shape.frames);
    input.flats = {};  // reduced now; the raw frames are not needed any more
    input.darks = {};

    ReconResult result;
    result.slices = rows.size();
    checkSubset(options.projections, shape.frames);
    const std::vector<double> allAngles = anglesOf(input);
    const std::vector<double> angles = selectAngles(allAngles, options.projections);
    result.scan360 = is360(options, allAngles);
    // `center` is on the (binned) grid the work happens on; result.center reports it in detector pixels.
    const double center =
        options.center
            ? bin.toBinned(*options.center)
            : autoCenter(src, ff,
                         options.centerRows
                             ? bin.rows(options.centerRows->resolved(detectorRowCount, "center rows"), shape.rows)
                             : rows,
                         allAngles, result.scan360, progress.sub(0, 0.05));
    result.center = bin.toDetector(center);
    if (result.scan360 && !(center >= 0 && center <= double(shape.cols - 1)))
        throw Error("reconstruction: 360° scan needs the rotation axis on the detector, got " + fmt(result.center));
    result.sliceSize = result.scan360 ? stitchGeometry(shape.cols, center).width : shape.cols;
    // A stitched chunk is wider than the detector: budget with the stitched width (slightly conservative).
    result.chunkRows = options.chunkRows > 0
                           ? options.chunkRows
                           : chunkRowsForBudget(shape.frames, result.sliceSize, options.memoryBudgetBytes);

    FbpOptions fbp;
    fbp.filter = options.filter;
    fbp.device = options.device;
    fbp.cudaDevice = options.cudaDevice;
    fbp.halfStorage = options.halfStorage;
    fbp.center = center;
    fbp.anglesDeg = angles;
    const Spacing spacing = src.info().spacing;

    auto compute = [&](const ImageStack& sinos) {
        ImageStack slices = filterBackproject(sinos, fbp, result.scan360);
        scaleToLength(slices, spacing);
        return slices;
    };

    io::WriteOptions wopts;
    wopts.dtype = options.dtype;
    wopts.range = options.range;
    if (options.autoRange && dtypeIsInteger(options.dtype)) {
        const std::int64_t mid = rows.begin + rows.size() / 2;
        wopts.range = percentileRange(compute(
            selectProjections(loadRows(src, ff, {mid, mid + 1}, options.ring, options.zinger), options.projections)));
    }
    result.range = wopts.range;

    StackInfo info;
    info.shape = {rows.size(), result.sliceSize, result.sliceSize};
    info.sourceType = options.dtype;
    if (spacing.known()) info.spacing = {spacing.x, spacing.x, spacing.y, spacing.unit};
    info.metadata["recon.center"] = fmt(result.center, 4);
    info.metadata["recon.filter"] = std::string(filterName(options.filter));
    info.metadata["recon.ring"] = options.ring.str();
    info.metadata["recon.angles"] = std::to_string(angles.size());
    info.metadata["recon.scan"] = result.scan360 ? "360" : "180";
    info.metadata["recon.rows"] = std::to_string(detectorRows.begin) + ":" + std::to_string(detectorRows.end);
    info.metadata["recon.bin"] = std::to_string(bin.f);
    info.metadata["recon.storage"] = options.halfStorage ? "float16" : "float32";
    info.metadata["recon.device"] = options.device == ComputeDevice::Cuda ? "cuda:" + std::to_string(options.cudaDevice)
                                                                            : "cpu";
    info.metadata["recon.version"] = kVersion;
    info.metadata["recon.units"] = spacing.known() ? "attenuation per " + spacing.unit
                                   : bin.f > 1     ? "attenuation per binned pixel (" + std::to_string(bin.f) + "×)"
                                                   : "attenuation per pixel";
    info.provenance = src.info().provenance;
    info.provenance.push_back(paramsLine(input, result.center, options) + ", rows " + info.metadata["recon.rows"]);

    const Progress work = progress.sub(0.05, 1.0);
    auto writer = io::openWriter(output, info, wopts);
    // Declared after the writer: destroyed (joined) first on any exception.
    std::future<ImageStack> nextRead;
    std::future<void> pendingWrite;
    auto startRead = [&](std::int64_t begin) {
        const Range r{begin, std::min(rows.end, begin + result.chunkRows)};
        return std::async(std::launch::async, [&src, &ff, r, &options] {
            return selectProjections(loadRows(src, ff, r, options.ring, options.zinger), options.projections);
        });
    };
    nextRead = startRead(rows.begin);
    for (std::int64_t b = rows.begin; b < rows.end; b += result.chunkRows) {
        work.throwIfStopped();
        ImageStack sinos = nextRead.get();
        if (b + result.chunkRows < rows.end) nextRead = startRead(b + result.chunkRows);
        auto slices = std::make_shared<ImageStack>(compute(sinos));
        sinos = {};
        if (pendingWrite.valid()) pendingWrite.get();
        work.throwIfStopped();
        pendingWrite = std::async(std::launch::async, [&writer, slices] { writer->append(*slices); });
        work.report(double(std::min(rows.end, b + result.chunkRows) - rows.begin) / double(rows.size()),
                    "reconstructing");
    }
    pendingWrite.get();
    work.throwIfStopped();
    writer->commit();
    return result;
}

void tryCenters(ReconInput& input, const std::filesystem::path& output, const std::vector<double>& centers,
                const ReconOptions& options, std::int64_t row, const Progress& progress)
{
    checkInput(input);
    if (centers.empty()) throw Error("try-center: no centres");
    const Range detectorRows = options.rows.resolved(input.projections->shape().rows, "rows");
    if (row < 0) row = detectorRows.begin + detectorRows.size() / 2;
    if (row >= input.projections->shape().rows)
        throw Error("try-center: row " + std::to_string(row) + " outside the detector");
    const std::int64_t detectorRow = row;
    const Binning bin = applyBinning(input, options.bin);
    io::StackSource& src = *input.projections;
    const Shape shape = src.shape();
    row = std::min(row / bin.f, shape.rows - 1);
    const FlatField ff(input.flats, input.darks, shape.frames);
    const ImageStack sino = loadRows(src, ff, {row, row + 1}, options.ring, options.zinger);

    FbpOptions fbp;
    fbp.filter = options.filter;
    fbp.device = options.device;
    fbp.cudaDevice = options.cudaDevice;
    fbp.halfStorage = options.halfStorage;
    fbp.anglesDeg = anglesOf(input);
    const bool full360 = is360(options, fbp.anglesDeg);
    // One slice size for the whole sweep: a stitched slice is as wide as the widest candidate's stitched detector.
    std::int64_t n = shape.cols;
    if (full360)
        for (const double c : centers) {
            if (!(bin.toBinned(c) >= 0 && bin.toBinned(c) <= double(shape.cols - 1)))
                throw Error("try-center: 360° scan needs centres on the detector, got " + fmt(c));
            n = std::max(n, stitchGeometry(shape.cols, bin.toBinned(c)).width);
        }
    fbp.outputSize = n;
    io::WriteOptions wopts;
    wopts.dtype = options.dtype;
    wopts.range = options.range;

    const bool folder = std::filesystem::is_directory(output) || output.string().ends_with('/');
    StackInfo info;
    info.shape = {std::int64_t(centers.size()), n, n};
    info.metadata["recon.row"] = std::to_string(detectorRow);
    info.metadata["recon.bin"] = std::to_string(bin.f);
    info.metadata["recon.storage"] = options.halfStorage ? "float16" : "float32";
    info.metadata["recon.device"] = options.device == ComputeDevice::Cuda ? "cuda:" + std::to_string(options.cudaDevice)
                                                                            : "cpu";
    info.metadata["recon.filter"] = std::string(filterName(options.filter));
    info.metadata["recon.version"] = kVersion;
    info.provenance.push_back(paramsLine(input, centers.front(), options) + ", try-center sweep on row " +
                              std::to_string(detectorRow));
    for (std::size_t i = 0; i < centers.size(); ++i) {
        info.metadata["center_" + std::to_string(i)] = fmt(centers[i], 4);
        info.provenance.push_back("frame " + std::to_string(i) + ": center " + fmt(centers[i], 4));
    }
    std::unique_ptr<io::StackWriter> writer;
    // A folder output is written into a hidden sibling first and its files moved in only when every centre is done:
    // a cancelled sweep leaves no partial set that looks like a finished one.
    std::filesystem::path folderOut = output, staging;
    if (!folderOut.has_filename()) folderOut = folderOut.parent_path();
    struct RemoveStaging {
        std::filesystem::path* dir;
        ~RemoveStaging()
        {
            std::error_code ec;
            if (!dir->empty()) std::filesystem::remove_all(*dir, ec);
        }
    } cleanup{&staging};
    if (folder) {
        std::filesystem::path parent = folderOut.parent_path();
        if (parent.empty()) parent = ".";
        std::filesystem::create_directories(parent);
        staging = parent / ("." + folderOut.filename().string() + ".partial-" + std::to_string(::getpid()));
        std::filesystem::remove_all(staging);
        std::filesystem::create_directories(staging);
    } else {
        writer = io::openWriter(output, info, wopts);
    }
    for (std::size_t i = 0; i < centers.size(); ++i) {
        progress.throwIfStopped();
        fbp.center = bin.toBinned(centers[i]);
        ImageStack slice = filterBackproject(sino, fbp, full360);
        scaleToLength(slice, src.info().spacing);
        if (folder) {
            slice.info().metadata["recon.center"] = fmt(centers[i], 4);
            slice.addProvenance(paramsLine(input, centers[i], options) + ", row " + std::to_string(detectorRow));
            io::writeStack(staging / ("try_center_" + fmt(centers[i]) + ".tif"), slice, wopts);
        } else {
            writer->append(slice);
        }
        progress.report(double(i + 1) / double(centers.size()), "try-center");
    }
    if (writer) writer->commit();
    if (folder) {
        std::filesystem::create_directories(folderOut);
        for (const auto& entry : std::filesystem::directory_iterator(staging))
            std::filesystem::rename(entry.path(), folderOut / entry.path().filename());
    }
}

std::vector<double> parseCenterSweep(const std::string& text)
{
    const auto c1 = text.find(':');
    const auto c2 = c1 == std::string::npos ? c1 : text.find(':', c1 + 1);
    if (c2 == std::string::npos) throw Error({}, "--try-center", "'" + text + "' must look like A:B:STEP");
    double a = 0, b = 0, step = 0;
    try {
        a = std::stod(text.substr(0, c1));
        b = std::stod(text.substr(c1 + 1, c2 - c1 - 1));
        step = std::stod(text.substr(c2 + 1));
    } catch (const std::logic_error&) {
        throw Error({}, "--try-center", "'" + text + "' must be three numbers A:B:STEP");
    }
    if (!(step > 0) || !(b >= a)) throw Error({}, "--try-center", "need A <= B and STEP > 0 in '" + text + "'");
    const auto n = std::int64_t(std::floor((b - a) / step + 1e-9)) + 1;
    if (n > 10000) throw Error({}, "--try-center", "more than 10000 centres in '" + text + "'");
    std::vector<double> out;
    for (std::int64_t i = 0; i < n; ++i) out.push_back(a + double(i) * step);
    return out;
}

}  // namespace xrs::ct
