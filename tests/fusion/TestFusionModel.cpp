// SWIN-XVR model, checkpoints and inference: parameter layout and counts against the spec table, forward shapes for
// both presets and NL 3/5/7/9, relative position index and shifted-window mask, fused vs explicit attention,
// checkpoint round trips both ways with Python's torch, clear errors on bad files, frame pairing from times,
// tiled vs whole-frame inference, cancellation, and `xrs fuse` end to end.
#include <QProcess>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <stop_token>

#include "TestSupport.h"
#include "core/Error.h"
#include "core/ImageStack.h"
#include "core/Resample.h"
#include "fusion/FusionInference.h"
#include "fusion/FusionModel.h"
#include "fusion/SyntheticVideo.h"
#include "io/StackSource.h"
#include "io/StackWriter.h"
#include "nn/TorchRuntime.h"

using namespace xrs;
using namespace xrs::fusion;
using xrs::test::maxAbsDiff;
using xrs::test::runXrs;
using xrs::test::toPath;

namespace {

// The venv Python with torch (XRS_TORCH_PYTHON) running tests/fusion/swin_xvr_checkpoints.py.
xrs::test::ProcessResult torchPython(const QStringList& args)
{
    QProcess p;
    p.start(XRS_TORCH_PYTHON, QStringList{XRS_FUSION_CKPT_SCRIPT} + args);
    xrs::test::ProcessResult r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        r.err = "could not run " + QString(XRS_TORCH_PYTHON);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool torchPythonAvailable()
{
    return QFileInfo::exists(XRS_TORCH_PYTHON);
}

#define XRS_REQUIRE_TORCH_PYTHON()                                                       \
    do {                                                                                 \
        if (!torchPythonAvailable()) QSKIP("no Python with torch at " XRS_TORCH_PYTHON); \
    } while (0)

#define PY_OK(args)                                                                                     \
    do {                                                                                                \
        const auto r_ = torchPython(args);                                                              \
        QVERIFY2(r_.exitCode == 0 && r_.out.startsWith("OK"), qPrintable(r_.out + r_.err.right(1500))); \
    } while (0)

// A small network for the numerical tests (2 blocks per stage, C = 24): same code paths, seconds instead of minutes.
SwinXvrConfig smallConfig(std::int64_t nl = 3)
{
    SwinXvrConfig c;
    c.embedDim = 24;
    c.depths = {2, 2, 2, 2};
    c.heads = {3, 3, 3, 3};
    c.window = {5, 4, 4};
    c.numLr = nl;
    return c;
}

std::vector<float> randomValues(std::size_t n, std::uint32_t seed)
{
    std::vector<float> v(n);
    std::uint32_t s = seed * 2654435761u + 1;
    for (auto& x : v) {
        s = s * 1664525u + 1013904223u;
        x = float(s >> 8) / float(1u << 24);
    }
    return v;
}

// (name, shape) list of the spec table, written here from the spec (not from the model code).
std::vector<TensorInfo> specLayout(std::int64_t c, std::int64_t heads, std::array<std::int64_t, 3> w)
{
    std::vector<TensorInfo> out;
    auto conv = [&](const std::string& n, std::int64_t in, std::int64_t o) {
        out.push_back({n + ".weight", {o, in, 3, 3}, true});
        out.push_back({n + ".bias", {o}, true});
    };
    conv("conv_first", 1, c);
    conv("conv_first_hi", 1, c);
    conv("conv1_hi", c, c);
    conv("conv2_hi", c, c);
    const std::int64_t table = (2 * w[0] - 1) * (2 * w[1] - 1) * (2 * w[2] - 1), n = w[0] * w[1] * w[2];
    const int depths[4] = {2, 2, 18, 2};
    for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < depths[i]; ++j) {
            const std::string p = "layers." + std::to_string(i) + ".residual_group.blocks." + std::to_string(j) + ".";
            out.push_back({p + "norm1.weight", {c}, true});
            out.push_back({p + "norm1.bias", {c}, true});
            out.push_back({p + "norm2.weight", {c}, true});
            out.push_back({p + "norm2.bias", {c}, true});
            out.push_back({p + "attn.relative_position_bias_table", {table, heads}, true});
            out.push_back({p + "attn.relative_position_index", {n, n}, false});
            out.push_back({p + "attn.qkv.weight", {3 * c, c}, true});
            out.push_back({p + "attn.qkv.bias", {3 * c}, true});
            out.push_back({p + "attn.proj.weight", {c, c}, true});
            out.push_back({p + "attn.proj.bias", {c}, true});
            out.push_back({p + "mlp.fc1.weight", {2 * c, c}, true});
            out.push_back({p + "mlp.fc1.bias", {2 * c}, true});
            out.push_back({p + "mlp.fc2.weight", {c, 2 * c}, true});
            out.push_back({p + "mlp.fc2.bias", {c}, true});
        }
        conv("layers." + std::to_string(i) + ".conv", c, c);
    }
    out.push_back({"norm.weight", {c}, true});
    out.push_back({"norm.bias", {c}, true});
    conv("conv_after_body", c, c);
    conv("conv_before_upsample.0", c, 64);
    conv("upsample.0", 64, 256);
    conv("upsample.2", 64, 256);
    conv("conv_last", 64, 1);
    return out;
}

std::string errorText(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

ImageStack runForward(FusionModel& m, std::int64_t batch, std::int64_t h, std::int64_t w, std::uint32_t seed)
{
    const auto nl = m.config().numLr;
    const auto lr = randomValues(std::size_t(batch * nl * h * w), seed);
    const auto hr = randomValues(std::size_t(batch * 2 * 16 * h * w), seed + 1);
    ImageStack out({batch, 4 * h, 4 * w});
    m.forward(lr, hr, out.values(), batch, h, w);
    return out;
}

}  // namespace

class TestFusionModel : public QObject {
    Q_OBJECT
private slots:
    void presetsParameterCounts();
    void layoutMatchesSpec_data();
    void layoutMatchesSpec();
    void forwardShapes_data();
    void forwardShapes();
    void paperForwardShape();
    void relativePositionIndex();
    void shiftedWindowRegions();
    void fusedMatchesExplicit();
    void matchesPythonReference_data();
    void matchesPythonReference();
    void checkpointFromPython();
    void checkpointToPython();
    void checkpointErrors();
    void pairingFromTimes();
    void tiledMatchesWhole();
    void cancelAndDevice();
    void cudaMatchesCpu();
    void cliEndToEnd();
};

void TestFusionModel::presetsParameterCounts()
{
    const FusionModel baseline(presetConfig("baseline"));
    const FusionModel paper(presetConfig("paper"));
    // Exact counts of the spec's layout; the paper rounds them to 10.0 M and 38.3 M.
    QCOMPARE(baseline.parameterCount(), std::int64_t(10009033));
    QCOMPARE(paper.parameterCount(), std::int64_t(38294545));
    QCOMPARE(std::round(double(baseline.parameterCount()) / 1e5) / 10.0, 10.0);
    QCOMPARE(std::round(double(paper.parameterCount()) / 1e5) / 10.0, 38.3);
    QCOMPARE(presetConfig("baseline", 7).window, (std::array<std::int64_t, 3>{9, 8, 8}));
    QCOMPARE(presetConfig("paper", 9).window, (std::array<std::int64_t, 3>{5, 4, 4}));
    QVERIFY(errorText([] { presetConfig("huge"); }).find("unknown SWIN-XVR preset") != std::string::npos);
    QVERIFY(errorText([] { presetConfig("baseline", 4); }).find("3, 5, 7 or 9") != std::string::npos);
}

void TestFusionModel::layoutMatchesSpec_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("baseline") << "baseline";
    QTest::newRow("paper") << "paper";
}

void TestFusionModel::layoutMatchesSpec()
{
    QFETCH(QString, preset);
    const auto cfg = presetConfig(preset.toStdString());
    const FusionModel model(cfg);
    const auto want = specLayout(cfg.embedDim, cfg.heads[0], cfg.window);
    const auto got = model.stateLayout();
    QCOMPARE(got.size(), want.size());
    std::map<std::string, TensorInfo> byName;
    for (const auto& t : got) byName[t.name] = t;
    std::int64_t params = 0;
    for (const auto& t : want) {
        const auto it = byName.find(t.name);
        QVERIFY2(it != byName.end(), t.name.c_str());
        QVERIFY2(it->second.shape == t.shape, t.name.c_str());
        QCOMPARE(it->second.parameter, t.parameter);
        if (t.parameter) {
            std::int64_t n = 1;
            for (auto s : t.shape) n *= s;
            params += n;
        }
    }
    QCOMPARE(params, model.parameterCount());
    if (preset == "baseline") {
        QCOMPARE(byName.at("layers.0.residual_group.blocks.0.attn.relative_position_bias_table").shape,
                 (std::vector<std::int64_t>{2025, 3}));
        QCOMPARE(byName.at("layers.3.residual_group.blocks.1.attn.relative_position_index").shape,
                 (std::vector<std::int64_t>{320, 320}));
    } else {
        QCOMPARE(byName.at("layers.2.residual_group.blocks.17.attn.relative_position_bias_table").shape,
                 (std::vector<std::int64_t>{441, 6}));
        QCOMPARE(byName.at("layers.0.residual_group.blocks.0.attn.relative_position_index").shape,
                 (std::vector<std::int64_t>{80, 80}));
    }
}

void TestFusionModel::forwardShapes_data()
{
    QTest::addColumn<int>("nl");
    for (int nl : {3, 5, 7, 9}) QTest::newRow(qPrintable(QString("NL=%1").arg(nl))) << nl;
}

void TestFusionModel::forwardShapes()
{
    QFETCH(int, nl);
    FusionModel model(presetConfig("baseline", nl), 1);
    // 2 inputs of 12×8 LR pixels (padding to the 8×8 window on one axis) → 48×32 HR outputs.
    const auto out = runForward(model, 2, 12, 8, 3);
    QCOMPARE(out.shape(), (Shape{2, 48, 32}));
    for (float v : out.values()) QVERIFY(std::isfinite(v));
    QVERIFY(maxAbsDiff(out.frame(0), out.frame(1)) > 0.0);  // the two inputs differ, so do the outputs
}

void TestFusionModel::paperForwardShape()
{
    FusionModel model(presetConfig("paper"), 1);
    const auto out = runForward(model, 1, 8, 4, 5);
    QCOMPARE(out.shape(), (Shape{1, 32, 16}));
    for (float v : out.values()) QVERIFY(std::isfinite(v));
}

void TestFusionModel::relativePositionIndex()
{
    // Spec: index = (Δd + Wd−1)(2Wh−1)(2Ww−1) + (Δh + Wh−1)(2Ww−1) + (Δw + Ww−1), Δ = coords(i) − coords(j).
    const FusionModel baseline(presetConfig("baseline"));
    std::int64_t n = 0;
    auto idx = baseline.relativePositionIndex(&n);
    QCOMPARE(n, std::int64_t(320));
    auto at = [&](std::int64_t i, std::int64_t j) { return idx[std::size_t(i * n + j)]; };
    QCOMPARE(at(0, 0), std::int64_t(4 * 225 + 7 * 15 + 7));  // 1012: the centre of the table
    QCOMPARE(at(319, 0), std::int64_t(2024));                // (4,7,7) − (0,0,0): the last entry
    QCOMPARE(at(0, 319), std::int64_t(0));                   // (0,0,0) − (4,7,7)
    QCOMPARE(at(1, 0), std::int64_t(1013));                  // Δw = +1
    QCOMPARE(at(8, 0), std::int64_t(1012 + 15));             // token 8 = (0,1,0): Δh = +1
    QCOMPARE(at(64, 0), std::int64_t(1012 + 225));           // token 64 = (1,0,0): Δd = +1
    QCOMPARE(at(64 + 8 + 1, 2), std::int64_t((1 + 4) * 225 + (1 + 7) * 15 + (-1 + 7)));
    const FusionModel paper(presetConfig("paper"));
    idx = paper.relativePositionIndex(&n);
    QCOMPARE(n, std::int64_t(80));
    QCOMPARE(at(0, 0), std::int64_t(4 * 49 + 3 * 7 + 3));  // 220
    QCOMPARE(at(79, 0), std::int64_t(440));
    QCOMPARE(*std::max_element(idx.begin(), idx.end()), std::int64_t(440));
}

void TestFusionModel::shiftedWindowRegions()
{
    auto distinct = [](const std::vector<std::int64_t>& v) {
        return std::set<std::int64_t>(v.begin(), v.end()).size();
    };
    // Shift in all three axes: the 27 regions of Video Swin.
    const auto all = fusion::shiftedWindowRegions({10, 16, 16}, {5, 8, 8}, {2, 4, 4});
    QCOMPARE(distinct(all), std::size_t(27));
    // Region of a voxel = 9·r(d) + 3·r(h) + r(w), r = 0 before L−W, 1 before L−S, 2 after.
    auto label = [&](std::int64_t d, std::int64_t h, std::int64_t w) {
        return all[std::size_t((d * 16 + h) * 16 + w)];
    };
    QCOMPARE(label(0, 0, 0), std::int64_t(0));
    QCOMPARE(label(9, 15, 15), std::int64_t(26));
    QCOMPARE(label(6, 9, 13), std::int64_t(9 * 1 + 3 * 1 + 2));
    // The baseline window spans all D frames: no temporal shift, the slice quirk leaves 9 regions (labels 18…26).
    const auto base = fusion::shiftedWindowRegions({5, 16, 16}, {5, 8, 8}, {0, 4, 4});
    QCOMPARE(distinct(base), std::size_t(9));
    QCOMPARE(*std::min_element(base.begin(), base.end()), std::int64_t(18));
}

void TestFusionModel::fusedMatchesExplicit()
{
    // 16×16 LR with 4×4 windows and NL = 5 (D = 7 > Wd = 5): padding, shifts in all axes and the 27-region mask.
    FusionModel model(smallConfig(5), 2);
    const auto fused = runForward(model, 2, 16, 12, 9);
    model.setFusedAttention(false);
    const auto explicitPath = runForward(model, 2, 16, 12, 9);
    const double diff = maxAbsDiff(fused, explicitPath);
    qInfo("fused vs explicit attention: max |diff| %.3g (output range %.3g…%.3g)", diff, fused.computeRange().min,
          fused.computeRange().max);
    QVERIFY(diff < 1e-5);
    // Baseline preset too (no temporal shift, 8×8 windows).
    FusionModel base(presetConfig("baseline"), 3);
    const auto a = runForward(base, 1, 16, 16, 4);
    base.setFusedAttention(false);
    const auto b = runForward(base, 1, 16, 16, 4);
    qInfo("baseline fused vs explicit: max |diff| %.3g", maxAbsDiff(a, b));
    QVERIFY(maxAbsDiff(a, b) < 1e-5);
}

void TestFusionModel::matchesPythonReference_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("nl");
    QTest::addColumn<int>("h");
    QTest::addColumn<int>("w");
    // Baseline: window (7, 8, 8) = all D frames, rows padded 12 → 16, spatial shift only (9 mask regions).
    QTest::newRow("baseline NL=5 12x16") << "baseline" << 5 << 12 << 16;
    // Paper: window (5, 4, 4) with D = 7 → padded to 10 frames, shifted in all axes (27 regions).
    QTest::newRow("paper NL=5 8x6") << "paper" << 5 << 8 << 6;
}

void TestFusionModel::matchesPythonReference()
{
    XRS_REQUIRE_TORCH_PYTHON();
    QFETCH(QString, preset);
    QFETCH(int, nl);
    QFETCH(int, h);
    QFETCH(int, w);
    // Python writes random weights in the reference layout and runs its own functional forward of the spec
    // (tests/fusion/swin_xvr_checkpoints.py) on torch.rand inputs; our module loads the file and must agree.
    QTemporaryDir dir;
    const auto cfg = presetConfig(preset.toStdString(), nl);
    const QString ckpt = dir.filePath("net_g.pth");
    QStringList layout{QString::number(cfg.embedDim), QString::number(cfg.heads[0]), QString::number(cfg.window[0]),
                       QString::number(cfg.window[1]), QString::number(cfg.window[2])};
    const QStringList py = QStringList{"write", ckpt} + layout + QStringList{"+", "forward", ckpt} + layout +
                           QStringList{QString::number(nl), QString::number(h), QString::number(w), "3", dir.path()};
    PY_OK(py);
    auto readFloats = [&](const char* name, std::size_t n) {
        std::vector<float> v(n);
        std::ifstream in(toPath(dir.filePath(name)), std::ios::binary);
        in.read(reinterpret_cast<char*>(v.data()), std::streamsize(n * sizeof(float)));
        return in ? v : std::vector<float>{};
    };
    const auto lr = readFloats("lr.bin", std::size_t(nl * h * w));
    const auto hr = readFloats("hr.bin", std::size_t(32 * h * w));
    const auto want = readFloats("out.bin", std::size_t(16 * h * w));
    QVERIFY(!lr.empty() && !hr.empty() && !want.empty());
    FusionModel model(cfg, 1);
    model.loadCheckpoint(toPath(ckpt));
    std::vector<float> got(want.size());
    model.forward(lr, hr, got, 1, h, w);
    double diff = 0, peak = 0;
    for (std::size_t i = 0; i < got.size(); ++i) {
        diff = std::max(diff, std::abs(double(got[i]) - double(want[i])));
        peak = std::max(peak, std::abs(double(want[i])));
    }
    qInfo("%s: max |ours − python reference| %.3g, max |output| %.3g", qPrintable(preset), diff, peak);
    QVERIFY(peak > 0.0);
    QVERIFY(diff < 1e-4 * std::max(1.0, peak));
}

void TestFusionModel::checkpointFromPython()
{
    XRS_REQUIRE_TORCH_PYTHON();
    QTemporaryDir dir;
    const QString ref = dir.filePath("net_g_1000.pth"), ours = dir.filePath("ours.pth");
    const QString prefixed = dir.filePath("prefixed.pth");
    PY_OK((QStringList{"write", ref, "192", "3", "5", "8", "8", "+", "write", prefixed, "192", "3", "5", "8", "8",
                       "--module", "--params-only"}));
    FusionModel model(presetConfig("baseline"), 11);
    QCOMPARE(QString::fromStdString(model.loadCheckpoint(toPath(ref))), QString("params_ema"));
    // Our state equals the file's params_ema exactly (params holds zeros, so it was not used): checked by torch.
    model.saveCheckpoint(toPath(ours));
    PY_OK((QStringList{"compare", ours, ref}));

    // 'module.' prefixes and a file with only 'params' load the same values: same outputs.
    FusionModel other(presetConfig("baseline"), 12);
    QCOMPARE(QString::fromStdString(other.loadCheckpoint(toPath(prefixed))), QString("params"));
    QCOMPARE(maxAbsDiff(runForward(model, 1, 8, 8, 1), runForward(other, 1, 8, 8, 1)), 0.0);
}

void TestFusionModel::checkpointToPython()
{
    XRS_REQUIRE_TORCH_PYTHON();
    QTemporaryDir dir;
    // Python's torch.load (weights_only, the default) reads our files; names, shapes, dtypes and the index buffer are
    // the spec's for both presets. Then it re-saves the baseline with 'module.' prefixes and only 'params'.
    QStringList py;
    for (const char* preset : {"baseline", "paper"}) {
        const auto cfg = presetConfig(preset);
        const QString file = dir.filePath(QString(preset) + ".pth");
        FusionModel(cfg, 21).saveCheckpoint(toPath(file));
        py << "check" << file << QString::number(cfg.embedDim) << QString::number(cfg.heads[0])
           << QString::number(cfg.window[0]) << QString::number(cfg.window[1]) << QString::number(cfg.window[2]) << "+";
    }
    const QString back = dir.filePath("back.pth");
    py << "resave" << dir.filePath("baseline.pth") << back;
    PY_OK(py);

    // Loading the re-saved file gives the saved model's outputs exactly.
    const auto cfg = presetConfig("baseline");
    FusionModel saved(cfg, 21), reloaded(cfg, 22);
    const auto before = runForward(reloaded, 1, 8, 8, 2);
    QCOMPARE(QString::fromStdString(reloaded.loadCheckpoint(toPath(back))), QString("params"));
    const auto after = runForward(reloaded, 1, 8, 8, 2);
    QVERIFY(maxAbsDiff(before, after) > 0.0);
    QCOMPARE(maxAbsDiff(runForward(saved, 1, 8, 8, 2), after), 0.0);
}

void TestFusionModel::checkpointErrors()
{
    XRS_REQUIRE_TORCH_PYTHON();
    QTemporaryDir dir;
    FusionModel model(presetConfig("baseline"));
    const auto good = toPath(dir.filePath("good.pth"));
    model.saveCheckpoint(good);

    // Truncated file: names the file, says it is not readable.
    const auto cut = toPath(dir.filePath("cut.pth"));
    {
        std::ifstream in(good, std::ios::binary);
        std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::ofstream(cut, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size() / 2));
    }
    auto e = errorText([&] { model.loadCheckpoint(cut); });
    qInfo("%s", e.c_str());
    QVERIFY(e.find("cut.pth") != std::string::npos);
    QVERIFY(e.find("not a readable PyTorch checkpoint") != std::string::npos);
    e = errorText([&] { model.loadCheckpoint(toPath(dir.filePath("absent.pth"))); });
    QVERIFY(e.find("absent.pth") != std::string::npos && e.find("cannot open") != std::string::npos);

    // Wrong embed dimension (C = 96): every C-sized tensor mismatches; listed with shapes and counted.
    const QString narrow = dir.filePath("narrow.pth"), holes = dir.filePath("holes.pth");
    PY_OK((QStringList{"write", narrow, "96", "3", "5", "8", "8", "+", "write", holes, "192", "3", "5", "8", "8",
                       "--drop", "norm.weight", "--extra", "extra.weight"}));
    e = errorText([&] { model.loadCheckpoint(toPath(narrow)); });
    qInfo("%s", e.c_str());
    QVERIFY(e.find("narrow.pth") != std::string::npos);
    QVERIFY(e.find("309 shape mismatched (conv_first.weight [96,1,3,3] vs model [192,1,3,3]") != std::string::npos);
    QVERIFY(e.find("missing") == std::string::npos);

    // A missing key and an unexpected one.
    e = errorText([&] { model.loadCheckpoint(toPath(holes)); });
    qInfo("%s", e.c_str());
    QVERIFY(e.find("holes.pth") != std::string::npos);
    QVERIFY(e.find("1 missing (norm.weight)") != std::string::npos);
    QVERIFY(e.find("1 unexpected (extra.weight)") != std::string::npos);
    // The model kept its weights (nothing is copied before the whole file checks out).
    FusionModel fresh(presetConfig("baseline"));
    QCOMPARE(maxAbsDiff(runForward(model, 1, 8, 8, 1), runForward(fresh, 1, 8, 8, 1)), 0.0);
}

void TestFusionModel::pairingFromTimes()
{
    // LR every 0.5 from 0.25, HR every 2.0 from 1.0: different rates and an offset.
    std::vector<double> lrT, hrT{1.0, 3.0, 5.0};
    for (int i = 0; i < 12; ++i) lrT.push_back(0.25 + 0.5 * i);
    const auto p = pairFrames(lrT, hrT, 3);
    QCOMPARE(p.size(), std::size_t(12));
    auto hr = [&](int i) { return std::pair{p[std::size_t(i)].hrBefore, p[std::size_t(i)].hrAfter}; };
    QCOMPARE(hr(0), (std::pair<std::int64_t, std::int64_t>{0, 0}));     // 0.25 before the first HR frame: clamped
    QCOMPARE(hr(1), (std::pair<std::int64_t, std::int64_t>{0, 0}));     // 0.75
    QCOMPARE(hr(2), (std::pair<std::int64_t, std::int64_t>{0, 1}));     // 1.25 in (1, 3)
    QCOMPARE(hr(6), (std::pair<std::int64_t, std::int64_t>{1, 2}));     // 3.25 in (3, 5)
    QCOMPARE(hr(11), (std::pair<std::int64_t, std::int64_t>{2, 2}));    // 5.75 after the last: clamped
    QCOMPARE(p[0].lrWindow, (std::vector<std::int64_t>{1, 0, 1}));      // reflected at the start
    QCOMPARE(p[11].lrWindow, (std::vector<std::int64_t>{10, 11, 10}));  // and at the end
    QCOMPARE(p[5].lrWindow, (std::vector<std::int64_t>{4, 5, 6}));

    // An LR time equal to an HR time gets that frame's neighbours (strictly before / after), as in training.
    std::vector<double> lr2{0, 1, 2, 3, 4, 5, 6, 7, 8}, hr2{0, 4, 8};
    const auto q = pairFrames(lr2, hr2, 5);
    QCOMPARE(q[4].hrBefore, std::int64_t(0));
    QCOMPARE(q[4].hrAfter, std::int64_t(2));
    QCOMPARE(q[0].hrBefore, std::int64_t(0));  // first frame: no earlier HR, clamps to frame 0
    QCOMPARE(q[0].hrAfter, std::int64_t(1));
    QCOMPARE(q[8].hrBefore, std::int64_t(1));
    QCOMPARE(q[8].hrAfter, std::int64_t(2));
    QCOMPARE(q[3].hrBefore, std::int64_t(0));
    QCOMPARE(q[3].hrAfter, std::int64_t(1));
    QCOMPARE(q[0].lrWindow, (std::vector<std::int64_t>{2, 1, 0, 1, 2}));
    QCOMPARE(q[1].lrWindow, (std::vector<std::int64_t>{1, 0, 1, 2, 3}));
    QCOMPARE(q[8].lrWindow, (std::vector<std::int64_t>{6, 7, 8, 7, 6}));
    QCOMPARE(lrWindow(0, 2, 5), (std::vector<std::int64_t>{0, 1, 0, 1, 0}));  // shorter than the window
    QCOMPARE(lrWindow(0, 1, 3), (std::vector<std::int64_t>{0, 0, 0}));

    std::vector<double> bad{0, 2, 1};
    QVERIFY(errorText([&] { pairFrames(bad, hr2, 3); }).find("must not decrease") != std::string::npos);
    QVERIFY(errorText([&] { pairFrames(lr2, std::vector<double>{}, 3); }).find("no HR frame times") !=
            std::string::npos);
    QCOMPARE(tileStarts(100, 32, 8), (std::vector<std::int64_t>{0, 24, 48, 68}));
    QCOMPARE(tileStarts(20, 32, 8), (std::vector<std::int64_t>{0}));
}

void TestFusionModel::tiledMatchesWhole()
{
    VideoParams vp;
    vp.frames = 3;
    vp.rows = 160;
    vp.cols = 192;
    const auto gt = makeMeltPoolVideo(vp);
    const auto lr = binFrames(gt, 4), hr = everyNthFrame(gt, 2);  // LR 40×48
    const std::vector<double> lrT{0, 1, 2}, hrT{0, 2};
    const auto pairs = pairFrames(lrT, hrT, 3);
    FusionModel model(smallConfig(), 5);
    InferenceOptions whole;
    whole.batch = 2;
    const auto ref = fuseVideo(model, lr, hr, pairs, whole);
    InferenceOptions tiled;
    tiled.tile = 24;
    tiled.overlap = 8;
    tiled.batch = 3;
    const auto out = fuseVideo(model, lr, hr, pairs, tiled);
    QCOMPARE(out.shape(), ref.shape());
    // Tiles start at LR rows 0, 16 and cols 0, 16, 24: overlap bands are rows 16…24 and cols 16…40 (LR). Outside
    // them one tile covers each pixel with weight 1 and its windows line up with the whole frame's.
    const auto range = ref.computeRange().max - ref.computeRange().min;
    double outside = 0, band = 0;
    float stepTiled = 0, stepWhole = 0;
    for (std::int64_t f = 0; f < 3; ++f)
        for (std::int64_t r = 0; r < ref.rows(); ++r)
            for (std::int64_t c = 0; c < ref.cols(); ++c) {
                const double d = double(out.at(f, r, c)) - double(ref.at(f, r, c));
                const bool inBand = (r / 4 >= 16 && r / 4 < 24) || (c / 4 >= 16 && c / 4 < 40);
                (inBand ? band : outside) = std::max(inBand ? band : outside, std::abs(d));
                if (inBand && c > 0 && r > 0) {
                    stepTiled = std::max({stepTiled, std::abs(out.at(f, r, c) - out.at(f, r, c - 1)),
                                          std::abs(out.at(f, r, c) - out.at(f, r - 1, c))});
                    stepWhole = std::max({stepWhole, std::abs(ref.at(f, r, c) - ref.at(f, r, c - 1)),
                                          std::abs(ref.at(f, r, c) - ref.at(f, r - 1, c))});
                }
            }
    qInfo(
        "tiled vs whole (output range %.3g): max |diff| %.3g outside the overlap bands, %.3g inside; largest step "
        "between neighbouring pixels in the bands %.3g tiled, %.3g whole",
        range, outside, band, double(stepTiled), double(stepWhole));
    QVERIFY(outside < 1e-3 * range);
    // In the bands the tiles see less context; the blend keeps the error bounded and adds no seam (no step between
    // neighbouring pixels larger than the whole-frame output has there).
    QVERIFY(band < 0.15 * range);
    QVERIFY(stepTiled <= 1.1 * stepWhole);
}

void TestFusionModel::cancelAndDevice()
{
    VideoParams vp;
    vp.frames = 2;
    vp.rows = vp.cols = 32;
    const auto gt = makeMeltPoolVideo(vp);
    const auto lr = binFrames(gt, 4), hr = everyNthFrame(gt, 1);
    const std::vector<double> t{0, 1};
    const auto pairs = pairFrames(t, t, 3);
    FusionModel model(smallConfig());
    std::stop_source stop;
    int reports = 0;
    const Progress progress(
        [&](double, std::string_view) {
            if (++reports == 2) stop.request_stop();
        },
        stop.get_token());
    bool cancelled = false;
    try {
        fuseVideo(model, lr, hr, pairs, {}, progress);
    } catch (const Cancelled&) {
        cancelled = true;
    }
    QVERIFY(cancelled);
    QVERIFY(errorText([&] { model.setDevice("tpu"); }).find("device 'tpu'") != std::string::npos ||
            !errorText([&] { model.setDevice("tpu"); }).empty());
    if (!nn::torchInfo().cudaAvailable)
        QVERIFY(errorText([&] { model.setDevice("cuda"); }).find("no CUDA device") != std::string::npos);
    const auto wrongHr = everyNthFrame(binFrames(gt, 2), 1);
    QVERIFY(errorText([&] { fuseVideo(model, lr, wrongHr, pairs, {}); }).find("4× the LR frames") != std::string::npos);
}

void TestFusionModel::cudaMatchesCpu()
{
    if (!nn::torchInfo().cudaAvailable) QSKIP("no CUDA device");
    // fp32 on CUDA (TF32 off) gives the CPU's numbers; bf16 autocast stays close.
    FusionModel model(presetConfig("baseline", 5), 6);
    const auto cpu = runForward(model, 2, 16, 12, 7);
    model.setDevice("cuda");
    const auto gpu = runForward(model, 2, 16, 12, 7);
    const auto peak = std::max(std::abs(cpu.computeRange().min), std::abs(cpu.computeRange().max));
    qInfo("CUDA fp32 vs CPU: max |diff| %.3g (peak %.3g)", maxAbsDiff(cpu, gpu), peak);
    QVERIFY(maxAbsDiff(cpu, gpu) < 1e-4 * std::max(1.0, peak));
    model.setPrecision(Precision::Bf16);
    const auto bf16 = runForward(model, 2, 16, 12, 7);
    qInfo("CUDA bf16 vs CPU fp32: max |diff| %.3g", maxAbsDiff(cpu, bf16));
    QVERIFY(maxAbsDiff(cpu, bf16) < 0.1 * std::max(1.0, peak));  // loose: not yet measured on a GPU
}

void TestFusionModel::cliEndToEnd()
{
    QTemporaryDir dir;
    const QString sample = dir.filePath("video");
    auto r = runXrs({"sample", "video", sample, "--frames", "5", "--size", "32", "--hr-step", "2"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString out = dir.filePath("fused.tif"), base = dir.filePath("bicubic.tif");
    r = runXrs({"fuse", sample + "/manifest.json", "--preset", "baseline", "--seed", "4", "-o", out, "--baseline", base,
                "--batch", "2"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const auto fused = io::openStack(toPath(out))->readAll();
    QCOMPARE(fused.shape(), (Shape{5, 32, 32}));

    // Same numbers as the in-process inference with the same weights and pairing (manifest times).
    const auto lr = io::openStack(toPath(sample + "/lr.tif"))->readAll();
    const auto hr = io::openStack(toPath(sample + "/hr.tif"))->readAll();
    const std::vector<double> lrT{0, 1, 2, 3, 4}, hrT{0, 2, 4};
    FusionModel model(presetConfig("baseline"), 4);
    const auto expect = fuseVideo(model, lr, hr, pairFrames(lrT, hrT, 3), {});
    QVERIFY(maxAbsDiff(fused, expect) < 1e-6);
    const auto bicubic = io::openStack(toPath(base))->readAll();
    QCOMPARE(maxAbsDiff(bicubic, resizeFrames(lr, 32, 32, Interpolation::Bicubic)), 0.0);

    // Provenance names the model and the weights.
    const auto prov = io::openStack(toPath(out))->info().provenance;
    QVERIFY(!prov.empty() && prov.back().find("xrs fuse") != std::string::npos &&
            prov.back().find("baseline: C=192") != std::string::npos &&
            prov.back().find("random weights (seed 4)") != std::string::npos);

    // A checkpoint (preset found from its shapes), uint16 HDF5 output, LR file + --hr + explicit times, tiles.
    const QString ckpt = dir.filePath("net_g_5.pth"), out16 = dir.filePath("fused16.h5");
    model.saveCheckpoint(toPath(ckpt));
    r = runXrs({"fuse", sample + "/lr.tif", "--hr", sample + "/hr.tif", "--lr-times", "0,1,2,3,4", "--hr-times",
                "0,2,4", "--checkpoint", ckpt, "-o", out16, "--dtype", "uint16", "--tile", "4", "--overlap", "2"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const auto src16 = io::openStack(toPath(out16));
    QCOMPARE(src16->info().sourceType, DType::UInt16);
    QCOMPARE(src16->shape(), (Shape{5, 32, 32}));
    QVERIFY(src16->info().metadata.count("fusion.weights") &&
            src16->info().metadata.at("fusion.weights").find("net_g_5.pth [params_ema]") != std::string::npos);
    // Same as the in-process tiled inference, stored as [0, 1] → 0…65535 (within one step of rounding).
    InferenceOptions tiles;
    tiles.tile = 4;
    tiles.overlap = 2;
    auto expect16 = fuseVideo(model, lr, hr, pairFrames(lrT, hrT, 3), tiles);
    for (auto& v : expect16.values()) v = float(std::clamp(double(v), 0.0, 1.0) * 65535.0);
    QVERIFY(maxAbsDiff(src16->readAll(), expect16) <= 1.0);

    // Errors: no HR file / unknown checkpoint.
    r = runXrs({"fuse", sample + "/lr.tif", "--preset", "baseline", "-o", dir.filePath("x.tif")});
    QVERIFY(r.exitCode != 0 && r.err.contains("--hr"));
    r = runXrs(
        {"fuse", sample + "/manifest.json", "--checkpoint", dir.filePath("missing.pth"), "-o", dir.filePath("y.tif")});
    QVERIFY(r.exitCode != 0 && r.err.contains("missing.pth"));
    QVERIFY(!QFileInfo::exists(dir.filePath("y.tif")));
}

QTEST_GUILESS_MAIN(TestFusionModel)
#include "TestFusionModel.moc"
