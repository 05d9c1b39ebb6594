// tests/io/TestHdf5: the HDF5 reader and writers (engine/io/Hdf5.cpp) against files written and read by h5py:
// every numeric dtype and layout, slab reads, dataset listing, attributes, DXchange scans both ways and the
// streaming chunked writer (dtypes, deflate, range mapping, attributes, atomic commit).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <functional>
#include <limits>
#include <stop_token>

#include <xrs/Version.h>

#include "TestSupport.h"
#include "core/Error.h"
#include "io/Hdf5.h"
#include "io/StackSource.h"
#include "io/StackWriter.h"

using namespace xrs;
using namespace xrs::io;
using xrs::test::runPython;
using xrs::test::toPath;

namespace {

// Runs a reference-python script; fails the calling test when it does not exit 0. Yields its stdout.
#define RUN_PY(out, script, ...)                                            \
    QString out;                                                            \
    do {                                                                    \
        const auto r_ = runPython(script, QStringList{__VA_ARGS__});        \
        QVERIFY2(r_.exitCode == 0, qPrintable("python failed: " + r_.err)); \
        out = r_.out;                                                       \
    } while (0)

using Expected = std::function<double(std::int64_t f, std::int64_t r, std::int64_t c)>;

// Empty when every value equals expected(f, r, c) exactly (as float32); else where and what differs.
QString mismatch(const ImageStack& s, const Expected& expected)
{
    for (std::int64_t f = 0; f < s.frames(); ++f)
        for (std::int64_t r = 0; r < s.rows(); ++r)
            for (std::int64_t c = 0; c < s.cols(); ++c) {
                const float want = static_cast<float>(expected(f, r, c));
                const float got = s.at(f, r, c);
                if (!(got == want) && !(std::isnan(got) && std::isnan(want)))
                    return QString("at (%1,%2,%3): got %4, expected %5")
                        .arg(f)
                        .arg(r)
                        .arg(c)
                        .arg(double(got), 0, 'g', 17)
                        .arg(double(want), 0, 'g', 17);
            }
    return {};
}

// A stack filled from a formula.
ImageStack makeStack(Shape shape, const Expected& value)
{
    ImageStack s(shape);
    for (std::int64_t f = 0; f < shape.frames; ++f)
        for (std::int64_t r = 0; r < shape.rows; ++r)
            for (std::int64_t c = 0; c < shape.cols; ++c) s.at(f, r, c) = static_cast<float>(value(f, r, c));
    return s;
}

QJsonDocument parseJson(const QString& text)
{
    QJsonParseError err;
    auto doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        qWarning() << "bad JSON from python:" << err.errorString() << text.left(400);
    return doc;
}

// The values of a dataset dumped by h5py as a flat list, compared with expected(i) for flat index i.
QString listMismatch(const QJsonArray& values, std::int64_t count, const std::function<double(std::int64_t)>& expected)
{
    if (values.size() != count) return QString("got %1 values, expected %2").arg(values.size()).arg(count);
    for (std::int64_t i = 0; i < count; ++i) {
        const double got = values[qsizetype(i)].toDouble(), want = expected(i);
        if (got != want)
            return QString("value %1: got %2, expected %3").arg(i).arg(got, 0, 'g', 17).arg(want, 0, 'g', 17);
    }
    return {};
}

// Numeric dtypes h5py writes, with the affine map from the index formula v to the stored value (all exact in
// float32 after HDF5's conversion).
struct DtypeCase {
    const char* name;  // dataset name and numpy dtype
    const char* numpy;
    const char* listed;  // listDatasets' type name
    DType source;
    double scale, offset;
};
const DtypeCase kDtypes[] = {
    {"u1", "u1", "uint8", DType::UInt8, 1, 0},
    {"i1", "i1", "int8", DType::Int8, 1, -64},
    {"u2", "<u2", "uint16", DType::UInt16, 1, 60000},
    {"i2", "<i2", "int16", DType::Int16, 1, -32000},
    {"u4", "<u4", "uint32", DType::UInt32, 256, 4000000000.0},
    {"i4", "<i4", "int32", DType::Int32, 256, -2000000000.0},
    {"u8", "<u8", "uint64", DType::Float64, 1099511627776.0, 1152921504606846976.0},  // 2^40, 2^60
    {"i8", "<i8", "int64", DType::Float64, 1048576.0, -1099511627776.0},              // 2^20, -2^40
    {"f2", "<f2", "float16", DType::Float32, 0.5, -20},
    {"f4", "<f4", "float32", DType::Float32, 0.25, -10.5},
    {"f8", "<f8", "float64", DType::Float64, 0.001, 0},
    {"be_u2", ">u2", "uint16", DType::UInt16, 1, 60000},
    {"be_i4", ">i4", "int32", DType::Int32, 256, -2000000000.0},
    {"be_f8", ">f8", "float64", DType::Float64, 0.001, 0},
};

const char* kMakeDtypes = R"PY(
import sys, h5py, numpy as np
cases = [l.split(",") for l in sys.argv[2].split(";")]
f, r, c = np.meshgrid(np.arange(4), np.arange(5), np.arange(6), indexing="ij")
v3 = (f * 30 + r * 6 + c).astype(np.float64)
with h5py.File(sys.argv[1], "w") as h:
    for name, dt, scale, offset in cases:
        a3 = (v3 * float(scale) + float(offset)).astype(dt)
        h.create_dataset("flat/%s_3d" % name, data=a3)
        h.create_dataset("flat/%s_2d" % name, data=a3[1])
        h.create_dataset("chunked/%s" % name, data=a3, chunks=(2, 3, 4), compression="gzip", compression_opts=4,
                         shuffle=name.endswith("2"))
    h.create_dataset("a/b/c/vol", data=(v3 + 60000).astype("u2"), chunks=(1, 5, 6), compression="gzip", shuffle=True)
)PY";

}  // namespace

class TestHdf5 : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { XRS_REQUIRE_PYTHON("numpy", "h5py"); }

    void readsEveryDtypeAndLayout();
    void slabReadsMatchFullRead();
    void readReportsProgressAndStops();
    void listsDatasetsDepthFirst();
    void readsAttributes();
    void openStackPicksTheDataset();
    void dxchangeComplete();
    void dxchangeMinimal();
    void dxchangeThetaLengthMismatch();
    void writeDxchangeRoundTrip();
    void writerEveryDtype();
    void writerRangeMapping();
    void writerConversionMatchesCanonical();
    void writerThroughOpenWriter();
    void writerDiscardsWithoutCommit();
    void writerRejectsBadUse();

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
};

void TestHdf5::readsEveryDtypeAndLayout()
{
    const QString file = path("dtypes.h5");
    QStringList cases;
    for (const auto& d : kDtypes)
        cases << QString("%1,%2,%3,%4").arg(d.name, d.numpy).arg(d.scale, 0, 'g', 20).arg(d.offset, 0, 'g', 20);
    RUN_PY(out, kMakeDtypes, file, cases.join(';'));

    const auto f = toPath(file);
    for (const auto& d : kDtypes) {
        const auto value = [&](std::int64_t fr, std::int64_t r, std::int64_t c) {
            return double(fr * 30 + r * 6 + c) * d.scale + d.offset;
        };
        for (const QString variant : {"flat/%1_3d", "chunked/%1"}) {
            const std::string name = variant.arg(d.name).toStdString();
            auto src = openHdf5(f, name);
            QCOMPARE(src->shape(), (Shape{4, 5, 6}));
            QVERIFY2(src->info().sourceType == d.source, name.c_str());
            QCOMPARE(src->info().metadata.at("hdf5_type"), std::string(d.listed));
            QCOMPARE(src->info().metadata.at("dataset"), "/" + name);
            QCOMPARE(src->info().metadata.at("format"), std::string("HDF5"));
            QCOMPARE(src->info().metadata.at("source"), f.string());
            const ImageStack all = src->readAll();
            QCOMPARE(all.shape(), (Shape{4, 5, 6}));
            const QString bad = mismatch(all, value);
            QVERIFY2(bad.isEmpty(), qPrintable(QString::fromStdString(name) + " " + bad));
        }
        // A 2D dataset is one frame.
        const std::string name2d = QString("flat/%1_2d").arg(d.name).toStdString();
        auto src = openHdf5(f, name2d);
        QCOMPARE(src->shape(), (Shape{1, 5, 6}));
        const QString bad =
            mismatch(src->readAll(), [&](std::int64_t, std::int64_t r, std::int64_t c) { return value(1, r, c); });
        QVERIFY2(bad.isEmpty(), qPrintable(QString::fromStdString(name2d) + " " + bad));
    }

    // Nested groups; dataset path without the leading slash works too.
    auto nested = openHdf5(f, "a/b/c/vol");
    QCOMPARE(nested->info().metadata.at("dataset"), std::string("/a/b/c/vol"));
    QVERIFY(nested->info().sourceType == DType::UInt16);
    const ImageStack v = nested->readAll();
    QCOMPARE(v.at(0, 0, 0), 60000.0f);
    QCOMPARE(v.at(3, 4, 5), 60119.0f);
    QCOMPARE(v.at(2, 1, 3), 60069.0f);
    QVERIFY(nested->describe().find("/a/b/c/vol") != std::string::npos);
}

void TestHdf5::slabReadsMatchFullRead()
{
    const QString file = path("slabs.h5");
    RUN_PY(out, R"PY(
import sys, h5py, numpy as np
f, r, c = np.meshgrid(np.arange(7), np.arange(9), np.arange(8), indexing="ij")
with h5py.File(sys.argv[1], "w") as h:
    h.create_dataset("vol", data=(f * 1000 + r * 10 + c).astype("f4"), chunks=(3, 4, 5), compression="gzip")
    h.create_dataset("contig", data=(f * 1000 + r * 10 + c).astype("u2"))
    h.create_dataset("img", data=(r[0] * 10 + c[0]).astype("i2"))
    # Tiny chunks: reads are split into pieces of at most 4096 chunks (frames, then rows, then columns).
    h.create_dataset("tiny3d", data=(f * 1000 + r * 10 + c).astype("i4")[:, :, :].repeat(6, axis=2), chunks=(1, 1, 1))
    h.create_dataset("tiny2d", data=np.arange(100 * 90, dtype="u2").reshape(100, 90), chunks=(1, 1))
    h.create_dataset("tinyrow", data=np.arange(5000, dtype="f4").reshape(1, 5000) * 0.5, chunks=(1, 1))
)PY",
           file);

    const auto f = toPath(file);
    for (const char* name : {"/vol", "/contig"}) {
        auto src = openHdf5(f, name);
        const ImageStack all = src->readAll();
        QCOMPARE(all.shape(), (Shape{7, 9, 8}));
        QVERIFY(mismatch(all, [](auto fr, auto r, auto c) { return double(fr * 1000 + r * 10 + c); }).isEmpty());
        const Range frameRanges[] = {{0, 7}, {2, 5}, {6, 7}, {0, 1}, {4, -1}, {3, 3}};
        const Range rowRanges[] = {{0, 9}, {1, 4}, {8, 9}, {3, -1}, {4, 4}};
        for (const Range& fr : frameRanges)
            for (const Range& rr : rowRanges) {
                const ImageStack slab = src->read(fr, rr);
                const Range fres = fr.resolved(7, "frames"), rres = rr.resolved(9, "rows");
                QCOMPARE(slab.shape(), (Shape{fres.size(), rres.size(), 8}));
                const QString bad = mismatch(slab, [&](auto sf, auto sr, auto sc) {
                    return double(all.at(fres.begin + sf, rres.begin + sr, sc));
                });
                QVERIFY2(bad.isEmpty(), qPrintable(QString("%1 frames %2:%3 rows %4:%5 %6")
                                                       .arg(name)
                                                       .arg(fr.begin)
                                                       .arg(fr.end)
                                                       .arg(rr.begin)
                                                       .arg(rr.end)
                                                       .arg(bad)));
                QCOMPARE(slab.info().metadata.at("dataset"), std::string(name));
            }
    }

    auto tiny3d = openHdf5(f, "/tiny3d");
    QCOMPARE(tiny3d->shape(), (Shape{7, 9, 48}));
    auto tinyValue = [](auto fr, auto r, auto c) { return double(fr * 1000 + r * 10 + c / 6); };
    QVERIFY(mismatch(tiny3d->readAll(), tinyValue).isEmpty());
    QVERIFY(mismatch(tiny3d->read({2, 6}, {3, 8}), [&](auto fr, auto r, auto c) {
                return tinyValue(fr + 2, r + 3, c);
            }).isEmpty());
    auto tiny2d = openHdf5(f, "/tiny2d");
    QVERIFY(mismatch(tiny2d->readAll(), [](auto, auto r, auto c) { return double(r * 90 + c); }).isEmpty());
    QVERIFY(mismatch(tiny2d->read({0, 1}, {17, 83}), [](auto, auto r, auto c) {
                return double((r + 17) * 90 + c);
            }).isEmpty());
    auto tinyRow = openHdf5(f, "/tinyrow");
    QVERIFY(mismatch(tinyRow->readAll(), [](auto, auto, auto c) { return c * 0.5; }).isEmpty());

    auto img = openHdf5(f, "/img");
    QCOMPARE(img->shape(), (Shape{1, 9, 8}));
    const ImageStack rows = img->read({0, 1}, {5, 7});
    QCOMPARE(rows.shape(), (Shape{1, 2, 8}));
    QVERIFY(mismatch(rows, [](auto, auto r, auto c) { return double((r + 5) * 10 + c); }).isEmpty());

    // Out-of-range slabs are errors naming the file and the dataset.
    auto vol = openHdf5(f, "/vol");
    for (auto bad : {std::pair{Range{5, 9}, Range::all()}, std::pair{Range::all(), Range{0, 10}},
                     std::pair{Range{-1, 2}, Range::all()}}) {
        try {
            vol->read(bad.first, bad.second);
            QFAIL("an out-of-range read did not throw");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("slabs.h5") && QString(e.what()).contains("/vol"), e.what());
        }
    }
}

void TestHdf5::readReportsProgressAndStops()
{
    const QString file = path("progress.h5");
    RUN_PY(out, R"PY(
import sys, h5py, numpy as np
with h5py.File(sys.argv[1], "w") as h:
    big = (np.arange(40 * 256 * 512, dtype="u4").reshape(40, 256, 512) % 1000).astype("u2")
    h.create_dataset("big", data=big, chunks=(4, 256, 512))
    h.create_dataset("flat", data=big)
    h.create_dataset("tiles", data=big, chunks=(1, 16, 16))
)PY",
           file);
    // Reads go in pieces of 16 MiB of floats (32 of these frames), one progress report each; a piece of tiny chunks
    // is cut to at most 4096 chunks, counting one more per dimension for straddling (4 frames of 17×33 here).
    const std::pair<const char*, std::vector<double>> cases[] = {
        {"/big", {0.8, 1.0}}, {"/flat", {0.8, 1.0}}, {"/tiles", {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0}}};
    for (const auto& [name, want] : cases) {
        auto src = openHdf5(toPath(file), name);
        std::vector<double> fractions;
        const ImageStack all = src->readAll(Progress([&](double f, std::string_view) { fractions.push_back(f); }));
        QCOMPARE(fractions, want);
        QCOMPARE(all.at(39, 255, 511), float((39 * 256 * 512 + 255 * 512 + 511) % 1000));
        QCOMPARE(all.at(17, 100, 3), float((17 * 256 * 512 + 100 * 512 + 3) % 1000));
    }

    auto src = openHdf5(toPath(file), "/big");
    std::stop_source stop;
    stop.request_stop();
    QVERIFY_THROWS_EXCEPTION(Cancelled, src->readAll(Progress([](double, std::string_view) {}, stop.get_token())));
}

void TestHdf5::listsDatasetsDepthFirst()
{
    const QString file = path("list.h5");
    RUN_PY(out, R"PY(
import sys, h5py, numpy as np
with h5py.File(sys.argv[1], "w") as h:
    h.create_dataset("e", data=np.zeros((1, 2, 3, 4), "i1"))
    h.create_dataset("a/b/c/vol", data=np.zeros((2, 3, 4), "u2"), chunks=(1, 3, 4))
    h.create_dataset("a/img", data=np.zeros((3, 4), "f4"))
    h.create_dataset("a-b", data=np.zeros((5,), ">f8"))
    h["b_str"] = "hello"
    h.create_dataset("c", data=np.zeros(5, dtype=[("x", "f4"), ("y", "i4")]))
    h.create_dataset("f", data=np.array([True, False, True]))
    h.create_group("empty/group")
    h["soft"] = h5py.SoftLink("/a/img")
)PY",
           file);

    const auto list = listDatasets(toPath(file));
    struct Want {
        std::string path;
        std::vector<std::int64_t> dims;
        std::string type;
    };
    const std::vector<Want> want = {
        {"/a/b/c/vol", {2, 3, 4}, "uint16"},
        {"/a/img", {3, 4}, "float32"},
        {"/a-b", {5}, "float64"},
        {"/b_str", {}, "string"},
        {"/c", {5}, "compound"},
        {"/e", {1, 2, 3, 4}, "int8"},
        {"/f", {3}, "enum"},
    };
    QCOMPARE(list.size(), want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        QCOMPARE(list[i].path, want[i].path);
        QCOMPARE(list[i].dims, want[i].dims);
        QCOMPARE(list[i].type, want[i].type);
    }
}

void TestHdf5::readsAttributes()
{
    const QString file = path("attrs.h5");
    RUN_PY(out, R"PY(
import sys, h5py, numpy as np
with h5py.File(sys.argv[1], "w") as h:
    d = h.create_dataset("vol", data=np.ones((2, 3, 4), "u1"))
    d.attrs["pixel_size_x"] = 0.65
    d.attrs["pixel_size_y"] = np.float32(0.75)
    d.attrs["spacing_z"] = 2
    d.attrs["unit"] = "um"
    d.attrs["provenance"] = "acquired at TOMCAT\nflat-field corrected\n"
    d.attrs["meta:instrument"] = np.bytes_(b"TOMCAT")
    d.attrs["meta:energy"] = "21 keV"
    d.attrs["unrelated"] = 5
    e = h.create_dataset("img", data=np.ones((3, 4), "f4"))
    e.attrs["pixel_size_x"] = 1.5
    e.attrs["provenance"] = np.array([b"one", b"two  "], dtype="S5")
    h.create_dataset("plain", data=np.ones((3, 4), "f4"))
)PY",
           file);

    const auto f = toPath(file);
    const StackInfo vol = openHdf5(f, "/vol")->info();
    QCOMPARE(vol.spacing.x, 0.65);
    QCOMPARE(vol.spacing.y, 0.75);
    QCOMPARE(vol.spacing.z, 2.0);
    QCOMPARE(vol.spacing.unit, std::string("um"));
    QCOMPARE(vol.provenance, (std::vector<std::string>{"acquired at TOMCAT", "flat-field corrected"}));
    QCOMPARE(vol.metadata.at("instrument"), std::string("TOMCAT"));
    QCOMPARE(vol.metadata.at("energy"), std::string("21 keV"));
    QVERIFY(!vol.metadata.count("unrelated"));

    const StackInfo img = openHdf5(f, "/img")->info();
    QCOMPARE(img.spacing.x, 1.5);
    QCOMPARE(img.spacing.y, 1.5);  // one side given: square pixels
    QCOMPARE(img.spacing.z, 1.0);
    QVERIFY(!img.spacing.known());
    QCOMPARE(img.provenance, (std::vector<std::string>{"one", "two  "}));  // NUL-padded: spaces are data

    const StackInfo plain = openHdf5(f, "/plain")->info();
    QCOMPARE(plain.spacing.x, 1.0);
    QVERIFY(!plain.spacing.known());
    QVERIFY(plain.provenance.empty());
}

void TestHdf5::openStackPicksTheDataset()
{
    const QString one = path("one.h5"), dx = path("dx_pick.h5");
    RUN_PY(out, R"PY(
import sys, h5py, numpy as np
with h5py.File(sys.argv[1], "w") as h:
    h.create_dataset("g/only", data=np.full((2, 3, 4), 7, "u2"))
    h.create_dataset("g/meta", data=np.arange(4.0))
with h5py.File(sys.argv[2], "w") as h:
    h.create_dataset("exchange/data", data=np.full((2, 3, 4), 9, "u2"))
    h.create_dataset("exchange/data_white", data=np.full((2, 3, 4), 8, "u2"))
)PY",
           one, dx);
    auto a = openStack(toPath(one));
    QCOMPARE(a->info().metadata.at("dataset"), std::string("/g/only"));
    QCOMPARE(a->readAll().at(1, 2, 3), 7.0f);
    auto b = openStack(toPath(dx));
    QCOMPARE(b->info().metadata.at("dataset"), std::string("/exchange/data"));
    QCOMPARE(b->readAll().at(1, 2, 3), 9.0f);
    QVERIFY(isDxchange(toPath(dx)));
    QVERIFY(!isDxchange(toPath(one)));
    QVERIFY(!isDxchange(toPath(path("does-not-exist.h5"))));
}

void TestHdf5::dxchangeComplete()
{
    const QString file = path("dx_full.h5");
    RUN_PY(out, R"PY(
import sys, h5py, numpy as np
f, r, c = np.meshgrid(np.arange(6), np.arange(4), np.arange(5), indexing="ij")
with h5py.File(sys.argv[1], "w") as h:
    h.create_dataset("exchange/data", data=(1000 + f * 100 + r * 10 + c).astype("u2"), chunks=(1, 4, 5),
                     compression="gzip")
    h.create_dataset("exchange/data_white", data=(5000 + f[:3] * 100 + r[:3] * 10 + c[:3]).astype("u2"))
    h.create_dataset("exchange/data_dark", data=(10 + f[:2] + r[:2] + c[:2]).astype("f4"))
    h.create_dataset("exchange/theta", data=np.array([0, 0.5, 30.25, 90, 135.125, 179.5], "f4"))
    res = h.create_dataset("measurement/instrument/detection_system/objective/resolution", data=1.625)
    res.attrs["units"] = "microns"
    h["implements"] = "exchange:measurement:process"
)PY",
           file);

    const auto fp = toPath(file);
    QVERIFY(isDxchange(fp));
    DxchangeScan scan = openDxchange(fp);
    QVERIFY(scan.missing.empty());
    QVERIFY(scan.thetaFromFile);
    QCOMPARE(scan.thetaDegrees, (std::vector<double>{0, 0.5, 30.25, 90, 135.125, 179.5}));
    QVERIFY(scan.data && scan.flats && scan.darks);
    QCOMPARE(scan.data->shape(), (Shape{6, 4, 5}));
    QCOMPARE(scan.flats->shape(), (Shape{3, 4, 5}));
    QCOMPARE(scan.darks->shape(), (Shape{2, 4, 5}));
    QVERIFY(mismatch(scan.data->readAll(), [](auto f, auto r, auto c) {
                return double(1000 + f * 100 + r * 10 + c);
            }).isEmpty());
    QVERIFY(mismatch(scan.flats->readAll(), [](auto f, auto r, auto c) {
                return double(5000 + f * 100 + r * 10 + c);
            }).isEmpty());
    QVERIFY(mismatch(scan.darks->readAll(), [](auto f, auto r, auto c) { return double(10 + f + r + c); }).isEmpty());
    // DXchange's effective pixel size becomes the spacing of the projections.
    const Spacing sp = scan.data->info().spacing;
    QCOMPARE(sp.x, 1.625);
    QCOMPARE(sp.y, 1.625);
    QCOMPARE(sp.unit, std::string("microns"));
}

void TestHdf5::dxchangeMinimal()
{
    const QString file = path("dx_min.h5");
    RUN_PY(out, R"PY(
import sys, h5py, numpy as np
with h5py.File(sys.argv[1], "w") as h:
    h.create_dataset("exchange/data", data=np.arange(60, dtype="f4").reshape(5, 3, 4) * 0.5)
    h.create_dataset("measurement/instrument/detector/pixel_size_x", data=6.5)
    h.create_dataset("measurement/instrument/detector/pixel_size_y", data=np.array([3.25], "f4"))
)PY",
           file);
    DxchangeScan scan = openDxchange(toPath(file));
    QVERIFY(scan.data);
    QVERIFY(!scan.flats);
    QVERIFY(!scan.darks);
    QVERIFY(!scan.thetaFromFile);
    QCOMPARE(scan.missing,
             (std::vector<std::string>{"/exchange/data_white", "/exchange/data_dark", "/exchange/theta"}));
    QCOMPARE(scan.thetaDegrees, (std::vector<double>{0, 36, 72, 108, 144}));  // over 180°, endpoint excluded
    // No objective resolution: the detector's pixel size, in µm when no "units" attribute says otherwise.
    const Spacing sp = scan.data->info().spacing;
    QCOMPARE(sp.x, 6.5);
    QCOMPARE(sp.y, 3.25);
    QCOMPARE(sp.unit, std::string("um"));
    QVERIFY(mismatch(scan.data->readAll(), [](auto f, auto r, auto c) {
                return double(f * 12 + r * 4 + c) * 0.5;
            }).isEmpty());
}

void TestHdf5::dxchangeThetaLengthMismatch()
{
    const QString file = path("dx_theta.h5");
    RUN_PY(out, R"PY(
import sys, h5py, numpy as np
with h5py.File(sys.argv[1], "w") as h:
    h.create_dataset("exchange/data", data=np.zeros((5, 3, 4), "u2"))
    h.create_dataset("exchange/theta", data=np.linspace(0, 180, 4))
)PY",
           file);
    try {
        openDxchange(toPath(file));
        QFAIL("a theta of the wrong length was accepted");
    } catch (const Error& e) {
        const QString msg = e.what();
        QVERIFY2(msg.contains("dx_theta.h5") && msg.contains("/exchange/theta") && msg.contains("4 angles") &&
                     msg.contains("5 projections"),
                 e.what());
    }
}

void TestHdf5::writeDxchangeRoundTrip()
{
    const QString file = path("written_dx.h5");
    ImageStack data = makeStack({4, 3, 5}, [](auto f, auto r, auto c) { return f * 1000 + r * 100 + c + 0.4; });
    data.at(0, 0, 0) = -7.0f;                                    // clamps to 0
    data.at(0, 0, 1) = 70000.0f;                                 // clamps to 65535
    data.at(0, 0, 2) = 2.5f;                                     // rounds to even: 2
    data.at(0, 0, 3) = 3.5f;                                     // 4
    data.at(0, 0, 4) = std::numeric_limits<float>::quiet_NaN();  // 0
    const ImageStack flats = makeStack({2, 3, 5}, [](auto f, auto r, auto c) { return 4000 + f * 10 + r + c; });
    const ImageStack darks = makeStack({1, 3, 5}, [](auto, auto r, auto c) { return 100.6 + r + c; });
    const std::vector<double> theta{0, 45.5, 90.25, 135.125};
    std::vector<double> fractions;
    writeDxchange(toPath(file), data, &flats, &darks, theta, DType::UInt16,
                  Progress([&](double f, std::string_view) { fractions.push_back(f); }));
    QCOMPARE(fractions.size(), std::size_t(7));
    QCOMPARE(fractions.back(), 1.0);

    RUN_PY(out, R"PY(
import sys, json, h5py
with h5py.File(sys.argv[1], "r") as h:
    x = h["exchange"]
    print(json.dumps({k: {"dtype": str(x[k].dtype), "shape": list(x[k].shape), "values": x[k][()].ravel().tolist()}
                      for k in x} | {"implements": h["implements"][()].decode()}))
)PY",
           file);
    const QJsonObject o = parseJson(out).object();
    QCOMPARE(o["implements"].toString(), QString("exchange:measurement:process"));
    QCOMPARE(o["data"]["dtype"].toString(), QString("uint16"));
    QCOMPARE(o["data_white"]["dtype"].toString(), QString("uint16"));
    QCOMPARE(o["data_dark"]["dtype"].toString(), QString("uint16"));
    QCOMPARE(o["theta"]["dtype"].toString(), QString("float64"));
    QCOMPARE(o["data"]["shape"].toArray(), (QJsonArray{4, 3, 5}));
    QCOMPARE(o["data_white"]["shape"].toArray(), (QJsonArray{2, 3, 5}));
    QCOMPARE(o["data_dark"]["shape"].toArray(), (QJsonArray{1, 3, 5}));

    const QJsonArray dv = o["data"]["values"].toArray();
    QCOMPARE(dv[0].toDouble(), 0.0);
    QCOMPARE(dv[1].toDouble(), 65535.0);
    QCOMPARE(dv[2].toDouble(), 2.0);
    QCOMPARE(dv[3].toDouble(), 4.0);
    QCOMPARE(dv[4].toDouble(), 0.0);
    QCOMPARE(dv[5].toDouble(), 100.0);    // (0,1,0): 100.4
    QCOMPARE(dv[59].toDouble(), 3204.0);  // (3,2,4): 3204.4
    auto stored = [](const ImageStack& s) {
        return [&s](std::int64_t i) {
            const auto fr = i / (s.rows() * s.cols()), r = i / s.cols() % s.rows(), c = i % s.cols();
            return convertForOutput(s.at(fr, r, c), DType::UInt16, std::nullopt);
        };
    };
    QString bad = listMismatch(dv, 60, stored(data));
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    bad = listMismatch(o["data_white"]["values"].toArray(), 30, stored(flats));
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    bad = listMismatch(o["data_dark"]["values"].toArray(), 15, [](std::int64_t i) { return 101.0 + i / 5 + i % 5; });
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    bad = listMismatch(o["theta"]["values"].toArray(), 4, [&](std::int64_t i) { return theta[std::size_t(i)]; });
    QVERIFY2(bad.isEmpty(), qPrintable(bad));

    // And our own reader sees the same scan.
    DxchangeScan scan = openDxchange(toPath(file));
    QVERIFY(scan.missing.empty());
    QVERIFY(scan.thetaFromFile);
    QCOMPARE(scan.thetaDegrees, theta);
    QCOMPARE(scan.data->info().sourceType, DType::UInt16);
    QCOMPARE(scan.data->readAll().at(3, 2, 4), 3204.0f);
    QCOMPARE(scan.darks->readAll().at(0, 2, 4), 107.0f);

    // Float output without flats, darks or angles: nothing else in /exchange.
    const QString bare = path("written_dx_bare.h5");
    writeDxchange(toPath(bare), data, nullptr, nullptr, {}, DType::Float32);
    DxchangeScan s2 = openDxchange(toPath(bare));
    QCOMPARE(s2.missing, (std::vector<std::string>{"/exchange/data_white", "/exchange/data_dark", "/exchange/theta"}));
    const ImageStack back = s2.data->readAll();
    QCOMPARE(back.at(0, 0, 2), 2.5f);
    QVERIFY(std::isnan(back.at(0, 0, 4)));
    QCOMPARE(back.at(3, 2, 4), 3204.4f);

    // Mismatched inputs are refused before anything is written.
    const QString refused = path("refused_dx.h5");
    QVERIFY_THROWS_EXCEPTION(Error, writeDxchange(toPath(refused), data, nullptr, nullptr, {1.0, 2.0}, DType::UInt16));
    const ImageStack narrow({1, 3, 4});
    QVERIFY_THROWS_EXCEPTION(Error, writeDxchange(toPath(refused), data, &narrow, nullptr, theta, DType::UInt16));
    QVERIFY(!QFile::exists(refused));
}

namespace {
// The writer tests' input: a strided view (rows 2:7 of 8), so append() has to copy row by row.
ImageStack writerInput()
{
    const ImageStack base =
        makeStack({3, 8, 7}, [](auto f, auto r, auto c) { return (f * 35 + (r - 2) * 7 + c) * 1.5 - 20.25; });
    ImageStack view = base.rowRange({2, 7});
    view.info().spacing = {0.5, 0.25, 2.0, "µm"};
    view.info().provenance = {"phantom", "scaled by 1.5"};
    view.info().metadata["instrument"] = "test bench";
    view.info().metadata["source"] = "/somewhere/in.tif";  // describes the input: not copied
    return view;
}

const char* kDumpWritten = R"PY(
import sys, json, h5py
out = []
for path in sys.argv[1:]:
    name, _, dataset = path.partition("::")
    with h5py.File(name, "r") as h:
        d = h[dataset or "data"]
        attrs = {}
        for k, v in d.attrs.items():
            attrs[k] = v.decode() if isinstance(v, bytes) else (v if isinstance(v, str) else float(v))
        out.append({"dtype": str(d.dtype), "shape": list(d.shape), "chunks": list(d.chunks) if d.chunks else None,
                    "compression": d.compression, "level": d.compression_opts, "shuffle": d.shuffle,
                    "values": d[()].ravel().tolist(), "attrs": attrs, "names": sorted(h.keys()),
                    "unit_dtype": str(d.attrs.get_id("unit").dtype) if "unit" in d.attrs else None})
print(json.dumps(out))
)PY";
}  // namespace

void TestHdf5::writerEveryDtype()
{
    const ImageStack input = writerInput();
    QVERIFY(!input.contiguous());
    const DType dtypes[] = {DType::UInt8, DType::UInt16, DType::UInt32,  DType::Int8,
                            DType::Int16, DType::Int32,  DType::Float32, DType::Float64};
    QStringList files;
    for (DType t : dtypes)
        for (bool deflate : {false, true}) {
            WriteOptions opts;
            opts.dtype = t;
            opts.dataset = "/data";
            opts.compression = deflate ? Compression::Deflate : Compression::None;
            opts.compressionLevel = 6;
            const QString file = path(QString("w_%1_%2.h5").arg(QString::fromUtf8(dtypeName(t).data())).arg(deflate));
            auto w = openHdf5Writer(toPath(file), input.info(), opts);
            w->append(input.frameRange({0, 2}));
            w->append(input.frame(2));
            w->commit();
            files << file;
        }
    RUN_PY(out, kDumpWritten, files);
    const QJsonArray all = parseJson(out).array();
    QCOMPARE(all.size(), qsizetype(files.size()));

    int i = 0;
    for (DType t : dtypes)
        for (bool deflate : {false, true}) {
            const QJsonObject o = all[i++].toObject();
            const QString what = QString("%1 deflate=%2").arg(dtypeName(t).data()).arg(deflate);
            QCOMPARE(o["dtype"].toString(), QString::fromUtf8(dtypeName(t).data()));
            QCOMPARE(o["shape"].toArray(), (QJsonArray{3, 5, 7}));
            QCOMPARE(o["chunks"].toArray(), (QJsonArray{1, 5, 7}));
            QCOMPARE(o["names"].toArray(), (QJsonArray{"data"}));  // nothing else in the file
            if (deflate) {
                QCOMPARE(o["compression"].toString(), QString("gzip"));
                QCOMPARE(o["level"].toInt(), 6);
                QVERIFY(o["shuffle"].toBool());
            } else {
                QVERIFY(o["compression"].isNull());
                QVERIFY(!o["shuffle"].toBool());
            }
            const QString bad = listMismatch(o["values"].toArray(), 105, [&](std::int64_t k) {
                const float v = input.at(k / 35, k / 7 % 5, k % 7);
                return t == DType::Float64   ? double(v)
                       : t == DType::Float32 ? double(v)
                                             : convertForOutput(v, t, std::nullopt);
            });
            QVERIFY2(bad.isEmpty(), qPrintable(what + ": " + bad));

            const QJsonObject attrs = o["attrs"].toObject();
            QCOMPARE(attrs["provenance"].toString(), QString("phantom\nscaled by 1.5"));
            QCOMPARE(attrs["pixel_size_x"].toDouble(), 0.5);
            QCOMPARE(attrs["pixel_size_y"].toDouble(), 0.25);
            QCOMPARE(attrs["spacing_z"].toDouble(), 2.0);
            QCOMPARE(attrs["unit"].toString(), QString("µm"));
            QCOMPARE(o["unit_dtype"].toString(), QString("|S3"));  // fixed-length UTF-8 (no global heap)
            QCOMPARE(attrs["xrs_version"].toString(), QString(xrs::kVersion));
            QCOMPARE(attrs["meta:instrument"].toString(), QString("test bench"));
            QVERIFY(!attrs.contains("meta:source"));
        }
    // Spot checks of the conversion by hand: -20.25 (first) and 135.75 (last) under each integer type.
    const QJsonArray u8 = all[0].toObject()["values"].toArray(), i8 = all[6].toObject()["values"].toArray();
    QCOMPARE(u8[0].toDouble(), 0.0);
    QCOMPARE(u8[104].toDouble(), 136.0);
    QCOMPARE(u8[1].toDouble(), 0.0);   // -18.75
    QCOMPARE(u8[14].toDouble(), 1.0);  // 14*1.5-20.25 = 0.75 → 1
    QCOMPARE(i8[0].toDouble(), -20.0);
    QCOMPARE(i8[104].toDouble(), 127.0);
    const QJsonArray f32 = all[12].toObject()["values"].toArray();
    QCOMPARE(f32[0].toDouble(), -20.25);
    QCOMPARE(f32[104].toDouble(), 135.75);

    // Our reader gets spacing, provenance and metadata back.
    auto back = openHdf5(toPath(files[13]), "/data");  // float32, deflate
    QCOMPARE(back->info().spacing.x, 0.5);
    QCOMPARE(back->info().spacing.y, 0.25);
    QCOMPARE(back->info().spacing.z, 2.0);
    QCOMPARE(back->info().spacing.unit, std::string("µm"));
    QCOMPARE(back->info().provenance, (std::vector<std::string>{"phantom", "scaled by 1.5"}));
    QCOMPARE(back->info().metadata.at("instrument"), std::string("test bench"));
    QVERIFY(mismatch(back->readAll(), [&](auto f, auto r, auto c) { return double(input.at(f, r, c)); }).isEmpty());
}

void TestHdf5::writerRangeMapping()
{
    // A NaN too: it is stored as the type's minimum.
    ImageStack input = writerInput().clone();
    input.at(1, 2, 3) = std::numeric_limits<float>::quiet_NaN();
    QStringList files;
    const std::pair<DType, ValueRange> cases[] = {{DType::UInt16, {-20.25, 135.75}}, {DType::UInt8, {0, 100}},
                                                  {DType::Int16, {0, 104}},          {DType::Int8, {-10, 10}},
                                                  {DType::UInt32, {-20.25, 135.75}}, {DType::Int32, {0, 1}}};
    for (const auto& [t, range] : cases) {
        WriteOptions opts;
        opts.dtype = t;
        opts.range = range;
        opts.dataset = "/volume";
        opts.compression = Compression::Deflate;
        const QString file = path(QString("range_%1.h5").arg(dtypeName(t).data()));
        auto w = openHdf5Writer(toPath(file), input.info(), opts);
        w->append(input);
        w->commit();
        files << file + "::volume";
    }
    RUN_PY(out, kDumpWritten, files);  // "file::dataset"
    const QJsonArray all = parseJson(out).array();
    QCOMPARE(all.size(), qsizetype(6));
    int i = 0;
    for (const auto& [t, range] : cases) {
        const QJsonArray v = all[i++].toObject()["values"].toArray();
        const QString bad = listMismatch(
            v, 105, [&](std::int64_t k) { return convertForOutput(input.at(k / 35, k / 7 % 5, k % 7), t, range); });
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
    }
    // By hand (value k is k*1.5-20.25): the range ends map onto the type's ends, values outside clamp.
    const QJsonArray u16 = all[0].toObject()["values"].toArray();
    QCOMPARE(u16[0].toDouble(), 0.0);
    QCOMPARE(u16[104].toDouble(), 65535.0);
    QCOMPARE(u16[55].toDouble(), 34658.0);  // 62.25: 82.5/156*65535 = 34658.17
    const QJsonArray u8 = all[1].toObject()["values"].toArray();
    QCOMPARE(u8[0].toDouble(), 0.0);     // below the range
    QCOMPARE(u8[27].toDouble(), 52.0);   // 20.25: 0.2025*255 = 51.64
    QCOMPARE(u8[47].toDouble(), 128.0);  // 50.25: 128.14
    QCOMPARE(u8[94].toDouble(), 255.0);  // 120.75: above the range
    const QJsonArray i16 = all[2].toObject()["values"].toArray();
    QCOMPARE(i16[0].toDouble(), -32768.0);
    QCOMPARE(i16[84].toDouble(), 32767.0);
    QCOMPARE(i16[52].toDouble(), -32768.0);  // the NaN at (1, 2, 3)
    const QJsonArray u32 = all[4].toObject()["values"].toArray();
    QCOMPARE(u32[104].toDouble(), 4294967295.0);
    QCOMPARE(u32[55].toDouble(), 2271376935.0);  // 82.5/156*4294967295 = 2271376934.86
}

void TestHdf5::writerConversionMatchesCanonical()
{
    // The writer converts with its own loop; every stored value must equal convertForOutput (StackWriter.cpp) bit for
    // bit, for ties, limits, infinities, NaN and a spread of ordinary values, with and without range mapping.
    const float inf = std::numeric_limits<float>::infinity();
    std::vector<float> values = {0.5f, 1.5f, 2.5f, -0.5f, -1.5f, 127.5f, -128.5f, 255.5f, 32767.5f, -32768.5f, 65534.5f,
                                 65535.5f, 1e-40f, -0.0f, 2147483648.0f, -2147483648.0f, 4294967296.0f, 1e30f, -1e30f,
                                 inf, -inf, std::numeric_limits<float>::quiet_NaN(),
                                 // Where 16-bit mapping onto -3.7:1234.5 in float and in double round differently:
                                 1196.74097f, 1161.37195f, 4.01808548f, 227.908691f};
    std::uint32_t seed = 12345;
    while (values.size() < 1000) {
        seed = seed * 1664525u + 1013904223u;
        const double unit = double(seed >> 8) / double(1u << 24);  // [0, 1)
        values.push_back(float((unit - 0.3) * std::pow(10.0, double(values.size() % 11))));
    }
    ImageStack stack({1, 1, std::int64_t(values.size())});
    std::copy(values.begin(), values.end(), stack.values().begin());

    struct Case {
        DType type;
        std::optional<ValueRange> range;
    };
    std::vector<Case> cases;
    for (DType t : {DType::UInt8, DType::UInt16, DType::UInt32, DType::Int8, DType::Int16, DType::Int32})
        for (const std::optional<ValueRange>& r :
             {std::optional<ValueRange>{}, std::optional<ValueRange>{ValueRange{-3.7, 1234.5}}})
            cases.push_back({t, r});
    QStringList files;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        WriteOptions opts;
        opts.dtype = cases[i].type;
        opts.range = cases[i].range;
        const QString file = path(QString("canonical_%1.h5").arg(i));
        auto w = openHdf5Writer(toPath(file), stack.info(), opts);
        w->append(stack);
        w->commit();
        files << file;
    }
    RUN_PY(out, kDumpWritten, files);
    const QJsonArray all = parseJson(out).array();
    QCOMPARE(all.size(), qsizetype(cases.size()));
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const QString bad = listMismatch(
            all[qsizetype(i)].toObject()["values"].toArray(), std::int64_t(values.size()),
            [&](std::int64_t k) { return convertForOutput(values[std::size_t(k)], cases[i].type, cases[i].range); });
        QVERIFY2(
            bad.isEmpty(),
            qPrintable(
                QString("%1 mapped=%2: %3").arg(dtypeName(cases[i].type).data()).arg(bool(cases[i].range)).arg(bad)));
    }
}

void TestHdf5::writerThroughOpenWriter()
{
    // openWriter/writeStack choose HDF5 by extension; the dataset path may be nested.
    const QString file = path("stack.hdf5");
    ImageStack s = makeStack({5, 4, 3}, [](auto f, auto r, auto c) { return f * 12 + r * 3 + c; });
    s.info().provenance = {"made in a test"};
    WriteOptions opts;
    opts.dtype = DType::UInt16;
    opts.dataset = "/entry/instrument/images";
    writeStack(toPath(file), s, opts);
    auto src = openStack(toPath(file));
    QCOMPARE(src->info().metadata.at("dataset"), std::string("/entry/instrument/images"));
    QCOMPARE(src->info().sourceType, DType::UInt16);
    QCOMPARE(src->info().provenance, (std::vector<std::string>{"made in a test"}));
    QVERIFY(!src->info().spacing.known());
    QVERIFY(mismatch(src->readAll(), [](auto f, auto r, auto c) { return double(f * 12 + r * 3 + c); }).isEmpty());

    // A provenance too long for a fixed-length attribute (over 32 KiB) is stored variable-length.
    const QString longFile = path("long_provenance.h5");
    s.info().provenance.clear();
    for (int i = 0; i < 500; ++i) s.info().provenance.push_back("step " + std::to_string(i) + std::string(70, '.'));
    writeStack(toPath(longFile), s, opts);
    QCOMPARE(openStack(toPath(longFile))->info().provenance, s.info().provenance);
    RUN_PY(out, R"PY(
import sys, h5py
a = h5py.File(sys.argv[1], "r")["entry/instrument/images"].attrs["provenance"]
print(type(a).__name__, len(a), a.count("\n"))
)PY",
           longFile);
    std::size_t chars = 499;  // newlines
    for (const auto& line : s.info().provenance) chars += line.size();
    QCOMPARE(out.trimmed(), QString("str %1 499").arg(chars));
}

void TestHdf5::writerDiscardsWithoutCommit()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("never.h5");
    {
        StackInfo info;
        info.shape = {3, 4, 5};
        auto w = openHdf5Writer(toPath(file), info, {});
        w->append(ImageStack({2, 4, 5}));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), qsizetype(1));  // the temporary
    }
    QVERIFY(!QFile::exists(file));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestHdf5::writerRejectsBadUse()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("bad.h5");
    StackInfo info;
    info.shape = {3, 4, 5};

    auto expectError = [&](const std::function<void()>& fn, const QString& fragment) {
        try {
            fn();
        } catch (const Error& e) {
            return QString(e.what()).contains("bad.h5") && QString(e.what()).contains(fragment);
        }
        return false;
    };
    {
        auto w = openHdf5Writer(toPath(file), info, {});
        w->append(ImageStack({2, 4, 5}));
        QVERIFY(expectError([&] { w->commit(); }, "only 2 of 3 frames"));
        QVERIFY(expectError([&] { w->append(ImageStack({1, 4, 6})); }, "do not fit"));
        QVERIFY(expectError([&] { w->append(ImageStack({2, 4, 5})); }, "more frames"));
        w->append(ImageStack({1, 4, 5}));
        w->commit();
        QVERIFY(expectError([&] { w->commit(); }, "already committed"));
    }
    QVERIFY(QFile::exists(file));
    QVERIFY(QFile::remove(file));

    WriteOptions lzw;
    lzw.compression = Compression::Lzw;
    QVERIFY(expectError([&] { openHdf5Writer(toPath(file), info, lzw); }, "LZW"));
    StackInfo empty;
    empty.shape = {0, 4, 5};
    QVERIFY(expectError([&] { openHdf5Writer(toPath(file), empty, {}); }, "empty"));
    const WriteOptions root{.dataset = std::string(1, '/')};  // (assigning "/" trips GCC 12's -Wrestrict bug)
    QVERIFY(expectError([&] { openHdf5Writer(toPath(file), info, root); }, "dataset path"));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestHdf5)
#include "TestHdf5.moc"
