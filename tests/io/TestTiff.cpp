// tests/io/TestTiff: the TIFF reader and writers (engine/io/Tiff.cpp). Round trips of every dtype, layout and
// compression; integer range mapping; strided views; row-range reads of strips and tiles; files written by Python's
// tifffile read with the right values and metadata, and our files read by tifffile (ImageJ metadata, BigTIFF);
// atomic writing (no file without commit); folder stacks in natural order.
#include <QtTest>

#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <stop_token>

#include "TestSupport.h"
#include "core/Error.h"
#include "io/Tiff.h"

using namespace xrs;
using namespace xrs::io;
namespace fs = std::filesystem;

namespace {

constexpr DType kAllTypes[] = {DType::UInt8, DType::UInt16, DType::UInt32,  DType::Int8,
                               DType::Int16, DType::Int32,  DType::Float32, DType::Float64};

// Values every dtype stores exactly (whole numbers in range for integers), the type's extremes included.
ImageStack makeStack(Shape shape, DType type)
{
    ImageStack s(shape);
    const double lo = std::max(dtypeMin(type), -1e6), hi = std::min(dtypeMax(type), 1e6);
    std::int64_t i = 0;
    for (std::int64_t f = 0; f < shape.frames; ++f)
        for (std::int64_t r = 0; r < shape.rows; ++r)
            for (std::int64_t c = 0; c < shape.cols; ++c, ++i) {
                double v = lo + double((i * 7919 + f * 104729) % std::int64_t(std::min(hi - lo + 1, 2e6)));
                if (!dtypeIsInteger(type)) v = (v - 3.0) * 0.125 + 1e-3 * double(c % 5);  // fractions too
                s.at(f, r, c) = float(v);
            }
    s.at(0, 0, 0) = float(dtypeIsInteger(type) ? dtypeMin(type) : -3.5e38);
    s.at(0, 0, 1) = float(dtypeIsInteger(type) ? dtypeMax(type) : 1e-30);
    return s;
}

// The values a reader must return after writing `in` as `type` (integer output is rounded and clamped).
ImageStack expected(const ImageStack& in, DType type, const std::optional<ValueRange>& range = {})
{
    ImageStack e = in.clone();
    for (std::int64_t f = 0; f < e.frames(); ++f)
        for (std::int64_t r = 0; r < e.rows(); ++r)
            for (float& v : e.row(f, r))
                v = float(dtypeIsInteger(type) ? convertForOutput(v, type, range) : double(float(v)));
    return e;
}

// Bitwise equal (NaN equals NaN); reports the first difference.
bool sameValues(const ImageStack& a, const ImageStack& b, QString* why)
{
    if (!(a.shape() == b.shape())) {
        *why = QString("shape %1 vs %2")
                   .arg(QString::fromStdString(a.shape().str()), QString::fromStdString(b.shape().str()));
        return false;
    }
    for (std::int64_t f = 0; f < a.frames(); ++f)
        for (std::int64_t r = 0; r < a.rows(); ++r)
            for (std::int64_t c = 0; c < a.cols(); ++c) {
                const float x = a.at(f, r, c), y = b.at(f, r, c);
                if (x == y || (std::isnan(x) && std::isnan(y))) continue;
                *why = QString("at (%1,%2,%3): %4 vs %5")
                           .arg(f)
                           .arg(r)
                           .arg(c)
                           .arg(double(x), 0, 'g', 10)
                           .arg(double(y), 0, 'g', 10);
                return false;
            }
    return true;
}

#define COMPARE_STACKS(a, b)                                     \
    do {                                                         \
        QString why_;                                            \
        QVERIFY2(sameValues((a), (b), &why_), qPrintable(why_)); \
    } while (0)

StackInfo infoFor(const ImageStack& s)
{
    StackInfo info = s.info();
    info.shape = s.shape();
    return info;
}

void writeTiff(const fs::path& p, const ImageStack& s, const WriteOptions& opts)
{
    auto w = openTiffWriter(p, infoFor(s), opts);
    w->append(s);
    w->commit();
}

// The stored values of s written as `type`, as float64 (what tifffile must find in the file).
void writeRaw(const fs::path& p, const ImageStack& s, DType type)
{
    std::ofstream out(p, std::ios::binary);
    for (std::int64_t f = 0; f < s.frames(); ++f)
        for (std::int64_t r = 0; r < s.rows(); ++r)
            for (float v : s.row(f, r)) {
                const double d = dtypeIsInteger(type) ? convertForOutput(v, type, std::nullopt) : double(v);
                out.write(reinterpret_cast<const char*>(&d), sizeof d);
            }
}

ImageStack readRaw(const fs::path& p, Shape shape)
{
    ImageStack s(shape);
    std::ifstream in(p, std::ios::binary);
    for (float& v : s.values()) {
        double d = 0;
        in.read(reinterpret_cast<char*>(&d), sizeof d);
        v = float(d);
    }
    return s;
}

std::vector<std::string> listDir(const fs::path& dir)
{
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// Writes files with tifffile: one line "name dtype frames rows cols" per file, values in name.raw (float64).
const char* kPythonWriteScript = R"PY(
import sys, os, numpy as np, tifffile
out = sys.argv[1]
rng = np.random.default_rng(7)
def data(dt, shape):
    if dt.startswith('float'):
        a = rng.normal(0, 1000, shape).astype(dt)
        a.flat[0] = -1e-3
    else:
        i = np.iinfo(dt)
        a = rng.integers(i.min, i.max, shape, endpoint=True, dtype=np.int64).astype(dt)
        a.flat[0] = i.min
        a.flat[-1] = i.max
    return a
def save(name, a, **kw):
    if not kw.get('imagej'):
        kw['photometric'] = 'minisblack'
    tifffile.imwrite(os.path.join(out, name + '.tif'), a, **kw)
    a.astype('<f8').tofile(os.path.join(out, name + '.raw'))
    shape = a.shape if a.ndim == 3 else (1,) + a.shape
    print(name, a.dtype.name, *shape)
try:
    import imagecodecs
    lzw = True
except ImportError:
    lzw = False
for dt in ['uint8', 'uint16', 'uint32', 'int8', 'int16', 'int32', 'float32', 'float64']:
    isint = not dt.startswith('float')
    save('single_' + dt, data(dt, (23, 31)))
    save('multi_' + dt, data(dt, (4, 23, 31)))
    save('tiled_' + dt, data(dt, (3, 50, 37)), tile=(16, 16))
    save('tiledzlib_' + dt, data(dt, (2, 50, 37)), tile=(16, 16), compression='zlib')
    save('zlib_' + dt, data(dt, (3, 40, 29)), compression='zlib', rowsperstrip=8, predictor=isint)
    save('strips_' + dt, data(dt, (2, 40, 29)), rowsperstrip=5)
    save('bigbe_' + dt, data(dt, (3, 21, 19)), bigtiff=True, byteorder='>')
    if lzw:
        save('lzw_' + dt, data(dt, (2, 30, 20)), compression='lzw', rowsperstrip=7)
save('imagej_float32', data('float32', (5, 20, 30)), imagej=True, resolution=(2.0, 4.0),
     metadata={'spacing': 1.5, 'unit': 'micron', 'axes': 'ZYX', 'min': -10.0, 'max': 20.0})
save('imagej_uint16', data('uint16', (3, 16, 12)), imagej=True, resolution=(10.0, 10.0),
     metadata={'spacing': 0.25, 'unit': 'um', 'axes': 'ZYX'})
save('cm_uint8', data('uint8', (12, 10)), resolution=(100.0, 50.0), resolutionunit='CENTIMETER')
# ImageJ's layout for stacks over 4 GB: one IFD, then every page contiguous (images=N says how many).
a = data('uint16', (3, 10, 12))
p = os.path.join(out, 'ijcontig_uint16.tif')
tifffile.imwrite(p, a[0], photometric='minisblack', metadata=None,
                 description='ImageJ=1.11a\nimages=3\nslices=3\nloop=false\n')
with tifffile.TiffFile(p) as t:
    assert t.pages[0].dataoffsets[0] + t.pages[0].databytecounts[0] == os.path.getsize(p)
with open(p, 'ab') as f:
    f.write(a[1:].astype('<u2').tobytes())
a.astype('<f8').tofile(os.path.join(out, 'ijcontig_uint16.raw'))
print('ijcontig_uint16 uint16 3 10 12')
print('lzw', 'yes' if lzw else 'no')
)PY";

// Reads every *.tif in a folder with tifffile and prints what it sees, one line per file.
const char* kPythonCheckScript = R"PY(
import sys, os, glob, numpy as np, tifffile
for path in sorted(glob.glob(os.path.join(sys.argv[1], '*.tif'))):
    name = os.path.basename(path)[:-4]
    with tifffile.TiffFile(path) as t:
        a = np.stack([p.asarray() for p in t.pages])
        exp = np.fromfile(path[:-4] + '.raw', '<f8').reshape(a.shape)
        same = np.array_equal(a.astype('f8'), exp, equal_nan=True)
        ij = t.imagej_metadata or {}
        p0 = t.pages[0]
        xr, yr = p0.tags['XResolution'].value, p0.tags['YResolution'].value
        ru = int(p0.tags['ResolutionUnit'].value) if 'ResolutionUnit' in p0.tags else 0
        # ImageJ reads an uncompressed stack as one block from the first strip on: emulate it.
        offsets = [o for p in t.pages for o in p.dataoffsets]
        counts = [c for p in t.pages for c in p.databytecounts]
        contiguous = all(offsets[i + 1] == offsets[i] + counts[i] for i in range(len(offsets) - 1))
        ijread = '-'
        if p0.compression == 1:
            with open(path, 'rb') as f:
                f.seek(offsets[0])
                block = np.frombuffer(f.read(a.nbytes), dtype=p0.dtype.newbyteorder(t.byteorder)).reshape(a.shape)
            ijread = 'ijok' if np.array_equal(block.astype('f8'), exp, equal_nan=True) else 'ijBAD'
        print(name, 'equal' if same else 'DIFFERENT', a.dtype.name, len(t.pages), int(t.is_imagej), int(t.is_bigtiff),
              ij.get('spacing', '-'), ij.get('unit', '-'), ij.get('slices', '-'), ij.get('images', '-'),
              xr[0] / xr[1], yr[0] / yr[1], ru, ij.get('min', '-'), ij.get('max', '-'), int(contiguous), ijread)
)PY";

}  // namespace

class TestTiff : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void integerMappingMatchesConvertForOutput();
    void rangeMappingAndDisplayRange();
    void writesStridedViews();
    void multiStripFilesAndRowRanges();
    void rowRangesOfPythonStripsAndTiles();
    void readsPythonFiles();
    void tifffileReadsOurFiles();
    void bigTiffForcedAndDefault();
    void metadataRoundTrip();
    void unitSpellings();
    void progressAndCancel();
    void manyPagesStayFast();
    void noFileWithoutCommit();
    void commitWithMissingFramesThrows();
    void rejectsWrongShapes();
    void folderNaturalOrderSkipsPartAndHidden();
    void seriesWriterNamesAndRoundTrip();

private:
    QTemporaryDir m_tmp;
    fs::path dir(const QString& name)
    {
        const fs::path p = xrs::test::toPath(m_tmp.path()) / name.toStdString();
        fs::create_directories(p);
        return p;
    }
};

enum Layout { Single, Multi, Series };

void TestTiff::roundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("layout");
    QTest::addColumn<int>("compression");
    const char* layouts[] = {"single", "multi", "series"};
    const char* comps[] = {"none", "deflate", "lzw"};
    for (DType t : kAllTypes)
        for (int l = 0; l < 3; ++l)
            for (int c = 0; c < 3; ++c)
                QTest::newRow(qPrintable(
                    QString("%1-%2-%3").arg(QString::fromStdString(std::string(dtypeName(t))), layouts[l], comps[c])))
                    << int(t) << l << c;
}

void TestTiff::roundTrip()
{
    QFETCH(int, type);
    QFETCH(int, layout);
    QFETCH(int, compression);
    const DType t = DType(type);
    const ImageStack in = makeStack({layout == Single ? 1 : 3, 37, 53}, t);
    WriteOptions opts;
    opts.dtype = t;
    opts.compression = Compression(compression);
    const fs::path d = dir(QString("rt-%1-%2-%3").arg(type).arg(layout).arg(compression));
    std::unique_ptr<StackSource> src;
    if (layout == Series) {
        auto w = openTiffSeriesWriter(d, infoFor(in), opts);
        w->append(in.frameRange({0, 1}));
        w->append(in.frameRange({1, 3}));
        w->commit();
        QCOMPARE(listDir(d), (std::vector<std::string>{"frame_00000.tif", "frame_00001.tif", "frame_00002.tif"}));
        src = openTiffDirectory(d);
    } else {
        writeTiff(d / "a.tif", in, opts);
        src = openTiff(d / "a.tif");
    }
    QCOMPARE(src->info().shape, in.shape());
    QCOMPARE(int(src->info().sourceType), int(t));
    COMPARE_STACKS(src->readAll(), expected(in, t));
}

void TestTiff::integerMappingMatchesConvertForOutput()
{
    // Halves (round half to even), out-of-range values, infinities and NaN, with and without a mapping window.
    ImageStack in(Shape{1, 4, 64});
    const float specials[] = {0.5f,
                              1.5f,
                              2.5f,
                              -0.5f,
                              -1.5f,
                              -2.5f,
                              126.5f,
                              127.5f,
                              128.5f,
                              255.5f,
                              256.f,
                              -129.f,
                              65535.5f,
                              65536.f,
                              1e10f,
                              -1e10f,
                              std::numeric_limits<float>::infinity(),
                              -std::numeric_limits<float>::infinity(),
                              std::numeric_limits<float>::quiet_NaN(),
                              2147483520.f,
                              -2147483648.f,
                              4294967040.f,
                              0.49999997f,
                              32767.5f,
                              -32768.5f};
    std::size_t k = 0;
    for (float& v : in.values()) {
        if (k < std::size(specials))
            v = specials[k];
        else
            v = float(std::sin(double(k)) * std::pow(10.0, double(k % 11)));
        ++k;
    }
    const std::optional<ValueRange> ranges[] = {std::nullopt, ValueRange{-3.0, 700.0}, ValueRange{0.25, 0.75},
                                                ValueRange{5.0, 5.0}};
    int i = 0;
    for (DType t : kAllTypes) {
        if (!dtypeIsInteger(t)) continue;
        for (const auto& range : ranges) {
            WriteOptions opts;
            opts.dtype = t;
            opts.range = range;
            const fs::path p = dir("mapping") / QString("m%1.tif").arg(i++).toStdString();
            writeTiff(p, in, opts);
            COMPARE_STACKS(openTiff(p)->readAll(), expected(in, t, range));
        }
    }
}

void TestTiff::rangeMappingAndDisplayRange()
{
    ImageStack in(Shape{2, 3, 4});
    std::size_t k = 0;
    for (float& v : in.values()) v = float(k++) / 23.0f;  // 0 … 1
    WriteOptions opts;
    opts.dtype = DType::UInt8;
    opts.range = ValueRange{0.0, 1.0};
    const fs::path p = dir("range") / "u8.tif";
    writeTiff(p, in, opts);
    auto src = openTiff(p);
    const ImageStack out = src->readAll();
    QCOMPARE(out.at(0, 0, 0), 0.0f);
    QCOMPARE(out.at(1, 2, 3), 255.0f);
    QCOMPARE(out.at(1, 0, 0), float(std::nearbyint(12.0 / 23.0 * 255.0)));
    // The display range is stored in stored units: the whole uint8 range for a mapping window.
    QVERIFY(src->info().valueRange.has_value());
    QCOMPARE(src->info().valueRange->min, 0.0);
    QCOMPARE(src->info().valueRange->max, 255.0);

    // A narrower window clamps; uint16 output.
    opts.dtype = DType::UInt16;
    opts.range = ValueRange{0.25, 0.75};
    writeTiff(p.parent_path() / "u16.tif", in, opts);
    const ImageStack o16 = openTiff(p.parent_path() / "u16.tif")->readAll();
    QCOMPARE(o16.at(0, 0, 0), 0.0f);
    QCOMPARE(o16.at(1, 2, 3), 65535.0f);
    QCOMPARE(o16.at(1, 0, 0), float(std::nearbyint((12.0 / 23.0 - 0.25) / 0.5 * 65535.0)));
}

void TestTiff::writesStridedViews()
{
    const ImageStack big = makeStack({6, 40, 30}, DType::Float32);
    const ImageStack view = big.frameRange({1, 5}).rowRange({7, 29});
    QVERIFY(!view.contiguous());
    for (Compression c : {Compression::None, Compression::Deflate}) {
        WriteOptions opts;
        opts.compression = c;
        const fs::path p = dir("views") / (c == Compression::None ? "plain.tif" : "deflate.tif");
        writeTiff(p, view, opts);
        COMPARE_STACKS(openTiff(p)->readAll(), view.clone());
        // Appending single frames of a view works too.
        const fs::path p2 = p.parent_path() / ("frames-" + p.filename().string());
        auto w = openTiffWriter(p2, infoFor(view), opts);
        for (std::int64_t f = 0; f < view.frames(); ++f) w->append(view.frame(f));
        w->commit();
        COMPARE_STACKS(openTiff(p2)->readAll(), view.clone());
    }
}

void TestTiff::multiStripFilesAndRowRanges()
{
    // 600 rows of 300 float64 (2400 bytes): several strips per page; reading rows must equal the full read sliced.
    const ImageStack in = makeStack({3, 600, 300}, DType::Float64);
    for (Compression c : {Compression::None, Compression::Deflate, Compression::Lzw}) {
        for (DType t : {DType::Float64, DType::UInt16, DType::Int8}) {
            WriteOptions opts;
            opts.dtype = t;
            opts.compression = c;
            const fs::path p = dir("strips") / QString("s%1-%2.tif").arg(int(c)).arg(int(t)).toStdString();
            writeTiff(p, in, opts);
            auto src = openTiff(p);
            const ImageStack all = src->readAll();
            COMPARE_STACKS(all, expected(in, t));
            const Range ranges[] = {{0, 1}, {599, 600}, {100, 500}, {107, 109}, {218, 219}, {0, 600}, {301, 302}};
            for (const Range rr : ranges) {
                COMPARE_STACKS(src->read({1, 3}, rr), all.frameRange({1, 3}).rowRange(rr).clone());
                COMPARE_STACKS(src->read({0, 1}, rr), all.frameRange({0, 1}).rowRange(rr).clone());
            }
            QCOMPARE(src->read({2, 2}, {0, 5}).frames(), std::int64_t(0));
            QCOMPARE(src->read({0, 3}, {5, 5}).rows(), std::int64_t(0));
        }
    }
}

void TestTiff::rowRangesOfPythonStripsAndTiles()
{
    XRS_REQUIRE_PYTHON("numpy", "tifffile");
    const fs::path d = dir("pyrows");
    const auto r = xrs::test::runPython(R"PY(
import sys, os, numpy as np, tifffile
d = sys.argv[1]
def imwrite(name, a, **kw):
    tifffile.imwrite(os.path.join(d, name), a, photometric='minisblack', **kw)
a = (np.arange(3 * 77 * 45, dtype=np.int64) * 2654435761 % 65521).astype(np.uint16).reshape(3, 77, 45)
imwrite('tiled.tif', a, tile=(16, 32))
imwrite('tiledzlib.tif', a, tile=(32, 16), compression='zlib')
imwrite('strips.tif', a, rowsperstrip=6)
imwrite('stripsbe.tif', a.astype(np.float32), rowsperstrip=6, byteorder='>')
imwrite('stripszlib.tif', a, rowsperstrip=9, compression='zlib')
imwrite('onestrip.tif', a)
)PY",
                                        {QString::fromStdString(d.string())});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const char* name :
         {"tiled.tif", "tiledzlib.tif", "strips.tif", "stripsbe.tif", "stripszlib.tif", "onestrip.tif"}) {
        auto src = openTiff(d / name);
        QCOMPARE(src->info().shape, (Shape{3, 77, 45}));
        const ImageStack all = src->readAll();
        QCOMPARE(all.at(1, 2, 3), float((std::int64_t(1 * 77 * 45 + 2 * 45 + 3) * 2654435761LL) % 65521));
        for (const Range rr :
             {Range{0, 1}, Range{15, 17}, Range{16, 48}, Range{31, 33}, Range{76, 77}, Range{5, 70}, Range{0, 77}})
            for (const Range fr : {Range{0, 3}, Range{2, 3}}) {
                QString why;
                QVERIFY2(sameValues(src->read(fr, rr), all.frameRange(fr).rowRange(rr).clone(), &why),
                         qPrintable(QString("%1 rows %2:%3: %4").arg(name).arg(rr.begin).arg(rr.end).arg(why)));
            }
    }
}

void TestTiff::readsPythonFiles()
{
    XRS_REQUIRE_PYTHON("numpy", "tifffile");
    const fs::path d = dir("pyfiles");
    const auto r = xrs::test::runPython(kPythonWriteScript, {QString::fromStdString(d.string())});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    int files = 0;
    bool lzw = false;
    for (const QString& line : r.out.split('\n', Qt::SkipEmptyParts)) {
        const QStringList w = line.split(' ');
        if (w[0] == "lzw") {
            lzw = w[1] == "yes";
            continue;
        }
        QCOMPARE(w.size(), 5);
        const fs::path p = d / (w[0].toStdString() + ".tif");
        const Shape shape{w[2].toLongLong(), w[3].toLongLong(), w[4].toLongLong()};
        auto src = openTiff(p);
        QCOMPARE(src->info().shape, shape);
        QCOMPARE(QString::fromStdString(std::string(dtypeName(src->info().sourceType))), w[1]);
        QString why;
        QVERIFY2(sameValues(src->readAll(), readRaw(d / (w[0].toStdString() + ".raw"), shape), &why),
                 qPrintable(w[0] + ": " + why));
        QCOMPARE(QString::fromStdString(src->info().metadata.at("format")),
                 QString(w[0].startsWith("bigbe") ? "BigTIFF" : "TIFF"));
        QCOMPARE(src->info().metadata.at("source"), p.string());
        ++files;
    }
    QCOMPARE(files, 8 * (lzw ? 8 : 7) + 4);
    if (!lzw) qInfo("tifffile cannot write LZW here (no imagecodecs): LZW files from Python not checked");

    // Spacing and unit from ImageJ metadata and resolution tags.
    const Spacing ij = openTiff(d / "imagej_float32.tif")->info().spacing;
    QCOMPARE(ij.x, 0.5);
    QCOMPARE(ij.y, 0.25);
    QCOMPARE(ij.z, 1.5);
    QCOMPARE(QString::fromStdString(ij.unit), QString("um"));
    const auto range = openTiff(d / "imagej_float32.tif")->info().valueRange;
    QVERIFY(range.has_value());
    QCOMPARE(range->min, -10.0);
    QCOMPARE(range->max, 20.0);
    const Spacing ij16 = openTiff(d / "imagej_uint16.tif")->info().spacing;
    QVERIFY(qFuzzyCompare(ij16.x, 0.1));
    QVERIFY(qFuzzyCompare(ij16.y, 0.1));
    QCOMPARE(ij16.z, 0.25);
    QCOMPARE(QString::fromStdString(ij16.unit), QString("um"));
    const Spacing cm = openTiff(d / "cm_uint8.tif")->info().spacing;
    QVERIFY(qFuzzyCompare(cm.x, 0.01));
    QVERIFY(qFuzzyCompare(cm.y, 0.02));
    QCOMPARE(QString::fromStdString(cm.unit), QString("cm"));
    QVERIFY(!openTiff(d / "multi_uint16.tif")->info().spacing.known());
}

void TestTiff::tifffileReadsOurFiles()
{
    XRS_REQUIRE_PYTHON("numpy", "tifffile");
    const bool codecs = xrs::test::pythonHas({"imagecodecs"});
    const fs::path d = dir("ours");
    std::map<std::string, DType> written;
    for (DType t : kAllTypes) {
        // Without imagecodecs tifffile decodes deflate with the integer predictor, but not LZW or the float predictor.
        std::vector<Compression> comps{Compression::None};
        if (dtypeIsInteger(t) || codecs) comps.push_back(Compression::Deflate);
        if (codecs) comps.push_back(Compression::Lzw);
        for (Compression c : comps) {
            ImageStack in = makeStack({3, 21, 17}, t);
            in.info().spacing = {0.5, 0.25, 2.0, "\u00B5m"};
            WriteOptions opts;
            opts.dtype = t;
            opts.compression = c;
            const std::string name = std::string(dtypeName(t)) + "-" + std::to_string(int(c));
            writeTiff(d / (name + ".tif"), in, opts);
            writeRaw(d / (name + ".raw"), in, t);
            written[name] = t;
        }
    }
    {  // A single frame: no images/slices in the description.
        ImageStack one = makeStack({1, 9, 8}, DType::UInt16);
        one.info().spacing = {3.0, 3.0, 7.0, "nm"};
        WriteOptions opts;
        opts.dtype = DType::UInt16;
        writeTiff(d / "single.tif", one, opts);
        writeRaw(d / "single.raw", one, DType::UInt16);
    }
    const auto r = xrs::test::runPython(kPythonCheckScript, {QString::fromStdString(d.string())});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    int checked = 0;
    for (const QString& line : r.out.split('\n', Qt::SkipEmptyParts)) {
        const QStringList w = line.split(' ');
        QCOMPARE(w.size(), 17);
        QVERIFY2(w[1] == "equal", qPrintable(line));
        // Pixels of all pages back to back, so ImageJ's single-block read of uncompressed stacks is right.
        QVERIFY2(w[15] == "1", qPrintable("not contiguous: " + line));
        QVERIFY2(w[16] == (w[0].endsWith("-0") || w[0] == "single" ? "ijok" : "-"), qPrintable(line));
        QVERIFY2(w[4] == "1", qPrintable("is_imagej: " + line));
        QVERIFY2(w[5] == "0", qPrintable("is_bigtiff: " + line));
        QCOMPARE(w[12], QString("1"));  // ResolutionUnit NONE
        if (w[0] == "single") {
            QCOMPARE(w[3], QString("1"));
            QCOMPARE(w[7], QString("nm"));
            QCOMPARE(w[8], QString("-"));  // no slices for one frame
            QCOMPARE(w[9], QString("-"));
            QVERIFY(qAbs(w[10].toDouble() - 1.0 / 3.0) < 1e-6);
        } else {
            QVERIFY2(written.count(w[0].toStdString()), qPrintable(line));
            QCOMPARE(w[2], QString::fromStdString(std::string(dtypeName(written[w[0].toStdString()]))));
            QCOMPARE(w[3], QString("3"));
            QCOMPARE(w[6].toDouble(), 2.0);
            QCOMPARE(w[7], QString("micron"));
            QCOMPARE(w[8], QString("3"));
            QCOMPARE(w[9], QString("3"));
            QCOMPARE(w[10].toDouble(), 2.0);
            QCOMPARE(w[11].toDouble(), 4.0);
        }
        ++checked;
    }
    QCOMPARE(checked, int(written.size()) + 1);
}

void TestTiff::bigTiffForcedAndDefault()
{
    const ImageStack in = makeStack({2, 10, 12}, DType::UInt16);
    WriteOptions opts;
    opts.dtype = DType::UInt16;
    const fs::path d = dir("big");
    writeTiff(d / "classic.tif", in, opts);
    opts.bigTiff = true;
    writeTiff(d / "big.tif", in, opts);
    QCOMPARE(QString::fromStdString(openTiff(d / "classic.tif")->info().metadata.at("format")), QString("TIFF"));
    auto big = openTiff(d / "big.tif");
    QCOMPARE(QString::fromStdString(big->info().metadata.at("format")), QString("BigTIFF"));
    COMPARE_STACKS(big->readAll(), in);
    // BigTIFF magic: 43 at byte 2.
    std::ifstream f(d / "big.tif", std::ios::binary);
    char header[4] = {};
    f.read(header, 4);
    QCOMPARE(int(header[2]), 43);

    if (!xrs::test::pythonHas({"numpy", "tifffile"})) return;
    const auto r = xrs::test::runPython(
        "import sys, tifffile\nfor p in sys.argv[1:]:\n"
        "    t = tifffile.TiffFile(p)\n    print(int(t.is_bigtiff), int(t.is_imagej), len(t.pages))\n",
        {QString::fromStdString((d / "big.tif").string()), QString::fromStdString((d / "classic.tif").string())});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QString("1 1 2\n0 1 2"));
}

void TestTiff::metadataRoundTrip()
{
    ImageStack in = makeStack({4, 8, 9}, DType::Float32);
    in.info().spacing = {0.65, 0.7, 1.25, "um"};
    in.info().valueRange = ValueRange{-2.5, 1000.0};
    in.info().provenance = {"read scan.h5:/exchange/data", "denoise: sigma=2 \\ path C:\\x", "line\nbreak"};
    const fs::path d = dir("meta");
    writeTiff(d / "m.tif", in, {});
    auto src = openTiff(d / "m.tif");
    const StackInfo& info = src->info();
    QVERIFY(qAbs(info.spacing.x - 0.65) < 1e-6);
    QVERIFY(qAbs(info.spacing.y - 0.7) < 1e-6);
    QCOMPARE(info.spacing.z, 1.25);
    QCOMPARE(QString::fromStdString(info.spacing.unit), QString("um"));
    QVERIFY(info.valueRange.has_value());
    QCOMPARE(info.valueRange->min, -2.5);
    QCOMPARE(info.valueRange->max, 1000.0);
    QCOMPARE(info.provenance, in.info().provenance);
    QCOMPARE(int(info.sourceType), int(DType::Float32));
    // The stack read keeps the metadata.
    const ImageStack out = src->read({1, 2});
    QCOMPARE(out.info().spacing.z, 1.25);
    QCOMPARE(out.info().metadata.at("source"), (d / "m.tif").string());
    QVERIFY(src->describe().find("m.tif") != std::string::npos);

    // Integer output: the display range is the value range in stored units.
    WriteOptions opts;
    opts.dtype = DType::Int16;
    writeTiff(d / "i16.tif", in, opts);
    const auto r16 = openTiff(d / "i16.tif")->info().valueRange;
    QVERIFY(r16.has_value());
    QCOMPARE(r16->min, -2.0);  // -2.5 rounds half to even
    QCOMPARE(r16->max, 1000.0);

    // Unknown unit stays unknown.
    ImageStack plain = makeStack({2, 4, 4}, DType::Float32);
    writeTiff(d / "plain.tif", plain, {});
    QVERIFY(!openTiff(d / "plain.tif")->info().spacing.known());
}

void TestTiff::unitSpellings()
{
    // Micrometres arrive as "micron", "um", "µm" in UTF-8 or Latin-1, or ImageJ's escaped "\u00B5m": all read as
    // "um". Files are ours with the unit patched in the description (padding with empty lines keeps the length).
    ImageStack in = makeStack({2, 3, 4}, DType::UInt8);
    in.info().spacing = {1.0, 1.0, 2.0, "placeholder"};
    const fs::path d = dir("units");
    const std::pair<std::string, std::string> spellings[] = {
        {"micron", "um"}, {"microns", "um"},  {"um", "um"}, {"\xC2\xB5m", "um"},
        {"\xB5m", "um"},  {"\\u00B5m", "um"}, {"nm", "nm"}, {"pixel", ""},
    };
    int i = 0;
    for (const auto& [spelling, expected] : spellings) {
        const fs::path p = d / QString("u%1.tif").arg(i++).toStdString();
        WriteOptions opts;
        opts.dtype = DType::UInt8;
        writeTiff(p, in, opts);
        std::string bytes;
        {
            std::ifstream f(p, std::ios::binary);
            bytes.assign(std::istreambuf_iterator<char>(f), {});
        }
        const std::string from = "unit=placeholder\n";
        const std::size_t at = bytes.find(from);
        QVERIFY(at != std::string::npos);
        std::string to = "unit=" + spelling + "\n";
        QVERIFY(to.size() <= from.size());
        to.resize(from.size(), '\n');
        bytes.replace(at, from.size(), to);
        std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
        const Spacing sp = openTiff(p)->info().spacing;
        QCOMPARE(QString::fromStdString(sp.unit), QString::fromStdString(expected));
        QCOMPARE(sp.z, 2.0);
    }
}

void TestTiff::progressAndCancel()
{
    const ImageStack in = makeStack({5, 16, 16}, DType::Float32);
    const fs::path d = dir("progress");
    writeTiff(d / "p.tif", in, {});
    auto src = openTiff(d / "p.tif");
    std::vector<double> fractions;
    src->read(Range::all(), Range::all(), Progress([&](double f, std::string_view) { fractions.push_back(f); }));
    QCOMPARE(fractions.size(), std::size_t(5));
    QCOMPARE(fractions.back(), 1.0);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));

    std::stop_source stop;
    int pages = 0;
    Progress p(
        [&](double, std::string_view) {
            if (++pages == 2) stop.request_stop();
        },
        stop.get_token());
    QVERIFY_THROWS_EXCEPTION(xrs::Cancelled, src->read(Range::all(), Range::all(), p));
    QCOMPARE(pages, 2);
    // The source is still usable after a cancelled read.
    COMPARE_STACKS(src->read({4, 5}), in.frameRange({4, 5}).clone());
}

void TestTiff::manyPagesStayFast()
{
    // Thousands of small pages: writing, reading and random access must stay linear (no walk along the IFD chain per
    // page, which made this take tens of seconds).
    ImageStack in(Shape{6000, 4, 5});
    std::size_t k = 0;
    for (float& v : in.values()) v = float(k++ % 65521);
    const fs::path p = dir("many") / "many.tif";
    QElapsedTimer timer;
    timer.start();
    WriteOptions opts;
    opts.dtype = DType::UInt16;
    writeTiff(p, in, opts);
    auto src = openTiff(p);
    QCOMPARE(src->info().shape.frames, std::int64_t(6000));
    COMPARE_STACKS(src->readAll(), in);
    for (std::int64_t f = 5999; f >= 0; f -= 997)
        COMPARE_STACKS(src->read({f, f + 1}, {1, 3}), in.frame(f).rowRange({1, 3}).clone());
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString("took %1 ms").arg(timer.elapsed())));
}

void TestTiff::noFileWithoutCommit()
{
    const ImageStack in = makeStack({3, 10, 10}, DType::Float32);
    const fs::path d = dir("nocommit");
    {
        auto w = openTiffWriter(d / "a.tif", infoFor(in), {});
        w->append(in.frameRange({0, 2}));
    }
    {
        auto w = openTiffWriter(d / "b.tif", infoFor(in), {});
        w->append(in);  // complete, but never committed
    }
    QVERIFY(listDir(d).empty());
    {
        auto w = openTiffSeriesWriter(d, infoFor(in), {});
        w->append(in.frameRange({0, 1}));
    }
    // Series: finished frames stay (each file is complete); no temporary files remain.
    QCOMPARE(listDir(d), std::vector<std::string>{"frame_00000.tif"});
    // A missing folder is an error at open.
    QVERIFY_THROWS_EXCEPTION(xrs::Error, openTiffWriter(d / "no" / "x.tif", infoFor(in), {}));
}

void TestTiff::commitWithMissingFramesThrows()
{
    const ImageStack in = makeStack({3, 10, 10}, DType::UInt8);
    const fs::path d = dir("missing");
    auto w = openTiffWriter(d / "a.tif", infoFor(in), {});
    w->append(in.frameRange({0, 2}));
    try {
        w->commit();
        QFAIL("commit() with a missing frame did not throw");
    } catch (const xrs::Error& e) {
        QVERIFY2(std::string(e.what()).find("2 of 3") != std::string::npos, e.what());
    }
    w.reset();
    QVERIFY(listDir(d).empty());

    auto s = openTiffSeriesWriter(d, infoFor(in), {}, "slice");
    s->append(in.frameRange({0, 1}));
    QVERIFY_THROWS_EXCEPTION(xrs::Error, s->commit());
}

void TestTiff::rejectsWrongShapes()
{
    const ImageStack in = makeStack({2, 10, 10}, DType::UInt8);
    const fs::path d = dir("wrong");
    auto w = openTiffWriter(d / "a.tif", infoFor(in), {});
    QVERIFY_THROWS_EXCEPTION(xrs::Error, w->append(makeStack({1, 10, 11}, DType::UInt8)));
    w->append(in);
    QVERIFY_THROWS_EXCEPTION(xrs::Error, w->append(in.frame(0)));  // more than declared
    StackInfo empty;
    QVERIFY_THROWS_EXCEPTION(xrs::Error, openTiffWriter(d / "e.tif", empty, {}));
    // Out-of-range reads name the file.
    w->commit();
    auto src = openTiff(d / "a.tif");
    try {
        src->read({0, 3});
        QFAIL("no error");
    } catch (const xrs::Error& e) {
        QVERIFY2(std::string(e.what()).find("a.tif") != std::string::npos, e.what());
    }
}

void TestTiff::folderNaturalOrderSkipsPartAndHidden()
{
    const fs::path d = dir("folder");
    auto single = [&](const std::string& name, float value, std::int64_t frames = 1) {
        ImageStack s(Shape{frames, 6, 7});
        for (std::int64_t f = 0; f < frames; ++f)
            for (std::int64_t r = 0; r < 6; ++r)
                for (float& v : s.row(f, r)) v = value + float(f);
        WriteOptions opts;
        opts.dtype = DType::UInt16;
        writeTiff(d / name, s, opts);
    };
    single("img10.tif", 10);
    single("img2.tif", 2);
    single("img1.tif", 1);
    single("img11.TIFF", 11);
    single("img20.tif", 20, 2);  // two pages
    single(".img3.tif", 3);      // hidden
    single("img4.tif.part", 4);  // half-written
    single("img5.part.tif", 5);
    single("img6.tiff.part-123", 6);
    std::ofstream(d / "notes.txt") << "not an image";
    fs::create_directories(d / "sub.tif");  // a folder, not a file

    auto src = openTiffDirectory(d);
    QCOMPARE(src->info().shape, (Shape{6, 6, 7}));
    QCOMPARE(src->info().metadata.at("files"), std::string("5"));
    const ImageStack all = src->readAll();
    const float order[] = {1, 2, 10, 11, 20, 21};
    for (int f = 0; f < 6; ++f) QCOMPARE(all.at(f, 3, 3), order[f]);
    // Frame ranges crossing files, in any order of calls.
    const ImageStack mid = src->read({3, 6}, {2, 4});
    QCOMPARE(mid.at(0, 0, 0), 11.0f);
    QCOMPARE(mid.at(2, 1, 6), 21.0f);
    QCOMPARE(src->read({0, 1}).at(0, 0, 0), 1.0f);
    QCOMPARE(src->read({5, 6}).at(0, 5, 6), 21.0f);
}

void TestTiff::seriesWriterNamesAndRoundTrip()
{
    ImageStack in = makeStack({4, 12, 10}, DType::Float32);
    in.info().spacing = {0.5, 0.5, 3.0, "mm"};
    const fs::path d = dir("series");
    auto w = openTiffSeriesWriter(d, infoFor(in), {}, "proj");
    w->append(in);
    w->commit();
    QCOMPARE(listDir(d),
             (std::vector<std::string>{"proj_00000.tif", "proj_00001.tif", "proj_00002.tif", "proj_00003.tif"}));
    auto src = openTiffDirectory(d);
    COMPARE_STACKS(src->readAll(), in);
    QCOMPARE(src->info().spacing.z, 3.0);
    QCOMPARE(QString::fromStdString(src->info().spacing.unit), QString("mm"));
    QVERIFY(src->describe().find("4 files") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestTiff)
#include "TestTiff.moc"
