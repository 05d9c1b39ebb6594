// tests/io/TestCorruptHdf5: bad HDF5 input never crashes or aborts; every failure is an xrs::Error that names the
// file (and says what is wrong): empty, random, truncated and bit-flipped files, unsupported datasets (strings, 1D,
// 4D, empty dimensions), missing dataset paths, broken DXchange layouts and corrupt compressed chunks.
#include <QFile>
#include <QtTest>

#include <functional>
#include <random>

#include "TestSupport.h"
#include "core/Error.h"
#include "io/Hdf5.h"
#include "io/StackSource.h"

using namespace xrs;
using namespace xrs::io;
using xrs::test::runPython;
using xrs::test::toPath;

namespace {

// What one call did: nothing, an xrs::Error (its message), or something that must never happen.
struct Outcome {
    bool threw = false;
    bool wrongType = false;
    QString message;
};

Outcome attempt(const std::function<void()>& fn)
{
    Outcome o;
    try {
        fn();
    } catch (const Error& e) {
        o.threw = true;
        o.message = QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        o.threw = o.wrongType = true;
        o.message = QString("not an xrs::Error: ") + e.what();
    }
    return o;
}

// Every way in: listing, opening each dataset and reading it, openStack and the DXchange entry points.
// Returns the messages of the calls that failed; fails the test on any other exception type or a message
// without the file name.
QStringList consumeAll(const QString& file, const QStringList& datasets)
{
    const auto path = toPath(file);
    std::vector<Outcome> outcomes;
    outcomes.push_back(attempt([&] { listDatasets(path); }));
    for (const QString& d : datasets) outcomes.push_back(attempt([&] { openHdf5(path, d.toStdString())->readAll(); }));
    outcomes.push_back(attempt([&] { openStack(path, datasets.value(0).toStdString())->readAll(); }));
    outcomes.push_back(attempt([&] { openStack(path)->readAll(); }));
    outcomes.push_back(attempt([&] { isDxchange(path); }));  // never throws
    outcomes.push_back(attempt([&] {
        auto scan = openDxchange(path);
        scan.data->readAll();
    }));
    QStringList messages;
    const QString name = QFileInfo(file).fileName();
    for (const auto& o : outcomes) {
        if (o.wrongType || (o.threw && !o.message.contains(name))) {
            QTest::qFail(qPrintable("bad error for " + name + ": " + o.message), __FILE__, __LINE__);
            return {"<failed>"};
        }
        if (o.threw) messages << o.message;
    }
    return messages;
}

// The single error of openHdf5(file, dataset), or "" when it opened (and read) fine.
QString openError(const QString& file, const QString& dataset)
{
    const Outcome o = attempt([&] { openHdf5(toPath(file), dataset.toStdString())->readAll(); });
    return o.wrongType ? "WRONG TYPE " + o.message : o.message;
}

bool writeBytes(const QString& file, const QByteArray& bytes)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray randomBytes(int n, unsigned seed)
{
    std::mt19937 gen(seed);
    QByteArray b(n, '\0');
    for (auto& c : b) c = char(gen() & 0xff);
    return b;
}

const char* kMakeFiles = R"PY(
import sys, os, struct, h5py, numpy as np
d = sys.argv[1]
def path(n): return os.path.join(d, n)
with h5py.File(path("good.h5"), "w") as h:
    h.create_dataset("vol", data=(np.arange(20 * 64 * 64) % 60000).astype("u2").reshape(20, 64, 64))
    h.create_dataset("g/img", data=np.ones((64, 64), "f4"))
with h5py.File(path("checked.h5"), "w") as h:
    c = h.create_dataset("vol", data=np.arange(6 * 64 * 64, dtype="f4").reshape(6, 64, 64), chunks=(1, 64, 64),
                         compression="gzip", fletcher32=True)
    info = c.id.get_chunk_info(3)
    print(info.byte_offset, info.size)
# An unfiltered chunk whose B-tree record claims 0 bytes (libhdf5 would read past its buffer).
with h5py.File(path("chunk_record.h5"), "w") as h:
    h.create_dataset("img", data=np.arange(12, dtype="u1").reshape(3, 4), chunks=(1, 4))
b = bytearray(open(path("chunk_record.h5"), "rb").read())
key = struct.pack("<II3Q", 4, 0, 2, 0, 0)  # size, filter mask, offset (2, 0, element)
assert b.count(key) == 1
i = b.index(key)
b[i:i + 4] = struct.pack("<I", 0)
open(path("chunk_record.h5"), "wb").write(b)
# A big-endian int32 whose datatype message claims 64 bits of precision (libhdf5 would convert past each value).
with h5py.File(path("bad_type.h5"), "w") as h:
    h.create_dataset("vol", data=np.arange(24, dtype=">i4").reshape(2, 3, 4))
b = bytearray(open(path("bad_type.h5"), "rb").read())
message = bytes([0x10, 0x09, 0, 0, 4, 0, 0, 0, 0, 0, 32, 0])  # class 0 v1, BE signed, size 4, offset 0, precision 32
assert b.count(message) == 1
b = b.replace(message, message[:10] + bytes([64, 0]))
open(path("bad_type.h5"), "wb").write(b)
with h5py.File(path("strings.h5"), "w") as h:
    h.create_dataset("names", data=np.array([["a", "bb"], ["ccc", "d"]], dtype=object), dtype=h5py.string_dtype())
    h.create_dataset("fixed", data=np.array([[b"ab", b"cd"], [b"ef", b"gh"]], dtype="S2"))
    h.create_dataset("pairs", data=np.zeros((2, 3), dtype=[("x", "f4"), ("y", "i4")]))
    h.create_dataset("flags", data=np.zeros((2, 3), dtype=bool))
with h5py.File(path("dims.h5"), "w") as h:
    h.create_dataset("line", data=np.arange(100, dtype="f4"))
    h.create_dataset("v4", data=np.zeros((2, 3, 4, 5), "u2"))
    h.create_dataset("scalar", data=3.5)
    h.create_dataset("noframes", shape=(0, 4, 5), dtype="u2")
    h.create_dataset("norows", shape=(3, 0, 5), dtype="f4")
    h.create_dataset("nocols2d", shape=(4, 0), dtype="f4", chunks=(2, 1), maxshape=(4, None))
with h5py.File(path("many.h5"), "w") as h:
    h.create_dataset("a/x", data=np.zeros((2, 3, 4), "u2"))
    h.create_dataset("b/y", data=np.zeros((3, 4), "f4"))
    for i in range(15):
        h.create_dataset("more/d%02d" % i, data=np.zeros(2, "u1"))
with h5py.File(path("dx_nodata.h5"), "w") as h:
    h.create_dataset("exchange/data_white", data=np.zeros((2, 6, 7), "u2"))
    h.create_dataset("exchange/theta", data=np.arange(4.0))
with h5py.File(path("dx_badflats.h5"), "w") as h:
    h.create_dataset("exchange/data", data=np.zeros((4, 6, 7), "u2"))
    h.create_dataset("exchange/data_white", data=np.zeros((2, 6, 8), "u2"))
with h5py.File(path("dx_baddarks.h5"), "w") as h:
    h.create_dataset("exchange/data", data=np.zeros((4, 6, 7), "u2"))
    h.create_dataset("exchange/data_dark", data=np.zeros((5, 7), "u2"))
with h5py.File(path("dx_badtheta.h5"), "w") as h:
    h.create_dataset("exchange/data", data=np.zeros((4, 6, 7), "u2"))
    h.create_dataset("exchange/theta", data=np.zeros((2, 2)))
with h5py.File(path("dx_strtheta.h5"), "w") as h:
    h.create_dataset("exchange/data", data=np.zeros((4, 6, 7), "u2"))
    h.create_dataset("exchange/theta", data=np.array([b"a", b"b", b"c", b"d"]))
with h5py.File(path("dx_groupdata.h5"), "w") as h:
    h.create_group("exchange/data")
)PY";

}  // namespace

class TestCorruptHdf5 : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void missingFileAndFolder();
    void emptyFile();
    void randomBytes();
    void truncated();
    void superblockFlipped();
    void corruptChunk();
    void badChunkRecord();
    void malformedNumberType();
    void nonNumericDatasets();
    void wrongDimensions();
    void missingDatasetListsTheOthers();
    void dxchangeWithoutData();
    void dxchangeMismatchedShapes();

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    qint64 m_chunkOffset = 0, m_chunkSize = 0;
};

void TestCorruptHdf5::initTestCase()
{
    XRS_REQUIRE_PYTHON("numpy", "h5py");
    const auto r = runPython(kMakeFiles, {m_dir.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList chunk = r.out.split(' ', Qt::SkipEmptyParts);
    QCOMPARE(chunk.size(), qsizetype(2));
    m_chunkOffset = chunk[0].trimmed().toLongLong();
    m_chunkSize = chunk[1].trimmed().toLongLong();
    QVERIFY(m_chunkOffset > 0 && m_chunkSize > 16);
}

void TestCorruptHdf5::missingFileAndFolder()
{
    QVERIFY(openError(path("nope.h5"), "/data").contains("no such file"));
    QVERIFY(openError(path("nope.h5"), "/data").contains("nope.h5"));
    const Outcome list = attempt([&] { listDatasets(toPath(path("nope.h5"))); });
    QVERIFY(list.threw && list.message.contains("nope.h5"));
    QVERIFY(!isDxchange(toPath(path("nope.h5"))));
    QDir(m_dir.path()).mkdir("folder.h5");
    QVERIFY2(openError(path("folder.h5"), "/data").contains("is a folder"),
             qPrintable(openError(path("folder.h5"), "/data")));
}

void TestCorruptHdf5::emptyFile()
{
    const QString file = path("empty.h5");
    QVERIFY(writeBytes(file, {}));
    const QStringList errors = consumeAll(file, {"/data"});
    QCOMPARE(errors.size(), qsizetype(5));  // all but isDxchange
    QVERIFY2(errors[0].contains("empty"), qPrintable(errors[0]));
}

void TestCorruptHdf5::randomBytes()
{
    const QString file = path("random.h5");
    QVERIFY(writeBytes(file, ::randomBytes(4096, 7)));
    const QStringList errors = consumeAll(file, {"/data"});
    QCOMPARE(errors.size(), qsizetype(5));
    QVERIFY2(errors[0].contains("not an HDF5 file"), qPrintable(errors[0]));

    // The signature followed by garbage gets past the first check.
    const QString sig = path("random_sig.h5");
    for (unsigned seed = 1; seed <= 20; ++seed) {
        QVERIFY(writeBytes(sig, QByteArray("\x89HDF\r\n\x1a\n", 8) + ::randomBytes(4096, seed)));
        const QStringList e = consumeAll(sig, {"/data", "/vol"});
        QCOMPARE(e.size(), qsizetype(6));
    }
}

void TestCorruptHdf5::truncated()
{
    const QByteArray good = readBytes(path("good.h5"));
    QVERIFY(good.size() > 100000);
    for (int percent : {50, 90, 99}) {
        const QString file = path(QString("truncated_%1.h5").arg(percent));
        QVERIFY(writeBytes(file, good.left(good.size() * percent / 100)));
        const QStringList errors = consumeAll(file, {"/vol", "/g/img"});
        QCOMPARE(errors.size(), qsizetype(6));
        QVERIFY2(errors[0].contains("truncated"), qPrintable(errors[0]));
    }
}

void TestCorruptHdf5::superblockFlipped()
{
    const QByteArray good = readBytes(path("good.h5"));
    // Offsets whose corruption HDF5 detects: signature, versions, sizes, base address, flags, EOF address, the root
    // symbol table entry, the root object header.
    for (int offset : {0, 3, 8, 9, 10, 12, 13, 14, 16, 17, 19, 20, 25, 26, 32, 39, 41, 64, 66, 72}) {
        QByteArray bad = good;
        bad[offset] = char(bad[offset] ^ 0xff);
        const QString file = path(QString("flipped_%1.h5").arg(offset));
        QVERIFY(writeBytes(file, bad));
        const QStringList errors = consumeAll(file, {"/vol", "/g/img"});
        QVERIFY2(!errors.isEmpty(), qPrintable(QString("byte %1 flipped but nothing failed").arg(offset)));
    }
    // The signature: the first error already says what the file is not.
    QVERIFY(openError(path("flipped_0.h5"), "/vol").contains("not an HDF5 file"));
}

void TestCorruptHdf5::corruptChunk()
{
    QByteArray bytes = readBytes(path("checked.h5"));
    for (qint64 i = m_chunkOffset + 8; i < m_chunkOffset + 16; ++i) bytes[i] = char(bytes[i] ^ 0x5a);
    const QString file = path("bad_chunk.h5");
    QVERIFY(writeBytes(file, bytes));
    auto src = openHdf5(toPath(file), "/vol");  // the header is intact
    const QString err = openError(file, "/vol");
    QVERIFY2(err.contains("bad_chunk.h5") && err.contains("/vol") && err.contains("frames"), qPrintable(err));
    // Frames before and after the broken chunk still read.
    QCOMPARE(src->read({0, 3}).at(2, 63, 63), float(2 * 4096 + 4095));
    QCOMPARE(src->read({4, 6}).at(1, 0, 1), float(5 * 4096 + 1));
}

void TestCorruptHdf5::badChunkRecord()
{
    const QString file = path("chunk_record.h5");
    const QString err = openError(file, "/img");
    QVERIFY2(err.contains("chunk_record.h5") && err.contains("/img") && err.contains("the file is corrupt") &&
                 err.contains("records 8 bytes for 3 chunks of 4 bytes"),
             qPrintable(err));
    QCOMPARE(consumeAll(file, {"/img"}).size(), qsizetype(4));  // listing and isDxchange work; reads and DXchange fail
}

void TestCorruptHdf5::malformedNumberType()
{
    const QString file = path("bad_type.h5");
    const QString err = openError(file, "/vol");
    QVERIFY2(err.contains("bad_type.h5") && err.contains("/vol") && err.contains("the file is corrupt") &&
                 err.contains("int32 values is malformed"),
             qPrintable(err));
    QCOMPARE(consumeAll(file, {"/vol"}).size(), qsizetype(4));
}

void TestCorruptHdf5::nonNumericDatasets()
{
    const QString file = path("strings.h5");
    for (const char* d : {"/names", "/fixed"}) {
        const QString err = openError(file, d);
        QVERIFY2(err.contains("strings.h5") && err.contains(d) && err.contains("string") && err.contains("not numbers"),
                 qPrintable(err));
    }
    QVERIFY(openError(file, "/pairs").contains("compound"));
    QVERIFY(openError(file, "/flags").contains("enum"));
    const QStringList errors = consumeAll(file, {"/names", "/fixed", "/pairs", "/flags"});
    QCOMPARE(errors.size(), qsizetype(7));  // listing works; every open fails
}

void TestCorruptHdf5::wrongDimensions()
{
    const QString file = path("dims.h5");
    QString err = openError(file, "/line");
    QVERIFY2(err.contains("dims.h5") && err.contains("/line") && err.contains("1D"), qPrintable(err));
    err = openError(file, "/v4");
    QVERIFY2(err.contains("4D") && err.contains("2×3×4×5"), qPrintable(err));
    err = openError(file, "/scalar");
    QVERIFY2(err.contains("scalar"), qPrintable(err));
    for (const char* d : {"/noframes", "/norows", "/nocols2d"}) {
        err = openError(file, d);
        QVERIFY2(err.contains("dims.h5") && err.contains(d) && err.contains("empty dimension"), qPrintable(err));
    }
    // No 2D/3D dataset with data: openStack says so.
    const Outcome o = attempt([&] { openStack(toPath(file)); });
    QVERIFY2(o.threw && !o.wrongType && o.message.contains("dims.h5"), qPrintable(o.message));
}

void TestCorruptHdf5::missingDatasetListsTheOthers()
{
    const QString file = path("many.h5");
    QString err = openError(file, "/nope");
    QVERIFY2(err.contains("many.h5") && err.contains("/nope") && err.contains("no such dataset"), qPrintable(err));
    QVERIFY2(err.contains("/a/x 2×3×4 uint16") && err.contains("/b/y 3×4 float32"), qPrintable(err));
    QVERIFY2(err.contains("and 7 more"), qPrintable(err));  // 17 datasets, ten named
    // Below a dataset, and a group where a dataset is expected.
    QVERIFY(openError(file, "/a/x/deeper").contains("no such dataset"));
    QVERIFY(openError(file, "/missing/group/data").contains("no such dataset"));
    err = openError(file, "/a");
    QVERIFY2(err.contains("is a group"), qPrintable(err));
    QVERIFY(openError(file, "").contains("is a group"));  // the root
    // Several candidates: openStack wants a name.
    const Outcome o = attempt([&] { openStack(toPath(file)); });
    QVERIFY2(o.threw && o.message.contains("many.h5") && o.message.contains("/a/x"), qPrintable(o.message));
}

void TestCorruptHdf5::dxchangeWithoutData()
{
    const QString file = path("dx_nodata.h5");
    QVERIFY(!isDxchange(toPath(file)));
    const Outcome o = attempt([&] { openDxchange(toPath(file)); });
    QVERIFY2(o.threw && !o.wrongType && o.message.contains("dx_nodata.h5") && o.message.contains("/exchange/data") &&
                 o.message.contains("/exchange/data_white"),
             qPrintable(o.message));
    const Outcome g = attempt([&] { openDxchange(toPath(path("dx_groupdata.h5"))); });
    QVERIFY2(g.threw && !g.wrongType && g.message.contains("dx_groupdata.h5"), qPrintable(g.message));
}

void TestCorruptHdf5::dxchangeMismatchedShapes()
{
    const struct {
        const char* file;
        const char* fragment;
    } cases[] = {
        {"dx_badflats.h5", "/exchange/data_white: flat fields are 6×8 but the projections are 6×7"},
        {"dx_baddarks.h5", "/exchange/data_dark: dark fields are 5×7 but the projections are 6×7"},
        {"dx_badtheta.h5", "/exchange/theta: angles must be 1D"},
        {"dx_strtheta.h5", "/exchange/theta: holds string values"},
    };
    for (const auto& c : cases) {
        const Outcome o = attempt([&] { openDxchange(toPath(path(c.file))); });
        QVERIFY2(o.threw && !o.wrongType && o.message.contains(c.file) && o.message.contains(c.fragment),
                 qPrintable(o.message));
    }
}

QTEST_GUILESS_MAIN(TestCorruptHdf5)
#include "TestCorruptHdf5.moc"
