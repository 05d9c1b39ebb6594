// tests/io/TestCorruptTiff: damaged and unsupported TIFF input gives an xrs::Error that names the file (never a crash,
// a hang or a huge allocation). Most inputs are built byte by byte here; files cut short come from our own writer and,
// when available, from Python's tifffile.
#include <QtTest>

#include <sys/resource.h>

#include <cstring>
#include <fstream>
#include <optional>

#include "TestSupport.h"
#include "core/Error.h"
#include "io/Tiff.h"

using namespace xrs;
using namespace xrs::io;
namespace fs = std::filesystem;

namespace {

// One page of a classic little-endian TIFF with a single strip; every field can be forged.
struct Page {
    std::uint32_t width = 8, height = 4;
    std::uint16_t bits = 16, samples = 1, compression = 1, format = 1, photometric = 1;
    std::optional<std::uint32_t> stripOffset, stripBytes, rowsPerStrip;
    std::optional<std::vector<std::uint8_t>> pixels;  // default: zeros of the right size
    bool loopToSelf = false;                          // next-IFD pointer to this IFD
    bool pixelsLast = false;                          // pixels after the IFD (so a short file really lacks them)
};

void put16(std::vector<std::uint8_t>& b, std::size_t at, std::uint16_t v)
{
    b[at] = std::uint8_t(v);
    b[at + 1] = std::uint8_t(v >> 8);
}
void put32(std::vector<std::uint8_t>& b, std::size_t at, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i) b[at + std::size_t(i)] = std::uint8_t(v >> (8 * i));
}

// Header, then for each page its pixels followed by its IFD; pages are chained in order.
std::vector<std::uint8_t> buildTiff(const std::vector<Page>& pages, std::optional<std::uint32_t> firstIfd = {})
{
    std::vector<std::uint8_t> b{'I', 'I', 42, 0, 0, 0, 0, 0};
    std::size_t prevNextField = 4;  // where the offset of the next IFD goes
    for (const Page& p : pages) {
        const std::vector<std::uint8_t> pixels =
            p.pixels ? *p.pixels
                     : std::vector<std::uint8_t>(std::size_t(p.width) * p.height * p.samples * (p.bits / 8u), 0x11);
        constexpr std::size_t kEntries = 10;
        std::size_t dataAt = b.size();
        if (p.pixelsLast) {
            dataAt += 2 + 12 * kEntries + 4;
        } else {
            b.insert(b.end(), pixels.begin(), pixels.end());
            if (b.size() % 2) b.push_back(0);
        }
        const std::size_t ifd = b.size();
        struct Entry {
            std::uint16_t tag, type;
            std::uint32_t value;
        };
        const Entry entries[kEntries] = {
            {256, 4, p.width},
            {257, 4, p.height},
            {258, 3, p.bits},
            {259, 3, p.compression},
            {262, 3, p.photometric},
            {273, 4, p.stripOffset.value_or(std::uint32_t(dataAt))},
            {277, 3, p.samples},
            {278, 4, p.rowsPerStrip.value_or(p.height)},
            {279, 4, p.stripBytes.value_or(std::uint32_t(pixels.size()))},
            {339, 3, p.format},
        };
        b.resize(ifd + 2 + 12 * std::size(entries) + 4, 0);
        put16(b, ifd, std::uint16_t(std::size(entries)));
        std::size_t at = ifd + 2;
        for (const Entry& e : entries) {
            put16(b, at, e.tag);
            put16(b, at + 2, e.type);
            put32(b, at + 4, 1);
            if (e.type == 3)
                put16(b, at + 8, std::uint16_t(e.value));
            else
                put32(b, at + 8, e.value);
            at += 12;
        }
        put32(b, prevNextField, std::uint32_t(ifd));
        prevNextField = at;
        if (p.loopToSelf) put32(b, at, std::uint32_t(ifd));
        if (p.pixelsLast) b.insert(b.end(), pixels.begin(), pixels.end());
    }
    if (firstIfd) put32(b, 4, *firstIfd);
    return b;
}

void writeBytes(const fs::path& p, const std::vector<std::uint8_t>& bytes)
{
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

std::vector<std::uint8_t> readBytes(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void cutFile(const fs::path& from, const fs::path& to, double fraction)
{
    auto bytes = readBytes(from);
    bytes.resize(std::size_t(double(bytes.size()) * fraction));
    writeBytes(to, bytes);
}

long maxRssKiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// Opening and reading everything must throw xrs::Error naming `named` (and containing `needle` when given).
QString errorOf(const std::function<void()>& fn)
{
    try {
        fn();
    } catch (const xrs::Error& e) {
        return QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        return "WRONG EXCEPTION TYPE: " + QString::fromStdString(e.what());
    }
    return "NO ERROR";
}

#define EXPECT_TIFF_ERROR(file_, needle)                                                     \
    do {                                                                                     \
        const fs::path p_ = (file_);                                                         \
        const QString what_ = errorOf([&] { openTiff(p_)->readAll(); });                     \
        if (qEnvironmentVariableIsSet("XRS_SHOW_ERRORS")) qInfo("%s", qPrintable(what_));    \
        QVERIFY2(what_ != "NO ERROR" && !what_.startsWith("WRONG"),                          \
                 qPrintable(QString::fromStdString(p_.filename().string()) + ": " + what_)); \
        QVERIFY2(what_.contains(QString::fromStdString(p_.filename().string())),             \
                 qPrintable("no file name in: " + what_));                                   \
        QVERIFY2(what_.contains(needle, Qt::CaseInsensitive),                                \
                 qPrintable("expected '" + QString(needle) + "' in: " + what_));             \
    } while (0)

StackInfo infoOf(Shape shape)
{
    StackInfo info;
    info.shape = shape;
    return info;
}

void writeOurs(const fs::path& p, Shape shape, DType type, Compression c = Compression::None)
{
    ImageStack s(shape);
    std::size_t k = 0;
    for (float& v : s.values()) v = float(k++ % 251);
    WriteOptions opts;
    opts.dtype = type;
    opts.compression = c;
    auto w = openTiffWriter(p, infoOf(shape), opts);
    w->append(s);
    w->commit();
}

}  // namespace

class TestCorruptTiff : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }
    void builderMakesValidFiles();
    void emptyAndHeaderOnly();
    void notATiff();
    void truncatedOwnFiles();
    void truncatedTifffileFiles();
    void ifdOffsetPastEnd();
    void stripPastEnd();
    void shortStrip();
    void zeroWidthOrHeight();
    void hugeClaimsInTinyFiles();
    void unsupportedCompression();
    void unsupportedSamples();
    void garbageCompressedData();
    void ifdLoop();
    void mismatchedPages();
    void folders();

private:
    QTemporaryDir m_tmp;
    fs::path path(const std::string& name) const { return xrs::test::toPath(m_tmp.path()) / name; }
    fs::path build(const std::string& name, const std::vector<Page>& pages, std::optional<std::uint32_t> firstIfd = {})
    {
        writeBytes(path(name), buildTiff(pages, firstIfd));
        return path(name);
    }
};

void TestCorruptTiff::builderMakesValidFiles()
{
    // The byte builder itself is right: an undamaged file reads (so the failures below come from the damage).
    std::vector<std::uint8_t> px(8 * 4 * 2);
    for (std::size_t i = 0; i < px.size(); i += 2) px[i] = std::uint8_t(i / 2);
    Page p;
    p.pixels = px;
    const ImageStack s = openTiff(build("valid.tif", {p, p}))->readAll();
    QCOMPARE(s.shape(), (Shape{2, 4, 8}));
    QCOMPARE(s.at(1, 3, 7), 31.0f);
}

void TestCorruptTiff::emptyAndHeaderOnly()
{
    writeBytes(path("empty.tif"), {});
    EXPECT_TIFF_ERROR(path("empty.tif"), "empty");
    writeBytes(path("header.tif"), {'I', 'I', 42, 0, 8, 0, 0, 0});
    EXPECT_TIFF_ERROR(path("header.tif"), "");
    writeBytes(path("header-be.tif"), {'M', 'M', 0, 42, 0, 0, 0, 8});
    EXPECT_TIFF_ERROR(path("header-be.tif"), "");
    writeBytes(path("bigheader.tif"), {'I', 'I', 43, 0, 8, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0});
    EXPECT_TIFF_ERROR(path("bigheader.tif"), "");
    writeBytes(path("three.tif"), {'I', 'I', 42});
    EXPECT_TIFF_ERROR(path("three.tif"), "");
}

void TestCorruptTiff::notATiff()
{
    std::ofstream(path("text.tif")) << "This is a text file that only pretends to be a TIFF image.\n";
    EXPECT_TIFF_ERROR(path("text.tif"), "TIFF");
    writeBytes(path("png.tif"), {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    EXPECT_TIFF_ERROR(path("png.tif"), "");
    EXPECT_TIFF_ERROR(path("does-not-exist.tif"), "no such file");
}

void TestCorruptTiff::truncatedOwnFiles()
{
    writeOurs(path("full-multi.tif"), {4, 64, 64}, DType::UInt16);
    writeOurs(path("full-single.tif"), {1, 128, 128}, DType::Float32);
    writeOurs(path("full-deflate.tif"), {4, 64, 64}, DType::UInt16, Compression::Deflate);
    writeOurs(path("full-lzw.tif"), {1, 300, 200}, DType::Float32, Compression::Lzw);
    for (const char* name : {"multi", "single", "deflate", "lzw"}) {
        const std::string full = std::string("full-") + name + ".tif";
        QVERIFY(openTiff(path(full))->readAll().frames() > 0);
        for (double cut : {0.6, 0.3, 0.95}) {
            const std::string cutName = QString("cut%1-%2.tif").arg(int(cut * 100)).arg(name).toStdString();
            cutFile(path(full), path(cutName), cut);
            EXPECT_TIFF_ERROR(path(cutName), "");
        }
    }
}

void TestCorruptTiff::truncatedTifffileFiles()
{
    XRS_REQUIRE_PYTHON("numpy", "tifffile");
    const auto r = xrs::test::runPython(R"PY(
import sys, os, numpy as np, tifffile
d = sys.argv[1]
a = (np.arange(4 * 64 * 64) % 60000).astype(np.uint16).reshape(4, 64, 64)
tifffile.imwrite(os.path.join(d, 'py-multi.tif'), a, photometric='minisblack')
tifffile.imwrite(os.path.join(d, 'py-single.tif'), a[0].astype(np.float32), photometric='minisblack')
tifffile.imwrite(os.path.join(d, 'py-zlib.tif'), a, photometric='minisblack', compression='zlib')
tifffile.imwrite(os.path.join(d, 'py-tiled.tif'), a, photometric='minisblack', tile=(16, 16))
tifffile.imwrite(os.path.join(d, 'py-big.tif'), a, photometric='minisblack', bigtiff=True)
)PY",
                                        {m_tmp.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const char* name : {"py-multi", "py-single", "py-zlib", "py-tiled", "py-big"}) {
        const std::string full = std::string(name) + ".tif";
        QVERIFY(openTiff(path(full))->readAll().frames() > 0);
        const std::string cut = std::string(name) + "-cut60.tif";
        cutFile(path(full), path(cut), 0.6);
        EXPECT_TIFF_ERROR(path(cut), "");
    }
}

void TestCorruptTiff::ifdOffsetPastEnd()
{
    EXPECT_TIFF_ERROR(build("ifd-past-end.tif", {Page{}}, 0x7ffffff0u), "");
    EXPECT_TIFF_ERROR(build("ifd-odd.tif", {Page{}}, 3u), "");
    // A second page whose IFD pointer leads past the end.
    auto bytes = buildTiff({Page{}, Page{}});
    bytes.resize(bytes.size() - 20);  // the second IFD is cut
    writeBytes(path("second-ifd-cut.tif"), bytes);
    EXPECT_TIFF_ERROR(path("second-ifd-cut.tif"), "page 2");
}

void TestCorruptTiff::stripPastEnd()
{
    Page p;
    p.stripOffset = 1000000;
    EXPECT_TIFF_ERROR(build("strip-past-end.tif", {p}), "past the end");
    p.stripOffset = 0xfffffff0u;
    EXPECT_TIFF_ERROR(build("strip-past-end2.tif", {p}), "past the end");
    // The byte count runs past the end and the pixels are really missing. (A wrong count alone, with the pixels all
    // there, is repaired by libtiff, like other readers do.)
    Page q;
    q.pixelsLast = true;
    q.pixels = std::vector<std::uint8_t>(30, 7);
    q.stripBytes = 1000000;
    EXPECT_TIFF_ERROR(build("count-past-end.tif", {q}), "");
    // On the second page only: the error names it.
    EXPECT_TIFF_ERROR(build("strip-past-end-p2.tif", {Page{}, p}), "page 2");
    Page c = p;
    c.compression = 8;
    EXPECT_TIFF_ERROR(build("strip-past-end-deflate.tif", {c}), "past the end");
}

void TestCorruptTiff::shortStrip()
{
    // 30 of the 64 pixel bytes, at the end of the file: whatever the count says, the pixels are missing.
    Page p;
    p.pixelsLast = true;
    p.pixels = std::vector<std::uint8_t>(30, 7);
    EXPECT_TIFF_ERROR(build("short-strip.tif", {p}), "");
    p.stripBytes = 64;
    EXPECT_TIFF_ERROR(build("short-strip2.tif", {p}), "");
    p.compression = 8;
    EXPECT_TIFF_ERROR(build("short-strip-deflate.tif", {p}), "");
}

void TestCorruptTiff::zeroWidthOrHeight()
{
    Page w;
    w.width = 0;
    w.pixels = std::vector<std::uint8_t>(16);
    EXPECT_TIFF_ERROR(build("width0.tif", {w}), "");
    Page h;
    h.height = 0;
    h.pixels = std::vector<std::uint8_t>(16);
    EXPECT_TIFF_ERROR(build("height0.tif", {h}), "");
}

void TestCorruptTiff::hugeClaimsInTinyFiles()
{
    const long before = maxRssKiB();
    Page p;
    p.width = 100000;
    p.height = 100000;
    p.pixels = std::vector<std::uint8_t>(64, 1);
    EXPECT_TIFF_ERROR(build("huge.tif", {p}), "");
    p.rowsPerStrip = 1;  // 100000 strips claimed, one stored
    EXPECT_TIFF_ERROR(build("huge-strips.tif", {p}), "");
    p.rowsPerStrip.reset();
    p.compression = 8;  // deflate: the size cannot be checked against the file, the compression ratio can
    EXPECT_TIFF_ERROR(build("huge-deflate.tif", {p}), "");
    p.compression = 5;
    p.bits = 32;
    p.format = 3;
    p.width = 0xffffffffu;
    p.height = 0xffffffffu;
    EXPECT_TIFF_ERROR(build("huge-lzw.tif", {p}), "");
    Page q;
    q.width = 70000;
    q.height = 70000;
    q.bits = 8;
    q.compression = 8;
    q.rowsPerStrip = 70000;
    q.pixels = std::vector<std::uint8_t>(4000, 0x78);
    EXPECT_TIFF_ERROR(build("huge-strip-deflate.tif", {q}), "");
    // Nothing near the claimed gigabytes was allocated.
    QVERIFY2(maxRssKiB() - before < 200 * 1024,
             qPrintable(QString("max RSS grew by %1 KiB").arg(maxRssKiB() - before)));
}

void TestCorruptTiff::unsupportedCompression()
{
    Page p;
    p.compression = 60000;
    EXPECT_TIFF_ERROR(build("compression60000.tif", {p}), "compression 60000");
    p.compression = 33333;
    EXPECT_TIFF_ERROR(build("compression33333.tif", {p}), "not supported");
}

void TestCorruptTiff::unsupportedSamples()
{
    Page rgb;
    rgb.samples = 3;
    rgb.photometric = 2;
    rgb.bits = 8;
    EXPECT_TIFF_ERROR(build("rgb.tif", {rgb}), "page 1: 3 samples per pixel are not supported");
    Page rgbPage2 = rgb;
    EXPECT_TIFF_ERROR(build("rgb-page3.tif", {Page{}, Page{}, rgbPage2}), "page 3: 3 samples per pixel");
    Page bits12;
    bits12.bits = 12;
    bits12.pixels = std::vector<std::uint8_t>(48);
    EXPECT_TIFF_ERROR(build("bits12.tif", {bits12}), "not supported");
    Page half;
    half.bits = 16;
    half.format = 3;  // 16-bit float
    EXPECT_TIFF_ERROR(build("half.tif", {half}), "16-bit floating point");
    Page complex;
    complex.bits = 32;
    complex.format = 6;
    EXPECT_TIFF_ERROR(build("complex.tif", {complex}), "complex");
    Page one;
    one.bits = 1;
    one.pixels = std::vector<std::uint8_t>(4);
    EXPECT_TIFF_ERROR(build("bilevel.tif", {one}), "1-bit");
}

void TestCorruptTiff::garbageCompressedData()
{
    std::vector<std::uint8_t> junk(40);
    for (std::size_t i = 0; i < junk.size(); ++i) junk[i] = std::uint8_t(i * 37 + 11);
    for (std::uint16_t c : {std::uint16_t(8), std::uint16_t(5), std::uint16_t(32773), std::uint16_t(50000)}) {
        Page p;
        p.compression = c;
        p.pixels = junk;
        const std::string name = QString("garbage-%1.tif").arg(c).toStdString();
        EXPECT_TIFF_ERROR(build(name, {p}), "page 1");
    }
}

void TestCorruptTiff::ifdLoop()
{
    // A page whose next-IFD pointer leads back to itself: a loop libtiff detects; we must neither hang nor accept
    // an endless stack.
    Page p;
    p.loopToSelf = true;
    const fs::path file = build("loop.tif", {Page{}, p});
    const QString what = errorOf([&] {
        auto src = openTiff(file);
        if (src->info().shape.frames > 2) throw std::runtime_error("loop accepted");
        src->readAll();
        throw xrs::Error(file, {}, "accepted");  // stopping at the loop is fine too
    });
    QVERIFY2(what.contains("loop.tif"), qPrintable(what));
}

void TestCorruptTiff::mismatchedPages()
{
    Page a, b;
    b.width = 9;
    EXPECT_TIFF_ERROR(build("shape-mismatch.tif", {a, a, b}), "page 3");
    Page c;
    c.bits = 8;
    EXPECT_TIFF_ERROR(build("dtype-mismatch.tif", {a, c}), "page 2");
}

void TestCorruptTiff::folders()
{
    const fs::path d = path("folder-mismatch");
    fs::create_directories(d);
    writeOurs(d / "a1.tif", {1, 10, 10}, DType::UInt16);
    writeOurs(d / "a2.tif", {2, 10, 10}, DType::UInt16);
    writeOurs(d / "a10.tif", {1, 10, 12}, DType::UInt16);
    QString what = errorOf([&] { openTiffDirectory(d); });
    QVERIFY2(what.contains("a10.tif") && what.contains("must match"), qPrintable(what));

    fs::remove(d / "a10.tif");
    writeOurs(d / "a3.tif", {1, 10, 10}, DType::Float32);
    what = errorOf([&] { openTiffDirectory(d); });
    QVERIFY2(what.contains("a3.tif"), qPrintable(what));

    fs::remove(d / "a3.tif");
    writeBytes(d / "a4.tif", {'I', 'I', 42, 0, 8, 0, 0, 0});
    what = errorOf([&] { openTiffDirectory(d); });
    QVERIFY2(what.contains("a4.tif"), qPrintable(what));

    const fs::path none = path("folder-none");
    fs::create_directories(none);
    std::ofstream(none / "readme.txt") << "no images";
    writeOurs(none / ".hidden.tif", {1, 4, 4}, DType::UInt8);
    what = errorOf([&] { openTiffDirectory(none); });
    QVERIFY2(what.contains("folder-none") && what.contains("no TIFF"), qPrintable(what));

    what = errorOf([&] { openTiffDirectory(path("no-such-folder")); });
    QVERIFY2(what.contains("no-such-folder"), qPrintable(what));
}

QTEST_GUILESS_MAIN(TestCorruptTiff)
#include "TestCorruptTiff.moc"
